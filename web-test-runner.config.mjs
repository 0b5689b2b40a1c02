import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { consentSchemaCommand, rawImports, scriptedReceiver } from './test/support/wtr-plugins.mjs';
import { realReceiver } from './test/support/real-receiver.mjs';
import { businessApi } from './test/support/business-api.mjs';

import { existsSync } from 'node:fs';

// A system Chromium or Chrome (no browser download: none is possible on CI). As root it
// needs --no-sandbox; the background-networking flags stop it from trying hosts this
// machine cannot reach.
const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].find((path) => path && existsSync(path));
if (!executablePath) {
  console.error('wa-optin tests need Chromium or Chrome: `apt-get install chromium`, or set CHROME_PATH.');
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: files share the origin's localStorage (the consent outbox,
  // display memory), and one file's clean-up must not erase another's pending record.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [scriptedReceiver(), realReceiver(), businessApi()],
  plugins: [rawImports(), esbuildPlugin({ ts: true, target: 'auto' }), await consentSchemaCommand()],
};
