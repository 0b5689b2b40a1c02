import type { OptinStrings } from '../core/locales.js';

/**
 * Bengali, formal (আপনি); subject–object–verb, verb last (bn). 
 */
const strings: OptinStrings = {
  $code: "bn",
  $name: "বাংলা",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "হ্যাঁ, আমি {business}-এর কাছ থেকে {whatsapp}-এ {phone} নম্বরে {topics} পেতে চাই।",
  phonePlaceholder: "ওপরের",
  topics: {
    order_updates: "আমার অর্ডারের আপডেট",
    shipping_updates: "ডেলিভারির খবর",
    account_alerts: "আমার অ্যাকাউন্টের সতর্কবার্তা",
    appointment_reminders: "আমার অ্যাপয়েন্টমেন্টের রিমাইন্ডার",
    tickets: "ই-টিকিট",
    new_products: "নতুন পণ্যের খবর",
    offers: "বিশেষ অফার",
    support: "গ্রাহকসেবার বার্তা"
  },
  topicsInHeading: {
    order_updates: "আপনার অর্ডারের আপডেট",
    shipping_updates: "ডেলিভারির খবর",
    account_alerts: "আপনার অ্যাকাউন্টের সতর্কবার্তা",
    appointment_reminders: "আপনার অ্যাপয়েন্টমেন্টের রিমাইন্ডার",
    tickets: "আপনার ই-টিকিট",
    new_products: "নতুন পণ্যের খবর",
    offers: "বিশেষ অফার",
    support: "গ্রাহকসেবা"
  },
  topicsInThanks: {
    order_updates: "আপনার অর্ডারের আপডেট",
    shipping_updates: "ডেলিভারির খবর",
    account_alerts: "আপনার অ্যাকাউন্টের সতর্কবার্তা",
    appointment_reminders: "আপনার অ্যাপয়েন্টমেন্টের রিমাইন্ডার",
    tickets: "ই-টিকিট",
    new_products: "নতুন পণ্যের খবর",
    offers: "বিশেষ অফার",
    support: "গ্রাহকসেবার বার্তা"
  },
  topicsInList: {
    order_updates: "অর্ডারের আপডেট",
    shipping_updates: "ডেলিভারির খবর",
    account_alerts: "অ্যাকাউন্টের সতর্কবার্তা",
    appointment_reminders: "অ্যাপয়েন্টমেন্ট রিমাইন্ডার",
    tickets: "ই-টিকিট",
    new_products: "নতুন পণ্য",
    offers: "বিশেষ অফার",
    support: "গ্রাহকসেবা"
  },
  phoneLabel: "আপনার WhatsApp নম্বর",
  phoneHint: "নিচে আপনি যে বার্তাগুলো বেছে নেবেন, শুধু সেগুলো পাঠাতেই আমরা এটি ব্যবহার করি। যেকোনো সময় বন্ধ করতে পারেন।",
  countryLabel: "দেশ",
  countryUnknown: "বেছে নিন…",
  submit: "সাইন আপ করুন",
  sending: "আপনার পছন্দ সংরক্ষণ করা হচ্ছে…",
  thankYouTitle: "ধন্যবাদ!",
  thankYouBody: "আপনি {business}-এর কাছ থেকে WhatsApp-এ {phone} নম্বরে {topics} পাবেন।",
  queued: "সার্ভারের সঙ্গে যোগাযোগ করা যায়নি। আপনার পছন্দ এই ডিভাইসে সংরক্ষিত আছে, আমরা এটি নিজে থেকেই আবার পাঠাব।",
  surfaceTitle: "WhatsApp-এ {topics} পান",
  ctaLabel: "WhatsApp-এ আপডেট পান",
  showForm: "সাইন আপ করুন",
  close: "বন্ধ করুন",
  whatsappLogo: "WhatsApp লোগো",
  hideForm: "লুকান",
  done: "ঠিক আছে",
  optinNotSaved: "WhatsApp-এ আপনার সম্মতি সংরক্ষিত হয়নি: {reason}।",
  notSavedReasons: {
    incomplete: "নম্বরটি অসম্পূর্ণ",
    tooLong: "নম্বরটি খুব বড়",
    invalid: "নম্বরটি সঠিক নয়"
  },
  subscribedCta: "আপনি WhatsApp-এ {topics} পাচ্ছেন",
  subscribedLine: "আপনি WhatsApp-এ {phone} নম্বরে {topics} পাচ্ছেন",
  stop: "বার্তা বন্ধ করুন",
  errors: {
    unticked: "WhatsApp-এ এই বার্তাগুলো পেতে সম্মতি দিতে বাক্সে টিক দিন।",
    empty: "আপনার WhatsApp নম্বর লিখুন।",
    noCountry: "আপনার দেশ বেছে নিন, অথবা + ও দেশের কোডসহ নম্বর লিখুন।",
    tooShort: "এই নম্বরটি খুব ছোট।",
    tooLong: "এই নম্বরটি খুব বড়।",
    invalid: "বেছে নেওয়া দেশের জন্য এটি সঠিক ফোন নম্বর নয়।",
    invalidCountry: "এই দেশের কোডটি নেই। + এর পরের অঙ্কগুলো দেখে নিন।",
    rejected: "সার্ভার এই সাইন-আপ গ্রহণ করেনি: {reason}",
    metadata: "ফোন নম্বরের নিয়ম লোড করা যায়নি। + ও দেশের কোডসহ নম্বর লিখুন।",
    mirroredPhone: "WhatsApp-এ এই বার্তাগুলো পেতে ফোন নম্বরটি ঠিক করুন: {problem}",
    phoneOptional: "সঠিক ফোন নম্বর ছাড়া আমরা আপনাকে এই বার্তাগুলো পাঠাতে পারব না। ফর্মের বাকি অংশে এর কোনো প্রভাব নেই।",
    countryNotOffered: "আমরা শুধু {countries}-এর নম্বর নিতে পারি।",
    notSent: "কিছুই পাঠানো হয়নি। আপনার সংযোগ দেখে আবার চেষ্টা করুন।",
    notLoaded: "সাইন-আপ ফর্মটি লোড হয়নি। আপনার সংযোগ দেখে আবার চেষ্টা করুন।"
  }
};

export default strings;
