// Issue 14, accessibility: axe-core (WCAG 2.2 AA rules, as chai-a11y-axe runs them) finds
// nothing in any state of any surface, in English, Arabic (right to left) and Hindi.
import { expect } from '@open-wc/testing';
import { freshOptinState } from '../../support/fresh-state.js';
import { animationsDone, composedElements, LOCALES, SURFACES, visibleText } from './surface-states.js';

/** The state was really reached, in the language asked for: else a clean axe run proves nothing. */
const SCRIPT: Record<string, RegExp> = { 'en-US': /[A-Za-z]/, 'ar-SA': /[\u0600-\u06FF]/, 'hi-IN': /[\u0900-\u097F]/ };
function expectStateReached(el: HTMLElement, state: string, lang: string): void {
  const all = composedElements(el);
  const text = visibleText(el);
  if (state === 'closed' && el.localName !== 'wa-optin-cta') {
    expect(text, 'nothing of a closed surface shows').to.equal('');
    return;
  }
  expect(text, `${lang} text`).to.match(SCRIPT[lang]);
  if (state.includes('error') || state === 'not saved') {
    expect(all.some((e) => e.getAttribute('aria-invalid') === 'true' || (e.id === 'message' && e.textContent!.trim())), 'an error shows').to.equal(true);
  }
  if (state === 'success') expect(all.some((e) => e.getAttribute('part') === 'thank-you'), 'the thank-you shows').to.equal(true);
  if (state === 'subscribed') expect(all.some((e) => e.getAttribute('part') === 'subscribed'), 'the subscribed line shows').to.equal(true);
  if (lang === 'ar-SA') expect(getComputedStyle(el).direction).to.equal('rtl');
}

const checked: string[] = [];

describe('axe: every surface, every state, en / ar / hi', () => {
  beforeEach(freshOptinState);
  after(async () => {
    await freshOptinState();
    console.log(`axe-clean (${checked.length}): ${checked.join('; ')}`);
  });

  for (const surface of SURFACES) {
    for (const locale of LOCALES) {
      for (const [state, stage] of Object.entries(surface.states)) {
        it(`<${surface.tag}> ${state}, ${locale.lang}`, async () => {
          const { el, container } = await stage(locale);
          try {
            expectStateReached(el, state, locale.lang);
            await animationsDone();
            await expect(el).to.be.accessible();
            checked.push(`${surface.tag} ${state} ${locale.lang}`);
          } finally {
            container.remove();
          }
        });
      }
    }
  }
});
