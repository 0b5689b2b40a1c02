// `wa-optin-server --trust-proxy [N]` as a process (issue 12, item 3): a bare flag means one
// proxy, a number that many, anything else is refused before the database opens.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { consentRecord } from './records.js';
import { runReceiverProcess, startReceiverProcess, stopReceiverProcess } from './receiver-process.js';

const ADMIN = 'cli-admin-token-0123456789';
let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'wa-optin-cli-proxy-'))));
after(() => rm(dir, { recursive: true, force: true }));

test('--trust-proxy alone: the right-most X-Forwarded-For entry is the client, for the store and the limit', { timeout: 60_000 }, async () => {
  const server = await startReceiverProcess(['--data', join(dir, 'one'), '--trust-proxy', '--client-ip', 'plain', '--rate-limit', '2'], { WA_OPTIN_ADMIN_TOKEN: ADMIN });
  try {
    const statuses: number[] = [];
    const records = [1, 2, 3].map(() => consentRecord());
    for (const [i, record] of records.entries()) {
      const response = await fetch(`${server.url}/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.1.${i}, 198.51.100.77` },
        body: JSON.stringify(record),
      });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [201, 201, 429], 'a rotating first entry does not escape the limit');
    const csv = await (await fetch(`${server.url}/export`, { headers: { authorization: `Bearer ${ADMIN}` } })).text();
    const [header, ...rows] = csv.split('\r\n');
    const row = rows.find((line) => line.includes(records[0].id))!;
    // clientIp is the column before userId, which is empty for an opt-in from a page.
    assert.deepEqual(header.split(',').slice(-2), ['clientIp', 'userId']);
    assert.ok(row.endsWith(',198.51.100.77,'), row);
  } finally {
    await stopReceiverProcess(server);
  }
});

test('--trust-proxy with something other than a count is refused before the database opens', { timeout: 30_000 }, async () => {
  const dataDir = join(dir, 'refused');
  const { code, stderr } = await runReceiverProcess(['--data', dataDir, '--trust-proxy=yes']);
  assert.equal(code, 2);
  assert.match(stderr, /--trust-proxy takes the number of proxies in front \(1 if omitted\), not yes/);
  assert.ok(!(await readdir(dir)).includes('refused'), 'no data directory left behind');
});
