// Property-based: thousands of hostile requests against the receiver's handler, on a real
// PGlite store. Whatever arrives — markup, bidi controls, zero-width characters, full-width
// digits, lone surrogates, emoji, huge strings, nested junk, bytes that are not UTF-8 —
// no exception escapes (never a 500), every refusal is a 4xx JSON with a message, and
// nothing invalid is stored: every stored event passes the receiver's checks again and is
// byte for byte what was sent.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { ConsentRecord } from '../../../src/core/record.js';
import { createConsentReceiver, type ConsentReceiver } from '../../../src/server/http/receiver.js';
import { openPgliteStore } from '../../../src/server/store/pglite.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { checkConsentRecord, DEFAULT_TOPICS } from '../../../src/server/validate.js';
import { consentRecord } from './records.js';

// 2,000 keeps the run near 5 s on a busy CI machine; WA_OPTIN_PROPERTY_RUNS=20000 for a long one.
const RUNS = Number(process.env.WA_OPTIN_PROPERTY_RUNS ?? 2000);
const IVR_KEY = 'ivr-key-for-property-tests-0123';

let dir: string;
let store: SqlConsentStore;
let receiver: ConsentReceiver;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wa-optin-property-'));
  store = await openPgliteStore(join(dir, 'db'));
  receiver = createConsentReceiver({ store, apiKeys: { ivr: IVR_KEY }, rateLimit: false, allowedOrigins: ['https://shop.example'] });
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// Fragments an attacker or a careless integrator sends.
const markup = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}', '${process.exit()}', "'; DROP TABLE wa_optin_events; --");
const bidi = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C');
const zeroWidth = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');
const fullWidthDigits = fc.constantFrom('＋５５　１１　９１２３４－５６７８', '١٢٣٤٥٦٧٨٩', '𝟓𝟓𝟏𝟏');
const surrogates = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800');
const emoji = fc.constantFrom('🍫', '👨‍👩‍👧‍👦', '🇧🇷', '🏳️‍🌈', 'e\u0301', 'WhatsApp™');
const control = fc.constantFrom('\u0000', '\t', '\r\n', '\u0085', '\u2028', '=1+1', '@SUM(A1)', '+1+HYPERLINK("x")');
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const fragment = fc.oneof(markup, bidi, zeroWidth, fullWidthDigits, surrogates, emoji, control, anyText);
const hostileText = fc.oneof(
  { weight: 6, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 20_000 }).chain((n) => fragment.map((f) => f.repeat(Math.ceil(n / Math.max(1, f.length))))) },
);
const junk = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, true, 0, -1, 1e308, [], {}, { $ref: '#' }, { __proto__: { polluted: true } }, ['order_updates', 'order_updates']),
  fc.integer({ min: 1, max: 3_000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
);
const FIELDS = ['id', 'channel', 'phone', 'phoneVerified', 'topics', 'business', 'wording', 'wordingVersion', 'locale', 'source', 'pageUrl', 'consentedAt', 'widgetVersion', '__proto__', 'constructor', 'extra'];
const TEXT_FIELDS = ['business', 'wording', 'wordingVersion', 'locale', 'source', 'pageUrl', 'widgetVersion', 'phone'] as const;

type Body = { kind: 'json'; value: unknown } | { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array };

const body: fc.Arbitrary<Body> = fc.oneof(
  // A valid record with one field replaced by junk (or a junk field added).
  fc.tuple(fc.constantFrom(...FIELDS), junk).map(([field, value]) => ({ kind: 'json' as const, value: { ...consentRecord(), [field]: value } })),
  // A valid record with hostile text slipped into one of its text fields: reaches the deep checks.
  fc.tuple(fc.constantFrom(...TEXT_FIELDS), fragment, fc.nat()).map(([field, inserted, at]) => {
    const record = consentRecord() as unknown as Record<string, string>;
    const text = record[field] ?? '';
    const cut = at % (text.length + 1);
    return { kind: 'json' as const, value: { ...record, [field]: text.slice(0, cut) + inserted + text.slice(cut) } };
  }),
  // The same sentence with harmless additions a real site makes (emoji, zero-width joiners, LRM): must be stored.
  fc.tuple(fc.constantFrom('🍫 ', '\u200E', '\u200F', '\u200D', 'e\u0301 ', '\u00A0'), fc.boolean()).map(([extra, front]) => {
    const record = consentRecord();
    return { kind: 'json' as const, value: { ...record, wording: front ? extra + record.wording : record.wording + extra } };
  }),
  junk.map((value) => ({ kind: 'json' as const, value })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ kind: 'text' as const, text })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
);

/** Mostly what the widget sends, sometimes not: so most bodies reach validation. */
const usually = <T>(common: T, ...rare: T[]) => fc.oneof({ weight: 8, arbitrary: fc.constant(common) }, { weight: 2, arbitrary: fc.constantFrom(...rare) });

/** Opt-outs with hostile text in the number, the source or the reason. */
const optOutBody: fc.Arbitrary<Body> = fc
  .tuple(fc.constantFrom('phone', 'source', 'reason', 'topics', 'at', 'id'), fc.oneof(fragment, junk), fc.boolean())
  .map(([field, value, insert]) => {
    const optOut: Record<string, unknown> = { phone: consentRecord().phone, source: 'preference-page', reason: 'STOP' };
    optOut[field] = insert && typeof optOut[field] === 'string' ? `${String(optOut[field])}${String(value)}` : value;
    return { kind: 'json' as const, value: optOut };
  });

const requestArbitrary = fc.record({
  ...{ route: fc.oneof({ weight: 4, arbitrary: fc.record({ path: usually('/consent', '/opt-out'), body }) }, { weight: 1, arbitrary: fc.record({ path: fc.constant('/opt-out'), body: optOutBody }) }) },
  contentType: usually('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data'),
  authorization: usually<string | undefined>(undefined, `Bearer ${IVR_KEY}`, 'Bearer guess', 'Basic Zm9vOmJhcg=='),
  origin: usually<string | undefined>(undefined, 'https://shop.example', 'https://evil.example', 'null'),
  idempotencyKey: fc.option(fc.oneof(fc.uuid(), hostileText.map((t) => t.replace(/[^\x20-\x7e]/g, '').slice(0, 100))), { nil: undefined, freq: 8 }),
});

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test(`${RUNS} hostile requests: never a 500, every refusal a 4xx JSON with a message, nothing invalid stored`, { timeout: 120_000 }, async (t) => {
  const refusedByKind = new Map<string, number>();
  const sent = new Map<string, { body: unknown; keyed: boolean; at: Date }>();
  const warn = console.warn;
  console.warn = () => {};
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async ({ route: { path, body: sentBody }, ...r }) => {
        const headers = new Headers({ 'content-type': r.contentType });
        if (r.authorization) headers.set('authorization', r.authorization);
        if (r.origin) headers.set('origin', r.origin);
        if (r.idempotencyKey) headers.set('idempotency-key', r.idempotencyKey);
        const payload = sentBody.kind === 'json' ? JSON.stringify(sentBody.value) : sentBody.kind === 'text' ? sentBody.text : sentBody.bytes;
        const response = await receiver.handle(
          new Request(`https://consent.example${path}`, { method: 'POST', headers, body: payload as BodyInit }),
          { clientIp: '203.0.113.9' },
        );
        assert.ok(response.status < 500, `status ${response.status}`);
        const answer = (await response.json()) as { error?: string; message?: string; id?: string };
        if (response.status >= 400) {
          assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
          assert.equal(typeof answer.error, 'string');
          assert.ok(typeof answer.message === 'string' && answer.message.length > 10, 'a sentence a person can act on');
          const kind = `${response.status} ${answer.error}`;
          refusedByKind.set(kind, (refusedByKind.get(kind) ?? 0) + 1);
        } else {
          assert.ok(response.status === 200 || response.status === 201, `status ${response.status}`);
          if (path === '/consent' && sentBody.kind === 'json') {
            sent.set(answer.id!, { body: sentBody.value, keyed: r.authorization === `Bearer ${IVR_KEY}`, at: new Date() });
          }
          refusedByKind.set(`${response.status} stored`, (refusedByKind.get(`${response.status} stored`) ?? 0) + 1);
        }
      }),
      { numRuns: RUNS },
    );
  } finally {
    console.warn = warn;
  }
  const elapsed = performance.now() - started;

  // Every event in the store, read back: valid by the receiver's own rules, exactly as sent.
  let storedOptIns = 0;
  let storedOptOuts = 0;
  for await (const event of store.events()) {
    for (const [field, value] of Object.entries(event)) {
      if (typeof value === 'string') {
        assert.doesNotMatch(value, LONE, `${field} is well-formed`);
        assert.ok(!value.includes('\u0000'), `${field} has no NUL`);
      }
    }
    if (event.kind === 'opt-out') {
      storedOptOuts++;
      assert.match(event.phone ?? '', /^\+[1-9]\d{6,14}$/);
      continue;
    }
    storedOptIns++;
    const origin = sent.get(event.eventId);
    assert.ok(origin, `stored opt-in ${event.eventId} was answered 2xx`);
    assert.deepEqual(event.body, origin.body, 'stored exactly as sent');
    const record = event.body as ConsentRecord;
    const again = checkConsentRecord(record, { topics: new Set(DEFAULT_TOPICS), businesses: null }, { keyed: origin.keyed, now: origin.at });
    assert.ok(again.ok, `stored record passes the checks again: ${again.ok ? '' : again.problems.join('; ')}`);
    for (const field of ['business', 'wording', 'pageUrl', 'wordingVersion', 'widgetVersion'] as const) {
      assert.doesNotMatch(String(record[field] ?? ''), BIDI, `${field} has no bidi override`);
    }
    if (!origin.keyed) assert.match(record.pageUrl ?? '', /^https?:\/\//, 'a page sent it from a web page');
  }
  const table = [...refusedByKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind}: ${n}`).join(', ');
  t.diagnostic(`${RUNS} requests in ${(elapsed / 1000).toFixed(1)} s — ${table}; stored: ${storedOptIns} opt-ins, ${storedOptOuts} opt-outs`);
  assert.ok(storedOptIns > 0, 'the generators also make records that are fine (so the store side was exercised)');
  assert.ok((refusedByKind.get('422 invalid-record') ?? 0) > RUNS / 10, 'most hostile bodies reach validation');
});
