// `npm run bench [-- --runs 7 --contenders form,pair --json out.json --profile --coverage --baseline dir]`
//
// The surfaces on a throttled "mid-range phone" against what a site would otherwise bolt
// together (intl-tel-input with utils, vanilla-cookieconsent's modal), on the same shop
// page. Headless Chromium, CPU throttled 4× through the DevTools protocol, 390 px
// viewport, a fresh browser context per run, all contenders interleaved round by round.
// Bounded: loopback only, a fixed number of runs, a time cap per step; it stops by itself.
// What each metric means: BENCHMARKS.md, "The surfaces in the browser".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, openThrottledPage, THROTTLE, VIEWPORT } from './chromium.mjs';
import { CONTENDERS } from './contenders.mjs';
import { afterNextPaint, installProbe } from './page-probe.mjs';
import { coverageOfFirstPaints } from './coverage.mjs';
import { profileOneFile } from './profile.mjs';
import { traceLoads } from './trace-load.mjs';
import { startShopServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
/** 10 digits typed then deleted, 10 times: 200 keystrokes. */
const NUMBER = '9876543210';
const TYPING_ROUNDS = 10;
/** The page counts as settled after this long with no long task and no request in flight. */
const QUIET_MS = 1000;
const STEP_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    contenders: { type: 'string', default: Object.keys(CONTENDERS).filter((name) => CONTENDERS[name].inDefaultRun !== false).join(',') },
    json: { type: 'string' },
    profile: { type: 'boolean', default: false },
    coverage: { type: 'boolean', default: false },
    trace: { type: 'string' },
    // A split build made from another commit (e.g. `git stash; npx vite build --mode
    // script-split --outDir /tmp/base; git stash pop`), measured as one more contender,
    // `form-split-baseline` (and `popup-split-baseline` when `popup-split` runs), interleaved with the rest: a change's effect, paired round by
    // round, on a machine whose load varies.
    baseline: { type: 'string' },
  },
});
const usage = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
if (values.baseline) {
  if (!existsSync(join(values.baseline, 'wa-optin.js'))) usage(`--baseline: no wa-optin.js in ${values.baseline}`);
  // The baseline of each split contender: its page with the other build's loader.
  for (const [name, tag] of [['form-split', 'wa-optin-form'], ['popup-split', 'wa-optin-popup open'], ['banner-split', 'wa-optin-banner']]) {
    CONTENDERS[`${name}-baseline`] = {
      ...CONTENDERS[name],
      label: `\`<${tag}>\` (split script tag, the baseline build in ${values.baseline})`,
      head: '<script src="/baseline/wa-optin.js" defer></script>',
    };
  }
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) usage('--runs takes a whole number from 1 to 50');
const chosen = values.contenders.split(',').map((name) => name.trim()).filter(Boolean);
// --baseline adds the baseline of each split contender chosen (of the form's, if none is).
if (values.baseline) {
  const split = chosen.filter((name) => CONTENDERS[`${name}-baseline`]);
  for (const name of split.length ? split : ['form-split']) if (!chosen.includes(`${name}-baseline`)) chosen.push(`${name}-baseline`);
}
if (!chosen.length) usage('--contenders names at least one contender');
if (values.trace !== undefined && !CONTENDERS[values.trace]) usage(`--trace: unknown "${values.trace}"; known: ${Object.keys(CONTENDERS).join(', ')}`);
for (const name of chosen) {
  if (!CONTENDERS[name]) usage(`--contenders: unknown "${name}"; known: ${Object.keys(CONTENDERS).join(', ')}`);
}

const itiVersion = JSON.parse(readFileSync(join(repo, 'node_modules/intl-tel-input/package.json'), 'utf8')).version;
const ccVersion = JSON.parse(readFileSync(join(repo, 'node_modules/vanilla-cookieconsent/package.json'), 'utf8')).version;

ensureScriptTagBuild();
const builtDir = await buildBenchModules();

const machine = {
  date: new Date().toISOString(),
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  node: process.version,
  chromium: '',
  throttle: THROTTLE,
  viewport: VIEWPORT,
};

const server = await startShopServer(repo, {
  '/bench-built/': builtDir,
  ...(values.baseline ? { '/baseline/': values.baseline } : {}),
});

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  // A copy: Puppeteer takes --disable-features out of the array it is given (to merge it with its own).
  args: [...CHROMIUM_ARGS],
});
machine.chromium = await browser.version();

try {
  if (values.coverage) {
    // The split contenders named (all five surfaces when none is).
    console.log(await coverageOfFirstPaints({ server, openPage, repo, names: process.argv.includes('--contenders') ? chosen : [] }));
  } else if (values.profile) {
    // The one-file contenders only: the profile maps through the script-tag file's source map.
    const name = chosen.length === 1 && ['form', 'popup'].includes(chosen[0]) ? chosen[0] : 'form';
    await profileOneFile({ server, repo, openPage, waitSettled, focusField, typeKeys, name });
  } else if (values.trace) {
    await traceLoads({ server, openPage, waitSettled, name: values.trace, runs });
  } else {
    const results = await measureAll();
    const report = { machine, runs, results, loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(2))) };
    console.log(markdown(report));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (server.unknown.length) console.warn(`requests the benchmark did not serve (404): ${[...new Set(server.unknown)].join(', ')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(builtDir, { recursive: true, force: true });
}

/** The bench's own modules (lit-floor.js, with Lit bundled in, minified as a site would ship it), into a temp folder. */
async function buildBenchModules() {
  const dir = mkdtempSync(join(tmpdir(), 'wa-optin-bench-'));
  await esbuild({
    entryPoints: [join(here, 'lit-floor.js')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(dir, 'lit-floor.js'),
    logLevel: 'warning',
  });
  return dir;
}

/** Builds the script-tag files (one-file and split) when dist/ lacks them or they are older than what they are built from. */
function ensureScriptTagBuild() {
  for (const [mode, file] of [['script-tag', 'dist/wa-optin.iife.js'], ['script-split', 'dist/wa-optin.js']]) ensureBuilt(mode, file);
}

function ensureBuilt(mode, file) {
  const built = join(repo, file);
  const inputs = [join(repo, 'vite.config.ts'), join(repo, 'package-lock.json')];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'server') walk(path);
      } else if (!/\.test\.ts$/.test(name)) inputs.push(path);
    }
  };
  walk(join(repo, 'src'));
  const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
  const stale = !existsSync(built) || statSync(built).mtimeMs < newest || !existsSync(join(repo, 'dist/wa-optin.phone-metadata.json'));
  if (!stale) return;
  console.error(`bench: ${file} is missing or older than src/: building it (vite build --mode ${mode})…`);
  const result = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench: the ${mode} build failed`);
}

/** A fresh browser context, throttled, on a blank page of the server (same origin as the shop). */
async function openPage(contender) {
  const { context, page, cdp } = await openThrottledPage(browser, server.origin);
  await cdp.send('Performance.enable');
  // A second session reads the same counters in thread time: the main thread's CPU time,
  // which other processes on a shared machine do not inflate (the throttle does, ~4×).
  const cpu = await page.createCDPSession();
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.evaluateOnNewDocument(installProbe, contender.ready);
  const inFlight = new Set();
  let lastNetwork = Date.now();
  page.on('request', (request) => {
    inFlight.add(request);
    lastNetwork = Date.now();
  });
  for (const event of ['requestfinished', 'requestfailed']) {
    page.on(event, (request) => {
      inFlight.delete(request);
      lastNetwork = Date.now();
    });
  }
  const network = { idleFor: () => (inFlight.size ? 0 : Date.now() - lastNetwork) };
  return { context, page, cdp, cpu, network };
}

/** Waits until QUIET_MS pass with no new long task and no request in flight (capped). */
async function waitSettled(page, network, quietMs = QUIET_MS) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => window.__bench.longTasks.length);
    if (count !== seen) {
      seen = count;
      quietSince = Date.now();
    }
    if (Date.now() - quietSince >= quietMs && network.idleFor() >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the page did not settle within the time cap');
}

async function focusField(page, selector) {
  await page.evaluate((field) => window.__benchDeep(field).focus(), selector);
}

/** Presses each key, waiting after each for the next painted frame. */
async function typeKeys(page, keys) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.evaluate(afterNextPaint);
  }
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

async function measureOne(name) {
  const contender = CONTENDERS[name];
  const { context, page, cdp, cpu, network } = await openPage(contender);
  try {
    await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench.painted !== null, { timeout: STEP_TIMEOUT_MS, polling: 100 });
    await waitSettled(page, network);
    const load = await page.evaluate(() => ({
      ...window.__bench,
      resources: performance.getEntriesByType('resource').map((entry) => ({
        url: entry.name,
        encoded: entry.encodedBodySize,
        responseEnd: entry.responseEnd,
      })),
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    let keystroke = null;
    if (contender.field) {
      await focusField(page, contender.field);
      await waitSettled(page, network, 500);
      const keys = [];
      for (let round = 0; round < TYPING_ROUNDS; round++) keys.push(...NUMBER, ...Array(NUMBER.length).fill('Backspace'));
      const before = { wall: await taskSeconds(cdp), cpu: await taskSeconds(cpu) };
      await typeKeys(page, keys);
      // Work a surface defers (timers, idle callbacks) still counts.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = { wall: await taskSeconds(cdp), cpu: await taskSeconds(cpu) };
      const per = (clock, key) => ((after[clock][key] - before[clock][key]) * 1000) / keys.length;
      keystroke = { keys: keys.length, cpuMs: per('cpu', 'task'), cpuScriptMs: per('cpu', 'script'), wallMs: per('wall', 'task') };
    }
    const all = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, encoded: entry.encodedBodySize })),
    );
    // The shop page and its stylesheet are the same for everyone: not counted. The
    // contender's own markup is (gzip -9 of what it adds to the page).
    const own = (url) => !url.includes('/bench/shop.css');
    const markup = gzipSync(contender.head + contender.body, { level: 9 }).length;
    const sum = (list) => list.reduce((total, entry) => total + entry.encoded, 0);
    const beforePaint = load.resources.filter((entry) => own(entry.url) && entry.responseEnd <= load.painted);
    const blocking = load.longTasks.reduce((total, task) => total + Math.max(0, task.duration - 50), 0);
    // The contender's own script runs in long frames (its files: /dist/, /node_modules/,
    // /bench/ set-up; /baseline/, the baseline build's); the shop page and the probe are not its.
    const ownScripts = load.longFrameScripts
      .filter((script) => /^\/(dist|baseline|node_modules|bench|bench-built)\//.test(pathOf(script.url)))
      .sort((a, b) => b.duration - a.duration);
    return {
      bytesBeforePaint: markup + sum(beforePaint),
      scriptBytesBeforePaint: sum(beforePaint.filter((entry) => /\.m?js(\?|$)/.test(entry.url))),
      bytesTotal: markup + sum(all.filter((entry) => own(entry.url))),
      filesBeforePaint: beforePaint.map((entry) => `${new URL(entry.url).pathname} ${entry.encoded}`),
      filesTotal: all.filter((entry) => own(entry.url)).map((entry) => `${new URL(entry.url).pathname} ${entry.encoded}`),
      paintedMs: load.painted,
      fcpMs: load.fcp,
      blockingMs: blocking,
      longestTaskMs: Math.max(0, ...load.longTasks.map((task) => task.duration)),
      longestOwnScriptMs: ownScripts[0]?.duration ?? 0,
      longOwnScripts: ownScripts.slice(0, 5).map((script) => `${pathOf(script.url)} ${script.invoker} ${script.duration.toFixed(0)} ms`),
      heapBytes: heap.usedSize,
      keystrokeMs: keystroke?.cpuMs ?? null,
      keystrokeScriptMs: keystroke?.cpuScriptMs ?? null,
      keystrokeWallMs: keystroke?.wallMs ?? null,
    };
  } finally {
    await context.close();
  }
}

async function measureAll() {
  const results = Object.fromEntries(chosen.map((name) => [name, []]));
  // A warm-up round, not counted: the browser's first pages are slower than the rest.
  for (const name of chosen) await measureOne(name);
  console.error('warm-up round done (not counted)');
  for (let round = 0; round < runs; round++) {
    // Interleaved, and the order turns each round so no contender always goes first.
    const order = chosen.map((_, i) => chosen[(i + round) % chosen.length]);
    for (const name of order) {
      const result = await measureOne(name);
      results[name].push(result);
      console.error(
        `run ${round + 1}/${runs} ${name}: painted ${result.paintedMs.toFixed(0)} ms, blocking ${result.blockingMs.toFixed(0)} ms, ` +
          `${(result.bytesBeforePaint / 1000).toFixed(1)} kB before paint, keystroke ${result.keystrokeMs?.toFixed(1) ?? '—'} ms` +
          (result.longOwnScripts.length ? `; its longest scripts: ${result.longOwnScripts.join(', ')}` : ''),
      );
    }
  }
  return results;
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The report: per contender median (min–max), the ratios against the targets, the machine. */
function markdown({ machine, runs, results, loadAverageAtEnd }) {
  const stat = (name, key) => {
    const list = results[name]?.map((result) => result[key]).filter((value) => value !== null) ?? [];
    return list.length ? { median: median(list), min: Math.min(...list), max: Math.max(...list) } : null;
  };
  const cell = (s, scale = 1, digits = 0) =>
    s ? `${(s.median / scale).toFixed(digits)} (${(s.min / scale).toFixed(digits)}–${(s.max / scale).toFixed(digits)})` : '—';
  const floorKey = stat('floor', 'keystrokeMs')?.median;
  const above = (name) => {
    const s = stat(name, 'keystrokeMs');
    return s && floorKey !== undefined ? s.median - floorKey : null;
  };
  const labels = Object.fromEntries(Object.entries(CONTENDERS).map(([name, c]) => [name, c.label]));
  labels.iti = `intl-tel-input ${itiVersion} + utils`;
  labels.cc = `vanilla-cookieconsent ${ccVersion} modal`;
  const lines = [];
  lines.push(
    `Median (min–max) of ${runs} runs per contender, interleaved. kB are 1000 bytes of gzip -9 (the server gzips every text file at level 9; images as they are). ` +
      'Keystroke cost is main-thread CPU time (thread ticks, 4× throttled) per keystroke; "above the floor" subtracts the bare input\'s median.',
    '',
    '| contender | kB gz before paint; of it script (median) | kB gz in total | painted ms | blocking ms | longest task ms | longest own script ms | CPU ms per keystroke | above the floor | JS heap after GC, MB |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const name of chosen) {
    const scriptBefore = stat(name, 'scriptBytesBeforePaint');
    const aboveFloor = above(name);
    lines.push(
      `| ${labels[name]} | ${cell(stat(name, 'bytesBeforePaint'), 1000, 1)}; script ${scriptBefore ? (scriptBefore.median / 1000).toFixed(1) : '—'} | ` +
        `${cell(stat(name, 'bytesTotal'), 1000, 1)} | ${cell(stat(name, 'paintedMs'))} | ${cell(stat(name, 'blockingMs'))} | ` +
        `${cell(stat(name, 'longestTaskMs'))} | ${cell(stat(name, 'longestOwnScriptMs'))} | ${cell(stat(name, 'keystrokeMs'), 1, 1)} | ` +
        `${aboveFloor === null ? '—' : aboveFloor.toFixed(1)} | ${cell(stat(name, 'heapBytes'), 1e6, 2)} |`,
    );
  }
  const ratio = (a, b) => (a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b);
  const fmt = (r) => (r === null ? '—' : `${r.toFixed(2)}×`);
  const verdict = (ok) => (ok === null ? '—' : ok ? 'met' : 'not met');
  const m = (name, key) => stat(name, key)?.median ?? null;
  const has = (name) => Boolean(results[name]?.length);
  // One column per wa-optin contender that ran (one-file and split builds).
  // lit-floor: the same verdicts for Lit alone, so the table shows which targets the stack itself leaves room for.
  const ours = ['form', 'popup', 'form-split', 'popup-split', 'banner-split', 'form-split-baseline', 'popup-split-baseline', 'banner-split-baseline', 'lit-floor'].filter(has);
  lines.push('', `| measure | ${ours.join(' | ')} | target |`, `|---|${ours.map(() => '---|').join('')}---|`);
  const row = (title, value, ok, target) => lines.push(`| ${title} | ${ours.map((s) => `${value(s)} (${verdict(ok(s))})`).join(' | ')} | ${target} |`);
  row(
    'script before paint, kB gz',
    (s) => (has(s) ? (m(s, 'scriptBytesBeforePaint') / 1000).toFixed(1) : '—'),
    (s) => (has(s) ? m(s, 'scriptBytesBeforePaint') <= 15_000 : null),
    '≤ 15 kB',
  );
  const paintedRatio = (s) => (has(s) && has('pair') ? ratio(m(s, 'paintedMs'), m('pair', 'paintedMs')) : null);
  row('painted ÷ the pair', (s) => fmt(paintedRatio(s)), (s) => (paintedRatio(s) === null ? null : paintedRatio(s) <= 0.5), '≤ 0.5×');
  const blockingRatio = (s) => (has(s) && has('pair') ? ratio(m(s, 'blockingMs'), m('pair', 'blockingMs')) : null);
  row('blocking ÷ the pair', (s) => fmt(blockingRatio(s)), (s) => (blockingRatio(s) === null ? null : blockingRatio(s) <= 0.5), '≤ 0.5×');
  row(
    'longest task during load, ms',
    (s) => (has(s) ? m(s, 'longestTaskMs').toFixed(0) : '—'),
    (s) => (has(s) ? m(s, 'longestTaskMs') <= 50 : null),
    '≤ 50 ms',
  );
  // The target is "no long task over 50 ms caused by the widget": its own script runs.
  row(
    'longest run of its own script in a long frame, ms',
    (s) => (has(s) ? m(s, 'longestOwnScriptMs').toFixed(0) : '—'),
    (s) => (has(s) ? m(s, 'longestOwnScriptMs') <= 50 : null),
    '≤ 50 ms',
  );
  // A ratio against a peer at or below the floor (noise on a busy machine) means nothing.
  const keyRatio = (s) => (has(s) && has('iti') && has('floor') && above('iti') > 0 ? ratio(above(s), above('iti')) : null);
  row('keystroke above the floor ÷ intl-tel-input’s', (s) => fmt(keyRatio(s)), (s) => (keyRatio(s) === null ? null : keyRatio(s) <= 0.5), '≤ 0.5×');

  const peers = ['iti', 'cc', 'pair'].filter(has);
  for (const form of ['form', 'form-split', 'form-split-baseline'].filter(has)) {
    if (!peers.length) break;
    lines.push('', `| ${labels[form]} ÷ peer (medians) | ${peers.map((p) => labels[p]).join(' | ')} |`, `|---|${peers.map(() => '---|').join('')}`);
    const peerRow = (title, key) =>
      lines.push(`| ${title} | ${peers.map((p) => fmt(ratio(m(form, key), m(p, key)))).join(' | ')} |`);
    peerRow('kB gz before paint', 'bytesBeforePaint');
    peerRow('kB gz in total', 'bytesTotal');
    peerRow('painted', 'paintedMs');
    peerRow('blocking', 'blockingMs');
    peerRow('JS heap after GC', 'heapBytes');
    if (has('floor')) {
      const keyCell = (p) => (CONTENDERS[p].field && above(p) > 0 ? fmt(ratio(above(form), above(p))) : '—');
      lines.push(`| keystroke above the floor | ${peers.map(keyCell).join(' | ')} |`);
    }
  }
  lines.push(
    '',
    `Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.chromium} (headless, ${CHROMIUM_ARGS.join(' ')}), ` +
      `Node ${machine.node}, CPU throttle ${machine.throttle}×, viewport ${machine.viewport.width}×${machine.viewport.height} at 1×; ` +
      `load average ${machine.loadAverageAtStart.join(' ')} at the start, ${loadAverageAtEnd.join(' ')} at the end; ${machine.date}.`,
  );
  const files = (name) => results[name]?.[0]?.filesTotal.join(', ');
  lines.push('', 'Files fetched (first run, gzip bytes):');
  for (const name of chosen) lines.push(`- ${name}: ${files(name) || 'none'}`);
  lines.push('', 'Its own longest script runs in long animation frames (first run; file, invoker, duration):');
  for (const name of chosen) lines.push(`- ${name}: ${results[name]?.[0]?.longOwnScripts.join(', ') || 'none'}`);
  return lines.join('\n');
}
