// `npm run bench:receiver [-- --seconds 20 --concurrency 32 --database-url postgres://…]`
//
// A bounded load generator on loopback: starts `wa-optin-server` as its own process with
// each store (embedded PGlite always, PostgreSQL when a URL is given), posts valid consent
// records from a fixed number of concurrent clients for a fixed time, reports records/s and
// latency, then reads the audit export back and checks that the stored rows are exactly
// the records that were answered 2xx: none lost, none twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPhone } from '../src/core/phone.js';
import { buildWording } from '../src/core/sentence.js';
import { serverPhoneRulesReady } from '../src/server/validate.js';
import { startReceiverProcess, stopReceiverProcess } from '../test/node/server/receiver-process.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '32' },
    'max-records': { type: 'string', default: '500000' },
    'database-url': { type: 'string', default: process.env.WA_OPTIN_BENCH_DATABASE_URL },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const maxRecords = Number(values['max-records']);
const ADMIN = `bench-${crypto.randomUUID()}`;

await serverPhoneRulesReady();
// Real numbers and the real wording, made before the clock starts so the generator spends
// its share of the two cores on sending, not on building.
const people = Array.from({ length: 2000 }, (_, i) => {
  const checked = checkPhone(`+55119${String(10_000_000 + i * 4111).slice(-8)}`);
  if (!checked.ok) throw new Error('bench numbers must be valid');
  const wording = buildWording({ business: 'Acme Shoes', topics: ['order_updates'], phoneDisplay: checked.international, locale: 'en' });
  return { phone: checked.e164, wording: wording.text };
});

function recordBody(n: number): { id: string; body: string } {
  const person = people[n % people.length];
  const id = crypto.randomUUID();
  const record = {
    id,
    channel: 'whatsapp',
    phone: person.phone,
    phoneVerified: false,
    topics: ['order_updates'],
    business: 'Acme Shoes',
    wording: person.wording,
    wordingVersion: 'en/1',
    locale: 'en',
    source: 'bench',
    pageUrl: 'https://shop.example/whatsapp',
    consentedAt: new Date().toISOString(),
    widgetVersion: '0.1.0',
  };
  return { id, body: JSON.stringify(record) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Phase {
  sent: number;
  ok: Set<string>;
  statuses: Map<number, number>;
  latencies: number[];
  seconds: number;
}

/** One POST on a kept-alive connection; node:http costs the generator far less CPU than fetch. */
function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: '/consent', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** `concurrency` clients, each posting one record after another until the time is up. */
async function load(url: string, durationS: number): Promise<Phase> {
  const phase: Phase = { sent: 0, ok: new Set(), statuses: new Map(), latencies: [], seconds: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const start = performance.now();
  const deadline = start + durationS * 1000;
  const client = async () => {
    while (performance.now() < deadline && phase.sent < maxRecords) {
      const { id, body } = recordBody(phase.sent++);
      const t0 = performance.now();
      const status = await post(agent, target, body);
      phase.latencies.push(performance.now() - t0);
      phase.statuses.set(status, (phase.statuses.get(status) ?? 0) + 1);
      if (status >= 200 && status < 300) phase.ok.add(id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  phase.seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return phase;
}

/** The stored rows of this run, read back through the audit export (streamed JSONL). */
async function storedIds(url: string, from: Date): Promise<string[]> {
  const response = await fetch(`${url}/export?format=jsonl&from=${encodeURIComponent(from.toISOString())}`, {
    headers: { authorization: `Bearer ${ADMIN}` },
  });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  const text = await response.text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { eventId: string; source: string }))
    .filter((event) => event.source === 'bench')
    .map((event) => event.eventId);
}

async function bench(name: string, storeArgs: string[]): Promise<string> {
  const receiver = await startReceiverProcess(['--host', '127.0.0.1', '--rate-limit', '0', ...storeArgs], { WA_OPTIN_ADMIN_TOKEN: ADMIN });
  const { url } = receiver;
  try {
    const from = new Date();
    const warmup = await load(url, Number(values.warmup));
    const measured = await load(url, seconds);
    const ids = await storedIds(url, from);
    const unique = new Set(ids);
    // Every id answered 2xx (warm-up included) must be stored once, and nothing else.
    const answered = new Set([...warmup.ok, ...measured.ok]);
    const missing = [...answered].filter((id) => !unique.has(id)).length;
    const extra = [...unique].filter((id) => !answered.has(id)).length;
    const duplicated = ids.length - unique.size;
    const okCount = measured.ok.size;
    const rate = okCount / measured.seconds;
    const sorted = measured.latencies.sort((a, b) => a - b);
    const [p50, p99] = [percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1)];
    const statuses = [...measured.statuses].map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(
      `${name}: ${okCount} records in ${measured.seconds.toFixed(1)} s = ${rate.toFixed(0)} records/s; ` +
        `p50 ${p50} ms, p99 ${p99} ms; statuses ${statuses}; ` +
        `rows ${ids.length} vs 2xx answers ${answered.size}: ${missing} lost, ${duplicated} duplicated, ${extra} unexpected`,
    );
    if (missing || extra || duplicated) process.exitCode = 1;
    return `| ${name} | ${concurrency} | ${okCount} | ${rate.toFixed(0)} | ${p50} | ${p99} | ${ids.length} rows, ${answered.size} 2xx: ${missing} lost, ${duplicated} duplicated |`;
  } finally {
    await stopReceiverProcess(receiver);
  }
}

console.log(`wa-optin receiver benchmark: ${cpus().length} CPU(s), Node ${process.version}, ${concurrency} clients, ${seconds} s per store`);
const rows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'wa-optin-bench-'));
try {
  rows.push(await bench('PGlite (embedded)', ['--data', join(dir, 'db')]));
  if (values['database-url']) rows.push(await bench('PostgreSQL', ['--database-url', values['database-url']]));
  else console.log('PostgreSQL: skipped (pass --database-url postgres://… or set WA_OPTIN_BENCH_DATABASE_URL)');
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log('\n| store | clients | records stored (2xx) | records/s | p50 ms | p99 ms | rows = 2xx answers |\n|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
