// `wa-optin-server` as a shop runs it: a process with an embedded database in a directory,
// stopped and started again without losing a record.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPgliteStore } from '../../../src/server/pglite.js';
import { consentRecord } from './records.js';

const ADMIN = 'cli-admin-token-0123456789';
let dir: string;

async function startServer(dataDir: string, ...extra: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--data', dataDir, ...extra], {
    env: { ...process.env, WA_OPTIN_ADMIN_TOKEN: ADMIN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`wa-optin-server exited with ${code}: ${output}`)));
  });
  return { child, url };
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

after(() => rm(dir, { recursive: true, force: true }));

test('wa-optin-server keeps records in its data directory across a restart', { timeout: 60_000 }, async () => {
  dir = await mkdtemp(join(tmpdir(), 'wa-optin-cli-'));
  const dataDir = join(dir, 'consents');
  const record = consentRecord();

  const first = await startServer(dataDir);
  const posted = await fetch(`${first.url}/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  assert.equal(posted.status, 201);
  assert.equal(await stop(first.child), 0, 'a clean shutdown on SIGTERM');

  const second = await startServer(dataDir);
  try {
    // PGlite serves one process: a second server on the same directory must refuse to start.
    const intruder = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--data', dataDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    intruder.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    assert.notEqual(await new Promise((resolve) => intruder.once('exit', resolve)), 0);
    assert.match(stderr, /is open in process \d+; it serves one process at a time/);

    const status = await fetch(`${second.url}/status?phone=${encodeURIComponent(record.phone)}&topic=order_updates`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    assert.equal(((await status.json()) as { allowed: boolean }).allowed, true);
  } finally {
    await stop(second.child);
  }
});

test('a receiver killed mid-load (SIGKILL) loses no record it acknowledged', { timeout: 60_000 }, async () => {
  const dataDir = join(dir, 'killed');
  const { child, url } = await startServer(dataDir, '--rate-limit', '0');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const acknowledged = new Set<string>();
  let killed = false;
  setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, 1500);
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (!killed) {
        const record = consentRecord();
        const response = await fetch(`${url}/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(record),
        }).catch(() => null);
        if (response?.status === 201) acknowledged.add(record.id);
      }
    }),
  );
  await exited;
  assert.ok(acknowledged.size > 50, `load reached the receiver (${acknowledged.size} acknowledged)`);
  // Reopening recovers the database and takes over the dead process's lock.
  const store = await openPgliteStore(dataDir);
  try {
    const stored = new Set<string>();
    for await (const event of store.events()) stored.add(event.eventId);
    assert.deepEqual([...acknowledged].filter((id) => !stored.has(id)), []);
  } finally {
    await store.close();
  }
});

test('wa-optin-server refuses a bad configuration with a clear message', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--client-ip', 'hash'], {
    env: { ...process.env, WA_OPTIN_IP_SALT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  assert.equal(code, 2);
  assert.match(stderr, /--client-ip hash needs WA_OPTIN_IP_SALT/);
});
