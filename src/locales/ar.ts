import type { OptinStrings } from '../core/locales.js';

/**
 * Arabic (Modern Standard), formal; verbal-noun construction "I wish to receive X from B via WhatsApp at the number N"; right to left (ar). 
 */
const strings: OptinStrings = {
  $code: "ar",
  $name: "العربية",
  $dir: "rtl",
  $wordingVersion: 1,
  sentence: "نعم، أرغب في تلقّي {topics} من {business} عبر {whatsapp} على الرقم {phone}.",
  phonePlaceholder: "المذكور أعلاه",
  topics: {
    order_updates: "تحديثات طلباتي",
    shipping_updates: "إشعارات الشحن",
    account_alerts: "تنبيهات حسابي",
    appointment_reminders: "تذكيرات مواعيدي",
    tickets: "التذاكر الإلكترونية",
    new_products: "أخبار المنتجات الجديدة",
    offers: "العروض الخاصة",
    support: "رسائل خدمة العملاء"
  },
  topicsInHeading: {
    order_updates: "تحديثات طلباتك",
    shipping_updates: "إشعارات الشحن",
    account_alerts: "تنبيهات حسابك",
    appointment_reminders: "تذكيرات مواعيدك",
    tickets: "تذاكرك الإلكترونية",
    new_products: "أخبار المنتجات الجديدة",
    offers: "العروض الخاصة",
    support: "خدمة العملاء"
  },
  topicsInThanks: {
    order_updates: "تحديثات طلباتك",
    shipping_updates: "إشعارات الشحن",
    account_alerts: "تنبيهات حسابك",
    appointment_reminders: "تذكيرات مواعيدك",
    tickets: "التذاكر الإلكترونية",
    new_products: "أخبار المنتجات الجديدة",
    offers: "العروض الخاصة",
    support: "رسائل خدمة العملاء"
  },
  topicsInList: {
    order_updates: "تحديثات الطلبات",
    shipping_updates: "إشعارات الشحن",
    account_alerts: "تنبيهات الحساب",
    appointment_reminders: "تذكيرات المواعيد",
    tickets: "التذاكر الإلكترونية",
    new_products: "المنتجات الجديدة",
    offers: "العروض الخاصة",
    support: "خدمة العملاء"
  },
  phoneLabel: "رقمك على WhatsApp",
  phoneHint: "نستخدمه فقط لإرسال الرسائل التي تختارها أدناه، ويمكنك إيقافها في أي وقت.",
  countryLabel: "الدولة",
  countryUnknown: "اختر…",
  submit: "اشترك",
  sending: "جارٍ حفظ اختيارك…",
  thankYouTitle: "شكرًا لك!",
  thankYouBody: "ستتلقى {topics} من {business} عبر WhatsApp على الرقم {phone}.",
  queued: "تعذّر الوصول إلى الخادم. اختيارك محفوظ على هذا الجهاز وسنرسله مرة أخرى تلقائيًا.",
  surfaceTitle: "احصل على {topics} عبر WhatsApp",
  ctaLabel: "احصل على التحديثات عبر WhatsApp",
  showForm: "اشترك",
  close: "إغلاق",
  whatsappLogo: "شعار WhatsApp",
  hideForm: "إخفاء",
  done: "تم",
  optinNotSaved: "لم يُحفظ اشتراكك في WhatsApp: {reason}.",
  notSavedReasons: {
    incomplete: "الرقم غير مكتمل",
    tooLong: "الرقم طويل جدًا",
    invalid: "الرقم غير صالح"
  },
  subscribedCta: "تصلك {topics} عبر WhatsApp",
  subscribedLine: "تصلك {topics} عبر WhatsApp على الرقم {phone}",
  stop: "إيقاف",
  errors: {
    unticked: "حدّد المربع للموافقة على تلقّي هذه الرسائل عبر WhatsApp.",
    empty: "أدخل رقمك على WhatsApp.",
    noCountry: "اختر دولتك، أو اكتب الرقم مع + ورمز الدولة.",
    tooShort: "هذا الرقم قصير جدًا.",
    tooLong: "هذا الرقم طويل جدًا.",
    invalid: "هذا ليس رقم هاتف صالحًا للدولة المختارة.",
    invalidCountry: "رمز الدولة هذا غير موجود. تحقّق من الأرقام بعد +.",
    rejected: "لم يقبل الخادم هذا الاشتراك: {reason}",
    metadata: "تعذّر تحميل قواعد أرقام الهاتف. اكتب رقمك مع + ورمز الدولة.",
    mirroredPhone: "لتلقّي هذه الرسائل عبر WhatsApp، صحّح رقم الهاتف: {problem}",
    phoneOptional: "لا يمكننا إرسال هذه الرسائل إليك دون رقم هاتف صالح. لا يتأثر باقي هذا النموذج.",
    countryNotOffered: "لا يمكننا قبول إلا الأرقام من {countries}.",
    notSent: "لم يُرسَل شيء. تحقّق من اتصالك وحاول مرة أخرى.",
    notLoaded: "تعذّر تحميل نموذج الاشتراك. تحقّق من اتصالك وحاول مرة أخرى."
  }
};

export default strings;
