#!/usr/bin/env node
/**
 * Phone rules for only the countries a site takes (issue 16, item 5): a subset of
 * libphonenumber-js's metadata.min.json, for `<script data-phone-metadata="…">` (script-tag
 * build) or `setPhoneMetadataLoader()` (npm). Pair it with `countries="IN,ID,BR"` on the
 * elements (or `data-countries` / `WaOptin.configure({ countries })`), so the picker lists
 * the same countries and numbers from others get a clear "we only take…" message.
 *
 *   npm run build:phone-rules -- IN,ID,BR                  # dist/wa-optin.phone-metadata.IN-ID-BR.json
 *   npm run build:phone-rules -- IN,ID,BR --out public/phone-rules.json
 *
 * Kept: the countries named, and for a calling code several countries share (+1, +7, +44…)
 * its main country too (US for +1): the others borrow its formats. Left out: every other
 * country and the non-geographic numbers (+800, +808…).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The subset of `metadata` (libphonenumber-js "min" JSON) for `codes`. Throws on a code it does not know. */
export function phoneRulesSubset(metadata, codes) {
  const wanted = [...new Set(codes.map((code) => code.trim().toUpperCase()).filter(Boolean))];
  if (!wanted.length) throw new Error('name at least one country, e.g. IN,ID,BR');
  const unknown = wanted.filter((code) => !/^[A-Z]{2}$/.test(code) || !metadata.countries[code]);
  if (unknown.length) throw new Error(`not a country the phone rules know (ISO 3166 alpha-2, e.g. IN): ${unknown.join(', ')}`);
  const kept = new Set(wanted);
  const callingCodes = {};
  for (const [callingCode, countries] of Object.entries(metadata.country_calling_codes)) {
    if (!countries.some((code) => kept.has(code))) continue;
    // The first country of a shared code is its main one: keep it, the others borrow its formats.
    kept.add(countries[0]);
    callingCodes[callingCode] = countries.filter((code) => kept.has(code));
  }
  const countries = {};
  for (const code of Object.keys(metadata.countries)) if (kept.has(code)) countries[code] = metadata.countries[code];
  return { version: metadata.version, country_calling_codes: callingCodes, countries };
}

function main(argv) {
  const args = [...argv];
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
  const codes = args.join(',').split(/[\s,]+/).filter(Boolean);
  if (!codes.length || (outAt >= 0 && !out)) {
    console.error('usage: npm run build:phone-rules -- IN,ID,BR [--out file.json]');
    return 2;
  }
  const metadata = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'));
  let subset;
  try {
    subset = phoneRulesSubset(metadata, codes);
  } catch (error) {
    console.error(`build:phone-rules: ${error.message}`);
    return 1;
  }
  const file = resolve(out ?? `dist/wa-optin.phone-metadata.${Object.keys(subset.countries).join('-')}.json`);
  const text = JSON.stringify(subset);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`${file}: ${Object.keys(subset.countries).join(', ')}; ${text.length} bytes, ${gzip} bytes gzip -9`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
