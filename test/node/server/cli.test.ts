// `wa-optin-server` as a shop runs it: a process with an embedded database in a directory,
// stopped and started again without losing a record.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPgliteStore } from '../../../src/server/store/pglite.js';
import { consentRecord } from './records.js';
import { runReceiverProcess, startReceiverProcess, stopReceiverProcess } from './receiver-process.js';

const ADMIN = 'cli-admin-token-0123456789';
let dir: string;
const startServer = (dataDir: string, ...extra: string[]) =>
  startReceiverProcess(['--data', dataDir, ...extra], { WA_OPTIN_ADMIN_TOKEN: ADMIN });

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
  assert.equal(await stopReceiverProcess(first), 0, 'a clean shutdown on SIGTERM');

  const second = await startServer(dataDir);
  try {
    // PGlite serves one process: a second server on the same directory must refuse to start.
    const intruder = await runReceiverProcess(['--data', dataDir]);
    assert.notEqual(intruder.code, 0);
    assert.match(intruder.stderr, /is open in process \d+; it serves one process at a time/);

    const status = await fetch(`${second.url}/status?phone=${encodeURIComponent(record.phone)}&topic=order_updates`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    assert.equal(((await status.json()) as { allowed: boolean }).allowed, true);
  } finally {
    await stopReceiverProcess(second);
  }
});

test('a receiver killed mid-load (SIGKILL) loses no record it acknowledged', { timeout: 60_000 }, async () => {
  const dataDir = join(dir, 'killed');
  const { child, url, exited } = await startServer(dataDir, '--rate-limit', '0');
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
  assert.ok(acknowledged.size > 10, `load reached the receiver (${acknowledged.size} acknowledged)`);
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
  const { code, stderr } = await runReceiverProcess(['--client-ip', 'hash'], { WA_OPTIN_IP_SALT: '' });
  assert.equal(code, 2);
  assert.match(stderr, /--client-ip hash needs WA_OPTIN_IP_SALT/);
});

test('wa-optin-server without its optional peers says which one to install, in one line', async () => {
  const hide = new URL('./hide-package.mjs', import.meta.url).href;
  for (const [hidden, hint] of [
    // Since the validators are precompiled (issue 12, item 11) the receiver runs on ajv-formats' checks, without Ajv's compiler.
    ['ajv-formats', /^wa-optin-server: ajv-formats is not installed\. The receiver needs its optional peers: npm install ajv ajv-formats @electric-sql\/pglite/],
    ['@electric-sql/pglite', /^wa-optin-server: cannot open the database: .*\n {2}install it: npm install @electric-sql\/pglite/],
  ] as const) {
    const dataDir = await mkdtemp(join(tmpdir(), 'wa-optin-nopeer-'));
    try {
      const { code, stderr } = await runReceiverProcess(['--data', dataDir], {
        WA_OPTIN_TEST_HIDE_PACKAGE: hidden,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${hide}`.trim(),
      });
      assert.equal(code, 1, stderr);
      assert.match(stderr, hint);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
});

test('with WA_OPTIN_LINK_SECRET the CLI serves the preference and admin pages from dist/pages/ and makes links under --public-url', { timeout: 60_000 }, async () => {
  dir ??= await mkdtemp(join(tmpdir(), 'wa-optin-cli-'));
  const dataDir = join(dir, 'pages');
  const secret = 'cli-link-secret-0123456789abcdef0123';
  const short = await runReceiverProcess(['--data', join(dir, 'short')], { WA_OPTIN_LINK_SECRET: 'too-short' });
  assert.equal(short.code, 2);
  assert.match(short.stderr, /WA_OPTIN_LINK_SECRET must be 32 characters or more/);

  const record = consentRecord();
  const server = await startReceiverProcess(['--data', dataDir, '--public-url', 'https://shop.example/api'], {
    WA_OPTIN_ADMIN_TOKEN: ADMIN,
    WA_OPTIN_LINK_SECRET: secret,
  });
  try {
    await fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
    const admin = await fetch(`${server.url}/admin`);
    assert.equal(admin.status, 200, 'dist/pages/ is built (npm test builds first)');
    assert.match(await admin.text(), /<script type="module" src="\/pages\/admin.js">/);
    const script = await fetch(`${server.url}/pages/admin.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /wa-optin-admin/);
    const made = await fetch(`${server.url}/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ phone: record.phone }),
    });
    const { url } = (await made.json()) as { url: string };
    assert.match(url, /^https:\/\/shop\.example\/api\/preferences\?t=v1\./);
    const state = await fetch(`${server.url}/preferences/state${new URL(url).search}`);
    assert.equal(state.status, 200);
  } finally {
    await stopReceiverProcess(server);
  }
});
