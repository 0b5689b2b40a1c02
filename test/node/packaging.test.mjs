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

test('the split script tag: dist/wa-optin.js is a classic script whose chunk graph names the files the build wrote', () => {
  const loader = readFileSync('dist/wa-optin.js', 'utf8');
  // No static import or export: a plain <script src> runs it (its import() calls are fine).
  assert.doesNotMatch(loader, /(^|[;}])\s*import\s*[\w{*'"]|(^|[;}])\s*export\s/m);
  assert.doesNotMatch(loader, /\beval\(|new Function\(/);
  const manifest = JSON.parse(readFileSync('dist/wa-optin/manifest.json', 'utf8'));
  const built = new Set(Object.values(manifest).map((chunk) => chunk.file));
  const named = [...loader.matchAll(/"(wa-optin\/[\w.-]+\.js)"/g)].map((match) => match[1]);
  for (const entry of ['page', 'form', 'checkbox', 'popup', 'banner', 'cta']) assert.ok(named.includes(`wa-optin/${entry}.js`), `the loader knows ${entry}.js`);
  for (const file of named) assert.ok(built.has(file), `${file} is in the build`);
  // The delivery code is no entry's static import: it loads after the first render.
  const delivery = Object.values(manifest).find((chunk) => chunk.src === 'src/core/delivery.ts' || chunk.name === 'delivery');
  assert.ok(delivery && !named.includes(delivery.file), 'the delivery chunk is loaded later, not preloaded');
});

test('the phone rules ship beside the script as JSON', () => {
  const rules = JSON.parse(readFileSync('dist/wa-optin.phone-metadata.json', 'utf8'));
  assert.ok(Object.keys(rules.countries).length > 200);
});

test('each language ships beside the script as wa-optin.locale.<code>.json; the script itself carries English only', () => {
  const script = readFileSync('dist/wa-optin.iife.js', 'utf8');
  const codes = 'es pt-BR pt-PT hi bn ur id ms th vi fil ar he fa tr de fr it nl pl ru uk zh-CN zh-TW ja ko sw'.split(' ');
  for (const code of codes) {
    const table = JSON.parse(readFileSync(`dist/wa-optin.locale.${code}.json`, 'utf8'));
    assert.equal(table.$code, code);
    assert.ok(!script.includes(table.submit) || table.submit === 'Sign up', `${code}'s words are inside the script`);
  }
  assert.ok(script.includes('Yes, I want to receive {topics} from {business} on {whatsapp}, {phone}.'));
});

/**
 * Bundles `code` the way an app's bundler would, importing this package by its name. What
 * loads on demand (the phone rules, each language) goes to its own chunk, as in an app;
 * the entry chunk is what every page pays. Returns the entry chunk's text, and every chunk.
 */
async function bundleChunks(code) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'bundle-out',
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}',
  });
  const entry = result.outputFiles.find((file) => /[\\/]stdin\.js$|[\\/]app\.js$/.test(file.path));
  return { entry: entry.text, chunks: result.outputFiles };
}

async function bundle(code) {
  return (await bundleChunks(code)).entry;
}

/** A string only libphonenumber-js's code contains (its metadata errors). */
const LIBPHONENUMBER = /Unknown calling code: |\[libphonenumber-js\] `metadata` argument/;

// Issue 16, item 3: libphonenumber-js's code (the largest part of the widget) is not in what
// an app's first page load runs; a chunk of its own holds it, loaded with the phone rules.
test('an app that registers every element ships libphonenumber-js in a lazily loaded chunk, not in its entry', async () => {
  const { entry, chunks } = await bundleChunks(`import 'wa-optin/define';`);
  assert.doesNotMatch(entry, LIBPHONENUMBER, 'libphonenumber-js is in the entry chunk');
  const withPhoneCode = chunks.filter((file) => LIBPHONENUMBER.test(file.text));
  assert.equal(withPhoneCode.length, 1, 'libphonenumber-js is in one chunk of its own');
  // …which the entry does not import statically (only by `import()`, with the rules).
  const phoneChunk = withPhoneCode[0].path.split(/[\\/]/).pop();
  // What the entry runs at once: itself and the chunks it imports statically (the bundler
  // may put the code shared with a lazy chunk, the phone engine's loader among it, there).
  const byName = new Map(chunks.map((file) => [file.path.split(/[\\/]/).pop(), file.text]));
  const staticImportsOf = (code) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}$,\s]+from\s*)?"([^"]+)"/g)].map((m) => m[1].split('/').pop());
  const atOnce = [entry, ...staticImportsOf(entry).map((name) => byName.get(name) ?? '')];
  assert.ok(!staticImportsOf(entry).includes(phoneChunk), `the entry imports ${phoneChunk} statically`);
  for (const code of atOnce) assert.doesNotMatch(code, LIBPHONENUMBER, 'libphonenumber-js is in a chunk the entry imports statically');
  const lazily = new RegExp(`import\\("\\./${phoneChunk.replace('.', '\\.')}"\\)`);
  assert.ok(atOnce.some((code) => lazily.test(code)), 'loaded by import()');
  assert.match(entry, /wa-optin-form/);
});

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
