// `node scripts/bench/trace-keys.mjs [--contenders form-split,floor,iti] [--keys 100] [--out dir]`
//
// Where a keystroke's time goes, JavaScript and the browser's own work: a Chromium trace
// (devtools.timeline and invalidation-tracking categories) of the keystrokes `npm run bench`
// types (10 digits typed and deleted, over and over), in the same shop page, CPU throttled
// 4×, one contender after another. Printed per keystroke, for the renderer's main thread:
// thread time by trace event (self, and with what runs inside it), how many style recalcs
// and layouts ran and how many elements and objects they touched, the style and layout
// forced from script, and what invalidated style or layout. Tracing adds its own cost:
// compare contenders with each other, not with `npm run bench`. With --out the raw traces
// are written there (DevTools' Performance panel opens them). Uses dist/ as built: run
// `npm run bench` or the script-tag builds first.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, openThrottledPage } from './chromium.mjs';
import { CONTENDERS } from './contenders.mjs';
import { afterNextPaint, installProbe } from './page-probe.mjs';
import { startShopServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const NUMBER = '9876543210';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8.execute',
  'disabled-by-default-devtools.timeline.invalidationTracking',
];

const { values } = parseArgs({
  options: {
    contenders: { type: 'string', default: 'form-split,floor,iti' },
    keys: { type: 'string', default: '100' },
    out: { type: 'string' },
    // As in bench.mjs: a split build from another commit, traced as `form-split-baseline`.
    baseline: { type: 'string' },
  },
});
if (values.baseline) {
  CONTENDERS['form-split-baseline'] = { ...CONTENDERS['form-split'], head: '<script src="/baseline/wa-optin.js" defer></script>' };
}
const chosen = values.contenders.split(',').filter(Boolean);
for (const name of chosen) if (!CONTENDERS[name]) throw new Error(`unknown contender "${name}"`);
const keyCount = Number(values.keys);

const server = await startShopServer(repo, values.baseline ? { '/baseline/': values.baseline } : {});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS], // a copy: Puppeteer takes --disable-features out of the array it is given
});

try {
  for (const name of chosen) {
    const contender = CONTENDERS[name];
    const { context, page } = await openThrottledPage(browser, server.origin);
    await page.evaluateOnNewDocument(installProbe, contender.ready);
    await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60_000, polling: 100 });
    await new Promise((done) => setTimeout(done, 3000));
    await page.evaluate((field) => window.__benchDeep(field).focus(), contender.field);
    await new Promise((done) => setTimeout(done, 3000));
    const keys = [];
    while (keys.length < keyCount) keys.push(...NUMBER, ...Array(NUMBER.length).fill('Backspace'));
    keys.length = keyCount;
    await page.tracing.start({ categories: CATEGORIES });
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.evaluate(afterNextPaint);
    }
    await new Promise((done) => setTimeout(done, 500));
    const buffer = await page.tracing.stop();
    if (values.out) writeFileSync(join(values.out, `${name}.trace.json`), buffer);
    console.log(`\n## ${name}: ${keys.length} keystrokes\n`);
    console.log(summarise(JSON.parse(Buffer.from(buffer).toString('utf8')), keys.length));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

function summarise(trace, keys) {
  const events = trace.traceEvents ?? trace;
  // The page's renderer: of the renderer main threads, the one that dispatched the key events.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const keyEvents = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'EventDispatch').length;
  const mainThread = mains.sort((a, b) => keyEvents(b) - keyEvents(a))[0];
  const onMain = events
    .filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Nesting (complete events on one thread nest by time): self time = own thread time less its children's.
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    e.childTdur = 0;
    e.inScript = stack.some((parent) => parent.name === 'FunctionCall');
    if (stack.length) stack.at(-1).childTdur += e.tdur;
    stack.push(e);
  }
  const label = (e) =>
    e.name === 'EventDispatch' ? `EventDispatch (${e.args?.data?.type})` : e.name === 'FunctionCall' ? `FunctionCall ${callSite(e)}` : e.name;
  const byName = new Map();
  for (const e of onMain) {
    const entry = byName.get(label(e)) ?? { count: 0, self: 0, total: 0 };
    entry.count++;
    entry.self += Math.max(0, e.tdur - e.childTdur);
    entry.total += e.tdur;
    byName.set(label(e), entry);
  }
  const busy = onMain.filter((e) => e.name === 'RunTask').reduce((n, e) => n + e.tdur, 0);
  const lines = [
    `Main-thread tasks: ${(busy / keys / 1000).toFixed(2)} ms thread time per key (tracing adds to it). By self time:`,
    '',
    '| event | per key | self µs per key | with children µs per key |',
    '|---|---|---|---|',
  ];
  for (const [event, { count, self, total }] of [...byName.entries()].sort((a, b) => b[1].self - a[1].self).slice(0, 25)) {
    lines.push(`| ${event} | ${(count / keys).toFixed(2)} | ${(self / keys).toFixed(0)} | ${(total / keys).toFixed(0)} |`);
  }
  const styles = onMain.filter((e) => e.name === 'UpdateLayoutTree');
  const elements = styles.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0);
  const layouts = onMain.filter((e) => e.name === 'Layout');
  const dirty = layouts.reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  const total = layouts.reduce((n, e) => n + (e.args?.beginData?.totalObjects ?? 0), 0);
  const forced = onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.inScript);
  lines.push(
    '',
    `Style recalcs: ${(styles.length / keys).toFixed(2)} per key, ${(elements / keys).toFixed(1)} elements per key. ` +
      `Layouts: ${(layouts.length / keys).toFixed(2)} per key, ${(dirty / keys).toFixed(1)} dirty of ${(total / keys).toFixed(1)} objects ` +
      `(the layout root's subtree) per key. Forced from script: ${forced.length} style or layout runs, ` +
      `${(forced.reduce((n, e) => n + e.tdur, 0) / keys).toFixed(0)} µs per key.`,
  );
  const invalidations = events.filter((e) => /InvalidationTracking$/.test(e.name) && e.pid === mainThread.pid);
  const kinds = new Map();
  for (const e of invalidations) {
    const data = e.args?.data ?? {};
    const key = `${e.name.replace('InvalidationTracking', '')}: ${data.reason ?? ''} ${data.nodeName ?? ''}`.trim();
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  lines.push('', 'What invalidated style or layout (per key):');
  for (const [key, count] of [...kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`- ${key}: ${(count / keys).toFixed(2)}`);
  return lines.join('\n');
}

function callSite(e) {
  const data = e.args?.data ?? {};
  const file = (data.url ?? '').split('/').pop();
  if (/^pptr:|__puppeteer/.test(data.url ?? '') || /trace\.mjs/.test(decodeURIComponent(data.url ?? ''))) return "(the harness's wait for a paint)";
  return `${data.functionName || '(anonymous)'} ${file}`.trim();
}
