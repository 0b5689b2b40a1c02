// The split script-tag build, `dist/wa-optin.js`: a small classic loader that fetches each
// surface's code (ES module chunks in dist/wa-optin/) only when its tag is on the page.
// What it shares with the one-file build (every surface, the data-* attributes, the page
// API) runs for both files in script-tag-surfaces.test.ts and script-tag-drop-in.test.ts;
// here, what only the loader does. `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consentOutbox } from '../../src/core/delivery.js';
import type { OptinErrorDetail } from '../../src/core/events.js';
import ar from '../../src/locales/ar.js';
import en from '../../src/locales/en.js';
import { enterText, formInFrame, optInThroughForm } from '../support/form-driver.js';
import { pageLosing as pageLosingFiles, tapInFrame } from '../support/offline-page.js';
import { onPhoneScreen } from '../support/pointer.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../support/receiver.js';
import { sitePage, type SitePageWindow } from '../support/site-page.js';

interface SplitWindow extends SitePageWindow {
  /** ms from navigation to the frame in which the surface (the form's phone field, a banner's bar) was first laid out (checked just before that frame paints). */
  surfaceReady?: number;
  /** ms from navigation to just after the frame in which it was first painted. */
  surfacePainted?: number;
  firstBusiness?: string | null;
}

/**
 * Records when what `find` finds (the form's phone field, a banner's bar) is first painted:
 * checked before each frame, timed after it by a posted message (not a timer: Firefox holds
 * timers back while a page loads, which made the paint look later than work that waits for it).
 */
const paintProbe = (find: string) => `<script>
  (function check() {
    const shown = ${find};
    if (!shown || shown.getBoundingClientRect().width === 0) return requestAnimationFrame(check);
    window.surfaceReady = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.surfacePainted = performance.now());
    channel.port2.postMessage(null);
  })();
</script>`;
/** What the probe watches on a page with a form: its number field. */
const PAINT_FIELD = "document.querySelector('wa-optin-form')?.shadowRoot?.querySelector('input[type=tel]')";

/** A page with the split loader's script tag (`attributes` on it) and `body`. */
const splitPage = (attributes: string, body: string, around: { head?: string; afterScript?: string } = {}) =>
  sitePage<SplitWindow>('/dist/wa-optin.js', attributes, body, around);

const pathsFetched = (win: Window, filter: (entry: PerformanceResourceTiming) => boolean = () => true) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(filter).map((entry) => new URL(entry.name).pathname);

/**
 * A split-build page with `body` (the tag's data-* for the scripted receiver), once the
 * surface `find` finds is painted: the script files requested before that frame (strictly
 * before: Firefox's clock has a resolution of 1 ms, and the idle loads that start right
 * after the paint often read the same millisecond as the probe did just before it) and the
 * frame's time. `shown` gets the frame as soon as it is on the page (to clean up, to size it).
 */
async function pagePainted(body: string, find: string, shown: (frame: HTMLIFrameElement) => void) {
  const receiver = await scriptedEndpoint();
  const page = await splitPage(`data-endpoint="${receiver.url}" data-business="Acme" data-topics="order_updates" data-country="US"`, body, { head: paintProbe(find) });
  shown(page.frame);
  await eventually(() => page.win.surfacePainted, (ms) => ms !== undefined);
  // Request start against the painted frame's callback (a busy Firefox or WebKit runs the
  // probe's posted message late, after idle work that starts once the frame has painted).
  const paintedAt = page.win.surfaceReady!;
  const beforePaint = pathsFetched(page.win, (entry) => entry.startTime < paintedAt && /\.js$/.test(entry.name)).sort();
  return { receiver, page, paintedAt, beforePaint };
}

/** The files an entry of the split build needs, from the build's own manifest (as `npm run size` reads it). */
async function closureOf(...sources: string[]): Promise<string[]> {
  const manifest = (await (await fetch('/dist/wa-optin/manifest.json')).json()) as Record<string, { file: string; imports?: string[] }>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (files.has(`/dist/${chunk.file}`)) return;
    files.add(`/dist/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return [...files].sort();
}

/** A split-build page whose connection drops the files matching `dropped` (test/support/offline-page.ts). */
const pageLosing = (dropped: string, body: string, options: { delayMs?: number } = {}) => pageLosingFiles<SplitWindow>(dropped, body, options);

/** The same, losing the delivery chunk: the code that builds and sends the record, loaded after the first paint. */
const pageWithoutSendCode = (body: string, options: { delayMs?: number } = {}) => pageLosing('^/dist/wa-optin/delivery-', body, options);

/**
 * What axe finds wrong with `element` of a page in a frame, with axe loaded into that page
 * (`expect(el).to.be.accessible()` runs the test page's own axe, which cannot reach
 * another document): each violation's id and the elements it names.
 */
async function axeViolationsInFrame(win: Window, element: Element): Promise<string[]> {
  const frameWindow = win as Window & { axe?: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
  if (!frameWindow.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      win.document.head.append(script);
    });
  }
  const { violations } = await frameWindow.axe!.run(element);
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** Shows `frame` as a 360 × 640 phone screen at the test page's top left. */
function asPhone(frame: HTMLIFrameElement): void {
  frame.width = '360';
  frame.height = '640';
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; border: 0';
}

describe('dist/wa-optin.js, the split script tag', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('wa-optin:display');
  });

  it('is a classic script: no import or export statement, so a plain <script src> runs it', async () => {
    const source = await (await fetch('/dist/wa-optin.js')).text();
    expect(source).to.not.match(/^\s*import\s|[;}]\s*import\s*[{*\w]|\bexport\s*[{*]|\bexport\s+(default|const|function)/m);
  });

  it('on a page without any wa-optin element fetches no chunk, and defines an element added later', async () => {
    const page = await splitPage('data-endpoint="/nowhere" data-business="Acme" data-topics="offers"', '<main><h1>Shop</h1><p>No opt-in here.</p></main>');
    frame = page.frame;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pathsFetched(page.win).filter((path) => path.startsWith('/dist/'))).to.deep.equal(['/dist/wa-optin.js']);
    expect(page.win.customElements.get('wa-optin-form')).to.equal(undefined);
    expect(page.win.WaOptin.configure).to.be.a('function');

    // A single-page app adds a form later: the observer brings its code.
    page.doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<section><wa-optin-form></wa-optin-form></section>');
    const form = page.doc.querySelector('wa-optin-form')!;
    const business = await eventually(() => form.shadowRoot?.querySelector('[part=business]')?.textContent, (text) => text === 'Acme');
    expect(business).to.equal('Acme');
    expect(pathsFetched(page.win)).to.not.include('/dist/wa-optin/popup.js');
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('fetches only the form’s chunks before the form’s first paint, and the page API and the delivery code after it', async () => {
    const { receiver, page, beforePaint } = await pagePainted('<wa-optin-form></wa-optin-form>', PAINT_FIELD, (shown) => (frame = shown));
    const expected = await closureOf('src/components/form/define.ts');
    expect(beforePaint).to.deep.equal(['/dist/wa-optin.js', ...expected].sort());
    expect(beforePaint, 'the page API is not part of the first render').to.not.include('/dist/wa-optin/page.js');
    for (const other of ['popup', 'banner', 'cta', 'checkbox']) expect(pathsFetched(page.win)).to.not.include(`/dist/wa-optin/${other}.js`);
    // The tag's data-* defaults reached the first render without the page API.
    const form = page.doc.querySelector('wa-optin-form')!;
    expect(form.shadowRoot!.querySelector('[part=business]')?.textContent).to.equal('Acme');
    // The rest of the API comes once the page is idle, without anyone asking for it.
    const api = await eventually(() => pathsFetched(page.win).filter((path) => path === '/dist/wa-optin/page.js'), (paths) => paths.length === 1, 5000);
    expect(api, 'the page API, fetched once after the paint').to.deep.equal(['/dist/wa-optin/page.js']);
    const hasOptedIn = await eventually(() => page.win.WaOptin.hasOptedIn, (fn) => typeof fn === 'function');
    expect(hasOptedIn, 'the page API, applied once its chunk ran').to.be.a('function');

    // The delivery code comes once the page is idle (or the person acts); the opt-in goes through.
    await optInThroughForm(form, '2015550123');
    const [request] = await receiver.requests();
    expect(request.body).to.include({ business: 'Acme', phone: '+12015550123', source: 'form' });
    expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
    const delivery = pathsFetched(page.win).filter((path) => /^\/dist\/wa-optin\/delivery-[\w-]+\.js$/.test(path));
    expect(delivery, 'the delivery chunk, fetched once').to.have.length(1);
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('a checkout’s box paints before its delivery code is fetched, which comes right after the paint (not when idle): there before anyone can tick and submit', async () => {
    const { page, paintedAt, beforePaint } = await pagePainted(
      '<form action="about:blank" method="post"><wa-optin-checkbox></wa-optin-checkbox><button>Place order</button></form>',
      "document.querySelector('wa-optin-checkbox')?.shadowRoot?.querySelector('input[type=tel]')",
      (shown) => (frame = shown),
    );
    const isDelivery = (path: string) => /^\/dist\/wa-optin\/delivery-[\w-]+\.js$/.test(path);
    expect(beforePaint).to.deep.equal(['/dist/wa-optin.js', ...(await closureOf('src/components/checkbox/define.ts'))].sort());
    expect(beforePaint.some(isDelivery), 'the delivery code before the paint').to.equal(false);
    // Right after it: requested within a few frames of the paint, with the page otherwise quiet.
    const delivery = await eventually(
      () => (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => isDelivery(new URL(entry.name).pathname)),
      Boolean,
      3000,
    );
    expect(delivery!.startTime - paintedAt, 'ms from the painted frame to the delivery code’s request').to.be.below(500);
  });

  it('a banner’s bar paints without the form’s code, which comes once the page is idle; on a 360 px phone, a tap on "Sign up" opens the form and real taps opt in', async function () {
    await onPhoneScreen(this, async () => {
      const { receiver, page, beforePaint } = await pagePainted(
        '<main><h1>Shop</h1><p>Products.</p></main><wa-optin-banner></wa-optin-banner>',
        "document.querySelector('wa-optin-banner')?.shadowRoot?.querySelector('[part=bar]')",
        (shown) => asPhone((frame = shown)),
      );
      expect(beforePaint, 'the bar’s first render').to.deep.equal(['/dist/wa-optin.js', ...(await closureOf('src/components/banner/define.ts'))].sort());
      const formCode = await closureOf('src/components/form/define.ts');
      const notYet = formCode.filter((path) => !beforePaint.includes(path));
      expect(notYet, 'the form’s own code and the number field’s are not in it').to.include.members(['/dist/wa-optin/form.js']);
      expect(notYet.length, 'files of the form that the bar did not wait for').to.be.at.least(2);

      // Nobody touched the page: its code comes once the page is idle after the paint.
      await eventually(() => page.win.customElements.get('wa-optin-form'), Boolean, 5000);
      for (const path of notYet) expect(pathsFetched(page.win), `${path}, after the paint`).to.include(path);

      const banner = page.doc.querySelector('wa-optin-banner')!;
      await tapInFrame(page.frame, banner.shadowRoot!.querySelector('[part=toggle]')!);
      const form = await eventually(() => banner.shadowRoot!.querySelector('wa-optin-form'), (el) => Boolean(el?.shadowRoot?.querySelector('#phone')));
      expect(banner.shadowRoot!.activeElement === form, 'the tap took the person into the form').to.equal(true);
      const root = form!.shadowRoot!;
      const field = root.querySelector<HTMLInputElement>('#phone')!;
      await tapInFrame(page.frame, field);
      await sendKeys({ type: '2015550123' });
      await tapInFrame(page.frame, root.querySelector('#consent')!);
      expect(root.querySelector<HTMLInputElement>('#consent')!.checked, 'the tap ticked the box').to.equal(true);
      await tapInFrame(page.frame, root.querySelector('button[type=submit]')!);
      const [request] = await eventually(receiver.requests, (requests) => requests.length === 1, 5000);
      expect(request.body).to.include({ business: 'Acme', phone: '+12015550123', source: 'banner' });
      expect(page.doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
      expect(page.win.consoleErrors).to.deep.equal([]);
    });
  });

  it('a CTA on a page where the person already opted in for its topics shows its quiet line and fetches nothing more: no popup, no form, no number field', async () => {
    // What an opt-in on an earlier page of the site left (DisplayMemory.rememberOptIn), set before the script runs.
    const memory = { optedInAt: new Date().toISOString(), optIns: [{ topics: ['order_updates'], phone: '+1•••0123', at: new Date().toISOString() }] };
    const page = await splitPage('data-endpoint="/nowhere" data-business="Acme" data-topics="order_updates"', '<p>Hello</p><wa-optin-cta></wa-optin-cta>', {
      head: `<script>localStorage.setItem('wa-optin:display', ${JSON.stringify(JSON.stringify(memory))});</script>`,
    });
    frame = page.frame;
    const cta = (await eventually(() => page.doc.querySelector('wa-optin-cta'), (el) => Boolean(el?.shadowRoot?.querySelector('[part=subscribed]'))))!;
    // Booleans, not elements: chai walks an element of another window property by property when it fails.
    expect(Boolean(cta.shadowRoot!.querySelector('[part=button]')), 'a button to press').to.equal(false);
    // Idle, a pointer over it, a focus inside the page: none of it fetches what the button would open.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    cta.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fetched = pathsFetched(page.win).filter((path) => path.startsWith('/dist/wa-optin/'));
    const opened = await closureOf('src/components/popup/define.ts');
    const own = await closureOf('src/components/cta/define.ts');
    expect(fetched.filter((path) => opened.includes(path) && !own.includes(path)), 'the popup’s and the form’s files').to.deep.equal([]);
    expect(Boolean(page.win.customElements.get('wa-optin-popup')), 'the popup defined').to.equal(false);
  });

  it('a CTA whose popup cannot be fetched: a press says so under the button, and a press once the connection is back opens the popup', async () => {
    const { receiver, page, restore } = await pageLosing('^/dist/wa-optin/popup\\.js$', '<p>Hello</p><wa-optin-cta></wa-optin-cta>');
    frame = page.frame;
    const cta = (await eventually(() => page.doc.querySelector('wa-optin-cta'), (el) => Boolean(el?.shadowRoot?.querySelector('[part=button]'))))!;
    const button = cta.shadowRoot!.querySelector('[part=button]')!;
    // The page's idle preload of the popup failed already, quietly: nobody had pressed.
    await eventually(() => pathsFetched(page.win).filter((path) => path.endsWith('/dist/wa-optin/popup.js')), (paths) => paths.length >= 1, 5000);
    expect(Boolean(cta.shadowRoot!.querySelector('[part=not-loaded]')), 'a message before any press').to.equal(false);

    await tapInFrame(page.frame, button);
    const message = (await eventually(() => cta.shadowRoot!.querySelector('[part=not-loaded]'), Boolean, 5000))!;
    expect(message.textContent?.trim()).to.equal(en.errors.notLoaded);
    expect(message.getAttribute('role'), 'announced as it appears').to.equal('alert');
    expect(message.getBoundingClientRect().top, 'under the button').to.be.at.least(button.getBoundingClientRect().bottom - 1);
    expect(Boolean(cta.shadowRoot!.querySelector('wa-optin-popup')), 'a popup').to.equal(false);
    expect(await axeViolationsInFrame(page.win, cta), 'axe on the CTA with the message').to.deep.equal([]);

    await restore();
    await tapInFrame(page.frame, button);
    const popup = (await eventually(() => cta.shadowRoot!.querySelector('wa-optin-popup'), (el) => Boolean(el?.shadowRoot?.querySelector('dialog')?.open), 5000))!;
    expect(Boolean(cta.shadowRoot!.querySelector('[part=not-loaded]')), 'the message still there').to.equal(false);
    const form = await eventually(() => popup.shadowRoot!.querySelector('wa-optin-form'), (el) => Boolean(el?.shadowRoot?.querySelector('#phone')));
    await optInThroughForm(form!, '2015550123');
    expect((await receiver.requests())[0].body).to.include({ phone: '+12015550123', source: 'cta' });
  });

  it('on a 360 px phone in Arabic, a tap on a CTA whose popup cannot be fetched: the message is in Arabic, right to left, under the button and inside the screen', async function () {
    await onPhoneScreen(this, async () => {
      const { page } = await pageLosing('^/dist/wa-optin/popup\\.js$', '<p>مرحبا</p><wa-optin-cta locale="ar"></wa-optin-cta>');
      frame = page.frame;
      asPhone(frame);
      const cta = (await eventually(() => page.doc.querySelector('wa-optin-cta'), (el) => el?.getAttribute('dir') === 'rtl' && Boolean(el.shadowRoot?.querySelector('[part=button]'))))!;
      const button = cta.shadowRoot!.querySelector('[part=button]')!;
      await tapInFrame(page.frame, button);
      const message = (await eventually(() => cta.shadowRoot!.querySelector<HTMLElement>('[part=not-loaded]'), Boolean, 5000))!;
      expect(message.textContent?.trim()).to.equal(ar.errors.notLoaded);
      expect(page.win.getComputedStyle(message).direction).to.equal('rtl');
      const shown = message.getBoundingClientRect();
      expect(shown.top, 'under the button').to.be.at.least(button.getBoundingClientRect().bottom - 1);
      expect(shown.left, 'inside the screen').to.be.at.least(0);
      expect(shown.right, 'inside the screen').to.be.at.most(360);
      expect(page.doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
    });
  });

  it('a banner whose number-field chunk (a file the form’s code imports) is dropped: a press says the form could not load, never nothing, also after the connection is back', async () => {
    const { page, restore } = await pageLosing('^/dist/wa-optin/field-', '<wa-optin-banner></wa-optin-banner>');
    frame = page.frame;
    const banner = (await eventually(() => page.doc.querySelector('wa-optin-banner'), (el) => Boolean(el?.shadowRoot?.querySelector('[part=toggle]'))))!;
    const toggle = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
    const shown = () => banner.shadowRoot!.querySelector('[part=not-loaded]')?.textContent?.trim() ?? (banner.shadowRoot!.querySelector('wa-optin-form')?.shadowRoot?.querySelector('#phone') ? 'the form' : undefined);
    await tapInFrame(page.frame, toggle);
    expect(await eventually(shown, Boolean, 5000)).to.equal(en.errors.notLoaded);

    // Back online, folded and pressed again: Chromium and Firefox keep the dropped chunk's
    // failure until a reload (src/core/chunk-import.ts), WebKit fetches it anew. Either the
    // form or the message, never an empty panel.
    await restore();
    await tapInFrame(page.frame, toggle);
    await tapInFrame(page.frame, toggle);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([en.errors.notLoaded, 'the form'], 'what the panel shows').to.include(await eventually(shown, Boolean, 5000));
  });

  // The phone rules come after the first paint as two files, libphonenumber-js's code (a
  // chunk, imported) and the rules (JSON, fetched). A connection that drops either leaves
  // the field taking +numbers only; the person's next tap on the number fetches them again.
  // For the chunk, Chromium and Firefox remember a failed module for the page's life: the
  // retry asks for it under another address (src/core/chunk-import.ts).
  for (const [what, dropped] of [
    ['libphonenumber-js’s code (a chunk)', '^/dist/wa-optin/phone-engine-'],
    ['the rules’ file', '^/dist/wa-optin\\.phone-metadata\\.json$'],
  ] as const) {
    it(`a form whose phone rules cannot be fetched (${what}) takes +numbers and says so; once the connection is back, the next tap on the number brings them`, async () => {
      const { receiver, page, restore } = await pageLosing(dropped, '<p id="intro">Order updates on WhatsApp</p><wa-optin-form></wa-optin-form>');
      frame = page.frame;
      const form = (await eventually(() => page.doc.querySelector('wa-optin-form'), (el) => Boolean(el?.shadowRoot?.querySelector('#phone'))))!;
      const root = form.shadowRoot!;
      const field = root.querySelector<HTMLInputElement>('#phone')!;
      // Shown, not only there: once the rules arrive the words keep their room, hidden (form.ts).
      const saysRulesFailed = () =>
        [...root.querySelectorAll('p')].some((p) => p.textContent?.trim() === en.errors.metadata && page.win.getComputedStyle(p).visibility === 'visible');
      const hasPicker = () => Boolean(root.querySelector('select#country'));

      await tapInFrame(page.frame, field);
      expect(await eventually(saysRulesFailed, Boolean, 5000), 'the form says why it wants a +number').to.equal(true);
      expect(hasPicker(), 'a country picker with no rules behind it').to.equal(false);
      // (The page's files are under the test network's prefix, `/__offline/<name>/dist/…`.)
      const fetchesOfDropped = () => pathsFetched(page.win).filter((path) => new RegExp(dropped).test(path.replace(/^\/__offline\/[^/]+/, ''))).length;
      const fetchesWhileDown = fetchesOfDropped();

      // Back online. The person leaves the field and taps it again: the rules come, the
      // form gets its picker and drops the hint, and a number typed as people there write it is taken.
      await restore();
      await tapInFrame(page.frame, page.doc.querySelector('#intro')!);
      await tapInFrame(page.frame, field);
      expect(await eventually(hasPicker, Boolean, 5000), 'the picker, once the rules are here').to.equal(true);
      expect(saysRulesFailed(), 'the hint after the rules arrived').to.equal(false);
      expect(fetchesOfDropped(), 'fetched again').to.be.greaterThan(fetchesWhileDown);
      await optInThroughForm(form, '(201) 555-0123');
      expect((await receiver.requests())[0].body).to.include({ phone: '+12015550123' });
      expect(page.win.consoleErrors).to.deep.equal([]);
    });
  }

  it('a form whose language file cannot be fetched shows English; once the connection is back, the next tap on the number brings the person’s language', async () => {
    const { receiver, page, restore } = await pageLosing('^/dist/wa-optin\\.locale\\.ar\\.json$', '<p id="intro">مرحبا</p><wa-optin-form locale="ar"></wa-optin-form>');
    frame = page.frame;
    const form = (await eventually(() => page.doc.querySelector('wa-optin-form'), (el) => Boolean(el?.shadowRoot?.querySelector('#phone'))))!;
    const root = form.shadowRoot!;
    const field = root.querySelector<HTMLInputElement>('#phone')!;
    const submitLabel = () => root.querySelector('button[type=submit]')?.textContent?.trim();
    expect(submitLabel(), 'English in place of the file that did not come').to.equal(en.submit);

    // Still down: a tap asks again, and English stays (no flicker, nothing half-translated).
    await tapInFrame(page.frame, field);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(submitLabel()).to.equal(en.submit);

    await restore();
    await tapInFrame(page.frame, page.doc.querySelector('#intro')!);
    await tapInFrame(page.frame, field);
    expect(await eventually(submitLabel, (label) => label === ar.submit, 5000), 'Arabic, once its file is here').to.equal(ar.submit);
    expect(form.getAttribute('dir')).to.equal('rtl');
    expect(root.activeElement === root.querySelector('#phone'), 'the person is still in the field').to.equal(true);
    await optInThroughForm(form, '(201) 555-0123');
    expect((await receiver.requests())[0].body).to.include({ locale: 'ar', phone: '+12015550123' });
  });

  it('a press while the send code cannot be fetched says nothing was sent, keeps what the person gave, and sends on the next press', async () => {
    const { receiver, page, restore } = await pageWithoutSendCode('<wa-optin-form></wa-optin-form>');
    frame = page.frame;
    const form = await formInFrame(page.frame);
    const root = form.shadowRoot!;
    const errors: OptinErrorDetail[] = [];
    form.addEventListener('wa-optin-error', (event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail));
    enterText(root.querySelector<HTMLInputElement>('#phone')!, '2015550123');
    root.querySelector<HTMLInputElement>('#consent')!.click();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const said = await eventually(() => root.querySelector('[part=status]')?.textContent?.trim(), (text) => Boolean(text && text !== en.sending), 5000);
    expect(said, 'what the person reads').to.equal(en.errors.notSent);
    expect(errors.map(({ reason, willRetry }) => ({ reason, willRetry }))).to.deep.equal([{ reason: 'not-sent', willRetry: false }]);
    expect(errors[0].message).to.equal(en.errors.notSent);
    expect(root.querySelector<HTMLInputElement>('#phone')!.value.replace(/\D/g, ''), 'the number stays').to.equal('2015550123');
    expect(root.querySelector<HTMLInputElement>('#consent')!.checked, 'the tick stays').to.equal(true);
    expect(root.querySelector('button[type=submit]')!.hasAttribute('disabled'), 'the button can be pressed again').to.equal(false);
    expect(await receiver.requests(), 'nothing reached the receiver').to.deep.equal([]);

    // The connection is back: the same press sends it.
    await restore();
    const success = new Promise((resolve) => form.addEventListener('wa-optin-success', resolve, { once: true }));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await success;
    const [request] = await receiver.requests();
    expect(request.body).to.include({ business: 'Acme', phone: '+12015550123' });
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('a press while a chunk the send code imports cannot be fetched (the record’s) says nothing was sent too, never nothing', async () => {
    const { receiver, page } = await pageLosing('^/dist/wa-optin/record-', '<wa-optin-form></wa-optin-form>');
    frame = page.frame;
    const form = await formInFrame(page.frame);
    const root = form.shadowRoot!;
    enterText(root.querySelector<HTMLInputElement>('#phone')!, '2015550123');
    root.querySelector<HTMLInputElement>('#consent')!.click();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const said = await eventually(() => root.querySelector('[part=status]')?.textContent?.trim(), (text) => Boolean(text && text !== en.sending), 5000);
    expect(said).to.equal(en.errors.notSent);
    // A second press (Chromium and Firefox keep the chunk's failure until a reload): still said, not a script error.
    const errors: string[] = [];
    form.addEventListener('wa-optin-error', (event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail.reason));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await eventually(() => errors, (list) => list.length === 1, 5000);
    expect(errors, 'the second press is reported too').to.deep.equal(['not-sent']);
    expect(root.querySelector('[part=status]')?.textContent?.trim()).to.equal(en.errors.notSent);
    expect(await receiver.requests()).to.deep.equal([]);
  });

  it('on a 360 px phone in Arabic, real taps: the "nothing was sent" message shows under the button, inside the screen, and the next tap sends', async function () {
    await onPhoneScreen(this, async () => {
      const { receiver, page, restore } = await pageWithoutSendCode('<wa-optin-form locale="ar"></wa-optin-form>');
      frame = page.frame;
      asPhone(frame);
      const form = await formInFrame(page.frame);
      const root = form.shadowRoot!;
      await eventually(() => form.getAttribute('dir'), (dir) => dir === 'rtl');
      const tap = (target: Element) => tapInFrame(page.frame, target);
      const field = root.querySelector<HTMLInputElement>('#phone')!;
      await tap(field);
      await sendKeys({ type: '2015550123' });
      await tap(root.querySelector('#consent')!);
      expect(root.querySelector<HTMLInputElement>('#consent')!.checked, 'the tap ticked the box').to.equal(true);
      const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
      await tap(button);
      const status = root.querySelector<HTMLElement>('[part=status]')!;
      await eventually(() => status.textContent?.trim(), (text) => text === ar.errors.notSent, 5000);
      const shown = status.getBoundingClientRect();
      const pressed = button.getBoundingClientRect();
      expect(shown.top, 'the message is under the button, not over it').to.be.at.least(pressed.bottom);
      expect(shown.left, 'inside the screen').to.be.at.least(0);
      expect(shown.right, 'inside the screen').to.be.at.most(360);
      expect(page.doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
      expect(field.value.replace(/\D/g, ''), 'the number stays').to.equal('2015550123');
      expect((await receiver.requests()).length).to.equal(0);
      await restore();
      const success = new Promise((resolve) => form.addEventListener('wa-optin-success', resolve, { once: true }));
      await tap(button);
      await success;
      expect((await receiver.requests())[0].body).to.include({ phone: '+12015550123', locale: 'ar' });
    });
  });

  it('a press while the send code is still on its way shows that it was taken, and a second press sends nothing twice', async () => {
    const { receiver, page } = await pageWithoutSendCode('<wa-optin-form></wa-optin-form>', { delayMs: 1500 });
    frame = page.frame;
    const form = await formInFrame(page.frame);
    const root = form.shadowRoot!;
    let successes = 0;
    form.addEventListener('wa-optin-success', () => successes++);
    enterText(root.querySelector<HTMLInputElement>('#phone')!, '2015550123');
    root.querySelector<HTMLInputElement>('#consent')!.click();
    const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.querySelector('[part=status]')?.textContent?.trim(), 'what the person reads while it waits').to.equal(en.sending);
    expect(button.disabled, 'the button, while it waits').to.equal(true);
    // Pressed again, and the form submitted by Enter: neither makes a second record.
    button.click();
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    await eventually(() => successes, (count) => count >= 1, 6000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(successes, 'wa-optin-success events').to.equal(1);
    expect((await receiver.requests()).length, 'records the receiver got').to.equal(1);
  });

  it('a checkout whose send code cannot be fetched: the box says so with the record, and the next submit sends that same record', async () => {
    // The checkbox fetches the send code as it connects (its page may navigate on submit);
    // here the connection drops it then and at the first submit.
    const { receiver, page, restore } = await pageWithoutSendCode(
      `<form id="checkout" onsubmit="event.preventDefault()">
        <label for="billing-phone">Billing phone</label> <input id="billing-phone" name="billing_phone" type="tel">
        <wa-optin-checkbox name="whatsapp" phone-from="#billing-phone"></wa-optin-checkbox>
        <button id="pay">Pay now</button>
      </form>`,
    );
    frame = page.frame;
    const box = await eventually(() => page.doc.querySelector('wa-optin-checkbox'), (el) => Boolean(el?.shadowRoot?.querySelector('#consent')));
    const checkoutForm = page.doc.querySelector('form')!;
    const errors: OptinErrorDetail[] = [];
    box!.addEventListener('wa-optin-error', (event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail));
    enterText(page.doc.querySelector<HTMLInputElement>('#billing-phone')!, '2015550123');
    box!.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    // The sentence shows the number once the phone rules (not dropped) have checked it.
    await eventually(() => box!.shadowRoot!.textContent, (text) => Boolean(text?.includes('+1 201 555 0123')), 5000);
    page.doc.querySelector<HTMLButtonElement>('#pay')!.click();

    const [error] = await eventually(() => errors, (list) => list.length === 1, 5000);
    expect({ reason: error.reason, willRetry: error.willRetry, message: error.message }).to.deep.equal({ reason: 'not-sent', willRetry: false, message: en.errors.notSent });
    const id = new FormData(checkoutForm).get('whatsapp_consent_id');
    expect(error.record?.id, 'the record named is the one the checkout submitted').to.equal(id);
    expect(await receiver.requests(), 'nothing reached the receiver').to.deep.equal([]);

    await restore();
    page.doc.querySelector<HTMLButtonElement>('#pay')!.click();
    const [request] = await eventually(receiver.requests, (requests) => requests.length === 1, 5000);
    expect(request.body).to.include({ id, phone: '+12015550123', source: 'checkbox' });
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('sends a record an earlier page left in the outbox once the page is idle after the first render', async () => {
    // An earlier page of the site: the receiver was down (503), so its record waits in the
    // outbox (the origin's localStorage; that page would retry only after a minute).
    const receiver = await scriptedEndpoint([503]);
    consentOutbox().clear();
    const earlier = await splitPage(`data-endpoint="${receiver.url}" data-business="Acme" data-topics="order_updates" data-country="US"`, '<wa-optin-form></wa-optin-form>', {
      afterScript: '<script>WaOptin.setDeliveryOptions({ retryDelaysMs: [60000] });</script>',
    });
    frame = earlier.frame;
    await eventually(() => earlier.doc.querySelector('wa-optin-form')?.shadowRoot?.querySelector('#phone'), Boolean);
    await optInThroughForm(earlier.doc.querySelector('wa-optin-form')!, '2015550123', { awaitSuccess: false });
    const [left] = await eventually(() => consentOutbox().pending(), (pending) => pending.length === 1 && pending[0].attempts === 1);
    expect(left, 'a record waits in the outbox').to.not.equal(undefined);
    earlier.frame.remove();
    try {
      const page = await splitPage('data-endpoint="/nowhere" data-business="Acme" data-topics="offers"', '<wa-optin-form></wa-optin-form>', { head: paintProbe(PAINT_FIELD) });
      frame = page.frame;
      const requests = await eventually(receiver.requests, (r) => r.length === 2, 8000);
      expect(requests.map((r) => r.status)).to.deep.equal([503, 201]);
      expect(requests[1].body).to.include({ id: left.id, phone: '+12015550123' });
      await eventually(() => consentOutbox().entries(), (entries) => entries.length === 0);
      const painted = page.win.surfacePainted!;
      const delivery = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => /\/delivery-[\w-]+\.js$/.test(entry.name));
      expect(delivery, 'the delivery chunk').to.not.equal(undefined);
      expect(delivery!.responseEnd, 'it arrived after the first paint').to.be.above(painted);
    } finally {
      consentOutbox().clear();
    }
  });

  it('applies WaOptin calls made before its code arrived, after the script tag’s data-* and before any element renders', async () => {
    const receiver = await scriptedEndpoint();
    // A plain (not deferred) script: the page's own inline script calls WaOptin at once.
    const page = await splitPage('data-business="From the tag" data-topics="offers" data-country="US"', '<wa-optin-form id="form"></wa-optin-form>', {
      afterScript: `<script>
        WaOptin.configure({ endpoint: ${JSON.stringify(receiver.url)}, business: 'Configured early' });
        WaOptin.setDeliveryOptions({ timeoutMs: 8000 });
        customElements.whenDefined('wa-optin-form').then(() => {
          const form = document.querySelector('wa-optin-form');
          form.updateComplete.then(() => (window.firstBusiness = form.shadowRoot.querySelector('[part=business]')?.textContent ?? null));
        });
      </script>`,
    });
    frame = page.frame;
    const first = await eventually(() => page.win.firstBusiness, (text) => text !== undefined);
    expect(first, 'the first render already has the configured name').to.equal('Configured early');
    await page.win.WaOptin.ready;
    expect(page.win.WaOptin.hasOptedIn()).to.equal(false);
    expect(page.win.WaOptin.consentOutbox().entries()).to.deep.equal([]);
    await optInThroughForm(page.doc.querySelector('#form')!, '2015550123');
    expect((await receiver.requests())[0].body).to.include({ business: 'Configured early', phone: '+12015550123' });
    expect(page.win.WaOptin.hasOptedIn()).to.equal(true);
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('WaOptin.open() before the code arrived opens the popup once it has', async () => {
    const page = await splitPage('data-endpoint="/nowhere" data-business="Acme" data-topics="offers"', '<main></main>', {
      afterScript: '<script>WaOptin.open();</script>',
    });
    frame = page.frame;
    const popup = await eventually(() => page.doc.querySelector('wa-optin-popup'), Boolean);
    const dialog = await eventually(() => popup!.shadowRoot?.querySelector('dialog'), (d) => Boolean(d?.open));
    expect(dialog!.open).to.equal(true);
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('a second copy of the script keeps the first and says so', async () => {
    const page = await splitPage('data-business="Acme" data-topics="offers"', '<wa-optin-form endpoint="/nowhere"></wa-optin-form>', {
      afterScript: '<script src="/dist/wa-optin.js"></script>',
    });
    frame = page.frame;
    const form = page.doc.querySelector('wa-optin-form')!;
    await eventually(() => form.shadowRoot?.querySelector('[part=business]')?.textContent, (text) => text === 'Acme');
    expect(pathsFetched(page.win).filter((path) => path === '/dist/wa-optin/form.js')).to.have.length(1);
    expect(page.win.consoleErrors).to.deep.equal([]);
  });
});
