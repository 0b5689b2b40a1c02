// The build step that drops comments and spare whitespace from `css` templates
// (scripts/css-templates.ts, used by the script-tag and page builds: issue 16's bytes).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { minifyCssText, minifyCssTemplates } from '../../scripts/css-templates.js';

test('minifyCssText drops comments and spare whitespace, and keeps strings and combinators', () => {
  const css = `
  /* Why this rule: a comment with ; and { in it. */
  :host([hidden]) {
    display: none;
  }
  select,
  input[type='tel'] ,  a > b   c {
    font: 1rem/1.4 "Segoe UI",  system-ui;
    content: '  a ;  b  ';
    margin: calc(1px + 2px) 0;
  }
  @media (max-width: 30rem) and (hover: none) { .x { gap: 0 } }`;
  assert.equal(
    minifyCssText(css),
    ` :host([hidden]){display:none}select,input[type='tel'],a>b c{font:1rem/1.4 "Segoe UI",system-ui;content:'  a ;  b  ';margin:calc(1px + 2px) 0}@media (max-width:30rem) and (hover:none){.x{gap:0}}`,
  );
});

/** The plugin's transform hook, as Vite calls it. */
function transform(code: string, id: string): string {
  const plugin = minifyCssTemplates();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id)?.code ?? code;
}

test('only the static text of `css` templates changes: interpolations, other templates and code stay', () => {
  const source = [
    "import { css, html } from 'lit';",
    'const rules = css`  color:  red;  `;',
    'export const styles = css`',
    '  /* a comment */',
    '  button {',
    '    ${rules}',
    '  }',
    '  .a { ${unsafe(`x  y`)} }',
    '`;',
    'export const view = html`<p>  two  spaces  </p>`;',
  ].join('\n');
  const out = transform(source, '/repo/src/components/x/x.styles.ts');
  assert.equal(
    out,
    [
      "import { css, html } from 'lit';",
      'const rules = css` color:red;`;',
      'export const styles = css` button{${rules}}.a{${unsafe(`x  y`)}}`;',
      'export const view = html`<p>  two  spaces  </p>`;',
    ].join('\n'),
  );
});

test('every styles file of the components still parses after the transform, with the same interpolations and strings', () => {
  const dir = 'src/components';
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.styles\.ts$/.test(f));
  assert.ok(files.length >= 8, `found ${files.length} styles files`);
  let saved = 0;
  for (const file of files) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    const out = transform(code, `/repo/${path}`);
    const parsed = ts.createSourceFile(path, out, ts.ScriptTarget.Latest, true) as ts.SourceFile & { parseDiagnostics: unknown[] };
    assert.deepEqual(parsed.parseDiagnostics, [], `${file} parses`);
    const interpolations = (text: string) => text.match(/\$\{[^}]*\}/g) ?? [];
    assert.deepEqual(interpolations(out), interpolations(code), `${file}: same interpolations`);
    const strings = (text: string) => (text.replace(/\/\*[\s\S]*?\*\//g, '').match(/'[^'\n]*'/g) ?? []).sort();
    assert.deepEqual(strings(out), strings(code), `${file}: same strings`);
    saved += code.length - out.length;
  }
  assert.ok(saved > 3000, `saved ${saved} characters`);
});
