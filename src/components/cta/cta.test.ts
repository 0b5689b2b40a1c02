import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import '../../define.js';
import type { WaOptinCta } from './cta.js';
import { DisplayMemory } from '../../core/display-memory.js';
import type { OptinHideDetail } from '../../core/events.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { eventually, scriptedEndpoint } from '../../../test/support/receiver.js';
import { part, ready, submit, tick, typePhone } from '../../../test/support/form-driver.js';
import { sendMouse } from '@web/test-runner-commands';
import { setViewport as setEngineViewport } from '../../../test/support/viewport.js';

const mount = async (attributes = '', endpoint = '/nowhere', lang = 'en-US') => {
  const container = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><wa-optin-cta endpoint="${endpoint}" business="Acme Shoes" topics="new_products" country="US" ${attributes}></wa-optin-cta></div>`,
  );
  const cta = container.querySelector('wa-optin-cta')!;
  await cta.updateComplete;
  return cta;
};

/** All markup a person could activate: the CTA's shadow tree and every shadow tree inside it. */
function composedMarkup(root: Element): string {
  let html = root.shadowRoot?.innerHTML ?? '';
  for (const el of root.shadowRoot?.querySelectorAll('*') ?? []) if (el.shadowRoot) html += composedMarkup(el);
  return html;
}

const settled = async (cta: WaOptinCta) => {
  await cta.updateComplete;
  await cta.popup?.updateComplete;
  const dialog = cta.popup?.shadowRoot?.querySelector('dialog');
  await Promise.all(dialog?.getAnimations().map((a) => a.finished) ?? []);
  return ready(cta.form!);
};

describe('<wa-optin-cta>', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('is accessible, a button named by its label that announces a dialog', async () => {
    const cta = await mount();
    await expect(cta).to.be.accessible();
    const button = part<HTMLButtonElement>(cta, 'button');
    expect(button.textContent!.trim()).to.equal('Get updates on WhatsApp');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(part(cta, '[part=glyph]').closest('[aria-hidden=true]')).to.not.equal(null); // the label already says WhatsApp
  });

  it('opens the opt-in form in a popup, records source "cta", and never links to a WhatsApp chat', async () => {
    const receiver = await scriptedEndpoint();
    const cta = await mount('href="https://wa.me/15550001111"', receiver.url);
    const before = location.href;
    part<HTMLButtonElement>(cta, 'button').click();
    const form = await settled(cta);
    expect(cta.popup!.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await expect(cta).to.be.accessible();
    expect(location.href).to.equal(before);
    const markup = composedMarkup(cta);
    expect(markup).to.not.match(/wa\.me|api\.whatsapp\.com|whatsapp:\/\//);
    expect(cta.shadowRoot!.querySelector('a[href]')).to.equal(null);
    expect(form.shadowRoot!.querySelector('a[href]')).to.equal(null);
    await typePhone(form, '2015550123');
    await tick(form);
    // Waits for the acknowledgement too: it writes this device's opt-in memory, which must
    // not land after the next test has cleaned up (the next CTA would show "subscribed").
    const succeeded = oneEvent(cta, 'wa-optin-success');
    await submit(form);
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.include({ source: 'cta', phone: '+12015550123', business: 'Acme Shoes' });
    await succeeded;
  });

  it('keyboard only: Enter opens it, Escape closes it, focus is back on the button; closing is not a dismissal', async () => {
    const cta = await mount();
    part<HTMLButtonElement>(cta, 'button').focus();
    await sendKeys({ press: 'Enter' });
    const form = await settled(cta);
    // Its popup puts focus on the number field: digits typed now land there (issue 14).
    expect(form.shadowRoot!.activeElement?.id).to.equal('phone');
    await sendKeys({ type: '2015' });
    await form.updateComplete;
    expect(part<HTMLInputElement>(form, '#phone').value.replace(/\D/g, '')).to.equal('2015');
    const hidden = oneEvent(cta, 'wa-optin-hide');
    await sendKeys({ press: 'Escape' });
    expect(((await hidden) as CustomEvent<OptinHideDetail>).detail.reason).to.equal('escape');
    await cta.updateComplete;
    expect(cta.expanded).to.equal(false);
    expect(cta.shadowRoot!.activeElement).to.equal(part(cta, 'button'));
    expect(DisplayMemory.isSnoozed('popup', 7)).to.equal(false);
    // A second press opens it again.
    await sendKeys({ press: 'Enter' });
    await settled(cta);
    expect(cta.popup!.open).to.equal(true);
  });

  it('mode="inline" expands the form in place, by keyboard, and collapses again', async () => {
    const receiver = await scriptedEndpoint();
    const cta = await mount('mode="inline"', receiver.url);
    await expect(cta).to.be.accessible();
    const button = part<HTMLButtonElement>(cta, 'button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(cta.form).to.equal(undefined);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const form = await settled(cta);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(cta.shadowRoot!.querySelector('dialog, wa-optin-popup')).to.equal(null);
    expect(form.getBoundingClientRect().top).to.be.above(button.getBoundingClientRect().bottom - 1);
    await expect(cta).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2015550123' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // the space bar (WebDriver BiDi knows no key named "Space")
    await sendKeys({ press: 'Tab' });
    const success = oneEvent(cta, 'wa-optin-success');
    await sendKeys({ press: 'Enter' });
    await success;
    expect((await receiver.requests())[0].body.source).to.equal('cta');
    button.click();
    await cta.updateComplete;
    expect(part(cta, '#panel').hidden).to.equal(true);
  });

  it('speaks the page language inside its popup', async () => {
    const cta = await mount('', '/nowhere', 'pt-BR');
    expect(part(cta, 'button').textContent!.trim()).to.equal('Receba novidades no WhatsApp');
    part<HTMLButtonElement>(cta, 'button').click();
    const form = await settled(cta);
    expect(part(form, '#wording').textContent).to.contain('Sim, quero receber novidades de produtos de Acme Shoes pelo WhatsApp');
  });

  it('fits a 360 px phone: the button and the inline form stay on screen, also inside a page’s grid layout', async function () {
    await setViewport({ width: 360, height: 740 }, this);
    try {
      const container = await fixture<HTMLDivElement>(
        `<div lang="en-US" class="hero"><p><wa-optin-cta mode="inline" endpoint="/nowhere" business="Acme Shoes" topics="new_products,offers" country="US"></wa-optin-cta></p></div>`,
      );
      // A shop's hero: a grid (its items grow to their content's minimum width) with its own large type.
      container.style.display = 'grid';
      container.style.fontFamily = 'system-ui, sans-serif';
      container.style.fontSize = '20px';
      const cta = container.querySelector('wa-optin-cta')!;
      await cta.updateComplete;
      const button = part(cta, 'button');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(button.getBoundingClientRect().right).to.be.at.most(360);
      (button as HTMLButtonElement).click();
      const form = await settled(cta);
      await typePhone(form, '2015550123');
      expect(form.getBoundingClientRect().right).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('issue 15', () => {
    const tap = async (el: Element) => {
      const r = el.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    };

    it('after an opt-in through it, the thank-you has a Done button, and the CTA then shows it is subscribed, on later pages too (items 8, 9)', async () => {
      const receiver = await scriptedEndpoint();
      const cta = await mount('', receiver.url);
      await tap(part(cta, 'button'));
      const form = await settled(cta);
      await typePhone(form, '2015550123');
      await tick(form);
      const success = oneEvent(cta, 'wa-optin-success');
      await submit(form);
      await success;
      await form.updateComplete;
      await cta.popup!.updateComplete;
      const done = part<HTMLButtonElement>(cta.popup!, '[part=done-button]');
      expect(done.textContent!.trim()).to.equal('Done');
      await expect(cta).to.be.accessible();
      await tap(done);
      await eventually(() => cta.expanded, (open) => !open);
      await cta.updateComplete;
      expect(cta.popup!.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      const line = part(cta, '[part=subscribed]');
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('You get new product news on WhatsApp');
      expect(cta.shadowRoot!.querySelector('button.button')).to.equal(null);
      await expect(cta).to.be.accessible();
      // The next page: subscribed from the start; a CTA for other topics still offers them.
      const later = await mount();
      expect(part(later, '[part=subscribed]').textContent).to.contain('You get new product news on WhatsApp');
      const other = await mount();
      other.topics = 'offers';
      await other.updateComplete;
      expect(Boolean(other.shadowRoot!.querySelector('[part=subscribed]'))).to.equal(false);
      expect(part(other, 'button').textContent!.trim()).to.equal('Get updates on WhatsApp');
    });

    it('its label wraps into even lines on a narrow phone, not a long line and a lonely word (item 9)', async function () {
      await setEngineViewport({ width: 360, height: 640 }, this);
      try {
        const cta = await mount('', '/nowhere', 'es-ES');
        cta.style.maxWidth = '240px';
        await cta.updateComplete;
        const range = document.createRange();
        range.selectNodeContents(part(cta, '.label slot'));
        const rects = [...range.getClientRects()];
        const lines = new Map<number, number>();
        for (const r of rects) lines.set(Math.round(r.top), (lines.get(Math.round(r.top)) ?? 0) + r.width);
        const widths = [...lines.values()];
        expect(widths.length).to.be.at.least(2);
        expect(Math.min(...widths) / Math.max(...widths)).to.be.above(0.6);
      } finally {
        await setEngineViewport({ width: 800, height: 600 });
      }
    });
  });
});
