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

/** Bundles `code` the way an app's bundler would, importing this package by its name. */
async function bundle(code) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: false,
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}',
  });
  return result.outputFiles[0].text;
}

test('tree-shakable: an app that uses only the core or only the form does not ship the other surfaces', async () => {
  const everything = await bundle(`import 'wa-optin/define';`);
  const coreOnly = await bundle(`import { buildWording } from 'wa-optin'; console.log(buildWording);`);
  const formOnly = await bundle(`import { WaOptinForm } from 'wa-optin'; customElements.define('shop-optin', WaOptinForm);`);
  assert.match(everything, /wa-optin-popup/);
  for (const [name, code] of [['core only', coreOnly], ['form only', formOnly]]) {
    assert.doesNotMatch(code, /wa-optin-popup|wa-optin-banner|snooze/, `${name} bundles the popup or banner`);
  }
  assert.doesNotMatch(coreOnly, /LitElement|attachShadow/, 'the core alone pulls in Lit');
  assert.ok(coreOnly.length < everything.length / 10, `core only: ${coreOnly.length} B of ${everything.length} B`);
});
