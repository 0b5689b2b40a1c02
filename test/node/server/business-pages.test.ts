// The business side of the receiver over real HTTP (issue 13 §2, §5): the preference page's
// routes with real signed links, the admin's /links, /events, /stats, and the pages and
// their scripts, on every store in stores.ts (PGlite always, PostgreSQL when configured).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildWording } from '../../../src/core/sentence.js';
import { serveReceiver } from '../../../src/server/http/node.js';
import { createConsentReceiver, type ReceiverOptions } from '../../../src/server/http/receiver.js';
import { nodePageAssets } from '../../../src/server/pages/node-assets.js';
import { createPreferenceLink } from '../../../src/server/preferences/link.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { subscriberKey } from '../../../src/core/subscriber-key.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { storesUnderTest } from './stores.js';

const ADMIN = 'admin-token-for-tests-0123456789';
const SECRET = 'link-secret-for-tests-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN}` };
const stopWords = (topics: string, phone: string) => `Stop sending me ${topics} from Acme Shoes on WhatsApp, ${phone}.`;

interface State {
  business: string;
  phone: string;
  locale: string | null;
  topics: { id: string; allowed: boolean }[];
}

for (const kind of storesUnderTest) {
  describe(`preference and admin routes: ${kind.name}`, { skip: kind.skip }, () => {
    let place: Awaited<ReturnType<typeof kind.create>>;
    let store: SqlConsentStore;
    let assetsDir: string;
    const servers: { close(): void; closeAllConnections(): void }[] = [];

    async function serve(options: Partial<ReceiverOptions> = {}) {
      const server = await serveReceiver(
        createConsentReceiver({
          store,
          adminToken: ADMIN,
          rateLimit: false,
          basePath: '/api',
          preferenceLinks: { secret: SECRET },
          pageAssets: nodePageAssets(assetsDir),
          ...options,
        }),
        { port: 0 },
      );
      servers.push(server);
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
    let url: string;
    const get = (path: string, headers: Record<string, string> = {}) => fetch(url + path, { headers });
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    /** A person who opted in on the site to two topics, and their link's token. */
    async function subscriber(topics = ['order_updates', 'offers']) {
      const phone = uniquePhone();
      await store.save({ kind: 'opt-in', record: consentRecord({ phone: phone.e164, topics }) }, receipt());
      const link = await createPreferenceLink({ phone: phone.e164, baseUrl: `${url}/api`, secret: SECRET, expiresIn: 3600, subscriberKey });
      return { ...phone, token: new URL(link).searchParams.get('t')!, link };
    }
    const t = (token: string) => `t=${encodeURIComponent(token)}`;

    before(async () => {
      place = await kind.create();
      store = await place.open();
      assetsDir = await mkdtemp(join(tmpdir(), 'wa-optin-pages-'));
      for (const name of ['preferences.js', 'admin.js', 'shared.js']) await writeFile(join(assetsDir, name), `// ${name}\nexport {};\n`);
      url = await serve();
    });
    after(async () => {
      for (const server of servers) {
        server.closeAllConnections();
        server.close();
      }
      await store.close();
      await place.destroy();
      await rm(assetsDir, { recursive: true, force: true });
    });

    describe('GET /preferences/state', () => {
      test('a good link: business, number in international form, locale, every topic opted in to and whether it is allowed', async () => {
        const person = await subscriber();
        await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: person.e164, topics: ['offers'], source: 'whatsapp-stop', at: new Date().toISOString() } }, receipt());
        const response = await get(`/api/preferences/state?${t(person.token)}`);
        assert.equal(response.status, 200);
        assert.deepEqual(await response.json(), {
          business: 'Acme Shoes',
          phone: person.international,
          locale: 'en',
          topics: [
            { id: 'order_updates', allowed: true },
            { id: 'offers', allowed: false },
          ],
        });
      });

      test('a stop stored under another form of the number (a wa_id without the ninth digit) counts: the subscriber key', async () => {
        let person = await subscriber(['order_updates']);
        // A mobile whose eight-digit subscriber part starts 6–9: the ones WhatsApp writes without the 9.
        while (!/^\+55119[6-9]/.test(person.e164)) person = await subscriber(['order_updates']);
        const waId = `+55${person.e164.slice(3, 5)}${person.e164.slice(6)}`;
        assert.equal(subscriberKey(waId), subscriberKey(person.e164));
        await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: waId, topics: null, source: 'whatsapp-stop', at: new Date().toISOString() } }, receipt());
        const state = (await (await get(`/api/preferences/state?${t(person.token)}`)).json()) as State;
        assert.deepEqual(state.topics, [{ id: 'order_updates', allowed: false }]);
      });

      test('tampered, foreign, malformed and missing tokens are 401 link-invalid; an expired one 410; none names the number', async () => {
        const person = await subscriber();
        const last = person.token.at(-1)!;
        const tampered = person.token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
        const foreign = new URL(
          await createPreferenceLink({ phone: person.e164, baseUrl: url, secret: 'another-secret-for-tests-0123456789abc', expiresIn: 3600 }),
        ).searchParams.get('t')!;
        const expired = new URL(
          await createPreferenceLink({ phone: person.e164, baseUrl: url, secret: SECRET, expiresIn: 60, now: new Date(Date.now() - 3600_000) }),
        ).searchParams.get('t')!;
        for (const [token, status, code] of [
          [tampered, 401, 'link-invalid'],
          [foreign, 401, 'link-invalid'],
          ['v1.junk', 401, 'link-invalid'],
          ['', 401, 'link-invalid'],
          [expired, 410, 'link-expired'],
        ] as const) {
          const response = await get(`/api/preferences/state?${t(token)}`);
          assert.equal(response.status, status, token);
          const text = await response.text();
          assert.equal(JSON.parse(text).error, code);
          assert.match(JSON.parse(text).message, /reply STOP/);
          assert.ok(!text.includes(person.e164.slice(3)) && !text.includes(person.international), 'no number in the answer');
        }
      });
    });

    describe('POST /preferences', () => {
      test('stop all: one opt-out of every topic with source preferences and the exact words; history kept; a retry stores nothing more', async () => {
        const person = await subscriber();
        const wording = stopWords('order updates and offers', person.international);
        const change = { topics: { order_updates: false, offers: false }, wording, locale: 'en' };
        const response = await post(`/api/preferences?${t(person.token)}`, change, { 'user-agent': 'phone-browser' });
        assert.equal(response.status, 200);
        const state = (await response.json()) as State;
        assert.deepEqual(state.topics.map((x) => x.allowed), [false, false]);
        const events = await store.eventsForPhone(person.e164);
        assert.equal(events.length, 2, 'the opt-in stays; one opt-out is added');
        const [optIn, optOut] = events;
        assert.equal(optIn.kind, 'opt-in');
        assert.equal(optOut.kind, 'opt-out');
        assert.equal(optOut.source, 'preferences');
        assert.equal(optOut.wording, wording);
        assert.equal(optOut.locale, 'en');
        assert.equal(optOut.topics, null, 'every topic: topics added later are stopped too');
        assert.equal(optOut.phone, person.e164);
        assert.equal(optOut.userAgent, 'phone-browser');
        assert.ok(Math.abs(Date.parse(optOut.occurredAt) - Date.now()) < 60_000);
        // /status agrees: nothing may be sent.
        const status = (await (await get(`/api/status?phone=${encodeURIComponent(person.e164)}`, admin)).json()) as { topics: Record<string, { allowed: boolean }> };
        assert.deepEqual(Object.values(status.topics).map((x) => x.allowed), [false, false]);
        // The same change again (a retry after a lost answer) changes nothing and stores nothing.
        assert.equal((await post(`/api/preferences?${t(person.token)}`, change)).status, 200);
        assert.equal((await store.eventsForPhone(person.e164)).length, 2);
      });

      test('untick one topic: an opt-out of that topic only; tick it again: an opt-in with the compliant wording, source preferences', async () => {
        const person = await subscriber();
        const stop = stopWords('offers', person.international);
        await post(`/api/preferences?${t(person.token)}`, { topics: { offers: false }, wording: stop, locale: 'en' });
        let events = await store.eventsForPhone(person.e164);
        assert.deepEqual(events.at(-1)!.topics, ['offers']);
        const wording = buildWording({ business: 'Acme Shoes', topics: ['offers'], phoneDisplay: person.international, locale: 'en' }).text;
        const response = await post(`/api/preferences?${t(person.token)}`, { topics: { offers: true, order_updates: true }, wording, locale: 'en' });
        assert.equal(response.status, 200);
        assert.deepEqual(((await response.json()) as State).topics, [
          { id: 'order_updates', allowed: true },
          { id: 'offers', allowed: true },
        ]);
        events = await store.eventsForPhone(person.e164);
        assert.equal(events.length, 3, 'order_updates was already allowed: only offers is a new opt-in');
        const optIn = events.at(-1)!;
        assert.equal(optIn.kind, 'opt-in');
        assert.deepEqual(optIn.topics, ['offers']);
        assert.equal(optIn.source, 'preferences');
        assert.equal(optIn.wording, wording);
        assert.equal(optIn.business, 'Acme Shoes');
        assert.equal(optIn.pageUrl, `${url}/api/preferences`, 'the page, without the token');
      });

      test('refusals are 422 with reasons and store nothing', async () => {
        const person = await subscriber();
        const good = stopWords('offers', person.international);
        const cases: [unknown, RegExp][] = [
          [{ topics: { offers: false }, wording: '', locale: 'en' }, /wording must be the text the person saw/],
          [{ topics: { offers: false }, wording: `Stop \u202Esreffo\u202C ${good}`, locale: 'en' }, /bidirectional/],
          [{ topics: { offers: false }, wording: `${good}\uD800`, locale: 'en' }, /not well-formed/],
          [{ topics: { offers: false }, wording: good, locale: 'not a tag' }, /locale must be/],
          [{ topics: { crypto_tips: true }, wording: good, locale: 'en' }, /topic crypto_tips is not one this person opted in to/],
          [{ topics: { offers: 'no' }, wording: good, locale: 'en' }, /topics.offers must be true or false/],
          [{ topics: {}, wording: good, locale: 'en' }, /at least one topic/],
          [{ topics: { offers: false }, wording: good, locale: 'en', phone: '+15550100' }, /unknown field "phone"/],
        ];
        for (const [body, reason] of cases) {
          const response = await post(`/api/preferences?${t(person.token)}`, body);
          assert.equal(response.status, 422, JSON.stringify(body));
          const answer = (await response.json()) as { error: string; details: string[] };
          assert.equal(answer.error, 'invalid-preferences');
          assert.ok(answer.details.some((d) => reason.test(d)), `${JSON.stringify(answer.details)} ~ ${reason}`);
        }
        // An opt-in must carry WhatsApp, the business and the number, like any opt-in (R3).
        await post(`/api/preferences?${t(person.token)}`, { topics: { offers: false }, wording: good, locale: 'en' });
        const before = (await store.eventsForPhone(person.e164)).length;
        const response = await post(`/api/preferences?${t(person.token)}`, { topics: { offers: true }, wording: 'Yes, offers please.', locale: 'en' });
        assert.equal(response.status, 422);
        const { details } = (await response.json()) as { details: string[] };
        assert.ok(details.some((d) => /WhatsApp/.test(d)) && details.some((d) => /Acme Shoes/.test(d)) && details.some((d) => /show the number/.test(d)), details.join('; '));
        assert.equal((await store.eventsForPhone(person.e164)).length, before);
      });

      test('the preference routes are rate limited like every anonymous route (per IP)', async () => {
        const limited = await serve({ rateLimit: { requests: 2, perSeconds: 60 } });
        const person = await subscriber();
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited}/api/preferences/state?${t(person.token)}`)).status);
        assert.deepEqual(statuses, [200, 200, 429]);
      });

      test('the admin page’s stop button (POST /opt-out with the admin token, source admin) stops every topic: via admin, /status no', async () => {
        const person = await subscriber();
        const id = crypto.randomUUID();
        const response = await post('/api/opt-out', { id, phone: person.e164, source: 'admin', reason: 'asked by phone' }, { ...admin, 'idempotency-key': id });
        assert.equal(response.status, 201);
        const stop = (await store.eventsForPhone(person.e164)).at(-1)!;
        assert.deepEqual([stop.kind, stop.source, stop.via, stop.topics], ['opt-out', 'admin', 'admin', null]);
        const status = (await (await get(`/api/status?phone=${encodeURIComponent(person.e164)}`, admin)).json()) as { topics: Record<string, { allowed: boolean }> };
        assert.ok(Object.values(status.topics).every((x) => !x.allowed));
        // The person's page shows it too.
        const state = (await (await get(`/api/preferences/state?${t(person.token)}`)).json()) as State;
        assert.ok(state.topics.every((x) => !x.allowed));
      });

      test('a bad link cannot change anything: 401 / 410 before the body is read', async () => {
        const person = await subscriber();
        const response = await post(`/api/preferences?t=v1.AAAA`, { topics: { offers: false }, wording: stopWords('offers', person.international), locale: 'en' });
        assert.equal(response.status, 401);
        assert.equal((await store.eventsForPhone(person.e164)).length, 1);
      });
    });

    describe('GET /preferences (the page)', () => {
      test('200 with the shell: the token escaped into the attribute, lang of the opt-in, the strict headers', async () => {
        const person = await subscriber();
        const response = await get(`/api/preferences?${t(person.token)}`, { 'accept-language': 'de-DE' });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type')!, /^text\/html/);
        assert.match(response.headers.get('content-security-policy')!, /default-src 'none'; script-src 'self'.*frame-ancestors 'none'/);
        assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const html = await response.text();
        assert.match(html, /<html lang="en">/);
        assert.ok(html.includes(`<wa-optin-preferences endpoint="/api" token="${person.token}">`));
        assert.ok(html.includes('<script type="module" src="/api/pages/preferences.js">'));
        assert.ok(!html.includes(person.e164) && !html.includes(person.international), 'the page itself holds no number');
      });

      test('a token with markup in it stays text; a bad link is the same shell with 401, an expired one 410, lang from Accept-Language', async () => {
        const response = await get(`/api/preferences?t=${encodeURIComponent('"><script>alert(1)</script>')}`, { 'accept-language': 'pt-BR,pt;q=0.9' });
        assert.equal(response.status, 401);
        const html = await response.text();
        assert.ok(!html.includes('<script>alert'), 'no markup from the query');
        assert.ok(html.includes('token="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
        assert.match(html, /<html lang="pt-BR">/);
        const phone = uniquePhone();
        await store.save({ kind: 'opt-in', record: consentRecord({ phone: phone.e164 }) }, receipt());
        const expired = await createPreferenceLink({ phone: phone.e164, baseUrl: `${url}/api`, secret: SECRET, expiresIn: 1, now: new Date(Date.now() - 10_000) });
        assert.equal((await fetch(expired)).status, 410);
      });

      test('without a link secret the preference routes are off (404); POST /links says why', async () => {
        const off = await serve({ preferenceLinks: undefined });
        assert.equal((await fetch(`${off}/api/preferences?t=x`)).status, 404);
        assert.equal((await fetch(`${off}/api/preferences/state?t=x`)).status, 404);
        const links = await fetch(`${off}/api/links`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: '{"phone":"+5511981234567"}' });
        assert.equal(links.status, 404);
        assert.equal(((await links.json()) as { error: string }).error, 'links-disabled');
      });

      test('a secret shorter than 32 characters is refused when the receiver is made', () => {
        assert.throws(() => createConsentReceiver({ store, preferenceLinks: { secret: 'short' } }), /at least 32 characters/);
      });
    });

    describe('pages and their scripts', () => {
      test('GET /pages/<name>.js serves the built file as JavaScript with an ETag; a matching If-None-Match is 304', async () => {
        for (const name of ['preferences.js', 'admin.js', 'shared.js']) {
          const response = await get(`/api/pages/${name}`);
          assert.equal(response.status, 200);
          assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
          assert.equal(response.headers.get('cache-control'), 'no-cache');
          assert.equal(await response.text(), `// ${name}\nexport {};\n`);
          const again = await get(`/api/pages/${name}`, { 'if-none-match': response.headers.get('etag')! });
          assert.equal(again.status, 304);
        }
        assert.equal((await get('/api/pages/other.js')).status, 404);
      });

      test('GET /admin: the shell, noindex, strict headers; without an admin token 403 saying so', async () => {
        const response = await get('/api/admin');
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('x-robots-tag'), 'noindex');
        const html = await response.text();
        assert.ok(html.includes('<meta name="robots" content="noindex" />'));
        assert.ok(html.includes('<wa-optin-admin endpoint="/api"></wa-optin-admin>'));
        assert.ok(html.includes('<script type="module" src="/api/pages/admin.js">'));
        const noAdmin = await serve({ adminToken: undefined });
        const off = await fetch(`${noAdmin}/api/admin`);
        assert.equal(off.status, 403);
        assert.match(await off.text(), /WA_OPTIN_ADMIN_TOKEN/);
      });

      test('without the built scripts every page answers 503 text saying how to build them, never a blank page', async () => {
        const empty = await mkdtemp(join(tmpdir(), 'wa-optin-nopages-'));
        try {
          const bare = await serve({ pageAssets: nodePageAssets(empty) });
          const person = await subscriber();
          const noLoader = await serve({ pageAssets: undefined });
          for (const path of ['/api/admin', `/api/preferences?${t(person.token)}`, '/api/pages/preferences.js']) {
            for (const base of [bare, noLoader]) {
              const response = await fetch(base + path);
              assert.equal(response.status, 503, path);
              assert.match(response.headers.get('content-type')!, /^text\/plain/);
              assert.match(await response.text(), /build the pages: npm run build/);
            }
          }
        } finally {
          await rm(empty, { recursive: true, force: true });
        }
      });
    });

    describe('admin: /links, /events, /stats', () => {
      test('POST /links answers a link that opens this person’s page; the number is not in it', async () => {
        const person = await subscriber();
        const response = await post('/api/links', { phone: person.international }, admin);
        assert.equal(response.status, 200);
        const { url: link, expiresAt } = (await response.json()) as { url: string; expiresAt: string };
        assert.ok(link.startsWith(`${url}/api/preferences?t=v1.`));
        assert.ok(!link.includes(person.e164.slice(1)));
        assert.ok(Date.parse(expiresAt) > Date.now() + 29 * 86_400_000);
        const state = (await (await fetch(link.replace('/preferences?', '/preferences/state?'))).json()) as State;
        assert.equal(state.phone, person.international);
      });

      test('POST /links: the admin token only; a bad number 422; a number with no opt-in 404', async () => {
        assert.equal((await post('/api/links', { phone: '+5511981234567' })).status, 401);
        const bad = await post('/api/links', { phone: 'call me' }, admin);
        assert.equal(bad.status, 422);
        assert.equal((await post('/api/links', { phone: uniquePhone().e164 }, admin)).status, 404);
      });

      test('GET /events pages newest first with seq and next; bad limits are 400; admin only', async () => {
        const person = await subscriber(['order_updates']);
        await post(`/api/preferences?${t(person.token)}`, { topics: { order_updates: false }, wording: stopWords('order updates', person.international), locale: 'en' });
        const first = (await (await get('/api/events?limit=2', admin)).json()) as { events: { seq: number; eventId: string; kind: string; source: string; phone: string }[]; next: number | null };
        assert.equal(first.events.length, 2);
        assert.equal(first.events[0].kind, 'opt-out');
        assert.equal(first.events[0].source, 'preferences');
        assert.equal(first.events[0].phone, person.e164);
        assert.ok(first.events[0].seq > first.events[1].seq);
        assert.equal(first.next, first.events[1].seq);
        const second = (await (await get(`/api/events?limit=2&before=${first.next}`, admin)).json()) as typeof first;
        assert.ok(second.events.every((e) => e.seq < first.next!));
        // Walk to the end: every stored event once, and the last page says there is no more.
        const seen = [...first.events, ...second.events].map((e) => e.seq);
        let next = second.next;
        while (next !== null) {
          const page = (await (await get(`/api/events?limit=2&before=${next}`, admin)).json()) as typeof first;
          seen.push(...page.events.map((e) => e.seq));
          next = page.next;
        }
        assert.equal(seen.length, await store.count());
        assert.equal(new Set(seen).size, seen.length);
        for (const query of ['limit=0', 'limit=501', 'limit=x', 'before=-1']) assert.equal((await get(`/api/events?${query}`, admin)).status, 400, query);
        assert.equal((await get('/api/events')).status, 401);
      });

      test('GET /stats counts per UTC day: opt-ins, opt-outs and every event by source', async () => {
        const start = (await (await get('/api/stats?days=1', admin)).json()) as { days: { date: string; optIns: number; optOuts: number; bySource: Record<string, number> }[] };
        const today = new Date().toISOString().slice(0, 10);
        const was = start.days.find((d) => d.date === today) ?? { optIns: 0, optOuts: 0, bySource: {} as Record<string, number> };
        const person = await subscriber(['order_updates']);
        await post(`/api/preferences?${t(person.token)}`, { topics: { order_updates: false }, wording: stopWords('order updates', person.international), locale: 'en' });
        const stats = (await (await get('/api/stats?days=30', admin)).json()) as typeof start;
        const day = stats.days.find((d) => d.date === today)!;
        assert.equal(day.optIns, was.optIns + 1);
        assert.equal(day.optOuts, was.optOuts + 1);
        assert.equal(day.bySource.form, (was.bySource.form ?? 0) + 1);
        assert.equal(day.bySource.preferences, (was.bySource.preferences ?? 0) + 1);
        // An event received 40 days ago is outside days=30 and inside days=60.
        const old = consentRecord({ consentedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
        await store.save({ kind: 'opt-in', record: old }, receipt({ receivedAt: new Date(Date.now() - 40 * 86_400_000) }));
        const oldDay = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
        assert.ok(!stats.days.some((d) => d.date === oldDay));
        const wide = (await (await get('/api/stats?days=60', admin)).json()) as typeof start;
        assert.equal(wide.days.find((d) => d.date === oldDay)?.optIns, 1);
        assert.deepEqual(wide.days.map((d) => d.date), [...wide.days.map((d) => d.date)].sort().reverse(), 'newest first');
        assert.equal((await get('/api/stats?days=0', admin)).status, 400);
        assert.equal((await get('/api/stats')).status, 401);
      });
    });
  });
}
