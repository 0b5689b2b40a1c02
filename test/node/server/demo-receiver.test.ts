// `npm start`: the demo's Vite server carries the real receiver under /api, with the admin
// page (the old records page leads there) and a preference page for a seeded demo number.
// The pages' scripts come from dist/pages/ (`npm test` builds first).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createServer } from 'vite';
import { demoReceiver } from '../../../demo/demo-receiver.js';
import { consentRecord } from './records.js';

test('the demo server stores opt-ins at /api/consent, serves the admin page, and links to a preference page for its demo number', { timeout: 60_000 }, async () => {
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

    // The records page became the admin page.
    const records = await fetch(`${url}/records.html`, { redirect: 'manual' });
    assert.equal(records.status, 302);
    assert.equal(records.headers.get('location'), '/api/admin');
    const admin = await fetch(`${url}/api/admin`);
    assert.equal(admin.status, 200, 'the admin page (dist/pages/ built)');
    assert.match(await admin.text(), /<wa-optin-admin endpoint="\/api">/);
    const events = (await (await fetch(`${url}/api/events`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      events: { eventId: string }[];
    };
    assert.equal(events.events[0].eventId, record.id, 'newest first');

    // The seeded demo number's preference page, through a fresh link.
    const linked = await fetch(`${url}/demo/preference-link`, { redirect: 'manual' });
    assert.equal(linked.status, 302);
    const link = new URL(linked.headers.get('location')!);
    assert.equal(link.pathname, '/api/preferences');
    assert.ok(!link.href.includes('981234567'), 'the number is not in the link');
    const state = await (await fetch(`${url}/api/preferences/state${link.search}`)).json();
    assert.deepEqual(state, {
      business: 'Acme Shoes',
      phone: '+55 11 98123 4567',
      locale: 'en',
      topics: [
        { id: 'order_updates', allowed: true },
        { id: 'offers', allowed: true },
      ],
    });
    assert.equal((await fetch(`${url}/api/preferences${link.search}`)).status, 200);
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
