// `npm run bench -- --profile [--contenders popup]`: a sampling CPU profile (CDP Profiler,
// 4× throttle) of `<wa-optin-form>` (or, with `--contenders popup`, `<wa-optin-popup open>`)
// from the script-tag file, once for the page load and once for 100
// keystrokes, printed as the top 15 functions by self time, mapped back to the source
// through a source map of the script-tag build.
//
// dist/wa-optin.iife.js has no source map (the script-tag build does not emit one), so
// unless dist/wa-optin.iife.js.map exists this builds the same file with `sourcemap: true`
// into the system's temp folder (same config, same minifier: the code is the same, plus the
// sourceMappingURL comment) and profiles that copy. If that build fails, the minified
// names are printed and the report says so.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CONTENDERS } from './contenders.mjs';

const TOP = 15;
const SAMPLING_INTERVAL_US = 200;

export async function profileOneFile({ server, repo, openPage, waitSettled, focusField, typeKeys, name = 'form' }) {
  const build = await sourcemappedBuild(repo);
  if (build.dir !== join(repo, 'dist')) server.setRoot('/dist/', build.dir);
  const contender = CONTENDERS[name];
  const tag = name === 'popup' ? '<wa-optin-popup open>' : '<wa-optin-form>';
  const { context, page, cdp, network } = await openPage(contender);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60_000, polling: 100 });
    await waitSettled(page, network);
    const { profile: load } = await cdp.send('Profiler.stop');
    const painted = await page.evaluate(() => window.__bench.painted);

    await focusField(page, contender.field);
    await waitSettled(page, network, 500);
    const keys = [];
    for (let round = 0; round < 5; round++) keys.push(...'9876543210', ...Array(10).fill('Backspace'));
    await cdp.send('Profiler.start');
    await typeKeys(page, keys);
    await new Promise((done) => setTimeout(done, 500));
    const { profile: typing } = await cdp.send('Profiler.stop');

    const floor = await typingProfileOf('floor', { server, openPage, waitSettled, focusField, typeKeys, keys });

    console.log(build.note);
    console.log(`\n## Load of ${tag} (painted at ${painted.toFixed(0)} ms; profile until settled)\n`);
    console.log(table(load, build));
    console.log(`\n## ${keys.length} keystrokes in ${tag} (10 digits typed and deleted, 5 times)\n`);
    console.log(table(typing, build));
    console.log(`\nThe same ${keys.length} keystrokes in the bare <input type=tel> (the floor), for comparison: ${summary(floor)}`);
  } finally {
    await context.close();
  }
}

/** The keystroke profile of another contender (the floor), same steps. */
async function typingProfileOf(name, { server, openPage, waitSettled, focusField, typeKeys, keys }) {
  const contender = CONTENDERS[name];
  const { context, page, cdp, network } = await openPage(contender);
  try {
    await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60_000, polling: 100 });
    await waitSettled(page, network);
    await focusField(page, contender.field);
    await waitSettled(page, network, 500);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await typeKeys(page, keys);
    await new Promise((done) => setTimeout(done, 500));
    return (await cdp.send('Profiler.stop')).profile;
  } finally {
    await context.close();
  }
}

/** Busy, (program) and garbage-collector totals of a profile, in ms. */
function totals(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const sums = { busy: 0, program: 0, gc: 0 };
  for (let i = 0; i < profile.samples.length; i++) {
    const name = nodes.get(profile.samples[i]).callFrame.functionName;
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (name === '(idle)' || name === '(root)') continue;
    sums.busy += us;
    if (name === '(program)') sums.program += us;
    if (name === '(garbage collector)') sums.gc += us;
  }
  return sums;
}

function summary(profile) {
  const t = totals(profile);
  const ms = (us) => (us / 1000).toFixed(0);
  return `sampled busy time ${ms(t.busy)} ms, of it (program) ${ms(t.program)} ms, garbage collector ${ms(t.gc)} ms, JavaScript ${ms(t.busy - t.program - t.gc)} ms.`;
}

/** dist/ when it has a source map; else a source-mapped build of the same file in the temp folder. */
async function sourcemappedBuild(repo) {
  const dist = join(repo, 'dist');
  const mapFile = (dir) => join(dir, 'wa-optin.iife.js.map');
  if (existsSync(mapFile(dist))) return withMap(dist, 'Source map: dist/wa-optin.iife.js.map.');
  // Outside the repository: nothing to ignore, nothing for the linter to read.
  const outDir = join(tmpdir(), 'wa-optin-bench', 'script-tag-sourcemapped');
  try {
    const { build } = await import('vite');
    await build({
      root: repo,
      configFile: join(repo, 'vite.config.ts'),
      mode: 'script-tag',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: true },
    });
    return withMap(
      outDir,
      'dist/wa-optin.iife.js has no source map: profiled a copy built with the same config plus `sourcemap: true` ' +
        `(${outDir}/wa-optin.iife.js; same code), names mapped through its map.`,
    );
  } catch (error) {
    return {
      dir: dist,
      map: null,
      repo,
      note: `No source map (the source-mapped build failed: ${error instanceof Error ? error.message : error}): minified names below.`,
    };
  }

  function withMap(dir, note) {
    const json = JSON.parse(readFileSync(mapFile(dir), 'utf8'));
    return { dir, map: new TraceMap(json), mapDir: dir, repo, note };
  }
}

/** Top functions by self time; positions in wa-optin.iife.js mapped to their source. */
function table(profile, build) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  // timeDeltas[i] is the time before sample i: the time after sample i is timeDeltas[i + 1].
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
  }
  const functions = new Map();
  const special = { '(program)': 0, '(garbage collector)': 0 };
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(root)') continue;
    busyUs += us;
    // (program): the renderer's own work outside JavaScript (parsing, style, layout, paint,
    // and the throttle's pauses). Reported as a total, not as a function.
    if (callFrame.functionName in special) {
      special[callFrame.functionName] += us;
      continue;
    }
    const key = `${callFrame.functionName}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;
    const entry = functions.get(key) ?? { callFrame, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const top = [...functions.values()].sort((a, b) => b.us - a.us).slice(0, TOP);
  const ms = (us) => (us / 1000).toFixed(0);
  const lines = [
    `Sampled busy time ${ms(busyUs)} ms: (program) — the renderer outside JavaScript: parsing, style, layout, paint — ` +
      `${ms(special['(program)'])} ms, garbage collector ${ms(special['(garbage collector)'])} ms, JavaScript functions the rest. ` +
      `Top ${TOP} functions by self time:`,
    '',
    '| self ms | % of busy | function (minified) | source |',
    '|---|---|---|---|',
  ];
  for (const { callFrame, us } of top) {
    lines.push(
      `| ${(us / 1000).toFixed(1)} | ${((100 * us) / busyUs).toFixed(1)} | ${callFrame.functionName || '(anonymous)'} | ${where(callFrame, build)} |`,
    );
  }
  return lines.join('\n');
}

function where(callFrame, build) {
  if (callFrame.scriptId === '0') return 'native (browser built-in)';
  if (!callFrame.url) return "the benchmark's probe (page-probe.mjs)";
  if (!/^https?:/.test(callFrame.url)) return "the benchmark's harness (keystroke wait)";
  const path = new URL(callFrame.url).pathname;
  const position = `${path}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
  if (!path.endsWith('/wa-optin.iife.js') || !build.map) return position;
  const original = originalPositionFor(build.map, { line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
  if (!original.source) return `${position} (unmapped: the file's own top level)`;
  const file = relative(build.repo, resolve(build.mapDir, original.source));
  let shown = { file: file.replace(/^.*node_modules\//, ''), line: original.line, name: original.name };
  let text = sourceLine(build.map, original.source, original.line);
  // Dependencies that ship minified (lit) ship their own source maps: follow them too.
  const depMap = dependencyMap(resolve(build.mapDir, original.source));
  if (depMap) {
    const inner = originalPositionFor(depMap.map, { line: original.line, column: original.column });
    if (inner.source) {
      shown = { file: posix.normalize(`${shown.file.replace(/[^/]+$/, '')}${inner.source}`), line: inner.line, name: inner.name ?? shown.name };
      text = sourceLine(depMap.map, inner.source, inner.line);
    }
  }
  return `\`${shown.file}:${shown.line}\`${shown.name ? ` ${shown.name}` : ''}${text ? ` — \`${text}\`` : ''}`;
}

const dependencyMaps = new Map();
function dependencyMap(path) {
  if (!path.includes(`${sep}node_modules${sep}`)) return null;
  if (!dependencyMaps.has(path)) {
    let map = null;
    try {
      if (existsSync(`${path}.map`)) map = { map: new TraceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) };
    } catch {
      map = null;
    }
    dependencyMaps.set(path, map);
  }
  return dependencyMaps.get(path);
}

function sourceLine(map, source, line) {
  const index = map.sources.indexOf(source);
  const content = index >= 0 ? map.sourcesContent?.[index] : null;
  const text = content?.split('\n')[line - 1]?.trim();
  return text ? text.replaceAll('|', '\\|').replaceAll('`', "'").slice(0, 70) : '';
}
