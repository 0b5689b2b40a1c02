import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import '../../define.js';
import type { WaOptinPopup } from './popup.js';
import { DisplayMemory } from '../../core/display-memory.js';
import type { OptinHideDetail, OptinShowDetail } from '../../core/events.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { eventually, scriptedEndpoint } from '../../../test/support/receiver.js';
import { part, ready, submit, tick, typePhone } from '../../../test/support/form-driver.js';
import { expectCoveredAtPageEnd, expectTappableAboveAtPageEnd } from '../../../test/support/page-end.js';

const DAY = 24 * 60 * 60 * 1000;

const mount = async (attributes: string, endpoint = '/nowhere') => {
  const container = await fixture<HTMLDivElement>(
    `<div lang="en-US"><button id="opener">Opener</button><p>Shop content</p>
     <wa-optin-popup endpoint="${endpoint}" business="Acme Shoes" topics="order_updates,offers" country="US" ${attributes}></wa-optin-popup></div>`,
  );
  const popup = container.querySelector('wa-optin-popup')!;
  await popup.updateComplete;
  return { container, popup };
};

const dialogOf = (popup: WaOptinPopup) => part<HTMLDialogElement>(popup, 'dialog');
/** The form, once the phone rules are in and the opening animation has ended (axe reads colours). */
const formOf = async (popup: WaOptinPopup) => {
  await Promise.all(dialogOf(popup).getAnimations().map((a) => a.finished));
  return ready(popup.form!);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const opened = async (popup: WaOptinPopup) => {
  await eventually(() => popup.open, Boolean);
  await popup.updateComplete;
  expect(dialogOf(popup).open).to.equal(true);
};

/** The element that really has focus, through shadow roots. */
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<wa-optin-popup>', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('is accessible closed and open: a modal dialog named by its heading, with a named close button', async () => {
    const { popup } = await mount('');
    await expect(popup).to.be.accessible();
    // Never shown, nothing is rendered (issue 16, item 4).
    expect(popup.shadowRoot!.querySelector('dialog')).to.equal(null);
    popup.show();
    await popup.updateComplete;
    await formOf(popup);
    const dialog = dialogOf(popup);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(part(popup, '#title').textContent!.trim()).to.equal('Get order updates and special offers on WhatsApp');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(part(popup, '[part=close-button]').getAttribute('aria-label')).to.equal('Close');
    await expect(popup).to.be.accessible();
  });

  it('waits for no one without a rule: it does not open by itself', async () => {
    const { popup } = await mount('');
    await wait(150);
    expect(popup.open).to.equal(false);
  });

  it('opens after `delay` seconds, not before, and says which rule fired', async () => {
    const { popup } = await mount('delay="0.3"');
    await wait(100);
    expect(popup.open).to.equal(false);
    expect(popup.shadowRoot!.querySelector('dialog')).to.equal(null);
    const { detail } = (await oneEvent(popup, 'wa-optin-show')) as CustomEvent<OptinShowDetail>;
    expect(detail.trigger).to.equal('delay');
    await popup.updateComplete;
    expect(dialogOf(popup).open).to.equal(true);
  });

  it('opens once the page is scrolled `scroll` percent, whichever rule comes first', async () => {
    const { container, popup } = await mount('scroll="50" delay="30"');
    const tall = document.createElement('div');
    tall.className = 'tall';
    tall.style.height = '4000px';
    container.append(tall);
    try {
      window.scrollTo(0, 800); // about 20 %
      await wait(100);
      expect(popup.open).to.equal(false);
      const shown = oneEvent(popup, 'wa-optin-show');
      window.scrollTo(0, 2400); // past 50 %
      expect(((await shown) as CustomEvent<OptinShowDetail>).detail.trigger).to.equal('scroll');
    } finally {
      tall.remove();
      window.scrollTo(0, 0);
    }
  });

  it('opens on exit intent (the pointer leaves through the top), not when it leaves sideways', async () => {
    const { popup } = await mount('exit-intent');
    await sendMouse({ type: 'move', position: [200, 200] });
    // The browser cannot move a test pointer outside the page: the leave event is simulated.
    document.documentElement.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientX: 799, clientY: 300, relatedTarget: null }));
    await wait(50);
    expect(popup.open).to.equal(false);
    const shown = oneEvent(popup, 'wa-optin-show');
    document.documentElement.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientX: 200, clientY: -4, relatedTarget: null }));
    expect(((await shown) as CustomEvent<OptinShowDetail>).detail.trigger).to.equal('exit-intent');
  });

  it('on a touch screen, opens on exit intent: a quick flick back up the page, not a slow scroll up', async () => {
    // Headless Chromium has a mouse; the one thing stubbed is the media query that says "touch screen".
    const realMatchMedia = window.matchMedia;
    window.matchMedia = ((query: string) =>
      query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : realMatchMedia.call(window, query)) as typeof matchMedia;
    const { container, popup } = await mount('exit-intent');
    const tall = document.createElement('div');
    tall.style.height = '5000px';
    container.append(tall);
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      window.scrollTo(0, 2000);
      await frame();
      await wait(300);
      // Reading back up slowly: 100 px at a time, each after a pause.
      for (const y of [1900, 1800, 1700]) {
        window.scrollTo(0, y);
        await frame();
        await wait(300);
      }
      expect(popup.open).to.equal(false);
      const shown = oneEvent(popup, 'wa-optin-show');
      window.scrollTo(0, 1400); // 300 px up within a frame
      expect(((await shown) as CustomEvent<OptinShowDetail>).detail.trigger).to.equal('exit-intent');
    } finally {
      window.matchMedia = realMatchMedia;
      tall.remove();
      window.scrollTo(0, 0);
    }
  });

  it('keyboard only: focus moves in, Tab stays inside, the person signs up, Escape closes and focus returns', async () => {
    const receiver = await scriptedEndpoint();
    const { container, popup } = await mount('', receiver.url);
    const opener = container.querySelector<HTMLButtonElement>('#opener')!;
    opener.addEventListener('click', () => popup.show());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await popup.updateComplete;
    const form = await formOf(popup);
    // Opened, focus is on the number field (issue 14): the person types at once.
    expect(deepActive()?.id).to.equal('phone');
    expect(form.shadowRoot!.contains(deepActive())).to.equal(true);
    await sendKeys({ type: '201' });
    await form.updateComplete;
    expect(part<HTMLInputElement>(form, '#phone').value.replace(/\D/g, '')).to.equal('201');
    expect(part<HTMLSelectElement>(form, '#country').value).to.equal('US');
    // Tab round twice: focus never reaches the page behind (it is inert). Native dialogs let
    // Tab pass through the browser's own toolbar, where the document has no focused element.
    // Firefox keeps focus in its toolbar once Tab has left the document, so the round is
    // walked from the number field and again from the close button at the top.
    const visited = new Set<string>();
    for (const start of [part<HTMLInputElement>(form, '#phone'), part<HTMLButtonElement>(popup, '[part=close-button]')]) {
      start.focus();
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        expect([popup, document.body]).to.include(document.activeElement);
        if (document.activeElement === popup) visited.add(deepActive()!.id || deepActive()!.getAttribute('part')!);
      }
    }
    expect([...visited]).to.include.members(['country', 'phone', 'consent', 'submit']);
    // Back to the number field and through the form.
    part<HTMLInputElement>(form, '#phone').focus();
    part<HTMLInputElement>(form, '#phone').select();
    await sendKeys({ type: '2015550123' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // the space bar (WebDriver BiDi knows no key named "Space")
    await sendKeys({ press: 'Tab' });
    const success = oneEvent(popup, 'wa-optin-success');
    await sendKeys({ press: 'Enter' });
    await success;
    const [request] = await receiver.requests();
    expect(request.body).to.include({ phone: '+12015550123', source: 'popup', business: 'Acme Shoes' });
    await form.updateComplete;
    await expect(popup).to.be.accessible(); // the thank-you state
    const hidden = oneEvent(popup, 'wa-optin-hide');
    await sendKeys({ press: 'Escape' });
    expect(((await hidden) as CustomEvent<OptinHideDetail>).detail.reason).to.equal('escape');
    expect(dialogOf(popup).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('is accessible with the form showing an error', async () => {
    const { popup } = await mount('open');
    const form = await formOf(popup);
    // Opened by its markup, focus is on the number field too.
    expect(form.shadowRoot!.activeElement?.id).to.equal('phone');
    await typePhone(form, '20155');
    await submit(form);
    expect(part(form, '#phone-error').textContent).to.equal('This number is too short.');
    await expect(popup).to.be.accessible();
  });

  it('closes with the × and with a tap on the backdrop, each reported with its reason', async () => {
    const { popup } = await mount('snooze-days="0"');
    popup.show();
    await popup.updateComplete;
    let hidden = oneEvent(popup, 'wa-optin-hide');
    part<HTMLButtonElement>(popup, '[part=close-button]').click();
    expect(((await hidden) as CustomEvent<OptinHideDetail>).detail.reason).to.equal('close-button');
    popup.show();
    await popup.updateComplete;
    hidden = oneEvent(popup, 'wa-optin-hide');
    await sendMouse({ type: 'click', position: [5, 5] }); // the dimmed page, outside the card
    expect(((await hidden) as CustomEvent<OptinHideDetail>).detail.reason).to.equal('backdrop');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shown, closed and removed at once (a single-page app leaving the view): no error from the late close event', async () => {
    const { popup } = await mount('');
    popup.show();
    await opened(popup);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => {
      errors.push(String(event.reason?.stack ?? event.reason));
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      popup.hide();
      popup.remove(); // before the dialog's queued close event fires
      await wait(50);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
  });

  it('stays open when a wa-optin-request-close listener cancels', async () => {
    const { popup } = await mount('open');
    popup.addEventListener('wa-optin-request-close', (e) => e.preventDefault(), { once: true });
    part<HTMLButtonElement>(popup, '[part=close-button]').click();
    await popup.updateComplete;
    expect(dialogOf(popup).open).to.equal(true);
    expect(popup.open).to.equal(true);
  });

  it('once dismissed, stays away for snooze-days (default 7), then may show again', async () => {
    const first = await mount('delay="0"');
    await opened(first.popup);
    part<HTMLButtonElement>(first.popup, '[part=close-button]').click();
    // The next page of the same site:
    const second = await mount('delay="0"');
    await wait(100);
    expect(second.popup.open).to.equal(false);
    // Eight days later (the stored dismissal moved back in time).
    DisplayMemory.rememberDismissal('popup', new Date(Date.now() - 8 * DAY));
    const third = await mount('delay="0"');
    await opened(third.popup);
  });

  it('never shows by itself again after the person opted in on this site (any surface counts)', async () => {
    const receiver = await scriptedEndpoint();
    // An opt-in through a plain inline form elsewhere on the site.
    const inline = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="${receiver.url}" business="Acme" topics="offers" country="US"></wa-optin-form></div>`,
    );
    const form = await ready(inline.querySelector('wa-optin-form')!);
    await typePhone(form, '2015550123');
    await tick(form);
    const success = oneEvent(form, 'wa-optin-success');
    await submit(form);
    await success;
    const later = await mount('delay="0" snooze-days="0" exit-intent');
    await wait(100);
    document.documentElement.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientY: -4, relatedTarget: null }));
    await wait(50);
    expect(later.popup.open).to.equal(false);
  });

  it('with `teaser`, leaves a small accessible tab that reopens it after a dismissal, on later pages too, never after an opt-in', async () => {
    const receiver = await scriptedEndpoint();
    const first = await mount('teaser open', receiver.url);
    expect(first.popup.shadowRoot!.querySelector('[part=teaser]')).to.equal(null); // not while open
    part<HTMLButtonElement>(first.popup, '[part=close-button]').click();
    await first.popup.updateComplete;
    const tab = part<HTMLButtonElement>(first.popup, '[part=teaser]');
    expect(tab.textContent!.trim()).to.equal('Get updates on WhatsApp');
    expect(getComputedStyle(tab).position).to.equal('fixed');
    await expect(first.popup).to.be.accessible();
    // A later page of the site, while snoozed: the tab, not the popup.
    const later = await mount('teaser delay="0"', receiver.url);
    await wait(50);
    expect(later.popup.open).to.equal(false);
    const shown = oneEvent(later.popup, 'wa-optin-show');
    part<HTMLButtonElement>(later.popup, '[part=teaser]').click();
    expect(((await shown) as CustomEvent<OptinShowDetail>).detail.trigger).to.equal('open');
    const form = await formOf(later.popup);
    await typePhone(form, '2015550123');
    await tick(form);
    const success = oneEvent(later.popup, 'wa-optin-success');
    await submit(form);
    await success;
    part<HTMLButtonElement>(later.popup, '[part=close-button]').click();
    await later.popup.updateComplete;
    expect(later.popup.shadowRoot!.querySelector('[part=teaser]')).to.equal(null);
    const afterOptIn = await mount('teaser');
    expect(afterOptIn.popup.shadowRoot!.querySelector('[part=teaser]')).to.equal(null);
  });

  it('on a 360 px phone, scrolled to the end, the footer’s links sit above the teaser tab and take a real tap; reserve="none" gives that up (issue 15, item 2)', async function () {
    await setViewport({ width: 360, height: 640 }, this);
    // As the script tag places it: at the end of the page, after the footer.
    const page = await fixture<HTMLDivElement>(
      `<div lang="en-US"><article style="block-size: 1200px">A long product page</article>
       <footer><a id="privacy" href="#privacy">Privacy</a> · <a id="contact" href="#contact">Contact</a></footer>
       <wa-optin-popup endpoint="/nowhere" business="Acme Shoes" topics="order_updates" country="US" teaser open></wa-optin-popup></div>`,
    );
    const popup = page.querySelector('wa-optin-popup')!;
    await opened(popup);
    part<HTMLButtonElement>(popup, '[part=close-button]').click();
    await popup.updateComplete;
    const tab = part<HTMLButtonElement>(popup, '[part=teaser]');
    const link = page.querySelector<HTMLAnchorElement>('#privacy')!;
    await expectTappableAboveAtPageEnd(link, tab);
    // reserve="none": the page takes care of it; then the tab covers the link again.
    popup.setAttribute('reserve', 'none');
    await popup.updateComplete;
    expect(popup.getBoundingClientRect().height).to.equal(0);
    await expectCoveredAtPageEnd(link, popup);
    await setViewport({ width: 800, height: 600 }, this);
  });

  it('is a bottom sheet on a 360 px phone: full width, at the bottom, no sideways scroll', async function () {
    await setViewport({ width: 360, height: 740 }, this);
    try {
      const { popup } = await mount('open');
      const form = await formOf(popup);
      await typePhone(form, '2015550123');
      const box = dialogOf(popup).getBoundingClientRect();
      expect(box.left).to.equal(0);
      expect(box.width).to.equal(360);
      expect(Math.round(box.bottom)).to.equal(740);
      expect(box.height).to.be.below(740 * 0.9);
      expect(dialogOf(popup).scrollWidth).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      expect(part(popup, '[part=close-button]').getBoundingClientRect().height).to.be.at.least(44);
      await expect(popup).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('forwards its attributes to the form, with the integrator’s own source kept', async () => {
    const receiver = await scriptedEndpoint();
    const { popup } = await mount('open source="spring-sale" phone="+5511912345678" phone-verified', receiver.url);
    const form = await formOf(popup);
    expect(form.shadowRoot!.querySelector('#phone')).to.equal(null);
    await tick(form);
    await submit(form);
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.include({ source: 'spring-sale', phone: '+5511912345678', phoneVerified: true, locale: 'en-US' });
  });
});
