import { expect } from '@open-wc/testing';
import { registerLocale } from './locale-registration.js';
import { BUILT_IN_LOCALES, en, localeReady, stringsFor } from './locales.js';
import { humaniseTopic, joinTopicLabels, parseTopicList } from './wording.js';
import { assertWordingTemplate, buildWording, WordingError } from './sentence.js';

describe('wording', () => {
  it("joins English topics exactly as Intl.ListFormat('en') does, without building one (issue 16)", () => {
    const format = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (const labels of [['a'], ['order updates', 'special offers'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']]) {
      expect(joinTopicLabels(labels, 'en')).to.equal(format.format(labels));
    }
    expect(joinTopicLabels([], 'en')).to.equal('');
    expect(joinTopicLabels(['a', 'b'], 'es')).to.equal('a y b');
  });

  it('builds a sentence once per inputs (every render asks): the same inputs give the same sentence, a changed table a new one (issue 16)', () => {
    registerLocale({ ...en, $code: 'eo', $name: 'Esperanto' }); // a language of this test's own
    const input = { business: 'Acme Perf', topics: ['loyalty_perf'], phoneDisplay: '', locale: 'eo' };
    const first = buildWording(input);
    expect(buildWording({ ...input, topics: ['loyalty_perf'] })).to.equal(first);
    expect(buildWording({ ...input, phoneDisplay: '+1 201 555 0123' })).to.not.equal(first);
    registerLocale({ $code: 'eo', topics: { loyalty_perf: 'loyalty points news' } });
    const relabelled = buildWording(input);
    expect(relabelled).to.not.equal(first);
    expect(relabelled.text).to.contain('loyalty points news');
    expect(first.text).to.contain('loyalty perf');
  });

  it('joins the parts into the exact sentence stored in the record', () => {
    const wording = buildWording({ business: ' Acme ', topics: ['order_updates', 'tickets', 'offers'], phoneDisplay: '+1 201 555 0123', locale: 'en-GB' });
    expect(wording.text).to.equal(
      'Yes, I want to receive order updates, e-tickets, and special offers from Acme on WhatsApp, +1 201 555 0123.',
    );
    expect(wording.parts.map((p) => p.kind)).to.deep.equal(['text', 'topics', 'text', 'business', 'text', 'whatsapp', 'text', 'phone', 'text']);
    expect(wording).to.include({ locale: 'en-GB', version: 'en/2' });
  });

  it('falls back to English for a language it has no table for, and says so in the locale', () => {
    const wording = buildWording({ business: 'Acme', topics: ['offers'], phoneDisplay: '', locale: 'am-ET' });
    expect(wording.locale).to.equal('en');
    expect(wording.text).to.equal('Yes, I want to receive special offers from Acme on WhatsApp, the number above.');
    expect(wording.parts.at(-2)).to.deep.equal({ kind: 'phone', text: 'the number above', placeholder: true });
  });

  it('has a built-in label in every language for each documented topic', async () => {
    const documented = ['order_updates', 'shipping_updates', 'account_alerts', 'appointment_reminders', 'tickets', 'new_products', 'offers', 'support'];
    await Promise.all(BUILT_IN_LOCALES.map((code) => localeReady(code)));
    for (const table of [en, ...BUILT_IN_LOCALES.map((code) => stringsFor(code))]) {
      expect(Object.keys(table.topics), table.$code).to.have.members(documented);
      expect(Object.values(table.topics).every((label) => label.trim().length > 0)).to.equal(true);
    }
    expect(humaniseTopic('loyalty_points')).to.equal('loyalty points');
  });

  it('refuses templates that drop or repeat a required element', () => {
    expect(() => assertWordingTemplate('{topics} {business} {whatsapp} {phone}')).to.not.throw();
    expect(() => assertWordingTemplate('{topics} {business} {phone}')).to.throw(WordingError, '{whatsapp}');
    expect(() => assertWordingTemplate('{topics} {business} {whatsapp} {phone} {phone}')).to.throw(WordingError, '{phone}');
    expect(() => buildWording({ business: 'B', topics: ['x'], phoneDisplay: '', template: 'Hi {business}' })).to.throw(WordingError);
  });

  it('reads topic lists from attributes: trimmed, deduplicated, order kept', () => {
    expect(parseTopicList(' offers, order_updates,,offers ')).to.deep.equal(['offers', 'order_updates']);
    expect(parseTopicList(null)).to.deep.equal([]);
  });
});
