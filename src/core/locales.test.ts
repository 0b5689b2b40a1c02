import { expect } from '@open-wc/testing';
import { loadLocaleFile } from './locale-files.js';
import {
  BUILT_IN_LOCALES,
  en,
  localeCodeFor,
  localeReady,
  pageLocaleFor,
  pagesEn,
  preferenceStringsFor,
  setLocaleLoader,
  stringsFor,
  topicTable,
  type OptinStrings,
} from './locales.js';
import { registerLocale, registerTopicLabels } from './locale-registration.js';
import { joinTopicLabels } from './wording.js';
import { buildWording } from './sentence.js';

/** Every leaf of a table, by path: `errors.tooShort` → '…'. */
function leaves(table: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table)) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/**
 * Strings a language may rightly share with English: the same word is used there.
 * Anything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  '*': ['$wordingVersion', '$dir'],
  fil: ['topics.tickets', 'topicsInThanks.tickets', 'topicsInList.support'],
  nl: ['topics.tickets', 'topicsInThanks.tickets', 'topicsInList.tickets'],
};

const tables = new Map<string, OptinStrings>();

describe('the locale files', () => {
  before(async () => {
    for (const code of BUILT_IN_LOCALES) tables.set(code, await loadLocaleFile(code).catch(() => en));
  });

  it('ship the 28 languages of issue 14, each in its own file with $code, $name and $dir', () => {
    expect([...BUILT_IN_LOCALES]).to.have.members(
      'en es pt-BR pt-PT hi bn ur id ms th vi fil ar he fa tr de fr it nl pl ru uk zh-CN zh-TW ja ko sw'.split(' '),
    );
    for (const [code, table] of tables) {
      expect(table.$code, code).to.equal(code);
      expect(table.$name, code).to.be.a('string').and.not.equal('');
      expect(table.$dir, code).to.equal(['ar', 'he', 'fa', 'ur'].includes(code) ? 'rtl' : 'ltr');
    }
  });

  it('each has every key of English and no other, none empty', () => {
    const reference = [...leaves(en).keys()].sort();
    for (const [code, table] of tables) {
      const own = leaves(table);
      expect([...own.keys()].sort(), code).to.deep.equal(reference);
      for (const [key, value] of own) expect(String(value).trim(), `${code} ${key}`).to.not.equal('');
    }
  });

  it('each is translated: no string equal to English unless the language uses that word', () => {
    const english = leaves(en);
    const untranslated: string[] = [];
    for (const [code, table] of tables) {
      if (code === 'en') continue;
      const allowed = [...SAME_AS_ENGLISH['*'], ...(SAME_AS_ENGLISH[code] ?? [])];
      for (const [key, value] of leaves(table)) {
        if (value === english.get(key) && !allowed.includes(key)) untranslated.push(`${code} ${key}: ${String(value)}`);
      }
    }
    expect(untranslated).to.deep.equal([]);
  });

  it('each sentence keeps topics, business, WhatsApp and the number exactly once (R3); other templates keep theirs', () => {
    const once = (text: string, ...keys: string[]) => keys.filter((k) => text.split(`{${k}}`).length !== 2);
    for (const [code, t] of tables) {
      expect(once(t.sentence, 'topics', 'business', 'whatsapp', 'phone'), `${code} sentence`).to.deep.equal([]);
      expect(once(t.thankYouBody, 'topics', 'business', 'phone'), `${code} thankYouBody`).to.deep.equal([]);
      expect(once(t.surfaceTitle, 'topics'), `${code} surfaceTitle`).to.deep.equal([]);
      expect(once(t.errors.rejected, 'reason'), `${code} rejected`).to.deep.equal([]);
      expect(once(t.errors.mirroredPhone, 'problem'), `${code} mirroredPhone`).to.deep.equal([]);
      // The surfaces' words (issue 15): each template keeps its slots, and says WhatsApp.
      expect(once(t.optinNotSaved, 'reason'), `${code} optinNotSaved`).to.deep.equal([]);
      expect(once(t.subscribedCta, 'topics'), `${code} subscribedCta`).to.deep.equal([]);
      expect(once(t.subscribedLine, 'topics', 'phone'), `${code} subscribedLine`).to.deep.equal([]);
      // "WhatsApp" is a name, never translated, capital W and A (R12).
      for (const text of [t.thankYouBody, t.surfaceTitle, t.ctaLabel, t.phoneLabel, t.whatsappLogo, t.optinNotSaved, t.subscribedCta, t.subscribedLine]) {
        expect(text, code).to.include('WhatsApp');
      }
    }
  });

  it('no topic label carries its language’s own list conjunction, so lists never stack it', () => {
    const stacked: string[] = [];
    for (const [code, t] of tables) {
      // The word Intl.ListFormat puts between the last two items, e.g. " and ", " y ", "和".
      const joined = new Intl.ListFormat(code, { type: 'conjunction' }).format(['\u0001', '\u0002']);
      const conjunction = joined.slice(joined.indexOf('\u0001') + 1, joined.indexOf('\u0002')).trim();
      if (!conjunction || conjunction === ',' || conjunction === '、') continue;
      const word = new RegExp(`(^|[\\s,])${conjunction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'u');
      for (const slot of ['sentence', 'heading', 'thanks', 'list'] as const) {
        for (const [id, label] of Object.entries(topicTable(t, slot))) if (word.test(label)) stacked.push(`${code} ${slot} ${id}: ${label}`);
      }
    }
    expect(stacked).to.deep.equal([]);
  });

  it('gives each slot its own wording where the language needs it (a heading is not the sentence)', () => {
    const pt = tables.get('pt-BR')!;
    expect(pt.topics.order_updates).to.equal('atualizações dos meus pedidos');
    expect(pt.topicsInHeading.order_updates).to.equal('atualizações dos seus pedidos');
    expect(pt.topicsInList.order_updates).to.equal('Atualizações de pedidos');
    expect(en.topicsInList.offers).to.equal('Special offers');
  });
});

describe('matching a page’s language to a locale file', () => {
  it('keeps regional variants apart and falls back by region, then language, then English', () => {
    const cases: [string, string][] = [
      ['pt', 'pt-BR'],
      ['pt-BR', 'pt-BR'],
      ['pt-PT', 'pt-PT'],
      ['pt-AO', 'pt-PT'],
      ['es-MX', 'es'],
      ['es-419', 'es'],
      ['zh', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['zh-Hans-CN', 'zh-CN'],
      ['zh-HK', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['tl', 'fil'],
      ['fil-PH', 'fil'],
      ['AR-eg', 'ar'],
      ['en-GB', 'en'],
      ['am', 'en'],
      ['en_US.UTF-8', 'en'],
      ['', 'en'],
    ];
    expect(cases.map(([tag]) => [tag, localeCodeFor(tag)])).to.deep.equal(cases);
  });

  it('says in the record the language actually shown: the requested tag when it is that language, else the table’s', async () => {
    await Promise.all(['es', 'zh-TW', 'pt-BR'].map((code) => localeReady(code)));
    const said = (locale: string) => buildWording({ business: 'B', topics: ['offers'], phoneDisplay: '', locale }).locale;
    expect(['es-MX', 'zh-HK', 'pt', 'en-GB', 'am-ET'].map(said)).to.deep.equal(['es-MX', 'zh-TW', 'pt-BR', 'en-GB', 'en']);
  });
});

describe('loading a locale', () => {
  afterEach(() => setLocaleLoader(loadLocaleFile));

  it('shows English while a language is not loaded, its own words once it is', async () => {
    setLocaleLoader(loadLocaleFile); // forget what earlier tests loaded
    expect(stringsFor('ko').$code).to.equal('en');
    await localeReady('ko');
    expect(stringsFor('ko').$code).to.equal('ko');
  });

  it('falls back to English, and the record says en, when a locale file cannot load', async () => {
    // The network is outside the project's control: the loader seam stands in for a 404.
    setLocaleLoader(() => Promise.reject(new Error('404')));
    await localeReady('ar');
    const wording = buildWording({ business: 'Acme', topics: ['offers'], phoneDisplay: '+966 50 123 4567', locale: 'ar-SA' });
    expect(wording.locale).to.equal('en');
    expect(wording.text).to.equal('Yes, I want to receive special offers from Acme on WhatsApp, +966 50 123 4567.');
  });
});

describe('registerLocale', () => {
  it('overrides some words of a built-in language, and the sentence built is the one stored', async () => {
    await localeReady('nl');
    registerLocale({ $code: 'nl', submit: 'Doe mee', topics: { loyalty: 'nieuws over mijn spaarpunten' } });
    const nl = stringsFor('nl-BE');
    expect(nl.submit).to.equal('Doe mee');
    expect(nl.countryLabel).to.equal('Land');
    const wording = buildWording({ business: 'Bol', topics: ['loyalty', 'offers'], phoneDisplay: '+31 6 12345678', locale: 'nl' });
    expect(wording.text).to.equal('Ja, ik wil nieuws over mijn spaarpunten en speciale aanbiedingen van Bol via WhatsApp ontvangen op +31 6 12345678.');
  });

  it('adds a language wa-optin does not ship, completing a partial table from English with one warning', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      registerLocale({
        $code: 'eo',
        $name: 'Esperanto',
        sentence: 'Jes, mi volas ricevi {topics} de {business} per {whatsapp} ĉe {phone}.',
        topics: { offers: 'specialajn ofertojn' },
      });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('registerLocale(eo)').and.include('submit');
    const wording = buildWording({ business: 'B', topics: ['offers'], phoneDisplay: '+1 201 555 0123', locale: 'eo' });
    expect(wording).to.include({ locale: 'eo', text: 'Jes, mi volas ricevi specialajn ofertojn de B per WhatsApp ĉe +1 201 555 0123.' });
  });

  it('refuses a sentence that drops an element (R3) and a tag that is not one', () => {
    expect(() => registerLocale({ $code: 'de', sentence: 'Ja, {topics} von {business}.' })).to.throw(RangeError, '{whatsapp}');
    expect(() => registerLocale({ $code: 'not a tag' })).to.throw(RangeError, 'not a language tag');
  });

  it('takes a custom topic label per language and per slot', async () => {
    await localeReady('fr');
    registerTopicLabels({ fr: { loyalty: { sentence: 'les nouvelles de mes points fidélité', list: 'Points fidélité' } } });
    expect(stringsFor('fr').topics.loyalty).to.equal('les nouvelles de mes points fidélité');
    expect(stringsFor('fr').topicsInList.loyalty).to.equal('Points fidélité');
    expect(stringsFor('fr').topicsInHeading.loyalty).to.equal('les nouvelles de mes points fidélité');
  });
});

describe('joining topic labels', () => {
  it('builds one Intl.ListFormat per language, not one per call (issue 16: 211 ms at load)', () => {
    const Original = Intl.ListFormat;
    let constructed = 0;
    const intl = Intl as { ListFormat: typeof Original };
    intl.ListFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        constructed++;
      }
    };
    try {
      for (let i = 0; i < 50; i++) joinTopicLabels(['a', 'b', 'c'], 'en-NZ');
    } finally {
      intl.ListFormat = Original;
    }
    expect(constructed).to.equal(1);
  });
});

describe('the receiver pages’ words', () => {
  it('the preference page speaks en, es, pt, hi, ar and id; its sentences keep all four placeholders once (R3); the admin page stays whole in English elsewhere', () => {
    const once = (text: string) => ['topics', 'business', 'whatsapp', 'phone'].filter((k) => text.split(`{${k}}`).length !== 2);
    for (const code of ['en', 'es', 'pt-BR', 'pt-PT', 'hi', 'ar', 'id']) {
      const words = preferenceStringsFor(code);
      expect(pageLocaleFor(code, 'preferences'), code).to.equal(code);
      expect(once(words.receiving), `${code} receiving`).to.deep.equal([]);
      expect(once(words.stopSentence), `${code} stopSentence`).to.deep.equal([]);
      if (code !== 'en') expect(words.stopAll, code).to.not.equal(pagesEn.preferences.stopAll);
    }
    expect(pageLocaleFor('hi-IN', 'admin')).to.equal('en');
    expect(pageLocaleFor('es-MX', 'admin')).to.equal('es-MX');
    expect(pageLocaleFor('th', 'preferences')).to.equal('en');
  });
});
