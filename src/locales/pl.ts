import type { OptinStrings } from '../core/locales.js';

/**
 * Polish, informal (ty), as Polish shops write (pl). 
 */
const strings: OptinStrings = {
  $code: "pl",
  $name: "Polski",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Tak, chcę otrzymywać od {business} {topics} przez {whatsapp} na numer {phone}.",
  phonePlaceholder: "podany powyżej",
  topics: {
    order_updates: "informacje o moich zamówieniach",
    shipping_updates: "powiadomienia o wysyłce",
    account_alerts: "alerty dotyczące mojego konta",
    appointment_reminders: "przypomnienia o wizytach",
    tickets: "bilety elektroniczne",
    new_products: "wiadomości o nowych produktach",
    offers: "oferty specjalne",
    support: "wiadomości od obsługi klienta"
  },
  topicsInHeading: {
    order_updates: "informacje o swoich zamówieniach",
    shipping_updates: "powiadomienia o wysyłce",
    account_alerts: "alerty dotyczące konta",
    appointment_reminders: "przypomnienia o wizytach",
    tickets: "swoje bilety elektroniczne",
    new_products: "wiadomości o nowościach",
    offers: "oferty specjalne",
    support: "wiadomości od obsługi klienta"
  },
  topicsInThanks: {
    order_updates: "informacje o Twoich zamówieniach",
    shipping_updates: "powiadomienia o wysyłce",
    account_alerts: "alerty dotyczące Twojego konta",
    appointment_reminders: "przypomnienia o wizytach",
    tickets: "bilety elektroniczne",
    new_products: "wiadomości o nowych produktach",
    offers: "oferty specjalne",
    support: "wiadomości od obsługi klienta"
  },
  topicsInList: {
    order_updates: "Informacje o zamówieniach",
    shipping_updates: "Powiadomienia o wysyłce",
    account_alerts: "Alerty konta",
    appointment_reminders: "Przypomnienia o wizytach",
    tickets: "Bilety elektroniczne",
    new_products: "Nowe produkty",
    offers: "Oferty specjalne",
    support: "Obsługa klienta"
  },
  phoneLabel: "Twój numer WhatsApp",
  phoneHint: "Używamy go tylko do wysyłania wiadomości, które wybierzesz poniżej. Możesz z nich zrezygnować w każdej chwili.",
  countryLabel: "Kraj",
  countryUnknown: "Wybierz…",
  submit: "Zapisz się",
  sending: "Zapisujemy Twój wybór…",
  thankYouTitle: "Dziękujemy!",
  thankYouBody: "Będziesz otrzymywać od {business} {topics} przez WhatsApp na numer {phone}.",
  queued: "Nie udało się połączyć z serwerem. Twój wybór jest zapisany na tym urządzeniu i wyślemy go ponownie automatycznie.",
  surfaceTitle: "Otrzymuj {topics} przez WhatsApp",
  ctaLabel: "Otrzymuj nowości przez WhatsApp",
  showForm: "Zapisz się",
  close: "Zamknij",
  whatsappLogo: "Logo WhatsApp",
  hideForm: "Ukryj",
  done: "Gotowe",
  optinNotSaved: "Nie zapisaliśmy Twojej zgody na wiadomości WhatsApp: {reason}.",
  notSavedReasons: {
    incomplete: "numer jest niepełny",
    tooLong: "numer jest za długi",
    invalid: "numer jest nieprawidłowy"
  },
  subscribedCta: "Otrzymujesz {topics} przez WhatsApp",
  subscribedLine: "Otrzymujesz {topics} przez WhatsApp na numer {phone}",
  stop: "Wypisz się",
  errors: {
    unticked: "Zaznacz pole, aby zgodzić się na otrzymywanie tych wiadomości przez WhatsApp.",
    empty: "Wpisz swój numer WhatsApp.",
    noCountry: "Wybierz kraj albo wpisz numer z + i numerem kierunkowym kraju.",
    tooShort: "Ten numer jest za krótki.",
    tooLong: "Ten numer jest za długi.",
    invalid: "To nie jest prawidłowy numer telefonu dla wybranego kraju.",
    invalidCountry: "Taki numer kierunkowy kraju nie istnieje. Sprawdź cyfry po +.",
    rejected: "Serwer nie przyjął tego zapisu: {reason}",
    metadata: "Nie udało się wczytać reguł numerów telefonów. Wpisz numer z + i numerem kierunkowym kraju.",
    mirroredPhone: "Aby otrzymywać te wiadomości przez WhatsApp, popraw numer telefonu: {problem}",
    phoneOptional: "Bez prawidłowego numeru telefonu nie możemy wysyłać Ci tych wiadomości. Reszta formularza działa bez zmian.",
    countryNotOffered: "Możemy przyjąć tylko numery z tych krajów: {countries}.",
    notSent: "Nic nie zostało wysłane. Sprawdź połączenie i spróbuj ponownie.",
    notLoaded: "Nie udało się wczytać formularza zapisu. Sprawdź połączenie i spróbuj ponownie."
  }
};

export default strings;
