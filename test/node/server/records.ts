// Consent records as the widget makes them: the real wording builder, real valid numbers.
import { buildWording } from '../../../src/core/sentence.js';
import { checkPhone } from '../../../src/core/phone.js';
import type { ConsentRecord } from '../../../src/core/record.js';
import { serverPhoneRulesReady } from '../../../src/server/validate.js';

await serverPhoneRulesReady();

/** A São Paulo mobile number nobody else in this run has: tests share one database per suite. */
export function uniquePhone(): { e164: string; international: string } {
  for (;;) {
    const subscriber = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const checked = checkPhone(`+55119${subscriber}`);
    if (checked.ok) return checked;
  }
}

export function consentRecord(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  const checked = overrides.phone ? checkPhone(overrides.phone) : uniquePhone();
  if ('ok' in checked && !checked.ok) throw new Error(`test number ${overrides.phone} is not valid`);
  const phone = checked as { e164: string; international: string };
  const business = overrides.business ?? 'Acme Shoes';
  const topics = overrides.topics ?? ['order_updates'];
  const wording = buildWording({ business, topics, phoneDisplay: phone.international, locale: 'en' });
  return {
    id: crypto.randomUUID(),
    channel: 'whatsapp',
    phone: phone.e164,
    phoneVerified: false,
    topics,
    business,
    wording: wording.text,
    wordingVersion: wording.version,
    locale: wording.locale,
    source: 'form',
    pageUrl: 'https://shop.example/whatsapp',
    consentedAt: new Date().toISOString(),
    widgetVersion: '0.1.0',
    ...overrides,
  };
}

export const receipt = (overrides = {}) => ({
  receivedAt: new Date(),
  via: 'browser',
  origin: 'https://shop.example',
  userAgent: 'node-test',
  clientIp: null,
  ...overrides,
});
