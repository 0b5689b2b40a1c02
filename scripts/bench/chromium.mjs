// How every bench script starts Chromium: the same binary and flags for the measurements,
// the load traces and the keystroke traces.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Headless Chromium 156 otherwise loads its omnibox popup (a WebUI app of a hundred
  // modules, in a renderer of its own) with each new window, on the same two cores, in the
  // middle of the page loads being measured (seen in traces: ~100 chrome:// requests per
  // run). No phone's browser does that while a shop page loads.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** A mid-range phone's screen: 390 × 844 CSS px at device scale 1. */
export const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1 };
/** The CPU throttle of a mid-range phone, through the DevTools protocol. */
export const THROTTLE = 4;

/**
 * A fresh browser context (no cache, no storage) with one page on the server's blank page,
 * its CPU throttled: same origin as the shop, so the shop page then loads in the renderer
 * the throttle applies to.
 */
export async function openThrottledPage(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await page.goto(`${origin}/blank.html`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { context, page, cdp };
}
