import type { OptinStrings } from '../core/locales.js';

/**
 * English (en). Bundled into every build; the reference every other file is checked against.
 */
const strings: OptinStrings = {
  $code: "en",
  $name: "English",
  $dir: "ltr",
  // 2: topic labels that never stack conjunctions ("special offers", not "offers and promotions").
  $wordingVersion: 2,
  sentence: "Yes, I want to receive {topics} from {business} on {whatsapp}, {phone}.",
  phonePlaceholder: "the number above",
  topics: {
    order_updates: "order updates",
    shipping_updates: "shipping updates",
    account_alerts: "account alerts",
    appointment_reminders: "appointment reminders",
    tickets: "e-tickets",
    new_products: "new product news",
    offers: "special offers",
    support: "customer support messages"
  },
  topicsInHeading: {
    order_updates: "order updates",
    shipping_updates: "shipping updates",
    account_alerts: "account alerts",
    appointment_reminders: "appointment reminders",
    tickets: "e-tickets",
    new_products: "new product news",
    offers: "special offers",
    support: "customer support messages"
  },
  topicsInThanks: {
    order_updates: "order updates",
    shipping_updates: "shipping updates",
    account_alerts: "account alerts",
    appointment_reminders: "appointment reminders",
    tickets: "e-tickets",
    new_products: "new product news",
    offers: "special offers",
    support: "customer support messages"
  },
  topicsInList: {
    order_updates: "Order updates",
    shipping_updates: "Shipping updates",
    account_alerts: "Account alerts",
    appointment_reminders: "Appointment reminders",
    tickets: "E-tickets",
    new_products: "New products",
    offers: "Special offers",
    support: "Customer support"
  },
  phoneLabel: "Your WhatsApp number",
  phoneHint: "We only use it to send you the messages you choose below. You can stop them at any time.",
  countryLabel: "Country",
  countryUnknown: "Choose…",
  submit: "Sign up",
  sending: "Saving your choice…",
  thankYouTitle: "Thank you!",
  thankYouBody: "You will receive {topics} from {business} on WhatsApp, {phone}.",
  queued: "We could not reach the server. Your choice is saved on this device and we will send it again automatically.",
  surfaceTitle: "Get {topics} on WhatsApp",
  ctaLabel: "Get updates on WhatsApp",
  showForm: "Sign up",
  close: "Close",
  whatsappLogo: "WhatsApp logo",
  hideForm: "Hide",
  done: "Done",
  optinNotSaved: "Your WhatsApp opt-in was not saved: {reason}.",
  notSavedReasons: {
    incomplete: "the number is incomplete",
    tooLong: "the number is too long",
    invalid: "the number is not valid"
  },
  subscribedCta: "You get {topics} on WhatsApp",
  subscribedLine: "You get {topics} on WhatsApp at {phone}",
  stop: "Stop",
  errors: {
    unticked: "Tick the box to agree to receive these messages on WhatsApp.",
    empty: "Enter your WhatsApp number.",
    noCountry: "Choose your country, or type the number with + and the country code.",
    tooShort: "This number is too short.",
    tooLong: "This number is too long.",
    invalid: "This is not a valid phone number for the country chosen.",
    invalidCountry: "This country code does not exist. Check the digits after +.",
    rejected: "The server did not accept this sign-up: {reason}",
    metadata: "Phone number rules could not be loaded. Type your number with + and the country code.",
    mirroredPhone: "To receive these messages on WhatsApp, correct the phone number: {problem}",
    phoneOptional: "Without a valid phone number we cannot send you these messages. The rest of this form is not affected.",
    countryNotOffered: "We can only take numbers from {countries}.",
    notSent: "Nothing was sent. Check your connection and try again.",
    notLoaded: "The sign-up form could not load. Check your connection and try again."
  }
};

export default strings;
