// Preference links (issue 13 §2, CONTRACT-13.md): a sealed token is the only authority of
// the preference page, so every changed, foreign, expired or junk token must fail, and the
// number must never show in the URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createPreferenceLink, verifyPreferenceToken } from '../../../../src/server/preferences/link.js';

const secret = 'a'.repeat(16) + 'link-secret-for-tests-0123456789';
const otherSecret = 'b'.repeat(16) + 'link-secret-for-tests-0123456789';
const now = new Date('2026-11-29T12:00:00Z');
const day = 24 * 3600;
const phone = '+5511981234567';

const tokenOf = (url: string) => new URL(url).searchParams.get('t')!;
const link = (overrides = {}) => createPreferenceLink({ phone, baseUrl: 'https://shop.example/api', secret, expiresIn: 30 * day, now, ...overrides });

test('a link opens to the person it was made for, until it expires', async () => {
  const url = await link({ subscriberKey: (p: string) => `key:${p.slice(1)}` });
  assert.match(url, /^https:\/\/shop\.example\/api\/preferences\?t=v1\.[A-Za-z0-9_-]+$/);
  // Short enough to sit in a message: about 100 characters of token with a distinct key, 75 without.
  assert.ok(tokenOf(url).length <= 110, `token length ${tokenOf(url).length}`);
  assert.ok(tokenOf(await link()).length <= 80, `token length ${tokenOf(await link()).length}`);
  const check = await verifyPreferenceToken(tokenOf(url), secret, now);
  assert.deepEqual(check, { ok: true, subscriberKey: 'key:5511981234567', phone, expiresAt: new Date('2026-12-29T12:00:00Z') });
  // Without a key function the key is the number; a trailing slash on the base is fine.
  const plain = await verifyPreferenceToken(tokenOf(await link({ baseUrl: 'https://shop.example/' })), secret, now);
  assert.equal(plain.ok && plain.subscriberKey, phone);
});

test('the number never appears in the URL, in clear or in digits', async () => {
  const url = await link();
  for (const piece of [phone, phone.slice(1), '981234567', '81234567', encodeURIComponent(phone)]) assert.ok(!url.includes(piece), piece);
  // Two links for one person differ (random IV): a link says nothing about another.
  assert.notEqual(tokenOf(await link()), tokenOf(await link()));
});

test('a tampered token fails: every byte flipped, every character changed', async () => {
  const token = tokenOf(await link());
  const body = Buffer.from(token.slice(3), 'base64url');
  for (let i = 0; i < body.length; i++) {
    const flipped = Buffer.from(body);
    flipped[i] ^= 0x01;
    const check = await verifyPreferenceToken(`v1.${flipped.toString('base64url')}`, secret, now);
    assert.deepEqual(check, { ok: false, reason: 'bad-signature' }, `byte ${i}`);
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < token.length; i++) {
    const replacement = alphabet[(alphabet.indexOf(token[i]) + 1) % alphabet.length] ?? 'x';
    const changed = token.slice(0, i) + replacement + token.slice(i + 1);
    const check = await verifyPreferenceToken(changed, secret, now);
    assert.equal(check.ok, false, `character ${i}`);
  }
  assert.equal((await verifyPreferenceToken(token.slice(0, -1), secret, now)).ok, false);
  assert.equal((await verifyPreferenceToken(`${token}A`, secret, now)).ok, false);
  assert.equal((await verifyPreferenceToken(token.replace('v1.', 'v2.'), secret, now)).ok, false);
});

test('a token made with another secret fails as bad-signature', async () => {
  const foreign = tokenOf(await link({ secret: otherSecret }));
  assert.deepEqual(await verifyPreferenceToken(foreign, secret, now), { ok: false, reason: 'bad-signature' });
});

test('an expired token fails as expired, from its expiry second on', async () => {
  const token = tokenOf(await link({ expiresIn: 3600 }));
  assert.equal((await verifyPreferenceToken(token, secret, new Date(now.getTime() + 3599_000))).ok, true);
  assert.deepEqual(await verifyPreferenceToken(token, secret, new Date(now.getTime() + 3600_000)), { ok: false, reason: 'expired' });
  assert.deepEqual(await verifyPreferenceToken(token, secret, new Date('2030-01-01T00:00:00Z')), { ok: false, reason: 'expired' });
});

test('junk tokens are refused, never thrown (property test)', async () => {
  for (const junk of ['', 'v1.', 'v1', 'v1.!!!', 'v1.AAAA', 'v1.' + 'A'.repeat(500), '../../etc/passwd', '<script>', 'v1.%00']) {
    assert.deepEqual(await verifyPreferenceToken(junk, secret, now), { ok: false, reason: 'malformed' }, junk);
  }
  assert.equal((await verifyPreferenceToken(undefined as unknown as string, secret, now)).ok, false);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 200 }).map((s) => `v1.${s}`),
        fc.uint8Array({ minLength: 0, maxLength: 120 }).map((bytes) => `v1.${Buffer.from(bytes).toString('base64url')}`),
      ),
      async (junk) => {
        const check = await verifyPreferenceToken(junk, secret, now);
        assert.equal(check.ok, false);
        assert.ok(['malformed', 'bad-signature'].includes((check as { reason: string }).reason));
      },
    ),
    { numRuns: 1000 },
  );
});

test('bad settings are refused when the link is made, with a clear message', async () => {
  await assert.rejects(link({ phone: '5511981234567' }), /E\.164/);
  await assert.rejects(link({ phone: '+55 11 98123-4567' }), /E\.164/);
  await assert.rejects(link({ expiresIn: 0 }), /positive number of seconds/);
  await assert.rejects(link({ baseUrl: 'javascript:alert(1)' }), /http\(s\) URL/);
  await assert.rejects(link({ baseUrl: 'https://shop.example/api?x=1' }), /without a query/);
  await assert.rejects(link({ secret: 'short' }), /at least 32 characters/);
  await assert.rejects(verifyPreferenceToken('v1.AAAA', 'short', now), /at least 32 characters/);
});
