// The webhook's two gates (issue 13 §1): the X-Hub-Signature-256 of each POST and Meta's
// verification handshake. The expected signatures are computed here with node:crypto, apart
// from the Web Crypto code under test.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { constantTimeEqual, verifyHandshake, verifyWebhookSignature } from '../../../../src/server/whatsapp/signature.js';

const secret = 'app-secret-123';
// A user_preferences body as Meta documents it (webhooks/reference/user_preferences).
const body = new TextEncoder().encode(
  '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","user_preferences":[{"wa_id":"16505551234","detail":"User requested to stop marketing messages","category":"marketing_messages","value":"stop","timestamp":1731705721}]},"field":"user_preferences"}]}]}',
);
const sign = (bytes: Uint8Array, key = secret) => `sha256=${createHmac('sha256', key).update(bytes).digest('hex')}`;

test('a body signed with the app secret verifies', async () => {
  assert.equal(await verifyWebhookSignature(body, sign(body), secret), true);
  assert.equal(await verifyWebhookSignature(body, ` ${sign(body).toUpperCase().replace('SHA256=', 'sha256=')} `, secret), true);
});

test('an unsigned body, a malformed header and an empty app secret never verify', async () => {
  assert.equal(await verifyWebhookSignature(body, null, secret), false);
  assert.equal(await verifyWebhookSignature(body, '', secret), false);
  assert.equal(await verifyWebhookSignature(body, sign(body).replace('sha256=', 'sha1='), secret), false);
  assert.equal(await verifyWebhookSignature(body, sign(body).slice(0, -2), secret), false);
  assert.equal(await verifyWebhookSignature(body, `${sign(body)}00`, secret), false);
  assert.equal(await verifyWebhookSignature(body, sign(body).replace(/[0-9a-f]$/, 'g'), secret), false);
  // Anybody can compute an HMAC under an empty key: it must not count as a secret.
  assert.equal(await verifyWebhookSignature(body, sign(body, ''), ''), false);
});

test('a body signed with another secret does not verify', async () => {
  assert.equal(await verifyWebhookSignature(body, sign(body, 'someone-else'), secret), false);
});

test('a body changed after signing does not verify, whichever byte changed', async () => {
  const header = sign(body);
  for (let i = 0; i < body.length; i++) {
    const tampered = body.slice();
    tampered[i] ^= 0x01;
    assert.equal(await verifyWebhookSignature(tampered, header, secret), false, `byte ${i} flipped`);
  }
  // Re-serialising the parsed JSON (key order, spaces) is a different body too.
  const reserialised = new TextEncoder().encode(JSON.stringify(JSON.parse(new TextDecoder().decode(body)), null, 1));
  assert.equal(await verifyWebhookSignature(reserialised, header, secret), false);
});

test('constantTimeEqual compares whole byte strings, lengths included', () => {
  const a = new Uint8Array([1, 2, 3]);
  assert.equal(constantTimeEqual(a, new Uint8Array([1, 2, 3])), true);
  assert.equal(constantTimeEqual(a, new Uint8Array([1, 2, 4])), false);
  assert.equal(constantTimeEqual(a, new Uint8Array([1, 2])), false);
  assert.equal(constantTimeEqual(a, new Uint8Array([1, 2, 3, 0])), false);
});

const handshake = (query: Record<string, string>) => verifyHandshake(new URLSearchParams(query), 'verify-me');

test('the handshake answers the challenge for hub.mode=subscribe and the configured token', () => {
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': '1158201444' }), '1158201444');
});

test('the handshake refuses a wrong or missing token, another mode, a missing or odd challenge, and an unset token', () => {
  const challenge = '1158201444';
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-you', 'hub.challenge': challenge }), null);
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-m', 'hub.challenge': challenge }), null);
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me!', 'hub.challenge': challenge }), null);
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.challenge': challenge }), null);
  assert.equal(handshake({ 'hub.mode': 'unsubscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': challenge }), null);
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me' }), null);
  assert.equal(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': '<script>alert(1)</script>' }), null);
  const unset = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': challenge });
  assert.equal(verifyHandshake(unset, ''), null);
});
