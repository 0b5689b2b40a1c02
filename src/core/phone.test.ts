import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, validatePhoneNumberLength, type MetadataJson } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import {
  checkPhone,
  countryFromLocales,
  formatAsYouType,
  formatTyped,
  phoneRulesReady,
  phoneRulesState,
  retryPhoneRules,
  readPhoneText,
  setPhoneMetadataLoader,
  toCountryCode,
  TypingFormatter,
  type PhoneCheck,
} from './phone.js';
import { loadPhoneMetadata } from './phone-metadata.js';

describe('phone rules', () => {
  before(async () => {
    await phoneRulesReady();
  });

  it("turns every country's own example mobile number, typed in national format, into its E.164 (R1)", () => {
    // libphonenumber-js's example numbers, not hand-picked ones: every country it has one for.
    const countries = getCountries(metadata as MetadataJson).filter((c) => (examples as Record<string, string>)[c]);
    const failures: string[] = [];
    for (const country of countries) {
      const example = getExampleNumber(country, examples, metadata as MetadataJson)!;
      const typed = example.formatNational();
      const result = checkPhone(typed, country);
      if (!result.ok || result.e164 !== example.number) failures.push(`${country} ${typed} → ${JSON.stringify(result)}`);
    }
    expect(countries.length).to.be.greaterThan(200);
    expect(failures).to.deep.equal([]);
  });

  it('reads digits typed with spaces, dashes, dots and brackets', () => {
    expect(checkPhone(' (201) 555-0123 ', 'US')).to.deep.include({ ok: true, e164: '+12015550123' });
    expect(checkPhone('07400.123.456', 'GB')).to.deep.include({ ok: true, e164: '+447400123456' });
  });

  it('lets a + number override the default country, and asks for a country when there is neither', () => {
    expect(checkPhone('+49 1512 3456789', 'US')).to.deep.include({ ok: true, e164: '+4915123456789', country: 'DE' });
    expect(checkPhone('2015550123', undefined)).to.deep.equal({ ok: false, problem: 'no-country' });
    expect(checkPhone('2015550123', 'not-a-country')).to.deep.equal({ ok: false, problem: 'no-country' });
  });

  it('names what is wrong: empty, too short, too long, invalid, unknown country code', () => {
    expect(checkPhone('   ', 'US')).to.deep.equal({ ok: false, problem: 'empty' });
    expect(checkPhone('201', 'US')).to.deep.equal({ ok: false, problem: 'too-short' });
    expect(checkPhone('20155501234567', 'US')).to.deep.equal({ ok: false, problem: 'too-long' });
    expect(checkPhone('0015550123', 'US')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(checkPhone('+999 123 456 789', 'US')).to.deep.equal({ ok: false, problem: 'invalid-country' });
  });

  it('formats as the person types, the way their country writes numbers', () => {
    expect(formatAsYouType('1191234', 'BR')).to.equal('(11) 91234');
    expect(formatAsYouType('11912345678', 'BR')).to.equal('(11) 91234-5678');
    expect(formatAsYouType('+4915123', undefined)).to.equal('+49 1512 3');
  });

  it('formats under four digits only a + number: "123" is not regrouped as the US trunk 1 + "23"', () => {
    expect(formatTyped('123', 'US')).to.equal('123');
    expect(formatTyped('2015', 'US')).to.equal('(201) 5');
    expect(formatTyped('+49', 'US')).to.equal('+49');
  });

  it('typing digits and deleting them at the end, one field formats exactly as the whole text formatted anew (issue 16, property)', () => {
    // Each step is what a person does at the end of the field: a digit typed (sometimes two at
    // once, as a fast typist's keys land in one input event), a space typed, a Backspace, a
    // cut of the last few characters. The field shows what the formatter returns.
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[0-9]{1,2}$/).map((digits) => (shown: string) => shown + digits) },
      { weight: 1, arbitrary: fc.constant((shown: string) => `${shown} `) },
      { weight: 4, arbitrary: fc.constant((shown: string) => shown.slice(0, -1)) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }).map((n) => (shown: string) => shown.slice(0, -n)) },
    );
    const start = fc.constantFrom('', '', '+', '+91', '+55', '+1', '+49', '+44', '0');
    fc.assert(
      fc.property(fc.constantFrom('IN', 'BR', 'US', 'DE', 'GB', undefined), start, fc.array(step, { maxLength: 40 }), (country, first, steps) => {
        const field = new TypingFormatter();
        let shown = field.format(first, country);
        expect(shown).to.equal(formatTyped(first, country));
        for (const next of steps) {
          const typed = next(shown);
          shown = field.format(typed, country);
          expect(shown, JSON.stringify(typed)).to.equal(formatTyped(typed, country));
        }
      }),
      { numRuns: 600 },
    );
  });

  it('one field formats as anew after an edit in the middle, letters or another country; a Backspace gives back what showed', () => {
    const field = new TypingFormatter();
    expect(field.format('98765', 'IN')).to.equal('98765');
    expect(field.format('987654', 'IN')).to.equal('98765 4');
    expect(field.format('98765 43', 'IN')).to.equal('98765 43');
    expect(field.format('98765 4', 'IN')).to.equal('98765 4');
    field.shows('9875 4'); // a digit deleted in the middle, left as it is
    expect(field.format('9875 43', 'IN')).to.equal(formatTyped('9875 43', 'IN'));
    expect(field.format('987543a', 'IN')).to.equal(formatTyped('987543a', 'IN'));
    expect(field.format('987543', 'IN')).to.equal(formatTyped('987543', 'IN'));
    expect(field.format('11912345678', 'BR')).to.equal('(11) 91234-5678');
    expect(field.format('(11) 91234-567', 'BR')).to.equal('(11) 91234-567');
    expect(field.format('(11) 91234-56', 'US')).to.equal(formatTyped('(11) 91234-56', 'US'));
    // Typed key by key, libphonenumber-js's AsYouType would group these otherwise: the field never does.
    for (const [typed, country] of [['+992 898', undefined], ['189 912 79010', 'IN'], ['3009-56899', 'BR'], ['44 854 084 05', 'GB']] as const) {
      expect(field.format(typed, country)).to.equal(formatAsYouType(typed, country));
    }
  });

  it('guesses a default country from language tags', () => {
    expect(countryFromLocales(['pt-BR'])).to.equal('BR');
    expect(countryFromLocales(['es', 'es-MX'])).to.equal('MX');
    expect(countryFromLocales(['de'])).to.equal('DE');
    expect(countryFromLocales([null, 'not a tag!'])).to.equal(undefined);
  });

  it('refuses text with letters instead of gluing its digits together (issue 12, item 5)', () => {
    for (const typed of ['+55 11 91234-5678 ramal 12', '+55 11 98123 4567 ext. 12', '+1 (800) FLOWERS', '+55 11 98123 4567 #', 'abc']) {
      expect(checkPhone(typed), typed).to.deep.equal({ ok: false, problem: 'invalid' });
    }
    expect(checkPhone('55 11+98123 4567', 'BR'), 'a + after a digit').to.deep.equal({ ok: false, problem: 'invalid' });
  });

  it('reads separators people type or paste: NBSP, narrow NBSP, slashes, brackets, dashes of every kind', () => {
    const e164 = '+5511981234567';
    for (const typed of ['+55\u00a011\u00a098123\u00a04567', '+55\u202f11\u202f98123\u202f4567', '+55/11/98123/4567', '(+55) [11] 98123-4567',
      '+55 11 98123\u20134567', '+55.11.98123\u22124567']) {
      expect(checkPhone(typed), JSON.stringify(typed)).to.deep.include({ ok: true, e164 });
    }
  });

  it('reads full-width digits (CJK input methods) and other scripts\u2019 digits, drops a leading tel:', () => {
    expect(checkPhone('\uff0b\uff15\uff15 \uff11\uff11 \uff19\uff18\uff11\uff12\uff13 \uff14\uff15\uff16\uff17')).to.deep.include({ ok: true, e164: '+5511981234567' });
    expect(checkPhone('\uff10\uff19\uff10\u30fc\uff11\uff12\uff13\uff14\u30fc\uff15\uff16\uff17\uff18', 'JP')).to.deep.include({ ok: true, e164: '+819012345678' });
    // Arabic-Indic (U+0660…) and Devanagari (U+0966…) digits.
    expect(checkPhone('+\u0669\u0667\u0661 \u0665\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667')).to.deep.include({ ok: true, e164: '+971501234567' });
    expect(checkPhone('+\u0669\u0661 \u0669\u0668\u0667\u0666\u0665 \u0664\u0663\u0662\u0661\u0660')).to.deep.include({ ok: true, e164: '+919876543210' });
    expect(checkPhone('tel:+5511981234567')).to.deep.include({ ok: true, e164: '+5511981234567' });
    expect(checkPhone('TEL: +55 11 98123-4567')).to.deep.include({ ok: true, e164: '+5511981234567' });
    expect(checkPhone('tel:+5511981234567;ext=12'), 'a tel: URI with parameters').to.deep.equal({ ok: false, problem: 'invalid' });
  });

  it('drops the invisible left-to-right marks of a copied number, refuses marks that could reorder its digits', () => {
    // WhatsApp wraps a number it shows in LEFT-TO-RIGHT EMBEDDING … POP DIRECTIONAL FORMATTING.
    expect(checkPhone('\u202a+55 11 98123-4567\u202c')).to.deep.include({ ok: true, e164: '+5511981234567' });
    expect(checkPhone('\u2066+55 11\u200b 98123-4567\u2069')).to.deep.include({ ok: true, e164: '+5511981234567' });
    for (const mark of ['\u202e', '\u202b', '\u200f', '\u2067']) {
      expect(checkPhone(`+55 11 ${mark}98123-4567`), `U+${mark.codePointAt(0)!.toString(16)}`).to.deep.equal({ ok: false, problem: 'invalid' });
    }
  });

  it('refuses a number the rules take but E.164 and the record schema do not: fewer than 7 digits (found by the property below)', () => {
    // libphonenumber-js's rules call +49 1216 a valid German number: 6 digits in all.
    expect(checkPhone('+49 1216')).to.deep.equal({ ok: false, problem: 'too-short' });
    expect(checkPhone('+49\u0661\u0662\u0661\u0666')).to.deep.equal({ ok: false, problem: 'too-short' });
    expect(checkPhone('+49 12161')).to.deep.include({ ok: true, e164: '+4912161' });
  });

  it('never throws, whatever is typed, and accepts only what has a digit, no letter, and gives E.164 (property)', () => {
    const phoneish = fc.string({ unit: fc.constantFrom(...'+0123456789 -().', 'a', 'x', '\u00a0', '\uff11', '\u202e', '\u0661', '\ud800', '<b>', '#'), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(phoneish, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 2000 })), fc.constantFrom(undefined, 'BR', 'US', 'JP'), (typed, country) => {
        const result = checkPhone(typed, country);
        if (!result.ok) return true;
        return /^\+[1-9]\d{6,14}$/.test(result.e164) && !/\p{L}/u.test(typed.normalize('NFKC').replace(/^\s*tel:/i, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what a keyboard types (ASCII) exactly as the full reading does (issue 16: the short way, property)', () => {
    // A leading U+200B (an invisible mark the full reading drops) sends the same text the full way.
    const typed = fc.string({ unit: fc.constantFrom(...'+0123456789 -().[]/', '\t', '\n', 'a', 't', 'e', 'l', ':', '#', '*'), maxLength: 30 });
    fc.assert(
      fc.property(typed, (text) => {
        expect(readPhoneText(text), JSON.stringify(text)).to.deep.equal(readPhoneText(`\u200b${text}`));
      }),
      { numRuns: 3000 },
    );
    expect(readPhoneText(' +91 98765-43210 ')).to.deep.equal({ text: '+91 98765-43210', digits: '+919876543210' });
    expect(readPhoneText('98+76')).to.equal(null);
  });

  it('checks a number with one parse where it took two, with the same answer for any text in any country (issue 16, property)', () => {
    const countries = getCountries(metadata as MetadataJson);
    const example = (country: string) => getExampleNumber(country as never, examples, metadata as MetadataJson);
    // Texts near real numbers (each country's example, national or international, cut short
    // or made longer, with marks around it) and texts of number characters at random.
    const nearNumber = fc
      .record({
        country: fc.constantFrom(...countries.filter((c) => (examples as Record<string, string>)[c])),
        international: fc.boolean(),
        cut: fc.integer({ min: -3, max: 12 }),
        before: fc.constantFrom('', '', '(', ' ', '-', '.', '+', '00', '0'),
        after: fc.constantFrom('', '', ')', ' ', '-', '.', '1', '12', '/'),
      })
      .map(({ country, international, cut, before, after }) => {
        const number = example(country)!;
        const text = international ? number.formatInternational() : number.formatNational();
        const cutText = cut >= 0 ? text.slice(0, Math.max(1, text.length - cut)) : text + '9'.repeat(-cut);
        return `${before}${cutText}${after}`;
      });
    const numberCharacters = fc.string({ unit: fc.constantFrom(...'+0123456789 -().[]/', '\u00a0', '\u2212', '\uff11', '\u0661'), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(nearNumber, numberCharacters), fc.constantFrom(...countries, undefined), (text, country) => {
        expect(checkPhone(text, country), `${JSON.stringify(text)} in ${country}`).to.deep.equal(checkPhoneTwoParses(text, country));
      }),
      { numRuns: 6000 },
    );
  });

  it('a number of a possible length is parsed once: its check reads the phone rules less than two parses do, and a short one no more (issue 16)', async () => {
    let reads = 0;
    const counted = new Proxy(metadata as MetadataJson, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    setPhoneMetadataLoader(() => Promise.resolve(counted));
    try {
      await phoneRulesReady();
      const readsOf = (check: () => PhoneCheck) => {
        const before = reads;
        check();
        return reads - before;
      };
      for (const [text, country] of [['98765 43210', 'IN'], ['98765 432', 'IN'], ['+55 11 91234-5678', undefined], ['030 123456', 'DE']] as const) {
        expect(readsOf(() => checkPhone(text, country)), text).to.be.lessThan(readsOf(() => checkPhoneTwoParses(text, country, counted)));
      }
      expect(readsOf(() => checkPhone('98765 4', 'IN'))).to.be.at.most(readsOf(() => checkPhoneTwoParses('98765 4', 'IN', counted)));
    } finally {
      setPhoneMetadataLoader(loadPhoneMetadata);
      await phoneRulesReady();
    }
  });

  it('still accepts + numbers when the rules cannot be loaded, so nobody is stuck', async () => {
    setPhoneMetadataLoader(() => Promise.reject(new Error('offline')));
    try {
      await phoneRulesReady();
      expect(phoneRulesState()).to.equal('failed');
      expect(checkPhone('+55 11 91234-5678')).to.deep.include({ ok: true, e164: '+5511912345678' });
      expect(checkPhone('11 91234-5678', 'BR')).to.deep.equal({ ok: false, problem: 'no-country' });
      expect(checkPhone('+55 11', 'BR')).to.deep.equal({ ok: false, problem: 'too-short' });
      // Without the rules, digits alone decide: letters must not be glued in (issue 12, item 5).
      expect(checkPhone('+55 11 91234-5678 ramal 12')).to.deep.equal({ ok: false, problem: 'invalid' });
    } finally {
      setPhoneMetadataLoader(loadPhoneMetadata);
      await phoneRulesReady();
    }
    expect(phoneRulesState()).to.equal('loaded');
  });

  it('after a failed load, a retry loads them again, past the cache; while it runs the state stays failed (the fallback does not flicker)', async () => {
    const asked: { again?: boolean }[] = [];
    let connection: 'down' | 'slow' = 'down';
    let arrive: () => void = () => undefined;
    setPhoneMetadataLoader((options) => {
      asked.push({ ...options });
      if (connection === 'down') return Promise.reject(new Error('offline'));
      return new Promise((resolve) => (arrive = () => resolve(metadata as MetadataJson)));
    });
    try {
      await phoneRulesReady();
      expect(phoneRulesState()).to.equal('failed');
      expect(checkPhone('201 555 0123', 'US')).to.deep.equal({ ok: false, problem: 'no-country' });
      // Still down: the retry fails too, and nothing changes.
      await retryPhoneRules();
      expect(phoneRulesState()).to.equal('failed');

      connection = 'slow';
      const retried = retryPhoneRules();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(phoneRulesState(), 'while the retry runs').to.equal('failed');
      const joined = retryPhoneRules();
      expect(asked, 'a second ask joins the retry under way').to.have.length(3);
      arrive();
      await joined;
      await retried;
      expect(phoneRulesState()).to.equal('loaded');
      expect(checkPhone('201 555 0123', 'US')).to.deep.include({ ok: true, e164: '+12015550123' });
      expect(asked, 'the first load, then each retry past the cache').to.deep.equal([{ again: false }, { again: true }, { again: true }]);
      // Loaded: asking again loads nothing more.
      await retryPhoneRules();
      expect(asked).to.have.length(3);
    } finally {
      setPhoneMetadataLoader(loadPhoneMetadata);
      await phoneRulesReady();
    }
  });
});

/**
 * `checkPhone` as it was before the merged parse (issue 16): libphonenumber-js's
 * `validatePhoneNumberLength`, then `parsePhoneNumberFromString`: the reference the one-parse
 * check must agree with.
 */
function checkPhoneTwoParses(input: string, country?: string, rules = metadata as MetadataJson): PhoneCheck {
  const read = readPhoneText(input);
  if (!read) return { ok: false, problem: 'invalid' };
  const { text: typed, digits } = read;
  if (!digits.replace('+', '')) return { ok: false, problem: 'empty' };
  if (digits.length > 20 || typed.length > 64) return { ok: false, problem: 'too-long' };
  const defaultCountry = toCountryCode(country);
  if (!digits.startsWith('+') && !defaultCountry) return { ok: false, problem: 'no-country' };
  const lengthProblem = validatePhoneNumberLength(typed, { defaultCountry }, rules);
  if (lengthProblem === 'TOO_SHORT') return { ok: false, problem: 'too-short' };
  if (lengthProblem === 'TOO_LONG') return { ok: false, problem: 'too-long' };
  if (lengthProblem === 'INVALID_COUNTRY') return { ok: false, problem: 'invalid-country' };
  const parsed = parsePhoneNumberFromString(typed, { defaultCountry }, rules);
  if (!parsed || !parsed.isValid()) return { ok: false, problem: 'invalid' };
  if (!/^\+?[1-9]\d{6,14}$/.test(parsed.number)) return { ok: false, problem: 'too-short' };
  return { ok: true, e164: parsed.number, international: parsed.formatInternational(), country: parsed.country };
}
