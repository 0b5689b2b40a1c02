// The browser engines the tests run in: Chromium (Chrome DevTools protocol), Firefox (WebDriver
// BiDi through puppeteer-core) and WebKit (WebKitGTK's MiniBrowser over WebDriver). Only
// system browsers are used: no browser download is possible on CI. `WA_OPTIN_ENGINES`
// (e.g. `chromium,firefox,webkit`) picks the engines; DEFAULT_ENGINES run otherwise. A wanted
// engine that is not installed is an error under CI=true, not a silent skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

export const chromiumPath = firstExisting([
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]);
export const firefoxPath = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
const miniBrowserPath = firstExisting([
  process.env.WEBKIT_MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
]);
const webkitDriverPath = firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
export const webkitPaths = miniBrowserPath && webkitDriverPath ? { miniBrowserPath, webkitDriverPath } : undefined;

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
/** What `npm test` runs unless WA_OPTIN_ENGINES says otherwise. */
export const DEFAULT_ENGINES = ['chromium'];
const INSTALL = {
  chromium: 'apt-get install chromium (or set CHROME_PATH)',
  firefox: 'apt-get install firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install webkit2gtk-driver xvfb',
};
const available = { chromium: !!chromiumPath, firefox: !!firefoxPath, webkit: !!webkitPaths };

/** The engines this run uses, and the ones it cannot (with the install line for each). */
export function chooseEngines(env = process.env) {
  const wanted = env.WA_OPTIN_ENGINES ? env.WA_OPTIN_ENGINES.split(',').map((e) => e.trim()).filter(Boolean) : DEFAULT_ENGINES;
  const unknown = wanted.filter((e) => !ALL_ENGINES.includes(e));
  if (unknown.length) throw new Error(`WA_OPTIN_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
  const missing = wanted.filter((e) => !available[e]);
  return { engines: wanted.filter((e) => available[e]), missing: missing.map((e) => `${e}: ${INSTALL[e]}`) };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver is not started by the launcher: start it, wait for /status, stop it on exit. */
async function startWebkitDriver() {
  const port = await freePort();
  const driver = spawn(webkitPaths.webkitDriverPath, [`--port=${port}`], { stdio: 'ignore' });
  process.once('exit', () => driver.kill());
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error('WebKitWebDriver did not start within 15 s');
}

/**
 * WebKitWebDriver drops a key that repeats the one before it when a whole string is sent
 * in one action ("2015550123" arrives as "20150123", in a plain <input> too), so keys go one
 * action each, as a person types them.
 */
function oneKeyAtATime(launcher) {
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

/** One @web/test-runner launcher per engine. */
export async function launchersFor(engines) {
  const launchers = [];
  for (const engine of engines) {
    if (engine === 'chromium') {
      launchers.push(chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS } }));
    } else if (engine === 'firefox') {
      launchers.push(
        chromeLauncher({
          puppeteer: puppeteerCore.default ?? puppeteerCore,
          launchOptions: {
            browser: 'firefox',
            executablePath: firefoxPath,
            headless: true,
            // No update checks, telemetry or remote settings: this machine reaches no other host.
            extraPrefsFirefox: {
              'app.update.enabled': false,
              'browser.shell.checkDefaultBrowser': false,
              'datareporting.policy.dataSubmissionEnabled': false,
              'toolkit.telemetry.enabled': false,
              'services.settings.server': 'http://127.0.0.1:9/',
              'network.captive-portal-service.enabled': false,
              // A test's download (the admin page's CSV export) is saved quietly: the downloads
              // panel that Firefox opens otherwise takes the focus from the page for good, and
              // later test files' pages then get no focus events.
              'browser.download.alwaysOpenPanel': false,
              'browser.download.panel.shown': true,
              'browser.download.useDownloadDir': true,
              'browser.download.folderList': 2,
              'browser.download.dir': tmpdir(),
              'browser.download.start_downloads_in_tmp_dir': true,
            },
          },
        }),
      );
    } else if (engine === 'webkit') {
      const port = await startWebkitDriver();
      launchers.push(
        oneKeyAtATime(webdriverLauncher({
          hostname: '127.0.0.1',
          port,
          path: '/',
          logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            // This driver speaks classic WebDriver only; webdriverio 9 asks for BiDi by default.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: webkitPaths.miniBrowserPath, args: ['--automation'] },
          },
        })),
      );
    }
  }
  return launchers;
}

/**
 * `executeServerCommand('wa-optin-viewport', { width, height })`: the viewport size in every
 * engine. The runner's own set-viewport serves Chromium and Firefox (puppeteer); for WebDriver
 * (WebKit) the window is resized until the page's viewport has the size asked for, since the
 * window's frame and toolbar take some of it. Tests call `setViewport` from test/support/viewport.ts.
 */
export function viewportCommand() {
  return {
    name: 'wa-optin:viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wa-optin-viewport') return undefined;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width: payload.width, height: payload.height });
        return true;
      }
      if (session.browser.type !== 'webdriver') throw new Error(`no viewport control for ${session.browser.type}`);
      const driver = session.browser.driver;
      let [width, height] = [payload.width, payload.height];
      for (let attempt = 0; attempt < 3; attempt++) {
        await driver.setWindowSize(width, height);
        const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
        if (innerWidth === payload.width && innerHeight === payload.height) return true;
        width += payload.width - innerWidth;
        height += payload.height - innerHeight;
      }
      // MiniBrowser's toolbar keeps its window at least 447 px wide: a phone width cannot be had.
      const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
      return { unsupported: `WebKitGTK's MiniBrowser cannot show a ${payload.width}×${payload.height} viewport (it stays ${innerWidth}×${innerHeight})` };
    },
  };
}
