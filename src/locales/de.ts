import type { OptinStrings } from '../core/locales.js';

/**
 * German, formal (Sie); verb-second with the infinitive last: "Ja, ich möchte … per WhatsApp … erhalten" (de). 
 */
const strings: OptinStrings = {
  $code: "de",
  $name: "Deutsch",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Ja, ich möchte von {business} {topics} per {whatsapp} an {phone} erhalten.",
  phonePlaceholder: "die oben angegebene Nummer",
  topics: {
    order_updates: "Updates zu meinen Bestellungen",
    shipping_updates: "Versandinformationen",
    account_alerts: "Hinweise zu meinem Konto",
    appointment_reminders: "Terminerinnerungen",
    tickets: "E-Tickets",
    new_products: "Neuigkeiten zu Produkten",
    offers: "Sonderangebote",
    support: "Nachrichten vom Kundenservice"
  },
  topicsInHeading: {
    order_updates: "Updates zu Ihren Bestellungen",
    shipping_updates: "Versandinformationen",
    account_alerts: "Hinweise zu Ihrem Konto",
    appointment_reminders: "Terminerinnerungen",
    tickets: "Ihre E-Tickets",
    new_products: "Produktneuheiten",
    offers: "Sonderangebote",
    support: "Kundenservice"
  },
  topicsInThanks: {
    order_updates: "Updates zu Ihren Bestellungen",
    shipping_updates: "Versandinformationen",
    account_alerts: "Hinweise zu Ihrem Konto",
    appointment_reminders: "Terminerinnerungen",
    tickets: "E-Tickets",
    new_products: "Neuigkeiten zu Produkten",
    offers: "Sonderangebote",
    support: "Nachrichten vom Kundenservice"
  },
  topicsInList: {
    order_updates: "Bestellupdates",
    shipping_updates: "Versandinformationen",
    account_alerts: "Kontohinweise",
    appointment_reminders: "Terminerinnerungen",
    tickets: "E-Tickets",
    new_products: "Neue Produkte",
    offers: "Sonderangebote",
    support: "Kundenservice"
  },
  phoneLabel: "Ihre WhatsApp-Nummer",
  phoneHint: "Wir nutzen sie nur, um Ihnen die Nachrichten zu senden, die Sie unten auswählen. Sie können sie jederzeit abbestellen.",
  countryLabel: "Land",
  countryUnknown: "Auswählen…",
  submit: "Anmelden",
  sending: "Ihre Auswahl wird gespeichert…",
  thankYouTitle: "Vielen Dank!",
  thankYouBody: "Sie erhalten von {business} {topics} per WhatsApp an {phone}.",
  queued: "Der Server war nicht erreichbar. Ihre Auswahl ist auf diesem Gerät gespeichert und wird automatisch erneut gesendet.",
  surfaceTitle: "{topics} per WhatsApp erhalten",
  ctaLabel: "Neuigkeiten per WhatsApp erhalten",
  showForm: "Anmelden",
  close: "Schließen",
  whatsappLogo: "WhatsApp-Logo",
  hideForm: "Ausblenden",
  done: "Fertig",
  optinNotSaved: "Ihre WhatsApp-Anmeldung wurde nicht gespeichert: {reason}.",
  notSavedReasons: {
    incomplete: "die Nummer ist unvollständig",
    tooLong: "die Nummer ist zu lang",
    invalid: "die Nummer ist ungültig"
  },
  subscribedCta: "Sie erhalten {topics} per WhatsApp",
  subscribedLine: "Sie erhalten {topics} per WhatsApp an {phone}",
  stop: "Abbestellen",
  errors: {
    unticked: "Setzen Sie das Häkchen, um dem Empfang dieser Nachrichten per WhatsApp zuzustimmen.",
    empty: "Geben Sie Ihre WhatsApp-Nummer ein.",
    noCountry: "Wählen Sie Ihr Land oder geben Sie die Nummer mit + und Ländervorwahl ein.",
    tooShort: "Diese Nummer ist zu kurz.",
    tooLong: "Diese Nummer ist zu lang.",
    invalid: "Diese Telefonnummer ist für das gewählte Land nicht gültig.",
    invalidCountry: "Diese Ländervorwahl gibt es nicht. Prüfen Sie die Ziffern nach dem +.",
    rejected: "Der Server hat diese Anmeldung nicht angenommen: {reason}",
    metadata: "Die Regeln für Telefonnummern konnten nicht geladen werden. Geben Sie die Nummer mit + und Ländervorwahl ein.",
    mirroredPhone: "Um diese Nachrichten per WhatsApp zu erhalten, korrigieren Sie die Telefonnummer: {problem}",
    phoneOptional: "Ohne gültige Telefonnummer können wir Ihnen diese Nachrichten nicht senden. Der Rest dieses Formulars ist davon nicht betroffen.",
    countryNotOffered: "Wir können nur Nummern aus folgenden Ländern annehmen: {countries}.",
    notSent: "Es wurde nichts gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    notLoaded: "Das Anmeldeformular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut."
  }
};

export default strings;
