import type { OptinStrings } from '../core/locales.js';

/**
 * Filipino, polite (po/ninyo kept out; "mo" throughout, as shop sites write) (fil). 
 */
const strings: OptinStrings = {
  $code: "fil",
  $name: "Filipino",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Oo, gusto kong makatanggap ng {topics} mula sa {business} sa {whatsapp}, sa numerong {phone}.",
  phonePlaceholder: "nasa itaas",
  topics: {
    order_updates: "balita tungkol sa aking mga order",
    shipping_updates: "abiso sa pagpapadala",
    account_alerts: "alerto sa aking account",
    appointment_reminders: "paalala sa aking mga appointment",
    tickets: "e-ticket",
    new_products: "balita sa mga bagong produkto",
    offers: "espesyal na alok",
    support: "mensahe mula sa customer support"
  },
  topicsInHeading: {
    order_updates: "balita tungkol sa iyong mga order",
    shipping_updates: "abiso sa pagpapadala",
    account_alerts: "alerto sa iyong account",
    appointment_reminders: "paalala sa iyong mga appointment",
    tickets: "iyong mga e-ticket",
    new_products: "balita sa mga bagong produkto",
    offers: "espesyal na alok",
    support: "customer support"
  },
  topicsInThanks: {
    order_updates: "balita tungkol sa iyong mga order",
    shipping_updates: "abiso sa pagpapadala",
    account_alerts: "alerto sa iyong account",
    appointment_reminders: "paalala sa iyong mga appointment",
    tickets: "e-ticket",
    new_products: "balita sa mga bagong produkto",
    offers: "espesyal na alok",
    support: "mensahe mula sa customer support"
  },
  topicsInList: {
    order_updates: "Balita sa order",
    shipping_updates: "Abiso sa pagpapadala",
    account_alerts: "Alerto sa account",
    appointment_reminders: "Paalala sa appointment",
    tickets: "E-ticket",
    new_products: "Mga bagong produkto",
    offers: "Espesyal na alok",
    support: "Customer support"
  },
  phoneLabel: "Ang iyong WhatsApp number",
  phoneHint: "Gagamitin lang namin ito para ipadala ang mga mensaheng pipiliin mo sa ibaba. Puwede mo itong ihinto anumang oras.",
  countryLabel: "Bansa",
  countryUnknown: "Pumili…",
  submit: "Mag-sign up",
  sending: "Sine-save ang iyong pinili…",
  thankYouTitle: "Salamat!",
  thankYouBody: "Makakatanggap ka ng {topics} mula sa {business} sa WhatsApp, sa numerong {phone}.",
  queued: "Hindi maabot ang server. Naka-save ang iyong pinili sa device na ito at awtomatiko namin itong ipapadala ulit.",
  surfaceTitle: "Tumanggap ng {topics} sa WhatsApp",
  ctaLabel: "Tumanggap ng balita sa WhatsApp",
  showForm: "Mag-sign up",
  close: "Isara",
  whatsappLogo: "Logo ng WhatsApp",
  hideForm: "Itago",
  done: "Tapos na",
  optinNotSaved: "Hindi na-save ang pag-sign up mo sa WhatsApp: {reason}.",
  notSavedReasons: {
    incomplete: "kulang ang numero",
    tooLong: "masyadong mahaba ang numero",
    invalid: "hindi wasto ang numero"
  },
  subscribedCta: "Nakakatanggap ka ng {topics} sa WhatsApp",
  subscribedLine: "Nakakatanggap ka ng {topics} sa WhatsApp, sa numerong {phone}",
  stop: "Ihinto",
  errors: {
    unticked: "Lagyan ng tsek ang kahon para pumayag na makatanggap ng mga mensaheng ito sa WhatsApp.",
    empty: "Ilagay ang iyong WhatsApp number.",
    noCountry: "Piliin ang iyong bansa, o i-type ang numero na may + at country code.",
    tooShort: "Masyadong maikli ang numerong ito.",
    tooLong: "Masyadong mahaba ang numerong ito.",
    invalid: "Hindi wastong numero ito para sa napiling bansa.",
    invalidCountry: "Walang ganitong country code. Tingnan ang mga digit pagkatapos ng +.",
    rejected: "Hindi tinanggap ng server ang sign-up na ito: {reason}",
    metadata: "Hindi ma-load ang mga patakaran sa numero ng telepono. I-type ang numero na may + at country code.",
    mirroredPhone: "Para makatanggap ng mga mensaheng ito sa WhatsApp, itama ang numero ng telepono: {problem}",
    phoneOptional: "Kung walang wastong numero ng telepono, hindi namin maipapadala sa iyo ang mga mensaheng ito. Hindi apektado ang ibang bahagi ng form na ito.",
    countryNotOffered: "Mga numero lang mula sa {countries} ang matatanggap namin.",
    notSent: "Walang naipadala. Tingnan ang iyong koneksyon at subukang muli.",
    notLoaded: "Hindi na-load ang form sa pag-sign up. Tingnan ang iyong koneksyon at subukang muli."
  }
};

export default strings;
