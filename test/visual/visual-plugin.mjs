// Screenshot comparison for test/visual (issue 15, "How to verify"): each surface, each state,
// at 360 and 1280 px, in en and ar, against a PNG committed in test/visual/baselines/.
//
//   npm run test:visual          compare (also part of `npm test`)
//   npm run test:visual:update   write the baselines again (update-baselines.mjs; review them in the diff)
//
// Chromium only: a baseline is one engine's pixels (its text rasteriser and anti-aliasing), so
// Firefox and WebKit would need baselines of their own; the tests skip there, saying why.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const here = (path) => resolve(dirname(fileURLToPath(import.meta.url)), path);

/** `WA_OPTIN_VISUAL_UPDATE=1` (what `npm run test:visual:update` sets): write baselines instead of comparing. */
export const updatingBaselines = process.env.WA_OPTIN_VISUAL_UPDATE === '1';

/**
 * The tolerance, stated once. Two runs on one machine give the very same pixels (measured:
 * 0 differing pixels in all 70 pictures with no tolerance at all, also under load). Another machine with the
 * same Chromium and fonts may still round a blend one or two steps differently (Skia's
 * software rasteriser picks SSE or AVX code paths by CPU), so:
 * - per pixel, pixelmatch's `threshold` 0.03 (YIQ distance, 0–1): a pixel differs when its
 *   grey moves by more than about 8 steps of 255. One or two steps of rounding pass;
 *   a colour change a person would see (a grey text made darker for contrast, a new accent)
 *   does not. Pixels pixelmatch takes for anti-aliasing (glyph edges) are not counted;
 * - per picture, at most 0.05 % of the pixels may still differ: a few stray pixels (48 on a
 *   form at 360 px), never a moved control or a changed word, each of which changes
 *   hundreds of pixels or more.
 */
export const TOLERANCE = { diffOptions: { threshold: 0.03, includeAA: false }, failureThresholdType: 'percent', failureThreshold: 0.05 };

export function visualPlugins() {
  // failed/ holds this run's failures only, not an earlier run's.
  rmSync(here('failed'), { recursive: true, force: true });
  return [
    visualRegressionPlugin({
      update: updatingBaselines,
      baseDir: here('.'),
      // File names say what is in them: surface-state-width-locale.png (e.g. form-error-360-ar.png).
      getBaselineName: ({ name }) => `baselines/${name}`,
      // What a failed comparison saw, and the difference (red), beside each other; ignored by git.
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      ...TOLERANCE,
    }),
    {
      // `executeServerCommand('wa-optin-visual-browser', { version })`: the Chromium the baselines
      // were made with, kept beside them (written when updating, read when comparing), so a
      // failure can say when it may come from a newer browser rather than from the surfaces.
      name: 'wa-optin:visual-browser',
      executeCommand({ command, payload }) {
        if (command !== 'wa-optin-visual-browser') return undefined;
        const file = here('baselines/chromium-version.txt');
        if (updatingBaselines) {
          mkdirSync(here('baselines'), { recursive: true });
          writeFileSync(file, `${payload.version}\n`);
          return { recorded: payload.version };
        }
        try {
          return { recorded: readFileSync(file, 'utf8').trim() };
        } catch {
          return { recorded: null };
        }
      },
    },
    {
      // `executeServerCommand('wa-optin-reduced-motion')`: the page prefers reduced motion, so
      // no surface animates into a screenshot (the popup's rise honours it).
      name: 'wa-optin:reduced-motion',
      async executeCommand({ command, session }) {
        if (command !== 'wa-optin-reduced-motion') return undefined;
        if (session.browser.type !== 'puppeteer') return false;
        await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        return true;
      },
    },
  ];
}
