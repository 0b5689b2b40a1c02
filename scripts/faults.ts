// `npm run test:faults [-- --seconds 60 --kills 2 --concurrency 16 --database-url postgres://…]`
//
// The long fault run of RELIABILITY.md: clients that retry like the widget's outbox post
// consent records to a real `wa-optin-server` process while it is killed with SIGKILL and
// restarted on the same database, on the embedded PGlite and (with a URL) on PostgreSQL.
// Bounded (fixed time, loopback only); exits 1 if any acknowledged record is missing or stored twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFigures, faultRun, FIGURES_HEADER } from '../test/node/server/fault-run.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    kills: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '16' },
    'database-url': { type: 'string', default: process.env.WA_OPTIN_TEST_DATABASE_URL },
  },
});
const common = { seconds: Number(values.seconds), kills: Number(values.kills), concurrency: Number(values.concurrency), log: console.log };
console.log(`wa-optin fault run: ${cpus().length} CPU(s), Node ${process.version}, ${common.concurrency} clients, ${common.seconds} s, ${common.kills} SIGKILLs per store`);
const rows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'wa-optin-faults-'));
try {
  const stores: [string, string[]][] = [['PGlite (embedded)', ['--data', join(dir, 'db')]]];
  if (values['database-url']) stores.push(['PostgreSQL', ['--database-url', values['database-url']]]);
  else console.log('PostgreSQL: skipped (pass --database-url postgres://… or set WA_OPTIN_TEST_DATABASE_URL)');
  for (const [name, storeArgs] of stores) {
    console.log(`${name}:`);
    const figures = await faultRun({ ...common, storeArgs });
    rows.push(describeFigures(name, figures));
    if (figures.lost || figures.duplicated) process.exitCode = 1;
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`\n${FIGURES_HEADER}`);
for (const row of rows) console.log(row);
