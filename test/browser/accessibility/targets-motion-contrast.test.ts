// Issue 14, accessibility (WCAG 2.2 AA): every interactive target of every surface is at
// least 24 × 24 px on a 360 px phone (only a link inside a sentence may be smaller);
// `prefers-reduced-motion: reduce` leaves no animation or transition running; colours pass
// AA (axe's color-contrast) on a light page, a dark one, and one that follows a dark system.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { WaOptinPopup } from '../../../src/components/popup/popup.js';
import { freshOptinState } from '../../support/fresh-state.js';
import { setViewport } from '../../support/viewport.js';
import { animationsDone, composedElements, LOCALES, SURFACES } from './surface-states.js';

const MIN = 24;

/** Targets a person can press: buttons, fields, pickers, boxes and links that show. */
function targets(root: Element): HTMLElement[] {
  return composedElements(root).filter((el): el is HTMLElement => {
    if (!(el instanceof HTMLElement) || !el.checkVisibility()) return false;
    if (el.closest('[aria-hidden=true]')) return false;
    const tag = el.localName;
    return tag === 'button' || tag === 'select' || tag === 'input' || (tag === 'a' && el.hasAttribute('href'));
  });
}

/** The box a press lands in (the country picker's invisible select covers its whole drawn box). */
const boxOf = (el: HTMLElement) => el.getBoundingClientRect();

/** Inline exception of 2.5.8: a link inside a sentence, its size set by the line of text. */
const inSentence = (el: HTMLElement) => el.localName === 'a' && [...(el.parentElement?.childNodes ?? [])].some((n) => n !== el && n.textContent!.trim());

/**
 * Every target smaller than 24 × 24 px, except a link inside a sentence. Stricter than
 * 2.5.8, on purpose: no target leans on the spacing exception, which a page's own
 * layout around the element (a tight checkout grid) could take away.
 */
function tooSmall(root: Element): string[] {
  return targets(root)
    .filter((el) => !inSentence(el))
    .filter((el) => {
      const r = boxOf(el);
      return r.width < MIN - 0.01 || r.height < MIN - 0.01;
    })
    .map((el) => {
      const r = boxOf(el);
      return `${el.localName}${el.id ? '#' + el.id : ''}[part=${el.getAttribute('part')}] ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
    });
}

/** `emulateMedia` where the engine's driver has it; the test is skipped with the reason where not. */
async function emulateOrSkip(media: Parameters<typeof emulateMedia>[0], test: Mocha.Context): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    console.warn(`skipped: no media emulation here (${String(error).slice(0, 120)})`);
    test.skip();
  }
}

describe('targets, motion and contrast', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  describe('every target at least 24 × 24 px on a 360 px phone (2.5.8)', () => {
    before(async function () {
      await setViewport({ width: 360, height: 640 }, this);
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });
    for (const surface of SURFACES) {
      for (const locale of [LOCALES[0], LOCALES[1]]) {
        it(`<${surface.tag}> in ${locale.lang}, every state`, async function () {
          this.timeout(60_000);
          const measured: string[] = [];
          for (const [state, stage] of Object.entries(surface.states)) {
            await freshOptinState();
            const { el, container } = await stage(locale);
            try {
              await animationsDone();
              expect(tooSmall(el), state).to.deep.equal([]);
              measured.push(`${state}: ${targets(el).length}`);
            } finally {
              container.remove();
            }
          }
          console.log(`targets ≥ 24 px, <${surface.tag}> ${locale.lang}: ${measured.join(', ')}`);
        });
      }
    }
  });

  describe('prefers-reduced-motion', () => {
    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
    });

    it('the popup slides in by default, and not at all when the person asked for reduced motion', async function () {
      const stage = SURFACES.find((s) => s.tag === 'wa-optin-popup')!.states.closed;
      await emulateOrSkip({ reducedMotion: 'no-preference' }, this);
      let { el, container } = await stage(LOCALES[0]);
      (el as WaOptinPopup).show();
      await (el as WaOptinPopup).updateComplete;
      const dialog = () => el.shadowRoot!.querySelector('dialog')!;
      expect(getComputedStyle(dialog()).animationName).to.not.equal('none');
      container.remove();

      await emulateOrSkip({ reducedMotion: 'reduce' }, this);
      ({ el, container } = await stage(LOCALES[0]));
      (el as WaOptinPopup).show();
      await (el as WaOptinPopup).updateComplete;
      expect(getComputedStyle(dialog()).animationName).to.equal('none');
      expect(dialog().getAnimations()).to.have.length(0);
      container.remove();
    });

    it('nothing of any surface, in any state, animates or transitions under reduced motion', async function () {
      this.timeout(120_000);
      await emulateOrSkip({ reducedMotion: 'reduce' }, this);
      const moving: string[] = [];
      for (const surface of SURFACES) {
        for (const [state, stage] of Object.entries(surface.states)) {
          await freshOptinState();
          const { el, container } = await stage(LOCALES[0]);
          try {
            for (const part of [el, ...composedElements(el)]) {
              const style = getComputedStyle(part);
              const durations = `${style.animationDuration},${style.transitionDuration}`.split(',').map((d) => parseFloat(d));
              const animated = style.animationName !== 'none' && durations.some((d) => d > 0);
              const transitioned = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
              if (animated || transitioned || part.getAnimations().length) moving.push(`${surface.tag} ${state} ${part.localName}.${part.className}`);
            }
          } finally {
            container.remove();
          }
        }
      }
      expect(moving).to.deep.equal([]);
    });
  });

  const PAGES = [
    { name: 'a light page', colorScheme: 'light', dark: false },
    { name: 'a dark page (color-scheme: dark)', colorScheme: 'dark', dark: true },
    // Needs media emulation (Chromium's DevTools protocol); skipped where the driver has none.
    { name: 'a page following a dark system (light dark)', colorScheme: 'light dark', dark: true, emulate: 'dark' as const },
  ];
  for (const page of PAGES) {
    describe(`AA contrast on ${page.name}`, () => {
      before(async function () {
        if (page.emulate) await emulateOrSkip({ colorScheme: page.emulate }, this);
        // The page's canvas and text follow its scheme, as a site with a dark mode does.
        document.documentElement.style.colorScheme = page.colorScheme;
        document.body.style.background = 'Canvas';
        document.body.style.color = 'CanvasText';
      });
      after(async () => {
        document.documentElement.style.colorScheme = '';
        document.body.style.background = '';
        document.body.style.color = '';
        if (page.emulate) await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
      });

      it('the page really is light or dark', () => {
        const [r] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
        expect(r, getComputedStyle(document.body).backgroundColor).to.be[page.dark ? 'below' : 'above'](128);
      });

      for (const surface of SURFACES) {
        it(`<${surface.tag}>, every state, en and ar: axe passes, color-contrast included`, async function () {
          this.timeout(60_000);
          for (const locale of [LOCALES[0], LOCALES[1]]) {
            for (const [state, stage] of Object.entries(surface.states)) {
              await freshOptinState();
              const { el, container } = await stage(locale);
              try {
                await animationsDone();
                await expect(el, `${state} ${locale.lang}`).to.be.accessible();
              } finally {
                container.remove();
              }
            }
          }
        });
      }
    });
  }
});
