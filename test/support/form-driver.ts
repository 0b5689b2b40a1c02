// Drives a surface's opt-in form the way a person does: type into the field, tick, press.
import { sendKeys } from '@web/test-runner-commands';
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
