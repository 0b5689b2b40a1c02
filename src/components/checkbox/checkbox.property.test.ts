// Property-based test (fast-check) of the checkbox under hostile input in the page's own
// phone field: no exception escapes, the host form is either held back (invalid number)
// or submits with a record the receiver's schema accepts under the id in its form data,
// and markup never runs. Records are caught at the cancelable wa-optin-submit: nothing is sent.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../define.js';
import type { WaOptinCheckbox } from './checkbox.js';
import type { OptinSubmitDetail } from '../../core/events.js';
import { phoneRulesReady } from '../../core/phone.js';
import type { ConsentRecord } from '../../core/record.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { hostileText } from '../../../test/support/hostile-strings.js';
import { part } from '../../../test/support/form-driver.js';
import { validateAgainstSchema } from '../../../test/support/receiver.js';

describe('<wa-optin-checkbox> under hostile input (property-based)', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('whatever is pasted into the page’s phone field: no escaped error; held back, or a schema-valid record under the submitted id', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(`<div lang="en-US"><form>
      <label for="billing-phone">Billing phone</label> <input id="billing-phone" type="tel">
      <wa-optin-checkbox name="whatsapp" phone-from="#billing-phone" business="Acme" topics="order_updates" country="BR" block-submit></wa-optin-checkbox>
      <button>Pay</button></form></div>`);
    await phoneRulesReady();
    const form = container.querySelector('form')!;
    const box = container.querySelector<WaOptinCheckbox>('wa-optin-checkbox')!;
    const field = container.querySelector<HTMLInputElement>('#billing-phone')!;
    await box.updateComplete;
    part<HTMLInputElement>(box, '#consent').click();
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    const built: { record: ConsentRecord; formId: FormDataEntryValue | null }[] = [];
    box.addEventListener('wa-optin-submit', (e) => {
      built.push({ record: (e as CustomEvent<OptinSubmitDetail>).detail.record, formId: new FormData(form).get('whatsapp_consent_id') });
      e.preventDefault();
    });
    const escaped: string[] = [];
    const onError = (e: ErrorEvent) => escaped.push(String(e.error ?? e.message));
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(hostileText(), fc.tuple(hostileText({ maxLength: 10 }), fc.constantFrom('11 91234-5678', '＋５５ １１ ９１２３４ ５６７８'), hostileText({ maxLength: 10 })).map((p) => p.join(''))),
          async (text) => {
            field.value = text;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            await box.updateComplete;
            const before = built.length;
            const sent = submits;
            form.requestSubmit();
            await box.updateComplete;
            if (box.validity.valid) {
              expect(submits).to.equal(sent + 1);
              expect(built.length).to.equal(before + 1);
            } else {
              expect(submits, 'held back').to.equal(sent);
              expect(built.length).to.equal(before);
            }
            expect(box.shadowRoot!.querySelector('img, script, iframe, b, [onerror], [onload]')).to.equal(null);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(escaped).to.deep.equal([]);
    expect(built.length).to.be.greaterThan(0);
    for (const { record, formId } of built) expect(record.id).to.equal(formId);
    const results = await Promise.all(built.map(({ record }) => validateAgainstSchema(record)));
    expect(results.filter((r) => !r.valid).slice(0, 3)).to.deep.equal([]);
  });
});
