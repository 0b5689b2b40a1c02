// `wa-optin/server/handler` must load where there are no Node built-ins (Workers, edge
// functions): nothing in its own import graph, core files included, may import one.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

/** Every bare import (packages and built-ins) reached from `entry` through relative imports. */
function bareImportsOf(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolve(dirname(file), fileName);
        // A .js import is its .ts source, or a committed .js file (the generated validators).
        if (target.endsWith('.js')) visit(existsSync(target.replace(/\.js$/, '.ts')) ? target.replace(/\.js$/, '.ts') : target);
      } else {
        found.set(fileName, file);
      }
    }
  };
  visit(resolve(import.meta.dirname, '../../..', entry));
  return found;
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

test('the web-standard handler imports no Node built-in', () => {
  const imports = bareImportsOf('src/server/handler.ts');
  const builtins = [...imports].filter(([specifier]) => isNodeBuiltin(specifier)).map(([s, file]) => `${s} (in ${file})`);
  assert.deepEqual(builtins, []);
  // The walk really reached the validation and the core: it sees their packages.
  // Validation reaches ajv only through the precompiled validators (no compiler at run time).
  assert.ok(imports.has('ajv-formats/dist/formats.js'));
  assert.ok(!imports.has('ajv') && !imports.has('ajv-formats'), 'the Ajv compiler is not imported at run time');
  assert.ok(imports.has('libphonenumber-js/core'));
});

test('the Node entry point does use them, so the check above can tell the two apart', () => {
  const { importedFiles } = ts.preProcessFile(readFileSync(resolve(import.meta.dirname, '../../../src/server/http/node.ts'), 'utf8'));
  assert.ok(importedFiles.some((f) => isNodeBuiltin(f.fileName)));
});
