// `npm run build:phone-rules -- IN,ID,BR` (issue 16, item 5): phone rules for only the
// countries a site takes, checked with libphonenumber-js itself (no mock).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { AsYouType, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/core';
import { phoneRulesSubset } from '../../scripts/build-phone-rules.mjs';

const require = createRequire(import.meta.url);
const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'));

test('the IN,ID,BR subset keeps exactly those countries, checks their numbers as the full rules do, and is a few kB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wa-optin-rules-'));
  try {
    const file = join(dir, 'rules.json');
    const said = execFileSync(process.execPath, ['scripts/build-phone-rules.mjs', 'IN,ID,BR', '--out', file], { encoding: 'utf8' });
    const subset = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(subset.countries).sort(), ['BR', 'ID', 'IN']);
    assert.deepEqual(subset.country_calling_codes, { 55: ['BR'], 62: ['ID'], 91: ['IN'] });
    assert.equal(subset.nonGeographic, undefined);
    for (const [number, country] of [['+91 98765 43210', 'IN'], ['+62 812-3456-7890', 'ID'], ['+55 11 91234-5678', 'BR']]) {
      const parsed = parsePhoneNumberFromString(number, subset);
      assert.equal(parsed?.isValid(), true, number);
      assert.equal(parsed.country, country);
      assert.equal(parsed.number, parsePhoneNumberFromString(number, full).number);
    }
    assert.equal(new AsYouType('BR', subset).input('11912345678'), new AsYouType('BR', full).input('11912345678'));
    // A number from elsewhere is not one of these countries (the element names them: `countries`).
    assert.equal(validatePhoneNumberLength('+44 7400 123456', {}, subset), 'INVALID_COUNTRY');
    const gzip = gzipSync(JSON.stringify(subset), { level: 9 }).length;
    assert.ok(gzip < 2000, `${gzip} bytes gzip`);
    assert.match(said, /BR, ID, IN; \d+ bytes, \d+ bytes gzip -9/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a shared calling code brings its main country along (CA borrows the formats of US), and nothing else', () => {
  const subset = phoneRulesSubset(full, ['CA']);
  assert.deepEqual(Object.keys(subset.countries).sort(), ['CA', 'US']);
  assert.deepEqual(subset.country_calling_codes, { 1: ['US', 'CA'] });
  assert.equal(new AsYouType('CA', subset).input('6135550123'), new AsYouType('CA', full).input('6135550123'));
});

test('an unknown or malformed country is refused by name, and the script exits non-zero', () => {
  assert.throws(() => phoneRulesSubset(full, ['IN', 'XX', 'India']), /XX, INDIA/);
  assert.throws(() => phoneRulesSubset(full, []), /at least one country/);
  assert.throws(
    () => execFileSync(process.execPath, ['scripts/build-phone-rules.mjs', 'IN,XX', '--out', join(tmpdir(), 'never.json')], { stdio: 'pipe' }),
    (error) => error.status === 1 && /XX/.test(String(error.stderr)),
  );
});
