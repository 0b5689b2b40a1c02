import type { OptinStrings } from '../core/locales.js';

/**
 * Hindi, formal (आप); subject–object–verb: the business, then the number and WhatsApp, then the topics, the verb last (hi). 
 */
const strings: OptinStrings = {
  $code: "hi",
  $name: "हिन्दी",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "हाँ, मैं सहमत हूँ कि {business} मुझे {phone} नंबर पर {whatsapp} के ज़रिए {topics} भेजे।",
  phonePlaceholder: "ऊपर दिए गए",
  topics: {
    order_updates: "मेरे ऑर्डर के अपडेट",
    shipping_updates: "शिपिंग की जानकारी",
    account_alerts: "मेरे खाते के अलर्ट",
    appointment_reminders: "मेरे अपॉइंटमेंट के रिमाइंडर",
    tickets: "ई-टिकट",
    new_products: "नए उत्पादों की ख़बरें",
    offers: "ख़ास ऑफ़र",
    support: "ग्राहक सहायता के संदेश"
  },
  topicsInHeading: {
    order_updates: "अपने ऑर्डर के अपडेट",
    shipping_updates: "शिपिंग की जानकारी",
    account_alerts: "अपने खाते के अलर्ट",
    appointment_reminders: "अपने अपॉइंटमेंट के रिमाइंडर",
    tickets: "अपने ई-टिकट",
    new_products: "नए उत्पादों की ख़बरें",
    offers: "ख़ास ऑफ़र",
    support: "ग्राहक सहायता"
  },
  topicsInThanks: {
    order_updates: "आपके ऑर्डर के अपडेट",
    shipping_updates: "शिपिंग की जानकारी",
    account_alerts: "आपके खाते के अलर्ट",
    appointment_reminders: "आपके अपॉइंटमेंट के रिमाइंडर",
    tickets: "ई-टिकट",
    new_products: "नए उत्पादों की ख़बरें",
    offers: "ख़ास ऑफ़र",
    support: "ग्राहक सहायता के संदेश"
  },
  topicsInList: {
    order_updates: "ऑर्डर अपडेट",
    shipping_updates: "शिपिंग की जानकारी",
    account_alerts: "खाते के अलर्ट",
    appointment_reminders: "अपॉइंटमेंट रिमाइंडर",
    tickets: "ई-टिकट",
    new_products: "नए उत्पाद",
    offers: "ख़ास ऑफ़र",
    support: "ग्राहक सहायता"
  },
  phoneLabel: "आपका WhatsApp नंबर",
  phoneHint: "हम इसका इस्तेमाल सिर्फ़ वही संदेश भेजने के लिए करते हैं जो आप नीचे चुनते हैं। आप इन्हें कभी भी बंद कर सकते हैं।",
  countryLabel: "देश",
  countryUnknown: "चुनें…",
  submit: "साइन अप करें",
  sending: "आपकी पसंद सहेजी जा रही है…",
  thankYouTitle: "धन्यवाद!",
  thankYouBody: "{business} आपको {phone} नंबर पर WhatsApp के ज़रिए {topics} भेजेगा।",
  queued: "सर्वर से संपर्क नहीं हो सका। आपकी पसंद इस डिवाइस पर सहेज ली गई है और हम इसे अपने-आप दोबारा भेजेंगे।",
  surfaceTitle: "WhatsApp पर {topics} पाएँ",
  ctaLabel: "WhatsApp पर अपडेट पाएँ",
  showForm: "साइन अप करें",
  close: "बंद करें",
  whatsappLogo: "WhatsApp का लोगो",
  hideForm: "छिपाएँ",
  done: "ठीक है",
  optinNotSaved: "WhatsApp के लिए आपकी सहमति सेव नहीं हुई: {reason}।",
  notSavedReasons: {
    incomplete: "नंबर अधूरा है",
    tooLong: "नंबर बहुत लंबा है",
    invalid: "नंबर सही नहीं है"
  },
  subscribedCta: "आपको WhatsApp पर {topics} मिल रहे हैं",
  subscribedLine: "आपको {phone} नंबर पर WhatsApp के ज़रिए {topics} मिल रहे हैं",
  stop: "संदेश बंद करें",
  errors: {
    unticked: "WhatsApp पर ये संदेश पाने के लिए सहमति देने हेतु बॉक्स पर टिक करें।",
    empty: "अपना WhatsApp नंबर डालें।",
    noCountry: "अपना देश चुनें, या नंबर + और देश के कोड के साथ लिखें।",
    tooShort: "यह नंबर बहुत छोटा है।",
    tooLong: "यह नंबर बहुत लंबा है।",
    invalid: "चुने गए देश के लिए यह फ़ोन नंबर सही नहीं है।",
    invalidCountry: "यह देश कोड मौजूद नहीं है। + के बाद के अंक जाँचें।",
    rejected: "सर्वर ने यह साइन-अप स्वीकार नहीं किया: {reason}",
    metadata: "फ़ोन नंबर के नियम लोड नहीं हो सके। अपना नंबर + और देश के कोड के साथ लिखें।",
    mirroredPhone: "WhatsApp पर ये संदेश पाने के लिए फ़ोन नंबर ठीक करें: {problem}",
    phoneOptional: "सही फ़ोन नंबर के बिना हम आपको ये संदेश नहीं भेज सकते। इस फ़ॉर्म का बाकी हिस्सा इससे प्रभावित नहीं होता।",
    countryNotOffered: "हम केवल {countries} के नंबर ले सकते हैं।",
    notSent: "कुछ नहीं भेजा गया। अपना कनेक्शन जाँचें और फिर से कोशिश करें।",
    notLoaded: "साइन-अप फ़ॉर्म लोड नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।"
  }
};

export default strings;
