// The Trusted Types policy name the README documents (`lit-html`, Lit's own) is all a site
// that enforces Trusted Types must allow: the one-file build renders and collects an
// opt-in under `trusted-types lit-html`, and cannot start under `trusted-types 'none'`.
// Needs dist/ (`npm test` builds first; alone: `npm run build`).
import { expect } from '@open-wc/testing';
import { eventually, scriptedEndpoint } from '../support/receiver.js';
import { optInThroughForm } from '../support/form-driver.js';

interface PageWindow extends Window {
  pageErrors: string[];
}

async function open(page: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/browser/pages/${page}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as PageWindow, doc: frame.contentDocument! };
}

describe('Trusted Types: the policy name to allow is lit-html', () => {
  it('with `trusted-types lit-html` the form renders and records an opt-in, without a CSP report', async () => {
    const receiver = await scriptedEndpoint();
    const { frame, win, doc } = await open('trusted-types-lit-only.html');
    try {
      const form = doc.querySelector('wa-optin-form')!;
      form.setAttribute('endpoint', receiver.url);
      await eventually(() => form.shadowRoot?.querySelector('#phone'), Boolean);
      await optInThroughForm(form, '2015550123');
      expect((await receiver.requests())[0].body.phone).to.equal('+12015550123');
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("with `trusted-types 'none'` it cannot start: the name must be allowed", async () => {
    const { frame, win, doc } = await open('trusted-types-none.html');
    try {
      await eventually(() => win.pageErrors, (errors) => errors.length > 0);
      expect(win.pageErrors.join('\n')).to.contain('lit-html');
      expect(doc.querySelector('wa-optin-form')!.shadowRoot).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it("loaded twice (or beside another Lit app) it needs `'allow-duplicates'`, and then works", async () => {
    const { frame, win, doc } = await open('trusted-types-twice.html');
    try {
      await eventually(() => doc.querySelector('wa-optin-form')!.shadowRoot?.querySelector('#consent'), Boolean);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
