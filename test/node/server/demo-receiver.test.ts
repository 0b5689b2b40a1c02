// `npm start`: the demo's Vite server carries the real receiver under /api, and the records
// page's /api/consents reads from its database.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createServer } from 'vite';
import { demoReceiver } from '../../../demo/demo-receiver.js';
import { consentRecord } from './records.js';

test('the demo server stores opt-ins at /api/consent and lists them at /api/consents', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-demo-'));
  const token = 'demo-admin-token-0123456789';
  process.env.WA_OPTIN_ADMIN_TOKEN = token;
  const server = await createServer({
    configFile: false,
    root: join(import.meta.dirname, '../../../demo'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [demoReceiver({ dataDir: dir })],
  });
  try {
    await server.listen();
    const url = server.resolvedUrls!.local[0].replace(/\/$/, '');
    const record = consentRecord({ topics: ['a_demo_topic'] });
    const posted = await fetch(`${url}/api/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify(record),
    });
    assert.equal(posted.status, 201);

    const listed = (await (await fetch(`${url}/api/consents`)).json()) as { id: string }[];
    assert.deepEqual(
      listed.map((r) => r.id),
      [record.id],
    );
    const status = await fetch(`${url}/api/status?phone=${encodeURIComponent(record.phone)}&topic=a_demo_topic`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(((await status.json()) as { allowed: boolean }).allowed, true);
    const page = await fetch(`${url}/index.html`);
    assert.equal(page.status, 200, 'other paths still reach Vite');
  } finally {
    await server.close();
    delete process.env.WA_OPTIN_ADMIN_TOKEN;
    await rm(dir, { recursive: true, force: true });
  }
});
