// Issue 16, the runtime: what the surfaces do (and do not do) while a page loads, waits and
// is typed into. The loads are observed through the loader seams (`setPhoneMetadataLoader`,
// `setLocaleLoader`), which call the real loaders: nothing is mocked, only counted.
import { expect, fixture } from '@open-wc/testing';
import type { LitElement, ReactiveControllerHost } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { WaOptinBanner } from '../../src/components/banner/banner.js';
import type { WaOptinCheckbox } from '../../src/components/checkbox/checkbox.js';
import type { WaOptinForm } from '../../src/components/form/form.js';
import type { WaOptinPopup } from '../../src/components/popup/popup.js';
import type { OptinErrorDetail, OptinSubmitDetail } from '../../src/core/events.js';
import { DisplayMemory } from '../../src/core/display-memory.js';
import { loadLocaleFile } from '../../src/core/locale-files.js';
import { setLocaleLoader } from '../../src/core/locales.js';
import { clearOptinDefaults, setOptinDefaults } from '../../src/core/page-defaults.js';
import { phoneRulesReady, phoneRulesState, setPhoneMetadataLoader } from '../../src/core/phone.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';
import { freshOptinState } from '../support/fresh-state.js';
import { goToPicker, part, ready, tick, typePhone, visibleWording } from '../support/form-driver.js';
import { eventually } from '../support/receiver.js';

const ATTRS = 'endpoint="/nowhere" business="Acme Shoes" topics="order_updates,offers"';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let phoneLoads = 0;
let localeLoads: string[] = [];

/** The real phone rules, counted; `delayMs` stands for a slow network. */
function countPhoneLoads(delayMs = 0): void {
  phoneLoads = 0;
  setPhoneMetadataLoader(async () => {
    phoneLoads++;
    if (delayMs) await wait(delayMs);
    return loadPhoneMetadata();
  });
}

/** The form inside a `lang` wrapper, once it has rendered (its first render is a task of its own). */
const mountForm = async (attributes = '', lang = 'en-US') => {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"><wa-optin-form ${ATTRS} ${attributes}></wa-optin-form></div>`);
  const form = wrapper.querySelector<WaOptinForm>('wa-optin-form')!;
  await form.updateComplete;
  return form;
};

/**
 * Phone rules whose every read is counted (libphonenumber-js reads them on each parse),
 * installed as the page's: `reads` says how often a step parsed. Nothing in them changes.
 */
async function countedRuleReads(): Promise<{ reads: number }> {
  const metadata = await loadPhoneMetadata();
  const counter = { reads: 0 };
  setPhoneMetadataLoader(() =>
    Promise.resolve(
      new Proxy(metadata, {
        get(target, key, receiver) {
          counter.reads++;
          return Reflect.get(target, key, receiver);
        },
      }),
    ),
  );
  return counter;
}

describe('runtime cost (issue 16)', () => {
  beforeEach(async () => {
    await freshOptinState();
    countPhoneLoads();
    localeLoads = [];
    setLocaleLoader((code) => {
      localeLoads.push(code);
      return loadLocaleFile(code);
    });
  });

  afterEach(async () => {
    clearOptinDefaults();
    setLocaleLoader(loadLocaleFile);
    setPhoneMetadataLoader(loadPhoneMetadata);
    await phoneRulesReady();
    await freshOptinState();
  });

  describe('phone code and rules after the first paint (item 3)', () => {
    it('the first render needs no phone rules and no phone code; the first focus of the field loads them', async () => {
      // The browser's idle time is held back for this test (restored at its end), so only
      // the focus can be what asks for the rules.
      const real = { requestIdleCallback: window.requestIdleCallback, cancelIdleCallback: window.cancelIdleCallback };
      Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined });
      try {
        const el = await mountForm('country="US"');
        await new Promise((r) => setTimeout(r, 300)); // past the first frame and a timer fallback
        expect(phoneLoads, 'rules asked for before first focus or idle').to.equal(0);
        expect(phoneRulesState()).to.equal('idle');
        expect(part(el, '#phone'), 'the field shows without them').to.not.equal(null);
        // A real tap on the field (Firefox fires no focus event for a script's focus() in a
        // window that is not in front).
        const field = part<HTMLInputElement>(el, '#phone').getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(field.x + field.width / 2), Math.round(field.y + field.height / 2)] });
        // Idle time is held back: nothing but the focus can ask for them (a browser may deliver
        // the focus a moment after the tap's command returns).
        expect(await eventually(() => phoneRulesState(), (state) => state !== 'idle'), 'asked for on focus').to.be.oneOf(['loading', 'loaded']);
        await ready(el);
        expect(phoneLoads).to.equal(1);
        expect(phoneRulesState()).to.equal('loaded');
        expect(part(el, '.country-face').textContent!.trim(), 'the picker shows the calling code').to.equal('US +1');
      } finally {
        Object.assign(window, real);
      }
    });

    it('without any focus, they load once the browser is idle after the paint', async () => {
      const el = await mountForm('country="US"');
      expect(phoneLoads).to.equal(0);
      await eventually(() => phoneRulesState(), (state) => state === 'loaded', 5000);
      expect(phoneLoads).to.equal(1);
      await ready(el);
      expect(part(el, '.country-face').textContent!.trim()).to.equal('US +1');
    });

    it('a fast submit waits for the rules and checks the number with them: a national number goes out as E.164', async () => {
      countPhoneLoads(400);
      const el = await mountForm('country="US" phone="2015550123"');
      const submitted = new Promise<OptinSubmitDetail>((resolve) =>
        el.addEventListener('wa-optin-submit', (event) => {
          event.preventDefault(); // nothing is sent anywhere
          resolve((event as CustomEvent<OptinSubmitDetail>).detail);
        }),
      );
      const errors: OptinErrorDetail[] = [];
      el.addEventListener('wa-optin-error', (event) => errors.push((event as CustomEvent<OptinErrorDetail>).detail));
      part<HTMLInputElement>(el, '#consent').click();
      await el.updateComplete;
      expect(phoneRulesState(), 'not there yet when the person presses').to.not.equal('loaded');
      part<HTMLButtonElement>(el, 'button[type=submit]').click();
      part<HTMLButtonElement>(el, 'button[type=submit]').click(); // pressed twice: one submit
      const { record } = await submitted;
      expect(record.phone).to.equal('+12015550123');
      expect(errors).to.deep.equal([]);
      await wait(50);
      expect(phoneLoads).to.equal(1);
    });
  });

  describe('typing (item 1)', () => {
    it('typing a number does not read, set or change the country picker; choosing another country by + does', async () => {
      const el = await ready(await mountForm('country="US"'));
      const select = await goToPicker(el);
      expect(select.options.length).to.be.greaterThan(200);
      let valueAccesses = 0;
      const valueOf = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!;
      Object.defineProperty(select, 'value', {
        configurable: true,
        get() {
          valueAccesses++;
          return valueOf.get!.call(this);
        },
        set(value: string) {
          valueAccesses++;
          valueOf.set!.call(this, value);
        },
      });
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(select, { subtree: true, childList: true, attributes: true, characterData: true });
      try {
        await typePhone(el, '2015550123');
        await el.updateComplete;
        expect(part<HTMLInputElement>(el, '#phone').value).to.equal('(201) 555-0123');
        expect(mutations.length, 'mutations of the picker while typing').to.equal(0);
        expect(valueAccesses, 'reads and writes of select.value while typing').to.equal(0);
        await typePhone(el, '+44 7400 123456');
        await el.updateComplete;
        expect(valueOf.get!.call(select)).to.equal('GB');
        expect(part(el, '.country-face').textContent!.trim()).to.equal('GB +44');
      } finally {
        observer.disconnect();
        delete (select as unknown as Record<string, unknown>).value;
      }
    });

    it("typing asks for the rules' list of countries at most once (libphonenumber-js getCountries walks it per call)", async () => {
      const metadata = await loadPhoneMetadata();
      let listings = 0;
      const countries = new Proxy(metadata.countries, {
        ownKeys(target) {
          listings++;
          return Reflect.ownKeys(target);
        },
      });
      setPhoneMetadataLoader(() => Promise.resolve({ ...metadata, countries }));
      const el = await ready(await mountForm('country="US"'));
      const before = listings;
      await typePhone(el, '2015550123');
      await typePhone(el, '+44 7400 123456');
      await el.updateComplete;
      expect(before, 'listed once when the rules arrive').to.be.at.most(1);
      expect(listings - before, 'listed again while typing').to.equal(0);
    });

    /** Counts the host's renders (a controller's `hostUpdated` runs after each). */
    const countRenders = (el: ReactiveControllerHost) => {
      const count = { renders: 0 };
      el.addController({ hostUpdated: () => void count.renders++ });
      return count;
    };

    /** One key at a time, each with its own input event; after each, what shows and how many renders it took. */
    async function keyByKey(el: LitElement, keys: string[], count: { renders: number }) {
      const steps: { field: string; wording: string; renders: number }[] = [];
      for (const key of keys) {
        const before = count.renders;
        if (key === 'Backspace') await sendKeys({ press: 'Backspace' });
        else await sendKeys({ type: key });
        await el.updateComplete;
        steps.push({ field: part<HTMLInputElement>(el, '#phone').value, wording: visibleWording(el), renders: count.renders - before });
      }
      return steps;
    }

    it("the picker's 245 options are put in once: renders leave them alone; another language puts them in again, in it", async () => {
      const el = await ready(await mountForm('country="IN"'));
      const select = await goToPicker(el);
      expect(select.options.length).to.be.greaterThan(200);
      const india = () => [...part<HTMLSelectElement>(el, '#country').options].find((o) => o.value === 'IN')?.textContent;
      expect(india()).to.equal('India +91');
      expect(select.value).to.equal('IN');
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(select, { subtree: true, childList: true, characterData: true });
      try {
        await tick(el); // a render that changes nothing in the picker
        el.requestUpdate();
        await el.updateComplete;
        expect(mutations.length, 'mutations of the options in renders').to.equal(0);
      } finally {
        observer.disconnect();
      }
      el.parentElement!.setAttribute('lang', 'pt-BR');
      expect(await eventually(india, (label) => label === 'Índia +91')).to.equal('Índia +91');
      expect(part<HTMLSelectElement>(el, '#country').options[0].textContent).to.equal('Escolha…');
      expect(part<HTMLSelectElement>(el, '#country').value, 'still the chosen country').to.equal('IN');
    });

    it('typing renders nothing until the number is valid: 9 of 10 digits and the Backspaces after the first cost no render of the form', async () => {
      const el = await ready(await mountForm('country="IN"'));
      part<HTMLInputElement>(el, '#phone').focus();
      const count = countRenders(el);
      const typed = await keyByKey(el, [...'9876543210'], count);
      // The field shows each key formatted, without a render (under four digits as typed).
      expect(typed.map((step) => step.field)).to.deep.equal([
        '9', '98', '987', '9876', '98765', '98765 4', '98765 43', '98765 432', '98765 4321', '98765 43210',
      ]);
      expect(typed.slice(0, 9).map((step) => step.renders), 'renders for digits 1–9').to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(typed[8].wording).to.not.contain('+91');
      // The tenth digit makes it valid: the wording shows the number at once.
      expect(typed[9].renders).to.be.at.least(1);
      expect(typed[9].wording).to.contain('+91 98765 43210');
      const deleted = await keyByKey(el, Array<string>(10).fill('Backspace'), count);
      expect(deleted.map((step) => step.field)).to.deep.equal([
        '98765 4321', '98765 432', '98765 43', '98765 4', '98765', '9876', '987', '98', '9', '',
      ]);
      // The first Backspace makes it invalid: the number leaves the wording at once; the rest render nothing.
      expect(deleted[0].renders).to.be.at.least(1);
      expect(deleted[0].wording).to.not.contain('+91');
      expect(deleted.slice(1).map((step) => step.renders), 'renders for Backspaces 2–10').to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      // A render from elsewhere (the box ticked) leaves the field as typed.
      await sendKeys({ type: '98765' });
      part<HTMLInputElement>(el, '#consent').click();
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#phone').value).to.equal('98765');
    });

    it('a message under the field stays while typing renders nothing, and goes (with a render) the moment the number is valid', async () => {
      const el = await ready(await mountForm('country="IN"'));
      const field = part<HTMLInputElement>(el, '#phone');
      field.focus();
      await sendKeys({ type: '98765' });
      part<HTMLButtonElement>(el, 'button[type=submit]').click(); // a submit with a number too short
      await el.updateComplete;
      expect(part(el, '#phone-error').textContent).to.not.equal('');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      field.focus();
      const count = countRenders(el);
      const steps = await keyByKey(el, [...'43210'], count);
      expect(steps.slice(0, 4).map((step) => step.renders)).to.deep.equal([0, 0, 0, 0]);
      expect(steps[4].renders).to.be.at.least(1);
      expect(part(el, '#phone-error').textContent).to.equal('');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(steps[4].wording).to.contain('+91 98765 43210');
    });

    it('in a checkout box, typing renders nothing until the number is valid, and the host form\'s data follows every key', async () => {
      const container = await fixture<HTMLFormElement>(
        '<form lang="en-US"><wa-optin-checkbox name="whatsapp" business="Acme Shoes" topics="order_updates" country="IN"></wa-optin-checkbox></form>',
      );
      const box = container.querySelector<WaOptinCheckbox>('wa-optin-checkbox')!;
      await phoneRulesReady();
      await box.updateComplete;
      await box.updateComplete;
      part<HTMLInputElement>(box, '#consent').click();
      await box.updateComplete;
      part<HTMLInputElement>(box, '#phone').focus();
      const count = countRenders(box);
      const submitted: (string | null)[] = [];
      const steps: { renders: number }[] = [];
      for (const key of [...'9876543210', 'Backspace']) {
        const before = count.renders;
        if (key === 'Backspace') await sendKeys({ press: 'Backspace' });
        else await sendKeys({ type: key });
        await box.updateComplete;
        steps.push({ renders: count.renders - before });
        submitted.push(new FormData(container).get('whatsapp') as string | null);
      }
      expect(steps.slice(0, 9).map((step) => step.renders)).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(steps[9].renders).to.be.at.least(1);
      expect(steps[10].renders).to.be.at.least(1);
      expect(submitted).to.deep.equal([...Array<null>(9).fill(null), '+919876543210', null]);
    });

    it('a Backspace checks nothing anew: the answer for a text the field showed is remembered, and the phone rules are not read', async () => {
      const rules = await countedRuleReads();
      const el = await ready(await mountForm('country="IN"'));
      // The example numbers (the placeholder) are in: no render from their arrival later on.
      await eventually(() => part<HTMLInputElement>(el, '#phone').getAttribute('placeholder'), Boolean);
      part<HTMLInputElement>(el, '#phone').focus();
      const count = countRenders(el);
      const before = rules.reads;
      const typed = await keyByKey(el, [...'9876543210'], count);
      expect(rules.reads - before, 'typing reads the rules').to.be.greaterThan(0);
      expect(typed[9].wording).to.contain('+91 98765 43210');
      await keyByKey(el, ['Backspace'], count); // the number leaves the wording: a render
      const afterFirst = rules.reads;
      const deleted = await keyByKey(el, Array<string>(9).fill('Backspace'), count);
      expect(deleted.map((step) => step.field)).to.deep.equal(['98765 432', '98765 43', '98765 4', '98765', '9876', '987', '98', '9', '']);
      expect(rules.reads - afterFirst, 'reads of the rules for Backspaces 2–10').to.equal(0);
      // The answers are the rules' own: typed again, the number is valid again, and a submit of a short one says so.
      await sendKeys({ type: '9876543210' });
      await el.updateComplete;
      expect(visibleWording(el)).to.contain('+91 98765 43210');
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
      part<HTMLButtonElement>(el, 'button[type=submit]').click();
      await el.updateComplete;
      expect(part(el, '#phone-error').textContent).to.equal('This number is too short.');
    });

    it('a render reads no phone rules for what it showed before: neither the box ticked nor a Backspace that takes the number out of the wording', async () => {
      const rules = await countedRuleReads();
      const el = await ready(await mountForm('country="IN"'));
      const field = part<HTMLInputElement>(el, '#phone');
      await eventually(() => field.getAttribute('placeholder'), Boolean);
      await wait(600); // past the idle work that follows the rules (the example numbers)
      const count = countRenders(el);
      let before = rules.reads;
      await tick(el);
      expect(count.renders, 'the box ticked renders').to.equal(1);
      expect(rules.reads - before, 'reads of the rules by that render').to.equal(0);
      expect(field.getAttribute('placeholder')).to.equal('081234 56789');
      // The first Backspace after a valid number: the number leaves the wording (a render);
      // the answers for the text it leaves are remembered, and the render asks for nothing new.
      field.focus();
      await sendKeys({ type: '9876543210' });
      await el.updateComplete;
      expect(visibleWording(el)).to.contain('+91 98765 43210');
      const steps = await keyByKey(el, ['Backspace'], count);
      expect(steps[0].renders).to.be.at.least(1);
      expect(steps[0].wording).to.not.contain('+91');
      await keyByKey(el, ['0'], count);
      before = rules.reads;
      const again = await keyByKey(el, ['Backspace'], count);
      expect(again[0].renders).to.be.at.least(1);
      expect(rules.reads - before, 'reads of the rules by a Backspace and its render').to.equal(0);
    });

    it('the example number shows in an empty field only: the first key takes it away and emptying the field brings it back, with no render', async () => {
      const el = await ready(await mountForm('country="IN"'));
      const field = part<HTMLInputElement>(el, '#phone');
      const example = await eventually(() => field.getAttribute('placeholder'), Boolean);
      expect(example).to.equal('081234 56789');
      field.focus();
      const count = countRenders(el);
      const steps: (string | null)[] = [];
      for (const key of ['9', '8', 'Backspace', 'Backspace']) {
        if (key === 'Backspace') await sendKeys({ press: 'Backspace' });
        else await sendKeys({ type: key });
        await el.updateComplete;
        steps.push(field.getAttribute('placeholder'));
      }
      expect(steps).to.deep.equal([null, null, null, example]);
      expect(count.renders, 'renders for these keys').to.equal(0);
      // Renders keep to it: filled, none; empty, the example.
      await sendKeys({ type: '98' });
      await tick(el);
      expect(field.getAttribute('placeholder')).to.equal(null);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await tick(el);
      expect(field.getAttribute('placeholder')).to.equal(example);
    });

    it('the field is laid out on its own as it is typed into, yet sits exactly where an uncontained field would, at any text size', async () => {
      for (const fontSize of ['12px', '16px', '28px']) {
        const wrapper = await fixture<HTMLDivElement>(
          `<div lang="en-US" style="font-size: ${fontSize}; width: 360px"><wa-optin-form ${ATTRS} country="IN"></wa-optin-form></div>`,
        );
        const el = await ready(wrapper.querySelector<WaOptinForm>('wa-optin-form')!);
        const field = part<HTMLInputElement>(el, '#phone');
        field.focus();
        await sendKeys({ type: '98765' });
        await el.updateComplete;
        const contain = getComputedStyle(field).contain;
        if (CSS.supports('contain-intrinsic-block-size: 1lh')) expect(contain, 'contained (issue 16)').to.match(/size/).and.match(/layout/);
        const boxes = () =>
          ['#phone', '.country', '.phone-row', 'button[type=submit]'].map((selector) => {
            const { x, y, width, height } = part(el, selector).getBoundingClientRect();
            return { selector, x, y, width, height };
          });
        const contained = boxes();
        field.style.contain = 'none';
        const loose = boxes();
        expect(contained, `at ${fontSize}`).to.deep.equal(loose);
        // Stretched to the row, like the picker; its text has room (nothing scrolls inside it).
        expect(contained[0].height).to.equal(contained[1].height);
        expect(field.scrollHeight).to.be.at.most(field.clientHeight);
      }
    });
  });

  describe('zero work where nothing shows (item 4)', () => {
    it('a popup whose rule has not fired renders nothing and loads no language file and no phone rules; shown, it does', async () => {
      const container = await fixture<HTMLDivElement>(`<div lang="de-DE"><wa-optin-popup ${ATTRS} delay="60"></wa-optin-popup></div>`);
      const popup = container.querySelector<WaOptinPopup>('wa-optin-popup')!;
      await popup.updateComplete;
      await wait(600); // past the first paint and an idle period
      expect(localeLoads).to.deep.equal([]);
      expect(phoneLoads).to.equal(0);
      expect(popup.shadowRoot!.childElementCount, 'nothing rendered').to.equal(0);
      expect(popup.form).to.equal(undefined);
      popup.show();
      await popup.updateComplete;
      expect(localeLoads).to.deep.equal(['de']);
      const form = await eventually(() => popup.form, Boolean);
      await ready(form!);
      expect(phoneLoads).to.equal(1);
      expect(part(popup, '#title').textContent).to.match(/WhatsApp/);
      popup.hide();
      await popup.updateComplete;
      await wait(50); // the dialog's queued close event, before the fixture is removed
    });

    it('a banner bar nobody expands builds no form and loads no phone rules; expanded, it does', async () => {
      const container = await fixture<HTMLDivElement>(`<div lang="en-US"><wa-optin-banner ${ATTRS} country="US"></wa-optin-banner></div>`);
      const banner = container.querySelector<WaOptinBanner>('wa-optin-banner')!;
      await eventually(() => banner.open, Boolean);
      await banner.updateComplete;
      await wait(600);
      expect(part(banner, '#title').textContent).to.match(/WhatsApp/);
      expect(banner.form).to.equal(undefined);
      expect(phoneLoads).to.equal(0);
      part<HTMLButtonElement>(banner, '[part=toggle]').click();
      await banner.updateComplete;
      const form = await eventually(() => banner.form, Boolean);
      await eventually(() => phoneRulesState(), (state) => state === 'loaded', 5000);
      await ready(form!);
      expect(phoneLoads).to.equal(1);
      expect(part(form!, '.country-face').textContent!.trim()).to.equal('US +1');
    });

    it('after an opt-in, a banner and a popup with a rule register and wait: no render, no language file, no phone rules', async () => {
      DisplayMemory.rememberOptIn();
      const container = await fixture<HTMLDivElement>(
        `<div lang="es"><wa-optin-banner ${ATTRS}></wa-optin-banner><wa-optin-popup ${ATTRS} delay="0"></wa-optin-popup></div>`,
      );
      const banner = container.querySelector<WaOptinBanner>('wa-optin-banner')!;
      const popup = container.querySelector<WaOptinPopup>('wa-optin-popup')!;
      await banner.updateComplete;
      await popup.updateComplete;
      await wait(600);
      expect(banner.open).to.equal(false);
      expect(popup.open).to.equal(false);
      expect(localeLoads).to.deep.equal([]);
      expect(phoneLoads).to.equal(0);
      expect(banner.shadowRoot!.childElementCount).to.equal(0);
      expect(popup.shadowRoot!.childElementCount).to.equal(0);
      expect(container.querySelector('wa-optin-form')).to.equal(null);
    });
  });

  describe('country subsets (item 5)', () => {
    it('countries="IN,ID,BR" lists only those, picks one of them by default, and refuses other numbers by name', async () => {
      const el = await ready(await mountForm('countries="IN,ID,BR"'));
      const select = await goToPicker(el);
      expect([...select.options].map((o) => o.value).sort()).to.deep.equal(['', 'BR', 'ID', 'IN']);
      // en-US would say US, which the page does not take: the first country it names.
      expect(select.value).to.equal('IN');
      expect(part(el, '.country-face').textContent!.trim()).to.equal('IN +91');
      await typePhone(el, '+1 201 555 0123');
      await tick(el);
      part<HTMLButtonElement>(el, 'button[type=submit]').click();
      await el.updateComplete;
      expect(part(el, '#phone-error').textContent).to.equal('We can only take numbers from India, Indonesia, and Brazil.');
      expect(part(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
      await typePhone(el, '98765 43210');
      await el.updateComplete;
      expect(part(el, '#wording').textContent).to.contain('+91 98765 43210');
    });

    it('refuses a number from another country in the page’s own language (Hindi, Arabic), naming the countries in it', async () => {
      // The names and their joining come from the engine's Intl data (CLDR), which differs a
      // little between engines: the sentence around them is the language file's.
      for (const [lang, said] of [
        ['hi-IN', /^हम केवल भारत.* इंडोनेशिया.* ब्राज़ील के नंबर ले सकते हैं।$/],
        ['ar-SA', /^لا يمكننا قبول إلا الأرقام من الهند.*إندونيسيا.*البرازيل\.$/],
      ] as const) {
        const el = await ready(await mountForm('countries="IN,ID,BR"', lang));
        await typePhone(el, '+1 201 555 0123');
        await tick(el);
        part<HTMLButtonElement>(el, 'button[type=submit]').click();
        await el.updateComplete;
        expect(part(el, '#phone-error').textContent, lang).to.match(said);
      }
    });

    it('a page default (WaOptin.configure / data-countries) applies to every element; the element\'s own attribute wins', async () => {
      setOptinDefaults({ countries: 'BR' });
      const byDefault = await ready(await mountForm(''));
      expect([...(await goToPicker(byDefault)).options].map((o) => o.value)).to.deep.equal(['', 'BR']);
      const own = await ready(await mountForm('countries="ID"'));
      expect([...(await goToPicker(own)).options].map((o) => o.value)).to.deep.equal(['', 'ID']);
    });

    it('a countries value that is not two-letter codes is a setup error, before anyone types', async () => {
      const el = await mountForm('countries="India, IDN"');
      expect(part(el, '.setup-error').textContent).to.equal(
        'wa-optin: countries are ISO 3166 codes of two letters separated by commas, e.g. IN,ID,BR; not: INDIA, IDN',
      );
    });
  });

  it('the country names wait for the person: after the rules and idle time the closed picker holds one country; going for it builds the list', async () => {
    const el = await ready(await mountForm('country="IN"'));
    await wait(600); // past the first paint and an idle period
    const select = part<HTMLSelectElement>(el, '#country');
    // The first Intl.DisplayNames of a page is one 55–85 ms call on a 4× throttled CPU.
    expect([...select.options].map((o) => o.textContent), 'before').to.deep.equal(['Choose…', 'IN +91']);
    await goToPicker(el);
    expect(select.options.length).to.be.greaterThan(200);
    expect(select.selectedOptions[0].textContent).to.equal('India +91');
  });

  it('a first render is a task of its own, not part of the script that defined or added the element (no long task)', async () => {
    const el = document.createElement('wa-optin-form');
    for (const [name, value] of Object.entries({ endpoint: '/nowhere', business: 'Acme Shoes', topics: 'order_updates' })) el.setAttribute(name, value);
    document.body.append(el);
    try {
      // Lit renders in a microtask of the task that asked; here no microtask renders it.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(Boolean(el.shadowRoot?.querySelector('form')), 'rendered in a microtask').to.equal(false);
      await el.updateComplete;
      expect(Boolean(el.shadowRoot!.querySelector('form')), 'rendered after its task').to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('typing with a focused field keeps working through all of this: formats as typed (sanity)', async () => {
    const el = await mountForm('country="BR"');
    part<HTMLInputElement>(el, '#phone').focus();
    await ready(el);
    await sendKeys({ type: '11912345678' });
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#phone').value).to.equal('(11) 91234-5678');
  });
});
