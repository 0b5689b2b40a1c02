import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { getCountries, getExampleNumber, type MetadataJson } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import { sameSubscriber, subscriberKey } from './subscriber-key.js';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const digitIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map(String);
/** Brazil's area codes have no 0 digit (11–99). */
const brazilArea = fc.tuple(digitIn(1, 9), digitIn(1, 9)).map(([a, b]) => a + b);

describe('subscriber key (issue 12, item 5; POLICY.md "Numbers as WhatsApp reports them")', () => {
  it('maps the examples of the issue together, and keeps the number shapes it does not know', () => {
    expect(subscriberKey('+551181234567')).to.equal('+5511981234567');
    expect(subscriberKey('+5511981234567')).to.equal('+5511981234567');
    expect(subscriberKey('+5215512345678')).to.equal('+525512345678');
    expect(subscriberKey('+525512345678')).to.equal('+525512345678');
    expect(subscriberKey('+5491123456789')).to.equal('+541123456789');
    expect(subscriberKey('+541123456789')).to.equal('+541123456789');
    // A São Paulo landline (subscriber part 3…) is not a mobile without its 9.
    expect(subscriberKey('+551131234567')).to.equal('+551131234567');
    expect(sameSubscriber('+551181234567', '+5511981234567')).to.equal(true);
    expect(sameSubscriber('+551131234567', '+5511931234567')).to.equal(false);
  });

  it('refuses what is not E.164 instead of guessing (a wa_id needs its +, a typed number checkPhone first)', () => {
    for (const bad of ['5511981234567', '+55 11 98123 4567', '', '+', '+55119812345678901234567']) {
      expect(() => subscriberKey(bad), bad).to.throw(TypeError, /E\.164/);
    }
  });

  it('is idempotent: a key is its own key (property)', () => {
    fc.assert(fc.property(digits(1, 20), (d) => subscriberKey(subscriberKey(`+${d}`)) === subscriberKey(`+${d}`)), { numRuns: 5000 });
  });

  it('Brazil: a mobile with and without the ninth digit is one person; landlines (2–5) are untouched (property)', () => {
    fc.assert(
      fc.property(brazilArea, digitIn(6, 9), digits(7, 7), (area, first, rest) => {
        const withNine = `+55${area}9${first}${rest}`;
        return subscriberKey(`+55${area}${first}${rest}`) === withNine && subscriberKey(withNine) === withNine;
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(brazilArea, digitIn(2, 5), digits(7, 7), (area, first, rest) => {
        const landline = `+55${area}${first}${rest}`;
        return subscriberKey(landline) === landline && !sameSubscriber(landline, `+55${area}9${first}${rest}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('Mexico: +52 1 … and +52 … are one person (property)', () => {
    fc.assert(
      fc.property(digitIn(2, 9), digits(9, 9), (first, rest) => {
        const national = first + rest;
        return subscriberKey(`+521${national}`) === `+52${national}` && subscriberKey(`+52${national}`) === `+52${national}`;
      }),
      { numRuns: 2000 },
    );
  });

  it('Argentina: +54 9 … and +54 … are one person (property)', () => {
    fc.assert(
      fc.property(digitIn(1, 9), digits(9, 9), (first, rest) => {
        const national = first + rest;
        return sameSubscriber(`+549${national}`, `+54${national}`) && subscriberKey(`+54${national}`) === `+54${national}`;
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers of every other country map to themselves (property, and each country’s example mobile)', () => {
    const otherCountry = digits(1, 15).filter((d) => !/^5[245]/.test(d));
    fc.assert(fc.property(otherCountry, (d) => subscriberKey(`+${d}`) === `+${d}`), { numRuns: 5000 });
    const changed = getCountries(metadata as MetadataJson)
      .map((country) => getExampleNumber(country, examples, metadata as MetadataJson)?.number)
      .filter((e164): e164 is NonNullable<typeof e164> => !!e164 && subscriberKey(e164) !== e164);
    // Only Argentina's example mobile (+54 9 …) has a key other than itself.
    expect(changed.map(String)).to.deep.equal(['+5491123456789']);
  });
});
