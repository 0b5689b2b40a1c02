// Fails when a public attribute, event, CSS part or CSS custom property of a component is
// not documented in its JSDoc (and so missing from custom-elements.json, the README's API
// tables and editors' completion). Runs on the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path }))).filter((d) => d.customElement);

const registered = new Map();
for (const folder of readdirSync('src/components')) {
  const define = join('src/components', folder, 'define.ts');
  if (!existsSync(define)) continue;
  for (const [, tag] of readFileSync(define, 'utf8').matchAll(/defineElement\(\s*'([\w-]+)'/g)) registered.set(tag, folder);
}

/** The component's own folder, plus the internal renderers and base classes it imports (they render into its shadow root). */
function sourcesOf(element) {
  const files = new Set(readdirSync(dirname(element.path)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(dirname(element.path), f)));
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)\.js'/g)) {
      const target = normalize(join(dirname(file), `${spec}.ts`));
      if (target.includes(`components${'/'}internal`) && !files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return [...files].map((f) => readFileSync(f, 'utf8')).join('\n');
}

test('every registered element is in the manifest with its tag and a summary', () => {
  assert.ok(registered.size >= 1);
  for (const tag of registered.keys()) {
    const element = elements.find((e) => e.tagName === tag);
    assert.ok(element, `<${tag}> is missing from custom-elements.json`);
    assert.ok(element.summary, `<${tag}> has no @summary`);
  }
});

for (const element of elements) {
  const source = sourcesOf(element);
  const tagNames = new Set(registered.keys());

  test(`<${element.tagName}>: every attribute is described`, () => {
    assert.ok(element.attributes?.length, 'no attributes found');
    const undocumented = element.attributes.filter((a) => !a.description?.trim()).map((a) => a.name);
    assert.deepEqual(undocumented, []);
  });

  test(`<${element.tagName}>: every event it fires is documented`, () => {
    const fired = new Set([...source.matchAll(/'(wa-optin-[a-z-]+)'/g)].map((m) => m[1]).filter((name) => !tagNames.has(name)));
    const documented = new Set((element.events ?? []).filter((e) => e.description?.trim()).map((e) => e.name));
    assert.deepEqual([...fired].filter((name) => !documented.has(name)), []);
  });

  test(`<${element.tagName}>: every CSS part in its shadow DOM is documented`, () => {
    const parts = new Set([...source.matchAll(/\bpart="([\w\s-]+)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean));
    const documented = new Set((element.cssParts ?? []).filter((p) => p.description?.trim()).map((p) => p.name));
    assert.ok(parts.size > 0, 'no parts found');
    assert.deepEqual([...parts].filter((name) => !documented.has(name)), []);
  });

  test(`<${element.tagName}>: every --wa-optin-* custom property its styles read is documented`, () => {
    const used = new Set([...source.matchAll(/var\((--wa-optin-[\w-]+)/g)].map((m) => m[1]));
    const documented = new Set((element.cssProperties ?? []).filter((p) => p.description?.trim()).map((p) => p.name));
    assert.deepEqual([...used].filter((name) => !documented.has(name)), []);
  });
}

test('docs/api.md is generated from the current manifest', async () => {
  const { execFileSync } = await import('node:child_process');
  assert.doesNotThrow(() => execFileSync('node', ['scripts/api-docs.mjs', '--check'], { stdio: 'pipe' }), 'run `npm run docs:api`');
});
