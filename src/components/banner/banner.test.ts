import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import '../../define.js';
import type { WaOptinBanner } from './banner.js';
import { DisplayMemory } from '../../core/display-memory.js';
import type { OptinHideDetail, OptinShowDetail } from '../../core/events.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { eventually, scriptedEndpoint } from '../../../test/support/receiver.js';
import { part, ready } from '../../../test/support/form-driver.js';
import { setViewport as setEngineViewport } from '../../../test/support/viewport.js';
import { expectCoveredAtPageEnd, expectTappableAboveAtPageEnd } from '../../../test/support/page-end.js';
import { sendMouse } from '@web/test-runner-commands';

const DAY = 24 * 60 * 60 * 1000;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ARTICLE = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the shop's page, with enough words to wrap onto a second line on a phone.</p>`).join('');

const mount = async (attributes = '', endpoint = '/nowhere', before = '') => {
  const container = await fixture<HTMLDivElement>(
    `<div lang="en-US">${before}<article>${ARTICLE}</article>
     <wa-optin-banner endpoint="${endpoint}" business="Acme Shoes" topics="order_updates" country="US" ${attributes}></wa-optin-banner></div>`,
  );
  const banner = container.querySelector('wa-optin-banner')!;
  await banner.updateComplete;
  return { container, banner };
};
const shown = (banner: WaOptinBanner) => eventually(() => banner.open, Boolean).then(() => banner.updateComplete);

/** Sum of layout-shift scores from now until `settle` resolves, as Core Web Vitals counts them. */
async function layoutShiftDuring(action: () => Promise<void>): Promise<number> {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await action();
  // Layout shifts are reported after the frame that had them.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await wait(100);
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
    if (!entry.hadRecentInput) total += entry.value;
  }
  observer.disconnect();
  return total;
}

describe('<wa-optin-banner>', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('is accessible collapsed, expanded and closed; one line names it, the toggle says whether it is expanded', async () => {
    const { banner } = await mount();
    await shown(banner);
    await expect(banner).to.be.accessible();
    const region = part(banner, 'section');
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect(part(banner, '#title').textContent!.trim()).to.equal('Get order updates on WhatsApp');
    const toggle = part<HTMLButtonElement>(banner, '[part=toggle]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(banner, '#panel').hidden).to.equal(true);
    toggle.click();
    await banner.updateComplete;
    await ready(banner.form!);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(part(banner, '#panel').hidden).to.equal(false);
    await expect(banner).to.be.accessible();
    part<HTMLButtonElement>(banner, '[part=close-button]').click();
    await banner.updateComplete;
    expect(banner.getBoundingClientRect().height).to.equal(0);
    await expect(banner).to.be.accessible();
  });

  it('appears without moving the page: its content stays where it was (every engine)', async () => {
    const { container, banner } = await mount('delay="0.2"');
    const paragraphs = [...container.querySelectorAll('p')];
    const before = paragraphs.map((p) => p.getBoundingClientRect().top);
    await oneEvent(banner, 'wa-optin-show');
    await banner.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(banner.getBoundingClientRect().height).to.be.above(0);
    expect(paragraphs.map((p) => p.getBoundingClientRect().top)).to.deep.equal(before);
  });

  it('appears without any layout shift (CLS 0), where the same content in the page flow shifts it', async function () {
    // The Layout Instability API is Chromium's alone; the test above checks the same in every engine by geometry.
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    const { container, banner } = await mount('delay="0.2"');
    const cls = await layoutShiftDuring(async () => {
      await oneEvent(banner, 'wa-optin-show');
      await banner.updateComplete;
    });
    expect(banner.open).to.equal(true);
    expect(cls).to.equal(0);
    // The measurement is real: a bar of the same height pushed into the flow does shift the page.
    const inFlow = await layoutShiftDuring(async () => {
      const bar = document.createElement('div');
      bar.style.height = `${banner.getBoundingClientRect().height}px`;
      container.prepend(bar);
    });
    expect(inFlow).to.be.above(0);
  });

  it('keyboard only: reach the bar, expand, sign up; Escape folds it back', async () => {
    const receiver = await scriptedEndpoint();
    const { banner } = await mount('', receiver.url, '<button id="before">Skip</button>');
    await shown(banner);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(banner.shadowRoot!.activeElement?.getAttribute('part')).to.equal('toggle');
    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;
    const form = await ready(banner.form!);
    // Focus lands once the form has rendered its fields (later in Firefox than in Chromium).
    expect(await eventually(() => form.shadowRoot!.activeElement?.id, (id) => id === 'country')).to.equal('country');
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(banner.expanded).to.equal(false);
    expect(banner.shadowRoot!.activeElement?.getAttribute('part')).to.equal('toggle');
    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;
    await ready(banner.form!);
    await sendKeys({ press: 'Tab' }); // number
    await sendKeys({ type: '2015550123' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // the space bar (WebDriver BiDi knows no key named "Space")
    await sendKeys({ press: 'Tab' });
    const success = oneEvent(banner, 'wa-optin-success');
    await sendKeys({ press: 'Enter' });
    await success;
    const [request] = await receiver.requests();
    expect(request.body).to.include({ phone: '+12015550123', source: 'banner' });
    await banner.form!.updateComplete;
    await expect(banner).to.be.accessible(); // thank-you state
  });

  it('on a 360 px phone: a full-width bar at the very bottom, no sideways scroll; the offset hook lifts it', async function () {
    await setViewport({ width: 360, height: 740 }, this);
    try {
      const { banner } = await mount('style="--wa-optin-banner-offset: 56px"');
      await shown(banner);
      const bar = part(banner, '[part=bar]').getBoundingClientRect();
      // The page's width without a classic scrollbar (Firefox shows one; phones overlay theirs).
      const pageWidth = document.documentElement.clientWidth;
      expect(bar.left).to.equal(0);
      expect(bar.width).to.equal(pageWidth);
      expect(Math.round(bar.bottom)).to.equal(740 - 56);
      expect(bar.height).to.be.below(130); // the title (two lines at most) and the button under it
      expect(part(banner, '[part=toggle]').getBoundingClientRect().right).to.be.at.most(pageWidth);
      part<HTMLButtonElement>(banner, '[part=toggle]').click();
      await banner.updateComplete;
      await ready(banner.form!);
      const expanded = part(banner, '[part=bar]').getBoundingClientRect();
      expect(expanded.top).to.be.at.least(0);
      expect(part(banner, '[part=panel]').scrollWidth).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(banner).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('position="top" pins it to the top edge', async () => {
    const { banner } = await mount('position="top"');
    await shown(banner);
    expect(part(banner, '[part=bar]').getBoundingClientRect().top).to.equal(0);
  });

  it('waits for its display rule when it has one (scroll)', async () => {
    const { banner } = await mount('scroll="60"');
    await wait(100);
    expect(banner.open).to.equal(false);
    const appeared = oneEvent(banner, 'wa-optin-show');
    window.scrollTo(0, document.documentElement.scrollHeight);
    expect(((await appeared) as CustomEvent<OptinShowDetail>).detail.trigger).to.equal('scroll');
    window.scrollTo(0, 0);
  });

  it('once closed, stays away for snooze-days; after an opt-in it never returns', async () => {
    const first = await mount();
    await shown(first.banner);
    const hidden = oneEvent(first.banner, 'wa-optin-hide');
    part<HTMLButtonElement>(first.banner, '[part=close-button]').click();
    expect(((await hidden) as CustomEvent<OptinHideDetail>).detail.reason).to.equal('close-button');
    const second = await mount('snooze-days="3"');
    await wait(50);
    expect(second.banner.open).to.equal(false);
    DisplayMemory.rememberDismissal('banner', new Date(Date.now() - 4 * DAY));
    const third = await mount('snooze-days="3"');
    await shown(third.banner);
    DisplayMemory.rememberOptIn();
    const fourth = await mount('snooze-days="0"');
    await wait(50);
    expect(fourth.banner.open).to.equal(false);
  });

  describe('on a 360 px phone (issue 15)', () => {
    afterEach(() => setEngineViewport({ width: 800, height: 600 }));
    const nextFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

    for (const [lang, hide] of [
      ['en-US', 'Hide'],
      ['es-ES', 'Ocultar'],
      ['pt-BR', 'Ocultar'],
    ] as const) {
      it(`${lang}: the whole title is on screen (wrapped, never cut); expanded, the toggle says "${hide}" and only the form says Sign up (item 1)`, async function () {
        await setEngineViewport({ width: 360, height: 740 }, this);
        const container = await fixture<HTMLDivElement>(
          `<div lang="${lang}"><wa-optin-banner endpoint="/nowhere" business="Acme Shoes" topics="order_updates" country="BR"></wa-optin-banner></div>`,
        );
        const banner = container.querySelector('wa-optin-banner')!;
        await shown(banner);
        await nextFrames();
        const title = part(banner, '#title');
        const box = title.getBoundingClientRect();
        // Every line of the text lies inside the title's box and the screen: nothing is clipped.
        const range = document.createRange();
        range.selectNodeContents(part(banner, 'slot[name=heading]'));
        const lines = [...range.getClientRects()];
        expect(lines.length).to.be.above(0);
        for (const line of lines) {
          expect(line.right, title.textContent!).to.be.at.most(Math.ceil(box.right) + 1);
          expect(line.right).to.be.at.most(360);
          expect(line.bottom).to.be.at.most(Math.ceil(box.bottom) + 1);
        }
        expect(title.scrollWidth).to.be.at.most(title.clientWidth);
        const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
        expect(box.height, 'at most two lines').to.be.at.most(2 * lineHeight + 1);
        const toggle = part<HTMLButtonElement>(banner, '[part=toggle]');
        const signUp = toggle.textContent!.trim();
        await sendMouse({ type: 'click', position: [Math.round(toggle.getBoundingClientRect().x + 5), Math.round(toggle.getBoundingClientRect().y + 5)] });
        await banner.updateComplete;
        const form = await ready(banner.form!);
        expect(toggle.textContent!.trim()).to.equal(hide);
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        const submit = part<HTMLButtonElement>(form, '[part=submit]');
        const buttonsSayingSignUp = [toggle, submit].filter((b) => b.textContent!.trim() === signUp && b.getBoundingClientRect().height > 0);
        expect(buttonsSayingSignUp).to.deep.equal([submit]);
        // Expanded, the full title still shows.
        expect(part(banner, '#title').scrollWidth).to.be.at.most(part(banner, '#title').clientWidth);
        await expect(banner).to.be.accessible();
      });
    }

    it('scrolled to the end, the footer’s links sit above the bar and take a real tap; the room kept is the published height (item 2)', async function () {
      await setEngineViewport({ width: 360, height: 640 }, this);
      const { container, banner } = await mount('', '/nowhere', '');
      const footer = document.createElement('footer');
      footer.innerHTML = '<a id="privacy" href="#privacy">Privacy</a> · <a id="contact" href="#contact">Contact</a>';
      container.querySelector('article')!.after(footer);
      await shown(banner);
      await nextFrames();
      const bar = part(banner, '[part=bar]');
      const published = getComputedStyle(banner).getPropertyValue('--wa-optin-banner-height').trim();
      expect(published).to.equal(`${Math.ceil(bar.getBoundingClientRect().height)}px`);
      expect(Math.round(banner.getBoundingClientRect().height)).to.equal(parseInt(published, 10));
      const link = container.querySelector<HTMLAnchorElement>('#privacy')!;
      await expectTappableAboveAtPageEnd(link, bar);
      // reserve="none": the integrator takes care of it; then the bar covers the end again.
      banner.setAttribute('reserve', 'none');
      await banner.updateComplete;
      expect(banner.getBoundingClientRect().height).to.equal(0);
      await expectCoveredAtPageEnd(link, banner);
    });

    it('keeps that room without shifting anything above it: the page’s content stays put as the bar appears (item 2, no CLS)', async () => {
      window.scrollTo(0, 0);
      const { container, banner } = await mount('delay="0.2"');
      const paragraphs = [...container.querySelectorAll('p')];
      const before = paragraphs.map((p) => p.getBoundingClientRect().top);
      await oneEvent(banner, 'wa-optin-show');
      await nextFrames();
      await nextFrames();
      expect(banner.getBoundingClientRect().height).to.be.above(0);
      expect(paragraphs.map((p) => p.getBoundingClientRect().top)).to.deep.equal(before);
    });
  });
});
