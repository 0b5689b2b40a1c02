// The one-file build, exactly as a shop uses it: a plain <script src> in a page, no
// bundler, no modules. `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import en from '../../src/locales/en.js';
import { optInThroughForm } from '../support/form-driver.js';
import { pageLosing, tapInFrame } from '../support/offline-page.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../support/receiver.js';

interface ScriptTagWindow extends Window {
  pageErrors: string[];
}

async function loadPage(): Promise<{ frame: HTMLIFrameElement; win: ScriptTagWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/browser/pages/script-tag.html';
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as ScriptTagWindow, doc: frame.contentDocument! };
}

describe('dist/wa-optin.iife.js in a plain page', () => {
  it('registers the elements, survives being loaded twice, and exposes WaOptin', async () => {
    const { frame, win } = await loadPage();
    try {
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.customElements.get('wa-optin-form')).to.be.a('function');
      const pkg = await (await fetch('/package.json')).json();
      expect(win.WaOptin.WIDGET_VERSION).to.equal(pkg.version);
    } finally {
      frame.remove();
    }
  });

  it('loads the phone rules from beside the script and records a full opt-in', async () => {
    const { frame, win, doc } = await loadPage();
    try {
      const receiver = await scriptedEndpoint();
      const form = doc.querySelector('wa-optin-form')!;
      form.setAttribute('endpoint', receiver.url);
      const root = () => form.shadowRoot!;
      // The rules are here once the picker shows the calling code (its full list waits for the person).
      await eventually(() => root().querySelector('.country-face')?.textContent?.trim(), (face) => face === 'US +1');
      expect(root().querySelector('select')!.value).to.equal('US');
      const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(fetched).to.include('/dist/wa-optin.phone-metadata.json');

      await optInThroughForm(form, '2015550123');
      const [request] = await receiver.requests();
      expect(request.body).to.include({ phone: '+12015550123', business: 'Plain Shop', source: 'form' });
      expect(request.body.wording).to.equal('Yes, I want to receive order updates from Plain Shop on WhatsApp, +1 201 555 0123.');
      expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('phone rules the connection dropped: the field takes +numbers and says so; back online, the next tap on the number brings them (the file anew, past the cache)', async () => {
    const { receiver, page, restore } = await pageLosing('^/dist/wa-optin\\.phone-metadata\\.json$', '<p id="intro">Hello</p><wa-optin-form></wa-optin-form>', {
      script: 'wa-optin.iife.js',
    });
    try {
      const form = (await eventually(() => page.doc.querySelector('wa-optin-form'), (el) => Boolean(el?.shadowRoot?.querySelector('#phone'))))!;
      const root = form.shadowRoot!;
      const field = root.querySelector<HTMLInputElement>('#phone')!;
      // Shown, not only there: once the rules arrive the words keep their room, hidden (form.ts).
      const saysRulesFailed = () =>
        [...root.querySelectorAll('p')].some((p) => p.textContent?.trim() === en.errors.metadata && page.win.getComputedStyle(p).visibility === 'visible');
      await tapInFrame(page.frame, field);
      expect(await eventually(saysRulesFailed, Boolean, 5000), 'the form says why it wants a +number').to.equal(true);
      expect(Boolean(root.querySelector('select#country')), 'a picker with no rules behind it').to.equal(false);

      await restore();
      await tapInFrame(page.frame, page.doc.querySelector('#intro')!);
      await tapInFrame(page.frame, field);
      expect(await eventually(() => Boolean(root.querySelector('select#country')), Boolean, 5000), 'the picker, once the rules are here').to.equal(true);
      expect(saysRulesFailed()).to.equal(false);
      await optInThroughForm(form, '(201) 555-0123');
      expect((await receiver.requests())[0].body).to.include({ phone: '+12015550123' });
      expect(page.win.consoleErrors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
