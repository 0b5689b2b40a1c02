// Real pointer input, as a person's finger or mouse: a click at the element's centre on
// screen (through the browser's input pipeline, so hit-testing, focus and labels all count).
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setViewport } from './viewport.js';

/** Presses the middle of `target` where it is on screen (scrolled into view first). */
export async function pressAt(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  if (!box.width || !box.height) throw new Error(`<${target.localName}> is not on screen: it cannot be pressed`);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Presses a field and types into it, replacing what it held. */
export async function pressAndType(field: HTMLInputElement, text: string): Promise<void> {
  await pressAt(field);
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/**
 * Runs `body` on a 360 × 640 phone screen, then restores the runner's default. In an
 * engine that cannot show that size, the test (`test`, mocha's `this`) is skipped with the reason.
 */
export async function onPhoneScreen(test: Mocha.Context, body: () => Promise<void>): Promise<void> {
  await setViewport({ width: 360, height: 640 }, test);
  try {
    await body();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}
