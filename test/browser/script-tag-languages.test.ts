// The script-tag file speaks the page's language by fetching that one locale file from
// beside itself (wa-optin.locale.<code>.json); English is inside. `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { formInFrame, optInThroughForm } from '../support/form-driver.js';
import { scriptedEndpoint } from '../support/receiver.js';

async function sitePage(script: string, lang: string, scriptData: string) {
  const receiver = await scriptedEndpoint([201]);
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <script src="${script}" ${scriptData}></script></head>
    <body><wa-optin-form endpoint="${receiver.url}" business="Acme" topics="offers"></wa-optin-form></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, receiver };
}

const sentence = (form: Element) => form.shadowRoot!.querySelector('#wording')!.textContent!;

// Both script files: in the split one, the chunks read data-* and the script's URL from the loader.
for (const script of ['/dist/wa-optin.iife.js', '/dist/wa-optin.js']) describe(`${script.slice(1)} in another language`, () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('fetches the page language’s file beside the script and records that language', async () => {
    const page = await sitePage(script, 'hi-IN', 'data-country="IN"');
    frame = page.frame;
    const form = await formInFrame(frame);
    expect(sentence(form)).to.equal('हाँ, मैं सहमत हूँ कि Acme मुझे ऊपर दिए गए नंबर पर WhatsApp के ज़रिए ख़ास ऑफ़र भेजे।');
    const frameRequests = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(frameRequests.some((url) => url.endsWith('/dist/wa-optin.locale.hi.json'))).to.equal(true);
    expect(frameRequests.filter((url) => url.includes('wa-optin.locale.'))).to.have.length(1);
    await optInThroughForm(form, '98765 43210');
    const [request] = await page.receiver.requests();
    expect(request.body).to.include({ locale: 'hi-IN', wordingVersion: 'hi/1' });
    expect(request.body.wording).to.equal('हाँ, मैं सहमत हूँ कि Acme मुझे +91 98765 43210 नंबर पर WhatsApp के ज़रिए ख़ास ऑफ़र भेजे।');
    // The thank-you speaks to the person, in the same language.
    expect(form.shadowRoot!.querySelector('[part=thank-you]')!.textContent).to.include('Acme आपको +91 98765 43210 नंबर पर');
  });

  it('shows English, and the record says en, when the locale file is missing', async () => {
    const page = await sitePage(script, 'ar', 'data-country="SA" data-locale-files="/dist/missing/{code}.json"');
    frame = page.frame;
    const form = await formInFrame(frame);
    expect(sentence(form)).to.equal('Yes, I want to receive special offers from Acme on WhatsApp, the number above.');
    expect(form.getAttribute('dir')).to.equal('ltr');
    await optInThroughForm(form, '50 123 4567');
    const [request] = await page.receiver.requests();
    expect(request.body).to.include({ locale: 'en', wordingVersion: 'en/2' });
  });
});
