// The built page scripts (dist/pages/*.js), exactly as the receiver serves them: an HTML
// page holding the element and one <script type="module" src>, under a strict CSP (no
// inline script or style). `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { ADMIN, acmeState, adminScenario, businessScenario } from '../support/business.js';
import { eventually } from '../support/receiver.js';

interface PageWindow extends Window {
  pageErrors: string[];
}

async function loadPage(path: string, width = 360) {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as PageWindow, doc: frame.contentDocument! };
}

describe('dist/pages/*.js in the page the receiver serves', () => {
  afterEach(() => sessionStorage.removeItem('wa-optin:admin-token'));

  it('preferences.js defines <wa-optin-preferences>, which loads the state and styles itself under a strict CSP', async () => {
    await businessScenario({ linkToken: 'good-token.sig', state: acmeState() }, 'built-page');
    const { frame, win, doc } = await loadPage('/test/browser/pages/preferences-page.html');
    try {
      const el = doc.querySelector('wa-optin-preferences')!;
      await eventually(() => el.getAttribute('status'), (s) => s === 'ready');
      expect(el.getAttribute('status')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('Acme Shoes');
      // Styled: the stop button got its colour from the element's own (constructed) style sheet.
      const stop = el.shadowRoot!.querySelector('[part=stop-all]')!;
      expect(win.getComputedStyle(stop).backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(doc.documentElement.scrollWidth).to.be.at.most(360);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('admin.js defines <wa-optin-admin>, which signs in from the stored token and renders under a strict CSP', async () => {
    await businessScenario(adminScenario(), 'built-page');
    sessionStorage.setItem('wa-optin:admin-token', ADMIN);
    const { frame, win, doc } = await loadPage('/test/browser/pages/admin-page.html');
    try {
      const el = doc.querySelector('wa-optin-admin')!;
      // Events and counts load side by side: wait for both.
      await eventually(
        () => (el.shadowRoot?.querySelectorAll('[part=event]').length ?? 0) > 0 && Boolean(el.shadowRoot?.querySelector('[part=stats]')),
        Boolean,
      );
      expect(el.shadowRoot!.querySelectorAll('[part=event]').length).to.equal(3);
      expect(el.shadowRoot!.querySelector('[part=stats]')).not.to.equal(null);
      expect(doc.documentElement.scrollWidth).to.be.at.most(360);
      // A download is a fetch with the Bearer header and a Blob URL: nothing the CSP forbids.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=export]')!.click();
      const saved = await eventually(
        () => [...el.shadowRoot!.querySelectorAll('[part=message]')].map((m) => m.textContent).join(''),
        (text) => text.includes('Saved wa-optin-events.csv.'),
      );
      expect(saved).to.contain('Saved wa-optin-events.csv.');
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
