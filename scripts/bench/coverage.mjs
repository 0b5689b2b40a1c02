// `npm run bench -- --coverage [--contenders cta-split,form-split]`: what a surface's first
// paint actually runs. Chromium's precise, block-level JavaScript coverage of the same
// throttled load the bench measures, taken once the surface is painted. Per surface, for
// the files of its first render (the loader and its entry's static chunks, from the
// build's manifest, as `npm run size` counts): their gzip size as served; the gzip size of
// only the code in them that ran (the rest could, in principle, have come later), each
// file alone, the floor with the files cut as they are now; and that code in one file
// (one gzip dictionary), the floor of any split: no way of cutting the same code brings
// the surface's first render below it (issue 16's 15 kB target). "Ran" counts a
// function's blocks that ran at least once; a little work right after the paint (before
// the probe reported it, e.g. an idle preload starting) counts as "ran" too, so the
// floors are, if anything, a little high, and vary by a few hundred bytes run to run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENDERS } from './contenders.mjs';

const DEFAULT = ['cta-split', 'banner-split', 'form-split', 'checkbox-split', 'popup-split'];
/** Each split contender's entry: its first render is the loader and that entry's static imports (as `npm run size` counts). */
const ENTRY = {
  'cta-split': 'src/components/cta/define.ts',
  'banner-split': 'src/components/banner/define.ts',
  'form-split': 'src/components/form/define.ts',
  'checkbox-split': 'src/components/checkbox/define.ts',
  'popup-split': 'src/components/popup/define.ts',
};

/** `dist/wa-optin.js` and the chunks `entry` imports statically, from the build's manifest (paths under /dist/). */
function firstRenderFiles(repo, entry) {
  const manifest = JSON.parse(readFileSync(join(repo, 'dist/wa-optin/manifest.json'), 'utf8'));
  const files = new Set(['/dist/wa-optin.js']);
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`/dist/${chunk.file}`)) return;
    files.add(`/dist/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return files;
}

export async function coverageOfFirstPaints({ server, openPage, names, repo }) {
  const chosen = names.filter((name) => ENTRY[name]);
  const lines = [
    '| surface (split build) | its first render: the loader and its entry’s chunks | kB gz as served | kB gz of the code in them that ran before the paint, each file alone (the floor with these files) | the same in one file (one gzip dictionary: the floor of any split) | share of that code (raw) that ran | also arrived before the paint (this run) |',
    '|---|---|---|---|---|---|---|',
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
      const firstRender = firstRenderFiles(repo, ENTRY[name]);
      const beforePaint = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.responseEnd <= window.__bench.painted && /\/dist\/.*\.js$/.test(new URL(entry.name).pathname))
          .map((entry) => new URL(entry.name).pathname),
      );
      const others = beforePaint.filter((path) => !firstRender.has(path)).map((path) => path.replace(/^\/dist\//, ''));
      let served = 0;
      let ran = 0;
      let rawAll = 0;
      let rawRan = 0;
      const files = [];
      let allRan = '';
      for (const script of result) {
        if (!script.url.startsWith(server.origin) || !firstRender.has(new URL(script.url).pathname)) continue;
        const { scriptSource: source } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
        // Ranges nest (a function, then its blocks): the innermost, listed last, decides.
        const count = new Int32Array(source.length);
        for (const fn of script.functions) for (const range of fn.ranges) count.fill(range.count, range.startOffset, range.endOffset);
        let code = '';
        for (let i = 0; i < source.length; i++) if (count[i] > 0) code += source[i];
        const gz = (text) => gzipSync(text, { level: 9 }).length;
        served += gz(source);
        ran += gz(code);
        allRan += code;
        rawAll += source.length;
        rawRan += code.length;
        files.push(new URL(script.url).pathname.replace(/^\/dist\//, ''));
      }
      const kB = (bytes) => (bytes / 1000).toFixed(1);
      lines.push(`| \`${name}\` | ${files.sort().join(', ')} | ${kB(served)} | ${kB(ran)} | ${kB(gzipSync(allRan, { level: 9 }).length)} | ${Math.round((rawRan / rawAll) * 100)} % | ${others.sort().join(', ') || 'none'} |`);
    } finally {
      await context.close();
    }
  }
  return lines.join('\n');
}
