// A fault run: clients that behave like the widget's outbox (every record retried with the
// same id and the same body until the receiver itself acknowledges it) post consent records
// to a real `wa-optin-server` process while that process is killed with SIGKILL and started
// again on the same database. Afterwards the database is read back through the audit
// export and every record is accounted for: sent, acknowledged, stored, duplicated, lost.
// Used by `npm run test:faults` (the long run) and by a short run in the Node test suite.
import { createServer } from 'node:net';
import { consentRecord } from './records.js';
import { startReceiverProcess, stopReceiverProcess, type ReceiverProcess } from './receiver-process.js';

export interface FaultRunOptions {
  /** How long the clients keep creating new records. */
  seconds: number;
  /** SIGKILLs, spread evenly over the run; the receiver is started again after each. */
  kills: number;
  concurrency: number;
  /** `['--data', dir]` or `['--database-url', url]`. */
  storeArgs: string[];
  /** After the load, how long clients may still retry what is not yet acknowledged. */
  drainSeconds?: number;
  log?: (line: string) => void;
}

export interface FaultRunFigures {
  /** Distinct records created by the clients. */
  sent: number;
  /** Records the receiver acknowledged (2xx whose JSON `id` is the record's id). */
  acknowledged: number;
  /** Records still unacknowledged when the drain time ran out. */
  unacknowledged: number;
  /** Distinct record ids of this run found in the database. */
  stored: number;
  /** Rows beyond one per id. */
  duplicated: number;
  /** Acknowledged but not stored: the one number that must be 0. */
  lost: number;
  /** Stored but never acknowledged to the client (its answer died with the process). */
  storedUnacknowledged: number;
  /** Requests made, and how they ended (`201`, `200`, `network`, …). */
  requests: number;
  outcomes: Record<string, number>;
  kills: number;
  /** Milliseconds from each SIGKILL until the new process answered. */
  restartMs: number[];
}

const ADMIN = `faults-${crypto.randomUUID()}`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function faultRun(options: FaultRunOptions): Promise<FaultRunFigures> {
  const log = options.log ?? (() => {});
  const port = await freePort();
  // The same port after every restart, as a service behind a fixed address would have.
  const args = ['--host', '127.0.0.1', '--port', String(port), '--rate-limit', '0', ...options.storeArgs];
  const url = `http://127.0.0.1:${port}`;
  const env = { WA_OPTIN_ADMIN_TOKEN: ADMIN };
  let receiver: ReceiverProcess = await startReceiverProcess(args, env);
  const source = `faults-${Date.now().toString(36)}`;
  const outcomes: Record<string, number> = {};
  const count = (key: string) => (outcomes[key] = (outcomes[key] ?? 0) + 1);
  const acknowledged = new Set<string>();
  const sentIds = new Set<string>();
  const restartMs: number[] = [];
  let requests = 0;
  const start = performance.now();
  const loadEnds = start + options.seconds * 1000;
  const drainEnds = loadEnds + (options.drainSeconds ?? 30) * 1000;

  // The supervisor: SIGKILL at even intervals, then start again on the same database.
  const supervisor = (async () => {
    for (let k = 1; k <= options.kills; k++) {
      const at = start + (options.seconds * 1000 * k) / (options.kills + 1);
      await sleep(Math.max(0, at - performance.now()));
      const killedAt = performance.now();
      receiver.child.kill('SIGKILL');
      await receiver.exited;
      log(`  SIGKILL ${k} at ${((killedAt - start) / 1000).toFixed(1)} s`);
      receiver = await startReceiverProcess(args, env);
      restartMs.push(Math.round(performance.now() - killedAt));
      log(`  restarted in ${restartMs.at(-1)} ms`);
    }
  })();

  /** One record, retried like the widget's outbox: same id, same body, until acknowledged. */
  async function deliver(): Promise<void> {
    const record = consentRecord({ source });
    sentIds.add(record.id);
    const body = JSON.stringify(record);
    for (let attempt = 0; performance.now() < drainEnds; attempt++) {
      requests++;
      try {
        const response = await fetch(`${url}/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': record.id },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(10_000),
        });
        count(String(response.status));
        const answer = (await response.json().catch(() => null)) as { id?: string } | null;
        if (response.ok && answer?.id === record.id) {
          acknowledged.add(record.id);
          return;
        }
        if (response.status < 500 && response.status !== 408 && response.status !== 429) return; // refused: the widget stops too
      } catch {
        count('network');
      }
      await sleep(Math.min(2_000, 50 * 2 ** attempt));
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < loadEnds) await deliver();
    }),
  );
  await supervisor;

  // Read back everything of this run through the audit export.
  const response = await fetch(`${url}/export?format=jsonl`, { headers: { authorization: `Bearer ${ADMIN}` } });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  const ids = (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { eventId: string; source: string })
    .filter((event) => event.source === source)
    .map((event) => event.eventId);
  await stopReceiverProcess(receiver);
  const stored = new Set(ids);
  return {
    sent: sentIds.size,
    acknowledged: acknowledged.size,
    unacknowledged: sentIds.size - acknowledged.size,
    stored: stored.size,
    duplicated: ids.length - stored.size,
    lost: [...acknowledged].filter((id) => !stored.has(id)).length,
    storedUnacknowledged: [...stored].filter((id) => !acknowledged.has(id)).length,
    requests,
    outcomes,
    kills: options.kills,
    restartMs,
  };
}

export function describeFigures(name: string, f: FaultRunFigures): string {
  const outcomes = Object.entries(f.outcomes)
    .sort()
    .map(([k, n]) => `${k}×${n}`)
    .join(' ');
  return (
    `| ${name} | ${f.kills} | ${f.sent} | ${f.acknowledged} | ${f.stored} | ${f.duplicated} | ${f.lost} | ` +
    `${f.unacknowledged} | ${f.requests} (${outcomes}) | ${f.restartMs.join(', ')} |`
  );
}

export const FIGURES_HEADER =
  '| store | SIGKILLs | records sent | acknowledged | stored | duplicated | lost | unacknowledged at the end | requests (outcomes) | restart ms |\n' +
  '|---|---|---|---|---|---|---|---|---|---|';
