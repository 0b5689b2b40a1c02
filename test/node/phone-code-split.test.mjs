// Issue 16, item 3: libphonenumber-js's code (the largest part of the widget) is not in what
// an app's first page load runs. Bundled the way an app's bundler would (esbuild, splitting,
// importing this package by its name from dist/): the entry chunk holds no libphonenumber-js
// code; a chunk of its own does, loaded with the phone rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';

/** A string only libphonenumber-js's code contains (its metadata errors). */
const LIBPHONENUMBER = /Unknown calling code: |\[libphonenumber-js\] `metadata` argument/;

test('an app that registers every element ships libphonenumber-js in a lazily loaded chunk, not in its entry', async () => {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `import 'wa-optin/define';`, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'bundle-out',
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}',
  });
  const entry = result.outputFiles.find((file) => /[\\/](stdin|app)\.js$/.test(file.path));
  assert.ok(entry, 'no entry chunk');
  assert.doesNotMatch(entry.text, LIBPHONENUMBER, 'libphonenumber-js is in the entry chunk');
  const withPhoneCode = result.outputFiles.filter((file) => LIBPHONENUMBER.test(file.text));
  assert.equal(withPhoneCode.length, 1, 'libphonenumber-js is in one chunk of its own');
  // …which the entry does not import statically (only by `import()`, with the rules).
  const phoneChunk = withPhoneCode[0].path.split(/[\\/]/).pop();
  const staticImports = [...entry.text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}$,\s]+from\s*)?"([^"]+)"/g)].map((m) => m[1].split('/').pop());
  assert.ok(!staticImports.includes(phoneChunk), `the entry imports ${phoneChunk} statically`);
  assert.match(entry.text, new RegExp(`import\\("\\./${phoneChunk.replace('.', '\\.')}"\\)`), 'loaded by import()');
  assert.match(entry.text, /wa-optin-form/);
});
