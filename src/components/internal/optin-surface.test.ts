// What a banner or a CTA shows once asked (its form; the CTA's popup) is not part of its
// first render (issue 16): a page that defines only that surface (as the split script tag
// does; here from the source modules) gets the bar or the button first, and the rest once
// the page is idle after its paint, or at the press. This file's page imports nothing
// else, so nothing is defined beforehand.
// (The split script tag's side, and a press whose code cannot be fetched, are in
// test/browser/script-tag-split.test.ts.)
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../banner/define.js';
import '../cta/define.js';
import type { WaOptinBanner } from '../banner/banner.js';
import type { WaOptinCta } from '../cta/cta.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { part, popupShown, ready } from '../../../test/support/form-driver.js';
import { pressAt } from '../../../test/support/pointer.js';
import { eventually, scriptedEndpoint } from '../../../test/support/receiver.js';

describe('surfaces that show their form only once asked (banner, CTA)', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('a banner paints its bar before its form’s code is here, fetches it when the page is idle, and its "Sign up" opens the form', async () => {
    expect(customElements.get('wa-optin-form'), 'nothing defined the form before').to.equal(undefined);
    const receiver = await scriptedEndpoint();
    const banner = await fixture<WaOptinBanner>(
      html`<wa-optin-banner endpoint=${receiver.url} business="Acme" topics="order_updates" country="US"></wa-optin-banner>`,
    );
    await banner.updateComplete;
    expect(part(banner, '[part=bar]').getBoundingClientRect().height, 'the bar shows').to.be.above(0);
    expect(customElements.get('wa-optin-form'), 'its first render did not wait for the form').to.equal(undefined);
    await expect(banner).to.be.accessible();

    await eventually(() => customElements.get('wa-optin-form'), Boolean, 5000);
    await pressAt(part(banner, '[part=toggle]'));
    await banner.updateComplete;
    const form = await ready(banner.form!);
    expect(banner.shadowRoot!.activeElement, 'the press took the person into the form').to.equal(form);
    await expect(banner).to.be.accessible();
  });

  it('a CTA paints its button before its popup’s code is here; a press before that code arrived opens the popup once it has', async () => {
    expect(customElements.get('wa-optin-popup'), 'nothing defined the popup before').to.equal(undefined);
    const cta = await fixture<WaOptinCta>(html`<wa-optin-cta endpoint="/nowhere" business="Acme" topics="order_updates"></wa-optin-cta>`);
    await cta.updateComplete;
    expect(customElements.get('wa-optin-popup'), 'its first render did not wait for the popup').to.equal(undefined);
    expect(cta.popup, 'no popup yet').to.equal(undefined);
    await expect(cta).to.be.accessible();

    // Pressed at once from the keyboard (no pointer crossed it first), before the idle fetch.
    part<HTMLButtonElement>(cta, '[part=button]').focus();
    expect(customElements.get('wa-optin-popup'), 'still not here as the person presses').to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    expect(cta.expanded, 'the press was taken').to.equal(true);
    const dialog = await popupShown(cta);
    expect(dialog?.open, 'the popup opened as its code arrived').to.equal(true);
    await ready(cta.form!);
    await expect(cta).to.be.accessible();
  });
});
