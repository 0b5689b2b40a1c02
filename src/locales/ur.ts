import type { OptinStrings } from '../core/locales.js';

/**
 * Urdu, formal (آپ); subject–object–verb, verb last; right to left (ur). 
 */
const strings: OptinStrings = {
  $code: "ur",
  $name: "اردو",
  $dir: "rtl",
  $wordingVersion: 1,
  sentence: "جی ہاں، میں متفق ہوں کہ {business} مجھے {phone} نمبر پر {whatsapp} کے ذریعے {topics} بھیجے۔",
  phonePlaceholder: "اوپر دیے گئے",
  topics: {
    order_updates: "میرے آرڈر کی اپڈیٹس",
    shipping_updates: "ترسیل کی معلومات",
    account_alerts: "میرے اکاؤنٹ کے الرٹس",
    appointment_reminders: "میری اپائنٹمنٹ کی یاد دہانیاں",
    tickets: "ای ٹکٹ",
    new_products: "نئی مصنوعات کی خبریں",
    offers: "خصوصی پیشکشیں",
    support: "کسٹمر سپورٹ کے پیغامات"
  },
  topicsInHeading: {
    order_updates: "اپنے آرڈر کی اپڈیٹس",
    shipping_updates: "ترسیل کی معلومات",
    account_alerts: "اپنے اکاؤنٹ کے الرٹس",
    appointment_reminders: "اپنی اپائنٹمنٹ کی یاد دہانیاں",
    tickets: "اپنے ای ٹکٹ",
    new_products: "نئی مصنوعات کی خبریں",
    offers: "خصوصی پیشکشیں",
    support: "کسٹمر سپورٹ"
  },
  topicsInThanks: {
    order_updates: "آپ کے آرڈر کی اپڈیٹس",
    shipping_updates: "ترسیل کی معلومات",
    account_alerts: "آپ کے اکاؤنٹ کے الرٹس",
    appointment_reminders: "آپ کی اپائنٹمنٹ کی یاد دہانیاں",
    tickets: "ای ٹکٹ",
    new_products: "نئی مصنوعات کی خبریں",
    offers: "خصوصی پیشکشیں",
    support: "کسٹمر سپورٹ کے پیغامات"
  },
  topicsInList: {
    order_updates: "آرڈر اپڈیٹس",
    shipping_updates: "ترسیل کی معلومات",
    account_alerts: "اکاؤنٹ الرٹس",
    appointment_reminders: "اپائنٹمنٹ کی یاد دہانیاں",
    tickets: "ای ٹکٹ",
    new_products: "نئی مصنوعات",
    offers: "خصوصی پیشکشیں",
    support: "کسٹمر سپورٹ"
  },
  phoneLabel: "آپ کا WhatsApp نمبر",
  phoneHint: "ہم اسے صرف وہی پیغامات بھیجنے کے لیے استعمال کرتے ہیں جو آپ نیچے منتخب کریں۔ آپ انہیں کسی بھی وقت بند کر سکتے ہیں۔",
  countryLabel: "ملک",
  countryUnknown: "منتخب کریں…",
  submit: "سائن اپ کریں",
  sending: "آپ کا انتخاب محفوظ کیا جا رہا ہے…",
  thankYouTitle: "شکریہ!",
  thankYouBody: "{business} آپ کو {phone} نمبر پر WhatsApp کے ذریعے {topics} بھیجے گا۔",
  queued: "سرور سے رابطہ نہیں ہو سکا۔ آپ کا انتخاب اس ڈیوائس پر محفوظ ہے اور ہم اسے خود بخود دوبارہ بھیجیں گے۔",
  surfaceTitle: "WhatsApp پر {topics} حاصل کریں",
  ctaLabel: "WhatsApp پر اپڈیٹس حاصل کریں",
  showForm: "سائن اپ کریں",
  close: "بند کریں",
  whatsappLogo: "WhatsApp کا لوگو",
  hideForm: "چھپائیں",
  done: "ٹھیک ہے",
  optinNotSaved: "WhatsApp کے لیے آپ کی رضامندی محفوظ نہیں ہوئی: {reason}۔",
  notSavedReasons: {
    incomplete: "نمبر نامکمل ہے",
    tooLong: "نمبر بہت لمبا ہے",
    invalid: "نمبر درست نہیں ہے"
  },
  subscribedCta: "آپ WhatsApp پر {topics} حاصل کر رہے ہیں",
  subscribedLine: "آپ {phone} نمبر پر WhatsApp کے ذریعے {topics} حاصل کر رہے ہیں",
  stop: "پیغامات بند کریں",
  errors: {
    unticked: "WhatsApp پر یہ پیغامات وصول کرنے کی رضامندی کے لیے خانے پر نشان لگائیں۔",
    empty: "اپنا WhatsApp نمبر درج کریں۔",
    noCountry: "اپنا ملک منتخب کریں، یا نمبر + اور ملک کے کوڈ کے ساتھ لکھیں۔",
    tooShort: "یہ نمبر بہت چھوٹا ہے۔",
    tooLong: "یہ نمبر بہت لمبا ہے۔",
    invalid: "منتخب ملک کے لیے یہ درست فون نمبر نہیں ہے۔",
    invalidCountry: "یہ ملکی کوڈ موجود نہیں۔ + کے بعد والے ہندسے دیکھ لیں۔",
    rejected: "سرور نے یہ سائن اپ قبول نہیں کیا: {reason}",
    metadata: "فون نمبر کے قواعد لوڈ نہیں ہو سکے۔ اپنا نمبر + اور ملک کے کوڈ کے ساتھ لکھیں۔",
    mirroredPhone: "WhatsApp پر یہ پیغامات وصول کرنے کے لیے فون نمبر درست کریں: {problem}",
    phoneOptional: "درست فون نمبر کے بغیر ہم آپ کو یہ پیغامات نہیں بھیج سکتے۔ اس فارم کے باقی حصے پر کوئی اثر نہیں پڑتا۔",
    countryNotOffered: "ہم صرف {countries} کے نمبر لے سکتے ہیں۔",
    notSent: "کچھ نہیں بھیجا گیا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔",
    notLoaded: "سائن اپ فارم لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔"
  }
};

export default strings;
