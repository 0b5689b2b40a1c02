// Reading WhatsApp webhooks into consent signals (issue 13 §1, §1b). Bodies are built in
// Meta's published shapes by ./meta-payloads.ts, which names the source of each shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readWebhookPayload, signalEventId, type WebhookSignal } from '../../../../src/server/whatsapp/payload.js';
import { createStopKeywordMatcher } from '../../../../src/server/whatsapp/stop-keywords.js';
import { envelope, incoming, status, systemChange, systemPreference, userIdUpdate, userPreference } from './meta-payloads.js';

const BSUID = 'BR.1502576394655843';
const receivedAt = new Date('2026-11-29T12:00:00.000Z');
const read = (body: unknown) => readWebhookPayload(body, { receivedAt });
const only = <K extends WebhookSignal['kind']>(signals: WebhookSignal[], kind: K) => signals.filter((s) => s.kind === kind) as Extract<WebhookSignal, { kind: K }>[];

test('user_preferences stop, then resume: a marketing stop and a marketing resume for that wa_id', () => {
  const stop = read(userPreference({ value: 'stop', waId: '16505551234', timestamp: 1731705721 }));
  assert.deepEqual(stop.problems, []);
  assert.deepEqual(stop.signals, [
    {
      kind: 'stop',
      scope: 'marketing',
      source: 'whatsapp-preferences',
      waId: '16505551234',
      at: '2024-11-15T21:22:01.000Z',
      detail: 'User requested to stop marketing messages',
      dedupeKey: 'whatsapp-preferences::16505551234:stop:1731705721',
    },
  ]);
  const resume = read(userPreference({ value: 'resume', waId: '16505551234', timestamp: 1731792121 }));
  assert.equal(resume.signals.length, 1);
  assert.equal(resume.signals[0].kind, 'resume');
  assert.notEqual((resume.signals[0] as { dedupeKey: string }).dedupeKey, (stop.signals[0] as { dedupeKey: string }).dedupeKey);
});

test('a redelivered webhook reads to the same dedupe key and the same event id', async () => {
  const body = incoming({ id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRB', waId: '16505551234', message: { type: 'text', body: 'STOP' } });
  const [first] = read(structuredClone(body)).signals.filter((s) => s.kind === 'stop') as { dedupeKey: string }[];
  const [again] = read(structuredClone(body)).signals.filter((s) => s.kind === 'stop') as { dedupeKey: string }[];
  assert.equal(first.dedupeKey, again.dedupeKey);
  assert.equal(await signalEventId(first.dedupeKey), await signalEventId(again.dedupeKey));
  assert.match(await signalEventId(first.dedupeKey), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(await signalEventId(first.dedupeKey), await signalEventId('whatsapp-message:wamid.other'));
  // Twice in one body (Meta batches) is one signal too.
  const value = body.entry[0].changes[0].value as unknown as { messages: unknown[] };
  const doubled = envelope('messages', { ...value, messages: [...value.messages, ...value.messages] });
  assert.equal(read(doubled).signals.filter((s) => s.kind === 'stop').length, 1);
});

test('STOP in five languages is a stop of every topic, with the message id and the exact text', () => {
  for (const [i, body] of ['STOP', 'Parar', 'BAJA.', 'Arrêt', 'إيقاف', 'रोकें', 'Berhenti!'].entries()) {
    const { signals, problems } = read(incoming({ id: `wamid.stop${i}`, waId: '5511981234567', userId: BSUID, message: { type: 'text', body } }));
    assert.deepEqual(problems, []);
    const [stop] = only(signals, 'stop');
    assert.deepEqual(stop, {
      kind: 'stop',
      scope: 'all',
      source: 'whatsapp-stop',
      waId: '5511981234567',
      userId: BSUID,
      at: '2025-06-08T20:59:43.000Z',
      messageId: `wamid.stop${i}`,
      keyword: (stop as { keyword: string }).keyword,
      text: body,
      dedupeKey: `whatsapp-message:wamid.stop${i}`,
    });
  }
});

test('an ordinary inbound message, media, a reaction, "please stop sending" and "cancel" give no signal (never an opt-in, R6)', () => {
  const messages = [
    { type: 'text', body: 'hi' },
    { type: 'text', body: 'please stop sending' },
    { type: 'text', body: 'cancel' },
    { type: 'text', body: 'YES' },
    { type: 'image' },
    { type: 'reaction' },
  ] as const;
  for (const [i, message] of messages.entries()) {
    const { signals, problems } = read(incoming({ id: `wamid.plain${i}`, waId: '16505551234', message }));
    assert.deepEqual(problems, [], JSON.stringify(message));
    assert.deepEqual(signals.filter((s) => s.kind !== 'pair'), [], JSON.stringify(message));
  }
});

test('a template quick-reply button and an interactive reply button count by their text or payload', () => {
  const button = read(incoming({ id: 'wamid.btn', waId: '16505551234', message: { type: 'button', text: 'Stop promotions', payload: 'STOP' } }));
  assert.equal(only(button.signals, 'stop')[0]?.text, 'STOP');
  const reply = read(incoming({ id: 'wamid.reply', waId: '16505551234', message: { type: 'interactive', id: 'opt-out-button', title: 'Sair' } }));
  assert.equal(only(reply.signals, 'stop')[0]?.keyword, 'sair');
  const other = read(incoming({ id: 'wamid.reply2', waId: '16505551234', message: { type: 'interactive', id: 'track', title: 'Track my order' } }));
  assert.deepEqual(only(other.signals, 'stop'), []);
});

test('configured keywords are the ones read (here extended with cancelar)', () => {
  const body = incoming({ id: 'wamid.cfg', waId: '16505551234', message: { type: 'text', body: 'CANCELAR' } });
  assert.deepEqual(only(read(body).signals, 'stop'), []);
  const custom = readWebhookPayload(body, { receivedAt, isStopKeyword: createStopKeywordMatcher({ extraKeywords: ['cancelar'] }) });
  assert.equal(only(custom.signals, 'stop').length, 1);
});

test('a message with both a number and a BSUID pairs them, before its stop', () => {
  const { signals } = read(incoming({ id: 'wamid.pair', waId: '5511981234567', userId: BSUID, parentUserId: 'BR.ENT.99887766', message: { type: 'text', body: 'stop' } }));
  assert.deepEqual(signals[0], { kind: 'pair', waId: '5511981234567', userId: BSUID, parentUserId: 'BR.ENT.99887766', at: '2025-06-08T20:59:43.000Z', seenIn: 'message' });
  assert.equal(signals[1].kind, 'stop');
});

test('a stop known only by its BSUID (a person with a username) is read, never dropped', () => {
  const text = read(incoming({ id: 'wamid.bsuid', userId: BSUID, message: { type: 'text', body: 'STOP' } }));
  assert.deepEqual(text.problems, []);
  assert.deepEqual(text.signals.map((s) => [s.kind, 'waId' in s ? s.waId : undefined, 'userId' in s ? s.userId : undefined]), [['stop', undefined, BSUID]]);
  const preference = read(userPreference({ value: 'stop', userId: BSUID }));
  assert.deepEqual(preference.problems, []);
  assert.deepEqual(preference.signals.map((s) => [s.kind, 'waId' in s ? s.waId : undefined, 'userId' in s ? s.userId : undefined]), [['stop', undefined, BSUID]]);
});

test('user_preferences with both ids pairs them too', () => {
  const { signals } = read(userPreference({ value: 'stop', waId: '551181234567', userId: BSUID }));
  assert.deepEqual(signals.map((s) => s.kind), ['pair', 'stop']);
  assert.equal(only(signals, 'pair')[0].seenIn, 'user_preferences');
  // Brazil's wa_id without the ninth digit is passed on as WhatsApp wrote it; the subscriber key matches it to the opt-in.
  assert.equal(only(signals, 'stop')[0].waId, '551181234567');
});

test('a status webhook for a message sent to a number pairs the number with its BSUID', () => {
  for (const withContacts of [true, false]) {
    const { signals, problems } = read(status({ waId: '5511981234567', userId: BSUID, withContacts }));
    assert.deepEqual(problems, []);
    assert.deepEqual(signals, [{ kind: 'pair', waId: '5511981234567', userId: BSUID, at: '2025-06-18T16:22:53.000Z', seenIn: 'status' }]);
  }
});

test('user_changed_number carries the person over to the new number and BSUID', () => {
  const { signals, problems } = read(systemChange({ type: 'user_changed_number', id: 'wamid.sys1', from: '16505551234', newWaId: '12195555358', userId: 'US.222', previousUserId: 'US.111' }));
  assert.deepEqual(problems, []);
  assert.deepEqual(only(signals, 'number-changed'), [
    {
      kind: 'number-changed',
      change: 'number',
      from: { waId: '16505551234', userId: 'US.111' },
      to: { waId: '12195555358', userId: 'US.222' },
      at: '2025-02-12T00:43:44.000Z',
      messageId: 'wamid.sys1',
      dedupeKey: 'whatsapp-message:wamid.sys1',
    },
  ]);
  assert.deepEqual(only(signals, 'pair').map((p) => [p.waId, p.userId]), [['16505551234', 'US.111'], ['12195555358', 'US.222']]);
});

test('user_changed_user_id and the user_id_update field carry the person over to the new BSUID', () => {
  const system = read(systemChange({ type: 'user_changed_user_id', id: 'wamid.sys2', userId: 'US.222', previousUserId: 'US.111' }));
  assert.deepEqual(system.problems, []);
  assert.deepEqual(only(system.signals, 'number-changed').map((s) => [s.change, s.from, s.to]), [['user-id', { userId: 'US.111' }, { userId: 'US.222' }]]);

  const update = read(userIdUpdate({ previous: 'US.222', current: 'US.333', waId: '16505551234' }));
  assert.deepEqual(update.problems, []);
  const [change] = only(update.signals, 'number-changed');
  assert.deepEqual([change.change, change.from, change.to], ['user-id', { userId: 'US.222', waId: '16505551234' }, { userId: 'US.333', waId: '16505551234' }]);
  assert.deepEqual(only(update.signals, 'pair').map((p) => p.userId), ['US.222', 'US.333']);
});

test('the older system message user_preference_changed counts like user_preferences', () => {
  const stop = read(systemPreference({ id: 'wamid.sys3', from: '16505551234', marketing: 'stop' }));
  assert.deepEqual(stop.problems, []);
  assert.deepEqual(stop.signals.map((s) => [s.kind, 'scope' in s && s.scope, 'source' in s && s.source, 'dedupeKey' in s && s.dedupeKey]), [
    ['stop', 'marketing', 'whatsapp-preferences', 'whatsapp-message:wamid.sys3'],
  ]);
  assert.equal(read(systemPreference({ id: 'wamid.sys4', from: '16505551234', marketing: 'resume' })).signals[0].kind, 'resume');
  const odd = read(systemPreference({ id: 'wamid.sys5', from: '16505551234', marketing: 'maybe' }));
  assert.deepEqual(odd.signals, []);
  assert.equal(odd.problems.length, 1);
});

test('what cannot be read is a problem, not a signal, and a stop with a bad timestamp is kept at its arrival time', () => {
  const otherCategory = read(userPreference({ value: 'stop', waId: '16505551234', category: 'utility_messages' }));
  assert.deepEqual(otherCategory.signals, []);
  assert.match(otherCategory.problems[0], /category is not "marketing_messages"/);

  const badTime = read(incoming({ id: 'wamid.t', waId: '16505551234', timestamp: 'yesterday', message: { type: 'text', body: 'stop' } }));
  assert.equal(only(badTime.signals, 'stop')[0].at, receivedAt.toISOString());
  assert.match(badTime.problems[0], /timestamp is missing or not Unix seconds/);

  for (const junk of [null, 'STOP', 42, [], {}, { object: 'page', entry: [] }, { object: 'whatsapp_business_account' }, { object: 'whatsapp_business_account', entry: [null, { changes: 'x' }, { changes: [null, { field: 'messages' }, { field: 'messages', value: {} }] }] }]) {
    const reading = read(junk);
    assert.deepEqual(reading.signals, [], JSON.stringify(junk));
    assert.ok(reading.problems.length > 0, JSON.stringify(junk));
  }
  // A field that says nothing about consent is neither read nor a problem.
  assert.deepEqual(read(envelope('message_template_status_update', { event: 'APPROVED' })), { signals: [], problems: [] });
});

test('problems never repeat the message text or a number (they go to logs)', () => {
  const { problems } = read(envelope('messages', { messages: [{ from: '16505551234', id: 'wamid.x', type: 'text', text: { body: 'STOP' }, timestamp: 'soon' }, { type: 'system', from: '16505551234' }] }));
  assert.ok(problems.length >= 2);
  for (const problem of problems) assert.doesNotMatch(problem, /16505551234|STOP/);
});

test('any JSON at all: never throws, and every signal is well formed (property test)', () => {
  const wa = fc.oneof(fc.constantFrom('16505551234', BSUID, '', '+5511981234567', 'BR.ENT.1'), fc.string(), fc.integer());
  const message = fc.record({ from: wa, id: fc.oneof(fc.string(), fc.constant('wamid.1')), timestamp: fc.oneof(fc.string(), fc.integer(), fc.constant('1700000000')), type: fc.constantFrom('text', 'button', 'interactive', 'system', 'image', 'x'), text: fc.record({ body: fc.oneof(fc.string(), fc.constantFrom('STOP', 'Baja', 'hi')) }), system: fc.record({ type: fc.constantFrom('user_changed_number', 'user_changed_user_id', 'user_preference_changed', 'x'), wa_id: wa, user_id: wa, previous_user_id: wa, marketing: fc.constantFrom('stop', 'resume', 'x') }, { requiredKeys: [] }) }, { requiredKeys: [] });
  const value = fc.record({ contacts: fc.array(fc.record({ wa_id: wa, user_id: wa }, { requiredKeys: [] })), messages: fc.array(message), statuses: fc.array(fc.record({ recipient_id: wa, recipient_user_id: wa, timestamp: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] })), user_preferences: fc.array(fc.record({ wa_id: wa, user_id: wa, category: fc.constantFrom('marketing_messages', 'x'), value: fc.constantFrom('stop', 'resume', 'x'), timestamp: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] })) }, { requiredKeys: [] });
  const shaped = fc.record({ field: fc.constantFrom('messages', 'user_preferences', 'user_id_update', 'other'), value }).map(({ field, value }) => envelope(field, value));
  fc.assert(
    fc.property(fc.oneof(shaped, fc.jsonValue(), fc.anything()), (body) => {
      const { signals, problems } = read(body);
      assert.ok(Array.isArray(signals) && Array.isArray(problems));
      for (const signal of signals) {
        assert.ok(!Number.isNaN(Date.parse(signal.at)), 'at is a time');
        if (signal.kind === 'pair') {
          assert.match(signal.waId, /^[1-9]\d{4,19}$/);
          assert.match(signal.userId, /^[A-Z]{2}\./);
        } else if (signal.kind === 'number-changed') {
          assert.ok(signal.from.waId || signal.from.userId);
          assert.ok(signal.to.waId || signal.to.userId);
        } else {
          assert.ok(signal.waId || signal.userId, 'a stop names someone');
          assert.ok(signal.dedupeKey.length > 0);
        }
      }
    }),
    { numRuns: 2000 },
  );
});
