import type { OptinStrings } from '../core/locales.js';

/**
 * Swahili, singular address (wewe), the usual register of shop sites (sw). 
 */
const strings: OptinStrings = {
  $code: "sw",
  $name: "Kiswahili",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Ndiyo, nataka kupokea {topics} kutoka {business} kupitia {whatsapp} kwenye namba {phone}.",
  phonePlaceholder: "iliyo hapo juu",
  topics: {
    order_updates: "taarifa za oda zangu",
    shipping_updates: "taarifa za usafirishaji",
    account_alerts: "arifa za akaunti yangu",
    appointment_reminders: "vikumbusho vya miadi yangu",
    tickets: "tiketi za kielektroniki",
    new_products: "habari za bidhaa mpya",
    offers: "ofa maalum",
    support: "ujumbe wa huduma kwa wateja"
  },
  topicsInHeading: {
    order_updates: "taarifa za oda zako",
    shipping_updates: "taarifa za usafirishaji",
    account_alerts: "arifa za akaunti yako",
    appointment_reminders: "vikumbusho vya miadi yako",
    tickets: "tiketi zako za kielektroniki",
    new_products: "habari za bidhaa mpya",
    offers: "ofa maalum",
    support: "huduma kwa wateja"
  },
  topicsInThanks: {
    order_updates: "taarifa za oda zako",
    shipping_updates: "taarifa za usafirishaji",
    account_alerts: "arifa za akaunti yako",
    appointment_reminders: "vikumbusho vya miadi yako",
    tickets: "tiketi za kielektroniki",
    new_products: "habari za bidhaa mpya",
    offers: "ofa maalum",
    support: "ujumbe wa huduma kwa wateja"
  },
  topicsInList: {
    order_updates: "Taarifa za oda",
    shipping_updates: "Taarifa za usafirishaji",
    account_alerts: "Arifa za akaunti",
    appointment_reminders: "Vikumbusho vya miadi",
    tickets: "Tiketi za kielektroniki",
    new_products: "Bidhaa mpya",
    offers: "Ofa maalum",
    support: "Huduma kwa wateja"
  },
  phoneLabel: "Namba yako ya WhatsApp",
  phoneHint: "Tunaitumia tu kukutumia ujumbe utakaouchagua hapa chini. Unaweza kuusimamisha wakati wowote.",
  countryLabel: "Nchi",
  countryUnknown: "Chagua…",
  submit: "Jisajili",
  sending: "Tunahifadhi chaguo lako…",
  thankYouTitle: "Asante!",
  thankYouBody: "Utapokea {topics} kutoka {business} kupitia WhatsApp kwenye namba {phone}.",
  queued: "Hatukuweza kufikia seva. Chaguo lako limehifadhiwa kwenye kifaa hiki na tutalituma tena kiotomatiki.",
  surfaceTitle: "Pata {topics} kwenye WhatsApp",
  ctaLabel: "Pata taarifa kwenye WhatsApp",
  showForm: "Jisajili",
  close: "Funga",
  whatsappLogo: "Nembo ya WhatsApp",
  hideForm: "Ficha",
  done: "Sawa",
  optinNotSaved: "Usajili wako wa WhatsApp haukuhifadhiwa: {reason}.",
  notSavedReasons: {
    incomplete: "namba haijakamilika",
    tooLong: "namba ni ndefu mno",
    invalid: "namba si sahihi"
  },
  subscribedCta: "Unapokea {topics} kwenye WhatsApp",
  subscribedLine: "Unapokea {topics} kupitia WhatsApp kwenye namba {phone}",
  stop: "Jiondoe",
  errors: {
    unticked: "Weka alama kwenye kisanduku ili ukubali kupokea ujumbe huu kwenye WhatsApp.",
    empty: "Weka namba yako ya WhatsApp.",
    noCountry: "Chagua nchi yako, au andika namba ukianza na + na msimbo wa nchi.",
    tooShort: "Namba hii ni fupi mno.",
    tooLong: "Namba hii ni ndefu mno.",
    invalid: "Hii si namba sahihi ya simu kwa nchi uliyochagua.",
    invalidCountry: "Msimbo huu wa nchi haupo. Angalia tarakimu baada ya +.",
    rejected: "Seva haikukubali usajili huu: {reason}",
    metadata: "Kanuni za namba za simu hazikuweza kupakiwa. Andika namba yako ukianza na + na msimbo wa nchi.",
    mirroredPhone: "Ili upokee ujumbe huu kwenye WhatsApp, sahihisha namba ya simu: {problem}",
    phoneOptional: "Bila namba sahihi ya simu hatuwezi kukutumia ujumbe huu. Sehemu nyingine ya fomu hii haiathiriki.",
    countryNotOffered: "Tunaweza kupokea namba kutoka {countries} pekee.",
    notSent: "Hakuna kilichotumwa. Angalia muunganisho wako kisha ujaribu tena.",
    notLoaded: "Fomu ya kujisajili haikupakia. Angalia muunganisho wako kisha ujaribu tena."
  }
};

export default strings;
