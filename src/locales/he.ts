import type { OptinStrings } from '../core/locales.js';

/**
 * Hebrew; the person speaks in the first person (אני רוצה reads the same for any gender), instructions in the infinitive, as Israeli sites write to avoid gendered address; right to left (he). 
 */
const strings: OptinStrings = {
  $code: "he",
  $name: "עברית",
  $dir: "rtl",
  $wordingVersion: 1,
  sentence: "כן, אני רוצה לקבל {topics} מ־{business} ב־{whatsapp}, למספר {phone}.",
  phonePlaceholder: "שלמעלה",
  topics: {
    order_updates: "עדכונים על ההזמנות שלי",
    shipping_updates: "עדכוני משלוח",
    account_alerts: "התראות על החשבון שלי",
    appointment_reminders: "תזכורות לתורים שלי",
    tickets: "כרטיסים אלקטרוניים",
    new_products: "חדשות על מוצרים חדשים",
    offers: "מבצעים מיוחדים",
    support: "הודעות שירות לקוחות"
  },
  topicsInHeading: {
    order_updates: "עדכונים על ההזמנות",
    shipping_updates: "עדכוני משלוח",
    account_alerts: "התראות על החשבון",
    appointment_reminders: "תזכורות לתורים",
    tickets: "כרטיסים אלקטרוניים",
    new_products: "חדשות על מוצרים חדשים",
    offers: "מבצעים מיוחדים",
    support: "שירות לקוחות"
  },
  topicsInThanks: {
    order_updates: "עדכונים על ההזמנות",
    shipping_updates: "עדכוני משלוח",
    account_alerts: "התראות על החשבון",
    appointment_reminders: "תזכורות לתורים",
    tickets: "כרטיסים אלקטרוניים",
    new_products: "חדשות על מוצרים חדשים",
    offers: "מבצעים מיוחדים",
    support: "הודעות שירות לקוחות"
  },
  topicsInList: {
    order_updates: "עדכוני הזמנות",
    shipping_updates: "עדכוני משלוח",
    account_alerts: "התראות חשבון",
    appointment_reminders: "תזכורות לתורים",
    tickets: "כרטיסים אלקטרוניים",
    new_products: "מוצרים חדשים",
    offers: "מבצעים מיוחדים",
    support: "שירות לקוחות"
  },
  phoneLabel: "מספר ה־WhatsApp",
  phoneHint: "המספר משמש רק לשליחת ההודעות שנבחרו למטה. אפשר להפסיק אותן בכל עת.",
  countryLabel: "מדינה",
  countryUnknown: "בחירה…",
  submit: "הרשמה",
  sending: "שומרים את הבחירה…",
  thankYouTitle: "תודה!",
  thankYouBody: "{topics} מ־{business} יישלחו ב־WhatsApp למספר {phone}.",
  queued: "לא הצלחנו להתחבר לשרת. הבחירה נשמרה במכשיר הזה ותישלח שוב באופן אוטומטי.",
  surfaceTitle: "{topics} ב־WhatsApp",
  ctaLabel: "עדכונים ב־WhatsApp",
  showForm: "הרשמה",
  close: "סגירה",
  whatsappLogo: "הלוגו של WhatsApp",
  hideForm: "הסתרה",
  done: "סיום",
  optinNotSaved: "ההרשמה ל־WhatsApp לא נשמרה: {reason}.",
  notSavedReasons: {
    incomplete: "המספר לא שלם",
    tooLong: "המספר ארוך מדי",
    invalid: "המספר אינו תקין"
  },
  subscribedCta: "ההרשמה פעילה: {topics} ב־WhatsApp",
  subscribedLine: "ההרשמה פעילה: {topics} ב־WhatsApp למספר {phone}",
  stop: "הסרה",
  errors: {
    unticked: "יש לסמן את התיבה כדי לאשר קבלת הודעות אלה ב־WhatsApp.",
    empty: "יש להזין מספר WhatsApp.",
    noCountry: "יש לבחור מדינה, או להקליד את המספר עם + וקידומת המדינה.",
    tooShort: "המספר קצר מדי.",
    tooLong: "המספר ארוך מדי.",
    invalid: "זה אינו מספר טלפון תקין במדינה שנבחרה.",
    invalidCountry: "קידומת המדינה הזו לא קיימת. כדאי לבדוק את הספרות שאחרי ה־+.",
    rejected: "השרת לא קיבל את ההרשמה: {reason}",
    metadata: "לא ניתן היה לטעון את כללי מספרי הטלפון. יש להקליד את המספר עם + וקידומת המדינה.",
    mirroredPhone: "כדי לקבל הודעות אלה ב־WhatsApp, יש לתקן את מספר הטלפון: {problem}",
    phoneOptional: "בלי מספר טלפון תקין לא נוכל לשלוח את ההודעות האלה. שאר הטופס לא מושפע מכך.",
    countryNotOffered: "אנחנו יכולים לקבל רק מספרים מ{countries}.",
    notSent: "שום דבר לא נשלח. יש לבדוק את החיבור ולנסות שוב.",
    notLoaded: "לא ניתן היה לטעון את טופס ההרשמה. יש לבדוק את החיבור ולנסות שוב."
  }
};

export default strings;
