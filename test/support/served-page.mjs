// `executeServerCommand('wa-optin-served-page', { url, tap? })`: opens a page the receiver
// serves (HTML, headers and scripts exactly as sent, its CSP from the header) in a new tab of
// the test's own Chromium at 360 × 640, waits for <wa-optin-preferences> to settle, and, with
// `tap`, presses that part of it with real pointer input (the DevTools protocol's mouse events,
// as sendMouse uses). A tab of its own because the receiver's pages refuse to be framed
// (frame-ancestors 'none'). Chromium only: other engines answer { unsupported }.
/** Runs in the page: whether the element reached one of `wanted`. */
const settled = () => (wanted) => {
  const el = document.querySelector('wa-optin-preferences');
  return Boolean(el) && wanted.includes(el.getAttribute('status'));
};

export function servedPageCommand() {
  return {
    name: 'wa-optin:served-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wa-optin-served-page') return undefined;
      if (session.browser.type !== 'puppeteer') return { unsupported: `needs Chromium through puppeteer, not ${session.browser.type}` };
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      const errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      const read = () =>
        page.evaluate(() => {
          const el = document.querySelector('wa-optin-preferences');
          return {
            status: el?.getAttribute('status') ?? null,
            text: (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            stopWording: (el?.shadowRoot?.querySelector('[part=stop-all-wording]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            lang: document.documentElement.lang,
            scrollWidth: document.documentElement.scrollWidth,
          };
        });
      try {
        await page.setViewport({ width: 360, height: 640 });
        const response = await page.goto(new URL(payload.url, testPage.url()).href, { waitUntil: 'load' });
        await page.waitForFunction(settled(), { timeout: 20_000 }, ['ready', 'link-invalid', 'link-expired', 'error']);
        const result = { httpStatus: response.status(), headers: response.headers(), before: await read() };
        if (payload.tap) {
          const at = await page.evaluate((part) => {
            const target = document.querySelector('wa-optin-preferences').shadowRoot.querySelector(`[part=${part}]`);
            target.scrollIntoView({ block: 'center' });
            const box = target.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }, payload.tap);
          await page.mouse.click(at.x, at.y);
          await page.waitForFunction(settled(), { timeout: 20_000 }, ['saved', 'error']);
          result.after = await read();
        }
        result.errors = errors;
        return result;
      } finally {
        await page.close();
      }
    },
  };
}
