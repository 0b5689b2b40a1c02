import { expect } from '@open-wc/testing';
import { getCountries, getExampleNumber, type MetadataJson } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import { checkPhone, countryFromLocales, formatAsYouType, phoneRulesReady, phoneRulesState, setPhoneMetadataLoader } from './phone.js';
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

  it('guesses a default country from language tags', () => {
    expect(countryFromLocales(['pt-BR'])).to.equal('BR');
    expect(countryFromLocales(['es', 'es-MX'])).to.equal('MX');
    expect(countryFromLocales(['de'])).to.equal('DE');
    expect(countryFromLocales([null, 'not a tag!'])).to.equal(undefined);
  });

  it('still accepts + numbers when the rules cannot be loaded, so nobody is stuck', async () => {
    setPhoneMetadataLoader(() => Promise.reject(new Error('offline')));
    try {
      await phoneRulesReady();
      expect(phoneRulesState()).to.equal('failed');
      expect(checkPhone('+55 11 91234-5678')).to.deep.include({ ok: true, e164: '+5511912345678' });
      expect(checkPhone('11 91234-5678', 'BR')).to.deep.equal({ ok: false, problem: 'no-country' });
      expect(checkPhone('+55 11', 'BR')).to.deep.equal({ ok: false, problem: 'too-short' });
    } finally {
      setPhoneMetadataLoader(loadPhoneMetadata);
      await phoneRulesReady();
    }
    expect(phoneRulesState()).to.equal('loaded');
  });
});
