// Issue 12, item 11: `wa-optin/server/handler` must load and validate in the real Cloudflare
// Workers runtime (workerd, through miniflare), where code generation from strings is refused.
// The handler is bundled from source with esbuild, as a Worker build would; the database is
// a real PGlite in this process, reached through the Worker's own adapter (see workerd/worker.ts).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { createHmac } from 'node:crypto';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { consentRecord } from './records.js';
import { incoming } from './whatsapp/meta-payloads.js';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let pglite: PGlite;
let workerd: Miniflare;

before(async () => {
  pglite = await PGlite.create();
  const [receiverScript, controlScript, whatsappScript] = await Promise.all([
    bundle('./workerd/worker.ts'),
    bundle('./workerd/ajv-compile-worker.ts'),
    bundle('./workerd/whatsapp-worker.ts'),
  ]);
  // One workerd process, two Workers; no nodejs_compat flag: the handler must need nothing of Node.
  const common = { modules: true, compatibilityDate: '2026-04-01' } as const;
  workerd = new Miniflare({
    workers: [
      {
        ...common,
        name: 'receiver',
        script: receiverScript,
        serviceBindings: {
    // What the Worker's database adapter sends: one statement (or script) per request.
    DB: async (request) => {
      const { text, params, script } = (await request.json()) as { text?: string; params?: unknown[]; script?: string };
      try {
        if (script !== undefined) {
          await pglite.exec(script);
          return Response.json({ rows: [] });
        }
        return Response.json({ rows: (await pglite.query(text!, params)).rows });
      } catch (error) {
        return Response.json({ error: (error as Error).message }, { status: 500 });
      }
    },
        },
      },
      { ...common, name: 'control', script: controlScript },
      { ...common, name: 'whatsapp', script: whatsappScript },
    ],
  });
});

after(async () => {
  await workerd?.dispose();
  await pglite?.close();
});

const post = (body: unknown) =>
  workerd.dispatchFetch('http://receiver.example/consent', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://receiver.example' },
    body: JSON.stringify(body),
  });

test('workerd refuses code generation from strings: Ajv compiling at run time fails there (the control)', async () => {
  // miniflare types the Worker as workers-types' Fetcher, which this project does not load.
  const control = (await workerd.getWorker('control')) as unknown as { fetch(url: string): Promise<Response> };
  const response = await control.fetch('http://control.example/');
  assert.equal(response.status, 500);
  assert.match(await response.text(), /EvalError|Code generation from strings disallowed/);
});

test('inside workerd the handler stores a valid consent record (201) and refuses an invalid one (422)', async () => {
  const record = consentRecord();
  const created = await post(record);
  assert.equal(created.status, 201, await created.clone().text());
  assert.equal(((await created.json()) as { id: string }).id, record.id);
  const stored = await pglite.query<{ phone: string }>('SELECT phone FROM wa_optin_events WHERE event_id = $1', [record.id]);
  assert.deepEqual(stored.rows, [{ phone: record.phone }]);

  const invalid = await post({ ...consentRecord(), channel: 'sms', extra: true });
  assert.equal(invalid.status, 422);
  const problems = ((await invalid.json()) as { details?: string[] }).details ?? [];
  assert.ok(problems.some((p) => /channel/.test(p)), JSON.stringify(problems));
  assert.ok(problems.some((p) => /unknown field "extra"/.test(p)), JSON.stringify(problems));
});

test('inside workerd the webhook pieces verify a signature, read a STOP and seal and open a preference link', async () => {
  const whatsapp = (await workerd.getWorker('whatsapp')) as unknown as { fetch(url: string, init: RequestInit): Promise<Response> };
  const body = JSON.stringify(incoming({ id: 'wamid.workerd', waId: '5511981234567', userId: 'BR.1502576394655843', message: { type: 'text', body: 'Parar' } }));
  const signature = `sha256=${createHmac('sha256', 'app-secret-for-the-workerd-test').update(body).digest('hex')}`;
  const unsigned = await whatsapp.fetch('http://whatsapp.example/', { method: 'POST', body });
  assert.equal(unsigned.status, 401);
  const answer = await whatsapp.fetch('http://whatsapp.example/', { method: 'POST', body, headers: { 'x-hub-signature-256': signature } });
  assert.equal(answer.status, 200);
  const { signals, problems, link } = (await answer.json()) as { signals: { kind: string }[]; problems: string[]; link: string };
  assert.deepEqual(problems, []);
  assert.deepEqual(signals.map((s) => s.kind), ['pair', 'stop']);
  assert.equal(link, '+5511981234567');
});
