// Browser side of the screenshot tests (node side: visual-plugin.mjs). Everything that would
// make two runs of one state differ is fixed here: the font, the viewport, motion, the caret.
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';

/**
 * The one font every screenshot uses: DejaVu Sans, from Debian's `fonts-dejavu-core`, which
 * `chromium` pulls in on a fresh machine (through fontconfig) and `.ci/run` installs by name.
 * It covers Latin, Arabic and the marks the surfaces draw (✓ • ⌄). Taken with `local()`
 * under a name of our own, with upright faces only, so a machine with more DejaVu faces
 * (the oblique or condensed ones of fonts-dejavu-extra) draws the very same pixels: checked
 * with a fontconfig that sees fonts-dejavu-core's files alone (no other font to fall back
 * on), which gave all the pictures unchanged.
 */
export const VISUAL_FONT = 'wa-optin-visual';
const FONT_FACES = `
  @font-face { font-family: ${VISUAL_FONT}; src: local('DejaVu Sans'), local('DejaVuSans'); font-weight: 100 549; font-style: normal; }
  @font-face { font-family: ${VISUAL_FONT}; src: local('DejaVu Sans Bold'), local('DejaVuSans-Bold'); font-weight: 550 900; font-style: normal; }
`;

/** Screenshots are compared in Chromium only (see visual-plugin.mjs): true there. */
export function isChromium(): boolean {
  const brands = (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands ?? [];
  return brands.some((b) => b.brand === 'Chromium');
}

export const SKIP_REASON =
  'screenshots are compared in Chromium only: a baseline is one engine’s text rasterising and anti-aliasing, so Firefox and WebKit would each need baselines of their own';

let prepared = false;

/** Once per page: the test font loaded (or a clear error), reduced motion. */
export async function preparePage(): Promise<void> {
  if (prepared) return;
  const style = document.createElement('style');
  style.textContent = `${FONT_FACES} body { margin: 0; }`;
  document.head.append(style);
  // A local() face that is not installed rejects the load (Chromium: "NetworkError").
  const loaded = await Promise.all([document.fonts.load(`16px ${VISUAL_FONT}`), document.fonts.load(`bold 16px ${VISUAL_FONT}`)]).catch(() => []);
  if (loaded.length !== 2 || loaded.some((faces) => !faces.length)) {
    throw new Error('the screenshot font DejaVu Sans (regular and bold) is not installed: apt-get install fonts-dejavu-core');
  }
  if ((await executeServerCommand('wa-optin-reduced-motion')) !== true) throw new Error('could not turn motion off');
  const version = await chromiumVersion();
  const { recorded } = await executeServerCommand<{ recorded: string | null }, { version: string }>('wa-optin-visual-browser', { version });
  if (recorded !== version) {
    otherBrowser = `the baselines were made with Chromium ${recorded ?? 'of unknown version'} and this is Chromium ${version}: another build draws text a pixel apart, so its pictures are not compared (review and regenerate them with npm run test:visual:update)`;
    console.warn(`screenshot tests skipped: ${otherBrowser}`);
  }
  prepared = true;
}

/**
 * Why the pictures cannot be compared in this browser ('' when they can). A CI machine
 * that installs a newer Chromium than the baselines' skips them, saying so, rather than
 * failing on anti-aliasing; the version the baselines need is in baselines/chromium-version.txt.
 */
export let otherBrowser = '';

async function chromiumVersion(): Promise<string> {
  type Brands = { brand: string; version: string }[];
  const data = (navigator as Navigator & { userAgentData?: { getHighEntropyValues(hints: string[]): Promise<{ fullVersionList?: Brands }> } }).userAgentData;
  const { fullVersionList = [] } = (await data?.getHighEntropyValues(['fullVersionList'])) ?? {};
  return fullVersionList.find((b) => b.brand === 'Chromium')?.version ?? 'unknown';
}

/**
 * The fixture's wrapper: the fixed font, no caret (it blinks). It stands in for the page's
 * margin (the body's is taken away) and is as wide as what it holds, up to the viewport, so
 * an inline surface's picture is the surface with 8 px around it, not a mostly blank page.
 */
export const fontStyle = `font-family: ${VISUAL_FONT}; font-size: 16px; caret-color: transparent;`;
export const wrapperStyle = `${fontStyle} display: flow-root; box-sizing: border-box; width: fit-content; max-width: 100%; padding: 8px; background: #fff;`;

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** The element that really has focus, through shadow roots (its focus ring is in the picture). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Anything still moving ends now, and focus has stopped moving (a surface moves it a
 * promise or two after it opens or says thank you): the same element for three frames.
 */
async function settle(): Promise<void> {
  await document.fonts.ready;
  for (const animation of document.getAnimations()) animation.finish();
  let focused = deepActiveElement();
  for (let sameFor = 0; sameFor < 3; ) {
    await nextFrame();
    const now = deepActiveElement();
    sameFor = now === focused ? sameFor + 1 : 0;
    focused = now;
  }
}

/**
 * Compares `element` (its bounding box, clipped from the page) with the committed baseline
 * `name`.png; on a difference beyond the tolerance, the test fails and the screenshot and a
 * diff image are written to test/visual/failed/ (ignored by git).
 */
export async function matchesBaseline(element: Element, name: string): Promise<void> {
  await settle();
  await visualDiff(element, name);
}
