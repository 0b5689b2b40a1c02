import type { OptinStrings } from '../core/locales.js';

/**
 * Dutch, informal (je), as Dutch shops write; verb-second with the infinitive last (nl). 
 */
const strings: OptinStrings = {
  $code: "nl",
  $name: "Nederlands",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Ja, ik wil {topics} van {business} via {whatsapp} ontvangen op {phone}.",
  phonePlaceholder: "het nummer hierboven",
  topics: {
    order_updates: "updates over mijn bestellingen",
    shipping_updates: "verzendberichten",
    account_alerts: "meldingen over mijn account",
    appointment_reminders: "herinneringen aan mijn afspraken",
    tickets: "e-tickets",
    new_products: "nieuws over producten",
    offers: "speciale aanbiedingen",
    support: "berichten van de klantenservice"
  },
  topicsInHeading: {
    order_updates: "updates over je bestellingen",
    shipping_updates: "verzendberichten",
    account_alerts: "meldingen over je account",
    appointment_reminders: "herinneringen aan je afspraken",
    tickets: "je e-tickets",
    new_products: "productnieuws",
    offers: "speciale aanbiedingen",
    support: "klantenservice"
  },
  topicsInThanks: {
    order_updates: "updates over je bestellingen",
    shipping_updates: "verzendberichten",
    account_alerts: "meldingen over je account",
    appointment_reminders: "herinneringen aan je afspraken",
    tickets: "e-tickets",
    new_products: "nieuws over producten",
    offers: "speciale aanbiedingen",
    support: "berichten van de klantenservice"
  },
  topicsInList: {
    order_updates: "Bestelupdates",
    shipping_updates: "Verzendberichten",
    account_alerts: "Accountmeldingen",
    appointment_reminders: "Afspraakherinneringen",
    tickets: "E-tickets",
    new_products: "Nieuwe producten",
    offers: "Speciale aanbiedingen",
    support: "Klantenservice"
  },
  phoneLabel: "Je WhatsApp-nummer",
  phoneHint: "We gebruiken het alleen om je de berichten te sturen die je hieronder kiest. Je kunt ze altijd stopzetten.",
  countryLabel: "Land",
  countryUnknown: "Kies…",
  submit: "Aanmelden",
  sending: "Je keuze wordt opgeslagen…",
  thankYouTitle: "Bedankt!",
  thankYouBody: "Je ontvangt {topics} van {business} via WhatsApp op {phone}.",
  queued: "De server was niet bereikbaar. Je keuze is op dit apparaat bewaard en wordt automatisch opnieuw verstuurd.",
  surfaceTitle: "Ontvang {topics} via WhatsApp",
  ctaLabel: "Ontvang updates via WhatsApp",
  showForm: "Aanmelden",
  close: "Sluiten",
  whatsappLogo: "WhatsApp-logo",
  hideForm: "Verbergen",
  done: "Klaar",
  optinNotSaved: "Je WhatsApp-aanmelding is niet opgeslagen: {reason}.",
  notSavedReasons: {
    incomplete: "het nummer is onvolledig",
    tooLong: "het nummer is te lang",
    invalid: "het nummer is ongeldig"
  },
  subscribedCta: "Je ontvangt {topics} via WhatsApp",
  subscribedLine: "Je ontvangt {topics} via WhatsApp op {phone}",
  stop: "Afmelden",
  errors: {
    unticked: "Vink het vakje aan om akkoord te gaan met deze berichten via WhatsApp.",
    empty: "Vul je WhatsApp-nummer in.",
    noCountry: "Kies je land, of typ het nummer met + en de landcode.",
    tooShort: "Dit nummer is te kort.",
    tooLong: "Dit nummer is te lang.",
    invalid: "Dit is geen geldig telefoonnummer voor het gekozen land.",
    invalidCountry: "Deze landcode bestaat niet. Controleer de cijfers na het +-teken.",
    rejected: "De server heeft deze aanmelding niet geaccepteerd: {reason}",
    metadata: "De regels voor telefoonnummers konden niet worden geladen. Typ je nummer met + en de landcode.",
    mirroredPhone: "Verbeter het telefoonnummer om deze berichten via WhatsApp te ontvangen: {problem}",
    phoneOptional: "Zonder geldig telefoonnummer kunnen we je deze berichten niet sturen. De rest van dit formulier blijft gewoon werken.",
    countryNotOffered: "We kunnen alleen nummers uit deze landen aannemen: {countries}.",
    notSent: "Er is niets verstuurd. Controleer je verbinding en probeer het opnieuw.",
    notLoaded: "Het aanmeldformulier kon niet worden geladen. Controleer je verbinding en probeer het opnieuw."
  }
};

export default strings;
