// One description of every surface and every state it can be in, in a given language,
// shared by the accessibility suites (axe, the accessibility tree, targets, motion,
// contrast): each suite runs against every surface × language × state, not a copy per
// component (STYLE.md, "shared test suites").
import { fixture } from '@open-wc/testing';
import '../../../src/define.js';
import type { WaOptinBanner } from '../../../src/components/banner/banner.js';
import type { WaOptinCheckbox } from '../../../src/components/checkbox/checkbox.js';
import type { WaOptinCta } from '../../../src/components/cta/cta.js';
import type { WaOptinForm } from '../../../src/components/form/form.js';
import type { WaOptinPopup } from '../../../src/components/popup/popup.js';
import { DisplayMemory } from '../../../src/core/display-memory.js';
import { phoneRulesReady } from '../../../src/core/phone.js';
import { part, ready, submit, tick, typePhone } from '../../support/form-driver.js';
import { eventually, scriptedEndpoint } from '../../support/receiver.js';

/** The languages every surface is checked in: left to right, right to left, and an Indic script. */
export const LOCALES = [
  { lang: 'en-US', country: 'US', number: '2015550123' },
  { lang: 'ar-SA', country: 'SA', number: '501234567' },
  { lang: 'hi-IN', country: 'IN', number: '9876543210' },
] as const;
export type TestLocale = (typeof LOCALES)[number];

export type SurfaceTag = 'wa-optin-form' | 'wa-optin-popup' | 'wa-optin-banner' | 'wa-optin-cta' | 'wa-optin-checkbox';

/** A surface put in one state: the element to check, and the container to remove afterwards. */
export interface Staged {
  el: HTMLElement;
  container: HTMLElement;
}

export interface SurfaceStates {
  tag: SurfaceTag;
  /** Each state's name and how to reach it from nothing, in a language. */
  states: Record<string, (locale: TestLocale) => Promise<Staged>>;
}

/** Text and elements of an element's whole composed tree (every shadow root inside it). */
export function composedElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** What a person sees of the element: visible text through every shadow root. */
export function visibleText(root: Element): string {
  return composedElements(root)
    .filter((el) => (el.checkVisibility?.() ?? true) || (getComputedStyle(el).display === 'contents' && el.parentElement?.checkVisibility?.() !== false))
    .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Until every running animation (a dialog sliding in) has ended: axe reads colours as they
 * are. `document.getAnimations()` does not see into shadow roots (Chromium), so each
 * element of the composed tree is asked.
 */
export async function animationsDone(): Promise<void> {
  // A frame first: an animation a render has just asked for starts on it.
  await new Promise((r) => requestAnimationFrame(r));
  const running = composedElements(document.body).flatMap((el) => el.getAnimations());
  await Promise.race([Promise.all(running.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]);
}

const attrs = (locale: TestLocale, endpoint = '/nowhere') =>
  `endpoint="${endpoint}" business="Acme Shoes" topics="order_updates,offers" country="${locale.country}"`;

async function mount<T extends HTMLElement>(markup: string, locale: TestLocale, tag: SurfaceTag): Promise<{ el: T; container: HTMLElement }> {
  const container = await fixture<HTMLDivElement>(`<div lang="${locale.lang}">${markup}</div>`);
  await phoneRulesReady();
  const el = container.querySelector(tag) as unknown as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  await eventually(() => el.shadowRoot!.childElementCount, (n) => n > 0, 3000);
  return { el, container };
}

/** Empty number, box unticked, submitted: both errors show. */
async function withErrors(form: WaOptinForm): Promise<void> {
  await ready(form);
  await submit(form);
  await form.updateComplete;
}

/** A valid opt-in acknowledged by a (scripted) receiver: the thank-you shows. */
async function optedIn(form: WaOptinForm, locale: TestLocale): Promise<void> {
  await ready(form);
  await typePhone(form, locale.number);
  await tick(form);
  await submit(form);
  await eventually(() => form.status, (s) => s === 'success', 5000);
  if (form.status !== 'success') throw new Error(`no thank-you in ${locale.lang}: status ${form.status}`);
  await form.updateComplete;
}

const receiverUrl = async () => (await scriptedEndpoint()).url;

export const SURFACES: SurfaceStates[] = [
  {
    tag: 'wa-optin-form',
    states: {
      idle: async (locale) => {
        const staged = await mount<WaOptinForm>(`<wa-optin-form ${attrs(locale)}></wa-optin-form>`, locale, 'wa-optin-form');
        await ready(staged.el as WaOptinForm);
        return staged;
      },
      error: async (locale) => {
        const staged = await mount<WaOptinForm>(`<wa-optin-form ${attrs(locale)}></wa-optin-form>`, locale, 'wa-optin-form');
        await withErrors(staged.el as WaOptinForm);
        return staged;
      },
      success: async (locale) => {
        const staged = await mount<WaOptinForm>(`<wa-optin-form ${attrs(locale, await receiverUrl())}></wa-optin-form>`, locale, 'wa-optin-form');
        await optedIn(staged.el as WaOptinForm, locale);
        return staged;
      },
    },
  },
  {
    tag: 'wa-optin-popup',
    states: {
      closed: (locale) => mount(`<wa-optin-popup ${attrs(locale)}></wa-optin-popup>`, locale, 'wa-optin-popup'),
      open: async (locale) => {
        const staged = await mount<WaOptinPopup>(`<wa-optin-popup ${attrs(locale)}></wa-optin-popup>`, locale, 'wa-optin-popup');
        await openPopup(staged.el as WaOptinPopup);
        return staged;
      },
      error: async (locale) => {
        const staged = await mount<WaOptinPopup>(`<wa-optin-popup ${attrs(locale)}></wa-optin-popup>`, locale, 'wa-optin-popup');
        await withErrors(await openPopup(staged.el as WaOptinPopup));
        return staged;
      },
      success: async (locale) => {
        const staged = await mount<WaOptinPopup>(`<wa-optin-popup ${attrs(locale, await receiverUrl())}></wa-optin-popup>`, locale, 'wa-optin-popup');
        await optedIn(await openPopup(staged.el as WaOptinPopup), locale);
        await (staged.el as WaOptinPopup).updateComplete;
        return staged;
      },
    },
  },
  {
    tag: 'wa-optin-banner',
    states: {
      closed: async (locale) => {
        const staged = await mount<WaOptinBanner>(`<wa-optin-banner ${attrs(locale)}></wa-optin-banner>`, locale, 'wa-optin-banner');
        const banner = staged.el as WaOptinBanner;
        banner.hide();
        await banner.updateComplete;
        return staged;
      },
      open: (locale) => mount(`<wa-optin-banner ${attrs(locale)}></wa-optin-banner>`, locale, 'wa-optin-banner'),
      expanded: async (locale) => {
        const staged = await mount<WaOptinBanner>(`<wa-optin-banner ${attrs(locale)}></wa-optin-banner>`, locale, 'wa-optin-banner');
        await expandBanner(staged.el as WaOptinBanner);
        return staged;
      },
      error: async (locale) => {
        const staged = await mount<WaOptinBanner>(`<wa-optin-banner ${attrs(locale)}></wa-optin-banner>`, locale, 'wa-optin-banner');
        await withErrors(await expandBanner(staged.el as WaOptinBanner));
        return staged;
      },
      success: async (locale) => {
        const staged = await mount<WaOptinBanner>(`<wa-optin-banner ${attrs(locale, await receiverUrl())}></wa-optin-banner>`, locale, 'wa-optin-banner');
        await optedIn(await expandBanner(staged.el as WaOptinBanner), locale);
        return staged;
      },
    },
  },
  {
    tag: 'wa-optin-cta',
    states: {
      closed: (locale) => mount(`<wa-optin-cta ${attrs(locale)}></wa-optin-cta>`, locale, 'wa-optin-cta'),
      open: async (locale) => {
        const staged = await mount<WaOptinCta>(`<wa-optin-cta ${attrs(locale)}></wa-optin-cta>`, locale, 'wa-optin-cta');
        await openCta(staged.el as WaOptinCta);
        return staged;
      },
      'inline, open': async (locale) => {
        const staged = await mount<WaOptinCta>(`<wa-optin-cta mode="inline" ${attrs(locale)}></wa-optin-cta>`, locale, 'wa-optin-cta');
        await openCta(staged.el as WaOptinCta);
        return staged;
      },
      error: async (locale) => {
        const staged = await mount<WaOptinCta>(`<wa-optin-cta ${attrs(locale)}></wa-optin-cta>`, locale, 'wa-optin-cta');
        await withErrors(await openCta(staged.el as WaOptinCta));
        return staged;
      },
      success: async (locale) => {
        const staged = await mount<WaOptinCta>(`<wa-optin-cta ${attrs(locale, await receiverUrl())}></wa-optin-cta>`, locale, 'wa-optin-cta');
        await optedIn(await openCta(staged.el as WaOptinCta), locale);
        await animationsDone();
        return staged;
      },
      subscribed: async (locale) => {
        DisplayMemory.rememberOptIn(new Date(), { topics: ['order_updates', 'offers'], phone: '+1 201 555 0123' });
        return mount(`<wa-optin-cta ${attrs(locale)}></wa-optin-cta>`, locale, 'wa-optin-cta');
      },
    },
  },
  {
    tag: 'wa-optin-checkbox',
    states: {
      idle: async (locale) => checkout(locale),
      ticked: async (locale) => {
        const staged = await checkout(locale);
        await typeIntoPage(staged.container, locale.number);
        await tickBox(staged.el as WaOptinCheckbox);
        return staged;
      },
      'own field, error': async (locale) => {
        const staged = await mount<WaOptinCheckbox>(
          `<form><wa-optin-checkbox name="whatsapp" block-submit ${attrs(locale)}></wa-optin-checkbox><button>Pay</button></form>`,
          locale,
          'wa-optin-checkbox',
        );
        const box = staged.el as WaOptinCheckbox;
        const input = part<HTMLInputElement>(box, '#phone');
        input.value = '123';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await tickBox(box);
        staged.container.querySelector('form')!.reportValidity();
        await box.updateComplete;
        return staged;
      },
      'not saved': async (locale) => {
        const staged = await checkout(locale);
        await typeIntoPage(staged.container, '123');
        const box = staged.el as WaOptinCheckbox;
        await tickBox(box);
        staged.container.querySelector('form')!.requestSubmit();
        await box.updateComplete;
        if (!part(box, '#message').textContent!.trim()) throw new Error('no "not saved" message');
        return staged;
      },
      subscribed: async (locale) => {
        DisplayMemory.rememberOptIn(new Date(), { topics: ['order_updates', 'offers'], phone: '+1 201 555 0123' });
        return mount(
          `<wa-optin-checkbox name="whatsapp" preferences-url="/preferences" ${attrs(locale)}></wa-optin-checkbox>`,
          locale,
          'wa-optin-checkbox',
        );
      },
    },
  },
];

async function openPopup(popup: WaOptinPopup): Promise<WaOptinForm> {
  popup.show();
  await popup.updateComplete;
  await animationsDone();
  return ready(popup.form!);
}

async function expandBanner(banner: WaOptinBanner): Promise<WaOptinForm> {
  part<HTMLButtonElement>(banner, '[part=toggle]').click();
  await banner.updateComplete;
  await animationsDone();
  return ready(banner.form!);
}

async function openCta(cta: WaOptinCta): Promise<WaOptinForm> {
  part<HTMLButtonElement>(cta, '[part=button]').click();
  await cta.updateComplete;
  await cta.popup?.updateComplete;
  await animationsDone();
  return ready(cta.form!);
}

/** A shop's checkout: its own labelled phone field, the box mirroring it, a pay button. */
async function checkout(locale: TestLocale): Promise<Staged> {
  const staged = await mount<WaOptinCheckbox>(
    `<form>
      <label for="billing-phone">Phone</label> <input id="billing-phone" name="billing_phone" type="tel">
      <wa-optin-checkbox name="whatsapp" phone-from="#billing-phone" ${attrs(locale)}></wa-optin-checkbox>
      <button>Pay</button>
    </form>`,
    locale,
    'wa-optin-checkbox',
  );
  // The page must not navigate when its form submits.
  staged.container.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
  return staged;
}

async function typeIntoPage(container: HTMLElement, digits: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('#billing-phone')!;
  input.value = digits;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await (container.querySelector('wa-optin-checkbox') as WaOptinCheckbox).updateComplete;
}

async function tickBox(box: WaOptinCheckbox): Promise<void> {
  part<HTMLInputElement>(box, '#consent').click();
  await box.updateComplete;
}
