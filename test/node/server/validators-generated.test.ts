// Issue 12, item 11: the receiver's validators are precompiled (scripts/build-validators.mjs)
// so that `wa-optin/server/handler` never generates code from strings. These tests keep the
// committed output current and prove the handler loads and validates where eval is refused.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { OUTPUT_DTS, OUTPUT_JS, validatorsSource } from '../../../scripts/build-validators.mjs';

const root = new URL('../../../', import.meta.url);

test('the committed validators are what the schemas compile to now (run `npm run build:validators` when this fails)', () => {
  const fresh = validatorsSource();
  assert.equal(readFileSync(new URL(OUTPUT_JS, root), 'utf8'), fresh.js, `${OUTPUT_JS} is stale`);
  assert.equal(readFileSync(new URL(OUTPUT_DTS, root), 'utf8'), fresh.dts, `${OUTPUT_DTS} is stale`);
});

test('the generated module is an ES module without require()', () => {
  const js = readFileSync(new URL(OUTPUT_JS, root), 'utf8');
  assert.doesNotMatch(js, /\brequire\s*\(/);
  assert.match(js, /^export const validateConsentRecord = /m);
  assert.match(js, /^export const validateOptOut = /m);
});

/** Runs `script` (ES module text) in a child Node that refuses code generation from strings. */
function withoutEval(script: string) {
  return spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: new URL('.', root),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('with code generation from strings disallowed, Ajv compiling a schema throws EvalError (the control)', () => {
  const child = withoutEval(`import Ajv from 'ajv/dist/2020.js'; new Ajv({ logger: false }).compile({ type: 'string' });`);
  assert.notEqual(child.status, 0);
  assert.match(child.stderr, /EvalError/);
});

test('with code generation from strings disallowed, the handler entry loads and validates records and opt-outs', () => {
  const child = withoutEval(`
    const handler = await import('./src/server/handler.ts');
    const { checkConsentRecord, checkOptOut, serverPhoneRulesReady } = await import('./src/server/validate.ts');
    const { consentRecord } = await import('./test/node/server/records.ts');
    await serverPhoneRulesReady();
    const rules = { topics: null, businesses: null };
    const now = new Date('2026-11-29T12:00:00Z');
    console.log(JSON.stringify({
      exports: typeof handler.createConsentReceiver,
      valid: checkConsentRecord(consentRecord(), rules).ok,
      invalid: checkConsentRecord({ ...consentRecord(), channel: 'sms' }, rules),
      optOut: checkOptOut({ phone: '+5511981234567', source: 'whatsapp-stop' }, '00000000-0000-4000-8000-000000000000', now).ok,
      badOptOut: checkOptOut({ phone: '+5511981234567', source: 'Bad Source', at: 'yesterday' }, 'x', now),
    }));
  `);
  assert.equal(child.status, 0, child.stderr);
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
  assert.equal(result.exports, 'function');
  assert.equal(result.valid, true);
  assert.equal(result.invalid.ok, false);
  assert.ok(result.invalid.problems.some((p: string) => p.startsWith('channel ')), result.invalid.problems);
  assert.equal(result.optOut, true);
  assert.equal(result.badOptOut.ok, false);
  // The pattern, the regex "Z$" and ajv-formats' date-time all ran from the precompiled code.
  assert.deepEqual(result.badOptOut.problems, [
    'source must match pattern "^[a-z0-9][a-z0-9_.:-]{0,63}$"',
    'at must match pattern "Z$"',
    'at must match format "date-time"',
  ]);
});
