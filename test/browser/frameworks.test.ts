// The React 19 and Vue 3 examples (examples/), bundled as an app would bundle them
// (`npm run examples`), used like a person would: type, tick, submit, and the app hears
// the event.
import { expect } from '@open-wc/testing';
import { formInFrame, optInThroughForm } from '../support/form-driver.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../support/receiver.js';

for (const framework of ['react', 'vue'] as const) {
  describe(`the ${framework} example`, () => {
    it('renders the form, submits a record, and the app receives wa-optin-success', async () => {
      const receiver = await scriptedEndpoint();
      const frame = document.createElement('iframe');
      frame.src = `/examples/${framework}/index.html?endpoint=${encodeURIComponent(receiver.url)}`;
      document.body.append(frame);
      try {
        const form = await formInFrame(frame);
        const root = form.shadowRoot!;
        // The framework passed its values as properties: the wording names the business.
        expect(root.querySelector('[part=business]')!.textContent).to.equal('Acme Shoes');
        await optInThroughForm(form, '2015550123');
        const status = await eventually(
          () => frame.contentDocument!.querySelector(`#${framework}-status`)!.textContent,
          (text) => text !== 'No opt-in yet.',
        );
        expect(status).to.equal('Stored the opt-in of +12015550123.');
        const [request] = await receiver.requests();
        expect(request.body).to.include({ phone: '+12015550123', source: `${framework}-app`, business: 'Acme Shoes' });
        expect((await validateAgainstSchema(request.body)).valid).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });
}
