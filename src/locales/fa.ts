import type { OptinStrings } from '../core/locales.js';

/**
 * Persian, formal (شما); subject–object–verb, verb last; right to left (fa). 
 */
const strings: OptinStrings = {
  $code: "fa",
  $name: "فارسی",
  $dir: "rtl",
  $wordingVersion: 1,
  sentence: "بله، می‌خواهم {topics} را از {business} در {whatsapp} به شمارهٔ {phone} دریافت کنم.",
  phonePlaceholder: "بالا",
  topics: {
    order_updates: "به‌روزرسانی سفارش‌هایم",
    shipping_updates: "اطلاعیه‌های ارسال",
    account_alerts: "هشدارهای حسابم",
    appointment_reminders: "یادآوری نوبت‌هایم",
    tickets: "بلیت‌های الکترونیکی",
    new_products: "خبر محصولات جدید",
    offers: "پیشنهادهای ویژه",
    support: "پیام‌های پشتیبانی مشتریان"
  },
  topicsInHeading: {
    order_updates: "به‌روزرسانی سفارش‌هایتان",
    shipping_updates: "اطلاعیه‌های ارسال",
    account_alerts: "هشدارهای حسابتان",
    appointment_reminders: "یادآوری نوبت‌هایتان",
    tickets: "بلیت‌های الکترونیکی‌تان",
    new_products: "خبر محصولات جدید",
    offers: "پیشنهادهای ویژه",
    support: "پشتیبانی مشتریان"
  },
  topicsInThanks: {
    order_updates: "به‌روزرسانی سفارش‌هایتان",
    shipping_updates: "اطلاعیه‌های ارسال",
    account_alerts: "هشدارهای حسابتان",
    appointment_reminders: "یادآوری نوبت‌هایتان",
    tickets: "بلیت‌های الکترونیکی",
    new_products: "خبر محصولات جدید",
    offers: "پیشنهادهای ویژه",
    support: "پیام‌های پشتیبانی مشتریان"
  },
  topicsInList: {
    order_updates: "به‌روزرسانی سفارش",
    shipping_updates: "اطلاعیه‌های ارسال",
    account_alerts: "هشدارهای حساب",
    appointment_reminders: "یادآوری نوبت",
    tickets: "بلیت الکترونیکی",
    new_products: "محصولات جدید",
    offers: "پیشنهادهای ویژه",
    support: "پشتیبانی مشتریان"
  },
  phoneLabel: "شمارهٔ WhatsApp شما",
  phoneHint: "فقط برای فرستادن پیام‌هایی که پایین انتخاب می‌کنید از آن استفاده می‌کنیم. هر وقت بخواهید می‌توانید آن‌ها را قطع کنید.",
  countryLabel: "کشور",
  countryUnknown: "انتخاب کنید…",
  submit: "ثبت‌نام",
  sending: "در حال ذخیرهٔ انتخاب شما…",
  thankYouTitle: "سپاسگزاریم!",
  thankYouBody: "{topics} را از {business} در WhatsApp به شمارهٔ {phone} دریافت خواهید کرد.",
  queued: "به سرور دسترسی نداشتیم. انتخاب شما روی همین دستگاه ذخیره شده و خودکار دوباره فرستاده می‌شود.",
  surfaceTitle: "{topics} را در WhatsApp دریافت کنید",
  ctaLabel: "خبرها را در WhatsApp دریافت کنید",
  showForm: "ثبت‌نام",
  close: "بستن",
  whatsappLogo: "نشان WhatsApp",
  hideForm: "پنهان کردن",
  done: "تمام",
  optinNotSaved: "ثبت‌نام شما در WhatsApp ذخیره نشد: {reason}.",
  notSavedReasons: {
    incomplete: "شماره ناقص است",
    tooLong: "شماره خیلی بلند است",
    invalid: "شماره معتبر نیست"
  },
  subscribedCta: "{topics} را در WhatsApp دریافت می‌کنید",
  subscribedLine: "{topics} را در WhatsApp به شمارهٔ {phone} دریافت می‌کنید",
  stop: "لغو اشتراک",
  errors: {
    unticked: "برای موافقت با دریافت این پیام‌ها در WhatsApp، کادر را علامت بزنید.",
    empty: "شمارهٔ WhatsApp خود را وارد کنید.",
    noCountry: "کشور خود را انتخاب کنید، یا شماره را با + و کد کشور بنویسید.",
    tooShort: "این شماره خیلی کوتاه است.",
    tooLong: "این شماره خیلی بلند است.",
    invalid: "این شمارهٔ تلفن برای کشور انتخاب‌شده معتبر نیست.",
    invalidCountry: "این کد کشور وجود ندارد. رقم‌های بعد از + را بررسی کنید.",
    rejected: "سرور این ثبت‌نام را نپذیرفت: {reason}",
    metadata: "قواعد شماره‌های تلفن بارگیری نشد. شماره را با + و کد کشور بنویسید.",
    mirroredPhone: "برای دریافت این پیام‌ها در WhatsApp، شمارهٔ تلفن را اصلاح کنید: {problem}",
    phoneOptional: "بدون شمارهٔ تلفن معتبر نمی‌توانیم این پیام‌ها را برایتان بفرستیم. بقیهٔ این فرم تغییری نمی‌کند.",
    countryNotOffered: "فقط می‌توانیم شماره‌های {countries} را بپذیریم.",
    notSent: "چیزی ارسال نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.",
    notLoaded: "فرم ثبت‌نام بارگیری نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید."
  }
};

export default strings;
