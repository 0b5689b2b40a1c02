// `npm run bench -- --trace form-split [--runs 3]`: where a contender's load time goes, from
// a Chromium trace (devtools.timeline and v8 categories) of the same throttled load the
// bench measures. Per run it prints the contender's own requests (sent / finished, ms from
// navigation) and every main-thread task of the shop page's renderer over 2 ms until the
// page settled, with what took the time inside it (layout, script evaluation, module
// evaluation, microtasks — a Lit first render runs there — and so on). Tracing itself
// slows script down: read the shares and the order, not the absolute milliseconds.
import { Buffer } from 'node:buffer';
import { CONTENDERS } from './contenders.mjs';

const CATEGORIES = ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'loading'];
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export async function traceLoads({ server, openPage, waitSettled, name, runs }) {
  const contender = CONTENDERS[name];
  for (let run = 1; run <= runs; run++) {
    const { context, page, network } = await openPage(contender);
    try {
      await page.tracing.start({ categories: CATEGORIES });
      await page.goto(`${server.origin}/shop/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60_000, polling: 100 });
      await waitSettled(page, network);
      const painted = await page.evaluate(() => window.__bench.painted);
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      console.log(`\n## ${name}, run ${run} of ${runs}: painted at ${painted.toFixed(0)} ms (the probe's clock)\n`);
      console.log(timeline(trace.traceEvents ?? trace, server.origin));
    } finally {
      await context.close();
    }
  }
}

/** The shop page's requests and main-thread tasks, as lines. */
function timeline(events, origin) {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/shop/'));
  if (!navigation) return 'no navigation to /shop/ in the trace';
  const at = (ts) => ((ts - navigation.ts) / 1000).toFixed(1);
  const path = (url) => (url ?? '').replace(origin, '');
  const lines = [];
  const sent = new Map();
  for (const e of events) {
    if (e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith(origin) && e.ts >= navigation.ts) sent.set(e.args.data.requestId, { url: path(e.args.data.url), at: e.ts });
  }
  for (const e of events) {
    const request = e.name === 'ResourceFinish' ? sent.get(e.args?.data?.requestId) : undefined;
    if (request) lines.push(`request ${request.url}: sent ${at(request.at)}, finished ${at(e.ts)}`);
  }
  const main = events.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X');
  const tasks = main.filter((e) => TASK.has(e.name) && e.ts >= navigation.ts && e.dur > 2000).sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    const inside = new Map();
    for (const e of main) {
      if (e === task || TASK.has(e.name) || e.ts < task.ts || e.ts >= task.ts + task.dur || e.dur < 300) continue;
      const key = e.name + (e.args?.data?.url?.startsWith(origin) ? `(${path(e.args.data.url)})` : '');
      inside.set(key, (inside.get(key) ?? 0) + e.dur);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([key, dur]) => `${key} ${(dur / 1000).toFixed(1)}`);
    lines.push(`task at ${at(task.ts)}: ${(task.dur / 1000).toFixed(1)} ms — ${top.join(', ') || '(no traced work over 0.3 ms)'}`);
  }
  return lines.join('\n');
}
