import { esbuildPlugin } from '@web/dev-server-esbuild';
import { consentSchemaCommand, offlineFiles, rawImports, scriptedReceiver } from './test/support/wtr-plugins.mjs';
import { realReceiver } from './test/support/real-receiver.mjs';
import { chooseEngines, launchersFor, viewportCommand } from './test/support/engines.mjs';
import { businessApi } from './test/support/business-api.mjs';
import { servedPageCommand } from './test/support/served-page.mjs';
import { visualPlugins } from './test/visual/visual-plugin.mjs';

// System browsers only (no browser download is possible on CI): Chromium, Firefox, WebKit.
// WA_OPTIN_ENGINES=chromium (or a comma list) runs a subset; see test/support/engines.mjs.
const { engines, missing } = chooseEngines();
if (missing.length) {
  const message = `wa-optin browser tests: engines not installed here: ${missing.join('; ')}`;
  if (process.env.CI || !engines.length) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message} — running ${engines.join(', ')} only.`);
}

export default {
  // test/visual: screenshots compared with committed baselines (Chromium only; see visual-plugin.mjs).
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/visual/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time per engine: files share the origin's localStorage (the consent
  // outbox, display memory), and one file's clean-up must not erase another's pending record.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Firefox and WebKit start slower than Chromium on two shared cores.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  browsers: await launchersFor(engines),
  middleware: [offlineFiles(), scriptedReceiver(), realReceiver(), businessApi()],
  plugins: [rawImports(), esbuildPlugin({ ts: true, target: 'auto' }), await consentSchemaCommand(), viewportCommand(), servedPageCommand(), ...visualPlugins()],
};
