// `wa-optin-server proof | suppression | prune` and the webhook from the environment
// (issue 13 §1, §3, §4), as a business runs them: real processes on a real database
// (embedded, and PostgreSQL when WA_OPTIN_TEST_DATABASE_URL is set). The webhook body
// follows Meta's user_preferences reference (see ./whatsapp/meta-payloads.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { openPgliteStore } from '../../../src/server/store/pglite.js';
import { openPostgresStore } from '../../../src/server/store/postgres.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { startReceiverProcess, stopReceiverProcess } from './receiver-process.js';
import { userPreference } from './whatsapp/meta-payloads.js';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function fill(store: SqlConsentStore, phone: string, bsuid: string): Promise<void> {
  await store.save({ kind: 'opt-in', record: consentRecord({ phone, topics: ['order_updates', 'offers'] }) }, receipt());
  await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone, topics: ['offers'], source: 'preferences', at: new Date().toISOString() } }, receipt());
  await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: null, userId: bsuid, topics: null, source: 'whatsapp-stop', at: new Date().toISOString(), reason: 'STOP' } }, receipt({ via: 'whatsapp-webhook' }));
}

async function checkCommands(where: string[], phone: string, bsuid: string): Promise<void> {
  const json = await run(['proof', phone, ...where]);
  assert.equal(json.code, 0, json.stderr);
  const proof = JSON.parse(json.stdout) as { events: unknown[]; state: { topics: Record<string, { allowed: boolean }> } };
  assert.equal(proof.events.length, 2);
  assert.equal(proof.state.topics.order_updates.allowed, true);
  assert.equal(proof.state.topics.offers.allowed, false);
  const html = await run(['proof', phone, '--format', 'html', ...where]);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.doesNotMatch(html.stdout, /<script/i);
  const byBsuid = await run(['proof', bsuid, ...where]);
  assert.equal(JSON.parse(byBsuid.stdout).events.length, 1);
  assert.equal((await run(['proof', uniquePhone().e164, ...where])).code, 1, 'unknown: exit 1');

  const csv = await run(['suppression', '--format', 'csv', ...where]);
  assert.equal(csv.code, 0, csv.stderr);
  const lines = csv.stdout.trim().split('\r\n');
  assert.equal(lines[0], 'phone,userIds,topics,reason,source,since,keyHash');
  assert.ok(lines.some((l) => l.startsWith(`${phone},,offers,opt-out,preferences,`)), csv.stdout);
  assert.ok(lines.some((l) => l.startsWith(`,${bsuid},*,opt-out,whatsapp-stop,`)), 'the BSUID-only stop is listed');

  const pruned = await run(['prune', '--retain-years', '5', ...where]);
  assert.equal(pruned.code, 0, pruned.stderr);
  assert.match(pruned.stdout, /pruned 0 events of 0 subscribers/);
}

test('proof, suppression and prune on the embedded database (--data)', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-cli-business-'));
  dirs.push(dir);
  const dataDir = join(dir, 'consents');
  const [phone, bsuid] = [uniquePhone().e164, `BR.${Date.now()}`];
  const store = await openPgliteStore(dataDir);
  await fill(store, phone, bsuid);
  await store.close();
  await checkCommands(['--data', dataDir], phone, bsuid);
});

const adminUrl = process.env.WA_OPTIN_TEST_DATABASE_URL;
test('proof, suppression and prune on PostgreSQL (--database-url)', { timeout: 120_000, skip: adminUrl ? false : 'set WA_OPTIN_TEST_DATABASE_URL' }, async () => {
  const name = `wa_optin_cli_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  try {
    const [phone, bsuid] = [uniquePhone().e164, `BR.${Date.now()}`];
    const store = await openPostgresStore(url.href);
    await fill(store, phone, bsuid);
    await store.close();
    await checkCommands(['--database-url', url.href], phone, bsuid);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

test('the webhook is on with WHATSAPP_APP_SECRET in the environment, and off without it', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-cli-webhook-'));
  dirs.push(dir);
  const secret = 'meta-app-secret-from-the-env-0001';
  const raw = JSON.stringify(userPreference({ value: 'stop', waId: uniquePhone().e164.slice(1) }));
  const signature = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
  const on = await startReceiverProcess(['--data', join(dir, 'on')], { WHATSAPP_APP_SECRET: secret, WHATSAPP_VERIFY_TOKEN: 'my-verify-token' });
  try {
    const post = await fetch(`${on.url}/webhooks/whatsapp`, { method: 'POST', headers: { 'x-hub-signature-256': signature }, body: raw });
    assert.equal(post.status, 200);
    const handshake = await fetch(`${on.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=my-verify-token&hub.challenge=42`);
    assert.equal(await handshake.text(), '42');
  } finally {
    await stopReceiverProcess(on);
  }
  const off = await startReceiverProcess(['--data', join(dir, 'off')], { WHATSAPP_APP_SECRET: '' });
  try {
    assert.equal((await fetch(`${off.url}/webhooks/whatsapp`, { method: 'POST', headers: { 'x-hub-signature-256': signature }, body: raw })).status, 404);
  } finally {
    await stopReceiverProcess(off);
  }
  const usage = await run(['--help']);
  for (const name of ['WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN', 'WA_OPTIN_LINK_SECRET', 'WA_OPTIN_ERASE_SALT']) assert.match(usage.stdout, new RegExp(name));
});
