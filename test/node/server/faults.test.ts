// The fast part of the fault run (RELIABILITY.md): a few seconds of widget-like load while
// the receiver process is killed with SIGKILL and restarted. `npm run test:faults` is the
// long run (60 s, two kills, both stores).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { faultRun, type FaultRunFigures } from './fault-run.js';

function assertAccounted(figures: FaultRunFigures): void {
  assert.ok(figures.acknowledged > 20, `the load reached the receiver (${figures.acknowledged} acknowledged)`);
  assert.ok((figures.outcomes.network ?? 0) > 0, 'the kill was felt by the clients');
  assert.equal(figures.lost, 0, 'no acknowledged record is lost');
  assert.equal(figures.duplicated, 0, 'no record is stored twice');
  assert.equal(figures.unacknowledged, 0, 'every record was acknowledged once the receiver was back');
  assert.equal(figures.stored, figures.sent, 'every record sent is stored');
}

test('SIGKILL under load, embedded store: every record acknowledged after the restart, none lost or doubled', { timeout: 90_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-faults-'));
  try {
    assertAccounted(await faultRun({ seconds: 5, kills: 1, concurrency: 4, drainSeconds: 30, storeArgs: ['--data', join(dir, 'db')] }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const databaseUrl = process.env.WA_OPTIN_TEST_DATABASE_URL;
test('SIGKILL under load, PostgreSQL: every record acknowledged after the restart, none lost or doubled', { skip: !databaseUrl && 'set WA_OPTIN_TEST_DATABASE_URL', timeout: 90_000 }, async () => {
  assertAccounted(await faultRun({ seconds: 5, kills: 1, concurrency: 4, drainSeconds: 30, storeArgs: ['--database-url', databaseUrl!] }));
});
