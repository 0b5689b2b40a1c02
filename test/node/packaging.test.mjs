// What a shop copies from dist/: the script, the phone rules beside it, and the SRI hash
// the build printed, which must match the file byte for byte.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('the published integrity hash matches dist/wa-optin.iife.js', () => {
  const script = readFileSync('dist/wa-optin.iife.js');
  const integrity = readFileSync('dist/wa-optin.iife.js.sri', 'utf8').trim();
  assert.equal(integrity, `sha384-${createHash('sha384').update(script).digest('base64')}`);
});

test('the script-tag file is self-contained: no import statements, no eval', () => {
  const script = readFileSync('dist/wa-optin.iife.js', 'utf8');
  assert.doesNotMatch(script, /^\s*import\s/m);
  assert.doesNotMatch(script, /\beval\(|new Function\(/);
});

test('the phone rules ship beside the script as JSON', () => {
  const rules = JSON.parse(readFileSync('dist/wa-optin.phone-metadata.json', 'utf8'));
  assert.ok(Object.keys(rules.countries).length > 200);
});
