// Property-based tests (fast-check) of the form under hostile input: what a person may
// paste into the number field, and what a careless integrator may put in attributes.
// No exception escapes, no record the receiver's schema refuses is built (let alone sent),
// and markup never runs. Records are caught at the cancelable wa-optin-submit, so nothing
// leaves the page; a few are sent at the end to show the path to the network is the same.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../define.js';
import type { WaOptinForm } from './form.js';
import { consentOutbox, setDeliveryOptions } from '../../core/delivery.js';
import type { OptinErrorDetail, OptinSubmitDetail } from '../../core/events.js';
import type { ConsentRecord } from '../../core/record.js';
import { part, ready } from '../../../test/support/form-driver.js';
import { hostileText } from '../../../test/support/hostile-strings.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../../../test/support/receiver.js';

declare global {
  interface Window {
    __waOptinPwned?: number;
  }
}

/** Every error that escapes to the page while `body` runs. */
async function escapedErrors(body: () => Promise<void>): Promise<string[]> {
  const escaped: string[] = [];
  const onError = (e: ErrorEvent) => escaped.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return escaped;
}

/** One submit of what is in the form now: the record it built (caught, not sent), or the error it reported. */
async function submitAndCatch(el: WaOptinForm): Promise<{ record?: ConsentRecord; error?: OptinErrorDetail }> {
  let record: ConsentRecord | undefined;
  let error: OptinErrorDetail | undefined;
  const onSubmit = (e: Event) => {
    record = (e as CustomEvent<OptinSubmitDetail>).detail.record;
    e.preventDefault();
  };
  const onError = (e: Event) => {
    error = (e as CustomEvent<OptinErrorDetail>).detail;
  };
  el.addEventListener('wa-optin-submit', onSubmit);
  el.addEventListener('wa-optin-error', onError);
  try {
    el.requestSubmit();
    await eventually(() => record ?? error, Boolean, 1000);
  } finally {
    el.removeEventListener('wa-optin-submit', onSubmit);
    el.removeEventListener('wa-optin-error', onError);
  }
  return { record, error };
}

const setPhone = async (el: WaOptinForm, text: string) => {
  const input = part<HTMLInputElement>(el, '#phone');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};

// (The WhatsApp glyph is our own svg; nothing else of these may ever appear.)
const INJECTED = 'img, script, iframe, object, embed, b, foreignObject, [onerror], [onload]';

describe('<wa-optin-form> under hostile input (property-based)', () => {
  beforeEach(() => {
    setDeliveryOptions({ retryDelaysMs: [30] });
    consentOutbox().clear();
    delete window.__waOptinPwned;
  });

  it('a pasted number of any kind: no escaped error, an error or a schema-valid record, markup never runs', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="/__receiver/unused" business="Acme" topics="offers" country="BR"></wa-optin-form></div>`,
    );
    const el = await ready(container.querySelector<WaOptinForm>('wa-optin-form')!);
    part<HTMLInputElement>(el, '#consent').click();
    await el.updateComplete;
    // Hostile text, and hostile text around a real number (full-width digits, bidi, zero-width…).
    const pasted = fc.oneof(
      hostileText(),
      fc.tuple(hostileText({ maxLength: 12 }), fc.constantFrom('+55 11 91234-5678', '11912345678', '+1 201 555 0123', '＋５５ １１ ９１２３４ ５６７８'), hostileText({ maxLength: 12 })).map((p) => p.join('')),
    );
    const built: ConsentRecord[] = [];
    let refused = 0;
    const escaped = await escapedErrors(async () => {
      await fc.assert(
        fc.asyncProperty(pasted, async (text) => {
          await setPhone(el, text);
          const { record, error } = await submitAndCatch(el);
          if (record) built.push(record);
          else {
            expect(error?.reason).to.equal('invalid-phone');
            refused++;
          }
          expect(el.shadowRoot!.querySelector(INJECTED)).to.equal(null);
        }),
        { numRuns: 250 },
      );
    });
    expect(escaped).to.deep.equal([]);
    expect(window.__waOptinPwned).to.equal(undefined);
    expect(refused, 'most hostile pastes are refused').to.be.greaterThan(0);
    const results = await Promise.all(built.map((r) => validateAgainstSchema(r)));
    expect(results.filter((r) => !r.valid).slice(0, 3)).to.deep.equal([]);
    for (const record of built) expect(record.phone).to.match(/^\+[1-9][0-9]{6,14}$/);
  });

  it('junk in topics, source, country, locale and business: no escaped error; a setup message or a schema-valid record', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="/__receiver/unused" business="Acme" topics="offers" country="US"></wa-optin-form></div>`,
    );
    const el = await ready(container.querySelector<WaOptinForm>('wa-optin-form')!);
    const junk = fc.record({
      topics: fc.oneof(hostileText(), fc.constantFrom('offers', 'order_updates, offers', 'Order Updates', ',,,', 'offers,offers')),
      source: hostileText(),
      country: fc.oneof(hostileText({ maxLength: 6 }), fc.constantFrom('br', 'US', 'XX', '', 'usa')),
      locale: fc.oneof(hostileText({ maxLength: 20 }), fc.constantFrom('pt-BR', 'en', 'de-DE', 'zz', '')),
      business: fc.oneof(hostileText(), fc.constantFrom('Acme', 'Ação & Cia', 'x'.repeat(300))),
    });
    const built: ConsentRecord[] = [];
    let setupErrors = 0;
    const escaped = await escapedErrors(async () => {
      await fc.assert(
        fc.asyncProperty(junk, async (attributes) => {
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector(INJECTED)).to.equal(null);
          const alert = el.shadowRoot!.querySelector('[role=alert]');
          if (alert) {
            expect(alert.textContent).to.match(/^wa-optin: /);
            setupErrors++;
            return;
          }
          el.status = 'idle';
          await el.updateComplete;
          const box = part<HTMLInputElement>(el, '#consent');
          if (!box.checked) box.click();
          await setPhone(el, '+1 201 555 0123');
          const { record, error } = await submitAndCatch(el);
          expect(error, JSON.stringify(error)).to.equal(undefined);
          built.push(record!);
        }),
        { numRuns: 200 },
      );
    });
    expect(escaped).to.deep.equal([]);
    expect(window.__waOptinPwned).to.equal(undefined);
    expect(setupErrors).to.be.greaterThan(0);
    expect(built.length).to.be.greaterThan(0);
    const results = await Promise.all(built.map((r) => validateAgainstSchema(r)));
    const invalid = results.map((r, i) => ({ ...r, record: built[i] })).filter((r) => !r.valid);
    expect(invalid.slice(0, 2)).to.deep.equal([]);
  });

  it('what such a form builds is what it sends', async () => {
    const receiver = await scriptedEndpoint();
    const container = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="${receiver.url}" business="\u202eAcme <b>x</b>" topics="offers" source="&lt;img src=x&gt; Landing" country="US"></wa-optin-form></div>`,
    );
    const el = await ready(container.querySelector<WaOptinForm>('wa-optin-form')!);
    part<HTMLInputElement>(el, '#consent').click();
    await setPhone(el, '\u200b２０１５５５０１２３');
    let submitted: ConsentRecord | undefined;
    el.addEventListener('wa-optin-submit', (e) => (submitted = (e as CustomEvent<OptinSubmitDetail>).detail.record));
    el.requestSubmit();
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    if (submitted) expect(request.body).to.deep.equal(submitted);
    expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
  });
});
