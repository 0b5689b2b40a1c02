// Property-based tests (fast-check) of record building: thousands of hostile strings —
// markup, bidi controls, zero-width, full-width digits, emoji, lone surrogates, huge —
// where a record's page, source and content come from. Each record built must satisfy the
// JSON Schema the receiver checks (issue 12: no invalid record is built or sent).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createConsentRecord, normaliseSource, recordPageUrl } from './record.js';
import { buildWording } from './sentence.js';
import { validateAgainstSchema } from '../../test/support/receiver.js';
import { hostileText } from '../../test/support/hostile-strings.js';

const SOURCE = /^[a-z0-9][a-z0-9_.:-]{0,63}$/;

describe('record building, under hostile input (property-based)', () => {
  it('normaliseSource always gives an id the schema accepts, or the fallback', () => {
    fc.assert(
      fc.property(fc.option(hostileText(), { nil: undefined }), (raw) => {
        const source = normaliseSource(raw, 'form');
        expect(source).to.match(SOURCE);
        expect(source.length).to.be.at.most(64);
      }),
      { numRuns: 3000 },
    );
  });

  it('recordPageUrl gives null or an http(s) URL of at most 2048 characters, without fragment (nor query unless kept)', () => {
    const urlish = fc.oneof(
      hostileText(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('javascript:', 'data:text/html,', 'blob:', 'file:///', 'about:', 'mailto:'), hostileText()).map(([a, b]) => a + b),
      fc.tuple(fc.webUrl(), fc.string({ minLength: 2100, maxLength: 5000 })).map(([u, tail]) => `${u}/${encodeURIComponent(tail)}`),
    );
    fc.assert(
      fc.property(urlish, fc.boolean(), (href, keepQuery) => {
        const url = recordPageUrl(href, keepQuery);
        if (url === null) return;
        expect(url).to.match(/^https?:\/\//);
        expect(url.length).to.be.at.most(2048);
        expect(url).to.not.contain('#');
        if (!keepQuery) expect(url).to.not.contain('?');
      }),
      { numRuns: 3000 },
    );
  });

  it('createConsentRecord builds schema-valid records from hostile business names, pages and sources', async () => {
    const records = fc.sample(
      fc.record({
        business: hostileText({ minLength: 1, maxLength: 200 }).filter((b) => b.trim().length > 0),
        source: hostileText(),
        pageUrl: fc.oneof(fc.webUrl({ withQueryParameters: true }), hostileText()),
        keepQuery: fc.boolean(),
        phone: fc.constantFrom('+12015550123', '+5511912345678', '+447400123456', '+919876543210'),
        topics: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/), { minLength: 1, maxLength: 5 }),
        locale: fc.constantFrom('en', 'en-US', 'pt-BR', 'es', 'de', 'zh-Hant-TW'),
      }),
      300,
    ).map((input) =>
      createConsentRecord({
        phone: input.phone,
        phoneVerified: false,
        topics: input.topics,
        business: input.business,
        wording: buildWording({ business: input.business, topics: input.topics, phoneDisplay: input.phone, locale: input.locale }),
        source: normaliseSource(input.source, 'form'),
        pageUrl: input.pageUrl,
        keepQuery: input.keepQuery,
      }),
    );
    // One round trip to the schema check in Node for the whole batch.
    const results = await Promise.all(records.map((r) => validateAgainstSchema(r)));
    const invalid = results.map((r, i) => ({ ...r, record: records[i] })).filter((r) => !r.valid);
    expect(invalid.slice(0, 3)).to.deep.equal([]);
  });
});
