// Drives a surface's opt-in form the way a person does: type into the field, tick, press.
import { sendKeys } from '@web/test-runner-commands';
import type { WaOptinCta } from '../../src/components/cta/cta.js';
import type { WaOptinForm } from '../../src/components/form/form.js';
import { phoneRulesReady } from '../../src/core/phone.js';

export const part = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};

/** Waits for the phone rules and the first render with them. */
export async function ready(el: WaOptinForm): Promise<WaOptinForm> {
  await phoneRulesReady();
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/**
 * The person goes for the country picker (its focus, as Tab or a tap gives it): the full
 * list of countries is built then, not before. Resolves with the picker, its list in.
 */
export async function goToPicker(el: WaOptinForm): Promise<HTMLSelectElement> {
  const select = part<HTMLSelectElement>(el, '#country');
  select.focus();
  await el.updateComplete;
  return select;
}

/** Types like a keyboard would: one input event per character. */
export async function typePhone(el: WaOptinForm, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#phone');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function tick(el: WaOptinForm): Promise<void> {
  part<HTMLInputElement>(el, '#consent').click();
  await el.updateComplete;
}

export async function submit(el: WaOptinForm): Promise<void> {
  part<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

/** The sentence as a person reads it (what a screen shows, whitespace folded). */
export const visibleWording = (el: Element) => part(el, '#wording').textContent!.replace(/\s+/g, ' ').trim();

/**
 * Sets a field's value the way typing ends up, in whatever frame it lives: the input
 * event comes from that frame's own realm, as a real keystroke's would.
 */
export function enterText(input: HTMLInputElement, text: string): void {
  const frameWindow = input.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  input.value = text;
  input.dispatchEvent(new (frameWindow ?? window).InputEvent('input', { bubbles: true, composed: true }));
}

/**
 * A whole opt-in through a `<wa-optin-form>` that may live in another frame (a script-tag
 * page, a framework example): wait for the phone rules, enter the number, tick, submit,
 * and (unless the page navigates away) wait for the receiver's yes.
 */
export async function optInThroughForm(form: Element, number: string, { awaitSuccess = true } = {}): Promise<void> {
  const root = form.shadowRoot!;
  const start = performance.now();
  // The picker's face gains the calling code once the rules are here (`IN +91`).
  while (!root.querySelector('.country-face')?.textContent?.includes('+')) {
    if (performance.now() - start > 5000) throw new Error('the phone rules never arrived');
    await new Promise((r) => setTimeout(r, 25));
  }
  enterText(root.querySelector<HTMLInputElement>('#phone')!, number);
  root.querySelector<HTMLInputElement>('#consent')!.click();
  const success = awaitSuccess ? new Promise((resolve) => form.addEventListener('wa-optin-success', resolve, { once: true })) : undefined;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await success;
}

/** The first `<wa-optin-form>` of a frame, once it has rendered with the phone rules loaded (its picker shows a calling code). */
export async function formInFrame(frame: HTMLIFrameElement): Promise<Element> {
  const start = performance.now();
  for (;;) {
    const form = frame.contentDocument?.querySelector('wa-optin-form');
    if (form?.shadowRoot?.querySelector('.country-face')?.textContent?.includes('+')) return form;
    if (performance.now() - start > 5000) throw new Error('no rendered <wa-optin-form> in the frame');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A CTA's popup once it is rendered and its opening animation has run (axe reads colours mid-fade wrong). */
export async function popupShown(cta: WaOptinCta): Promise<HTMLDialogElement | null | undefined> {
  await cta.updateComplete;
  await cta.popup?.updateComplete;
  const dialog = cta.popup?.shadowRoot?.querySelector('dialog');
  await Promise.all(dialog?.getAnimations({ subtree: true }).map((animation) => animation.finished) ?? []);
  return dialog;
}
