// Importing the package on a server (SSR, Node) must not touch window or document.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the ESM entry imports in Node without a DOM and exposes the core', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const mod = await import('../../dist/index.js');
  assert.equal(typeof mod.WaOptinForm, 'function');
  const wording = mod.buildWording({ business: 'Acme', topics: ['order_updates'], phoneDisplay: '+1 201 555 0123', locale: 'en' });
  assert.equal(wording.text, 'Yes, I want to receive order updates from Acme on WhatsApp, +1 201 555 0123.');
});

test('the define entry is harmless in Node (no customElements registry)', async () => {
  await assert.doesNotReject(import('../../dist/define.js'));
});

test('the package version and the version written into records agree', async () => {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const { WIDGET_VERSION } = await import('../../dist/index.js');
  assert.equal(WIDGET_VERSION, pkg.version);
});
