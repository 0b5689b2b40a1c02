// `npm run bench -- --coverage [--contenders cta-split,form-split]`: what a surface's first
// paint actually runs. Chromium's precise, block-level JavaScript coverage of the same
// throttled load the bench measures, taken once the surface is painted: per file fetched
// before the paint, its gzip size as served and the gzip size of only the code that ran
// (the rest could, in principle, have come later). The sum of the second column is a floor:
// no split of the same code can bring that surface's first render below it (issue 16's
// 15 kB target). Each file is gzipped alone, as served; "ran" counts a function's blocks
// that ran at least once; a little work right after the paint (before the probe reported
// it) counts as "ran" too, so the floor is, if anything, high by that much.
import { gzipSync } from 'node:zlib';
import { CONTENDERS } from './contenders.mjs';

const DEFAULT = ['cta-split', 'banner-split', 'form-split', 'checkbox-split', 'popup-split'];

export async function coverageOfFirstPaints({ server, openPage, names }) {
  const chosen = names.filter((name) => CONTENDERS[name]?.head.includes('/dist/wa-optin.js'));
  const lines = [
    '| surface (split build) | files before the paint | kB gz as served | kB gz of the code that ran before the paint (the floor) | share of the code (raw) that ran |',
    '|---|---|---|---|---|',
  ];
  for (const name of chosen.length ? chosen : DEFAULT) {
    const { context, page, cdp } = await openPage(CONTENDERS[name]);
    try {
      await cdp.send('Debugger.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
      await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60_000, polling: 'raf' });
      const { result } = await cdp.send('Profiler.takePreciseCoverage');
      const beforePaint = new Set(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.responseEnd <= window.__bench.painted && /\/dist\/.*\.js$/.test(new URL(entry.name).pathname))
            .map((entry) => entry.name),
        ),
      );
      let served = 0;
      let ran = 0;
      let rawAll = 0;
      let rawRan = 0;
      const files = [];
      for (const script of result) {
        if (!beforePaint.has(script.url)) continue;
        const { scriptSource: source } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
        // Ranges nest (a function, then its blocks): the innermost, listed last, decides.
        const count = new Int32Array(source.length);
        for (const fn of script.functions) for (const range of fn.ranges) count.fill(range.count, range.startOffset, range.endOffset);
        let code = '';
        for (let i = 0; i < source.length; i++) if (count[i] > 0) code += source[i];
        const gz = (text) => gzipSync(text, { level: 9 }).length;
        served += gz(source);
        ran += gz(code);
        rawAll += source.length;
        rawRan += code.length;
        files.push(new URL(script.url).pathname.replace(/^\/dist\//, ''));
      }
      const kB = (bytes) => (bytes / 1000).toFixed(1);
      lines.push(`| \`${name}\` | ${files.sort().join(', ')} | ${kB(served)} | ${kB(ran)} | ${Math.round((rawRan / rawAll) * 100)} % |`);
    } finally {
      await context.close();
    }
  }
  return lines.join('\n');
}
