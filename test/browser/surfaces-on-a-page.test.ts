// Issue 15, item 7: the surfaces of one page take turns (one offer at a time), measured on
// screen at 360 px: what the shopper could see or tap, not the elements' flags alone.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { WaOptinBanner } from '../../src/components/banner/banner.js';
import type { WaOptinPopup } from '../../src/components/popup/popup.js';
import { freshOptinState } from '../support/fresh-state.js';
import { eventually } from '../support/receiver.js';
import { setViewport } from '../support/viewport.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ATTRS = 'endpoint="/nowhere" business="Acme Shoes" topics="order_updates" country="BR"';

const page = async (popupAttributes: string, bannerAttributes = '') => {
  const container = await fixture<HTMLDivElement>(`<div lang="en-US"><p>Shop</p>
    <wa-optin-popup ${ATTRS} ${popupAttributes}></wa-optin-popup>
    <wa-optin-banner ${ATTRS} ${bannerAttributes}></wa-optin-banner></div>`);
  const popup = container.querySelector<WaOptinPopup>('wa-optin-popup')!;
  const banner = container.querySelector<WaOptinBanner>('wa-optin-banner')!;
  await popup.updateComplete;
  await banner.updateComplete;
  return { popup, banner };
};
/** What a finger at the middle of the screen's bottom strip would touch. */
const bottomStripOwner = () => document.elementFromPoint(180, 630);
const teaserOf = (popup: WaOptinPopup) => popup.shadowRoot!.querySelector<HTMLElement>('[part=teaser]');

describe('surfaces on one page (issue 15, item 7)', () => {
  beforeEach(async function () {
    await freshOptinState();
    await setViewport({ width: 360, height: 640 }, this);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));
  after(freshOptinState);

  it('no banner while the popup is open: the bar steps aside and comes back when the popup closes', async () => {
    const { popup, banner } = await page('');
    await eventually(() => banner.open, Boolean);
    await banner.updateComplete;
    expect(bottomStripOwner()).to.equal(banner);
    popup.show();
    await popup.updateComplete;
    await eventually(() => banner.open, (open) => !open);
    await banner.updateComplete;
    expect(banner.getBoundingClientRect().height).to.equal(0);
    expect(banner.shadowRoot!.querySelector('[part=bar]')).to.equal(null);
    const hidden = oneEvent(popup, 'wa-optin-hide');
    popup.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await hidden;
    await eventually(() => banner.open, Boolean);
    await banner.updateComplete;
    expect(bottomStripOwner()).to.equal(banner);
    await expect(banner).to.be.accessible();
  });

  it('no teaser while the banner shows; once the banner is closed, the teaser may show', async () => {
    const { popup, banner } = await page('teaser');
    await eventually(() => banner.open, Boolean);
    popup.show();
    await popup.updateComplete;
    popup.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await popup.updateComplete;
    await eventually(() => banner.open, Boolean);
    await banner.updateComplete;
    await popup.updateComplete;
    // The bar is back and the tab is not stacked over it (nor anywhere).
    expect(teaserOf(popup)).to.equal(null);
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await banner.updateComplete;
    await popup.updateComplete;
    const teaser = teaserOf(popup)!;
    expect(teaser).to.not.equal(null);
    const r = teaser.getBoundingClientRect();
    expect(document.elementFromPoint(Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2))).to.equal(popup);
  });

  it('no popup showing itself in the session after the banner was dismissed; `standalone` opts out', async () => {
    const first = await page('');
    await eventually(() => first.banner.open, Boolean);
    await first.banner.updateComplete;
    first.banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await first.banner.updateComplete;
    // The next page of the session: a popup with a display rule stays away…
    const next = await page('delay="0"', 'snooze-days="0"');
    await wait(150);
    expect(next.popup.open).to.equal(false);
    // Never shown, it renders nothing at all (issue 16, item 4: zero work where nothing shows).
    expect(next.popup.shadowRoot!.querySelector('dialog')).to.equal(null);
    // …unless the integrator says this popup ignores the others.
    const own = await page('delay="0" standalone', 'snooze-days="0"');
    await eventually(() => own.popup.open, Boolean);
    expect(own.popup.open).to.equal(true);
    own.popup.hide();
  });
});
