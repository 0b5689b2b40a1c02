import type { OptinStrings } from '../core/locales.js';

/**
 * Italian, informal (tu), as Italian shops write (it). 
 */
const strings: OptinStrings = {
  $code: "it",
  $name: "Italiano",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Sì, voglio ricevere {topics} da {business} su {whatsapp}, al numero {phone}.",
  phonePlaceholder: "indicato sopra",
  topics: {
    order_updates: "aggiornamenti sui miei ordini",
    shipping_updates: "avvisi di spedizione",
    account_alerts: "avvisi sul mio account",
    appointment_reminders: "promemoria dei miei appuntamenti",
    tickets: "biglietti elettronici",
    new_products: "novità sui prodotti",
    offers: "offerte speciali",
    support: "messaggi dell’assistenza clienti"
  },
  topicsInHeading: {
    order_updates: "aggiornamenti sui tuoi ordini",
    shipping_updates: "avvisi di spedizione",
    account_alerts: "avvisi sul tuo account",
    appointment_reminders: "promemoria dei tuoi appuntamenti",
    tickets: "i tuoi biglietti elettronici",
    new_products: "novità sui prodotti",
    offers: "offerte speciali",
    support: "assistenza clienti"
  },
  topicsInThanks: {
    order_updates: "aggiornamenti sui tuoi ordini",
    shipping_updates: "avvisi di spedizione",
    account_alerts: "avvisi sul tuo account",
    appointment_reminders: "promemoria dei tuoi appuntamenti",
    tickets: "biglietti elettronici",
    new_products: "novità sui prodotti",
    offers: "offerte speciali",
    support: "messaggi dell’assistenza clienti"
  },
  topicsInList: {
    order_updates: "Aggiornamenti sugli ordini",
    shipping_updates: "Avvisi di spedizione",
    account_alerts: "Avvisi sull’account",
    appointment_reminders: "Promemoria appuntamenti",
    tickets: "Biglietti elettronici",
    new_products: "Nuovi prodotti",
    offers: "Offerte speciali",
    support: "Assistenza clienti"
  },
  phoneLabel: "Il tuo numero WhatsApp",
  phoneHint: "Lo usiamo solo per inviarti i messaggi che scegli qui sotto. Puoi interromperli in qualsiasi momento.",
  countryLabel: "Paese",
  countryUnknown: "Scegli…",
  submit: "Iscriviti",
  sending: "Salvataggio della tua scelta…",
  thankYouTitle: "Grazie!",
  thankYouBody: "Riceverai {topics} da {business} su WhatsApp, al numero {phone}.",
  queued: "Non è stato possibile raggiungere il server. La tua scelta è salvata su questo dispositivo e verrà inviata di nuovo automaticamente.",
  surfaceTitle: "Ricevi {topics} su WhatsApp",
  ctaLabel: "Ricevi aggiornamenti su WhatsApp",
  showForm: "Iscriviti",
  close: "Chiudi",
  whatsappLogo: "Logo di WhatsApp",
  hideForm: "Nascondi",
  done: "Fatto",
  optinNotSaved: "La tua iscrizione ai messaggi WhatsApp non è stata salvata: {reason}.",
  notSavedReasons: {
    incomplete: "il numero è incompleto",
    tooLong: "il numero è troppo lungo",
    invalid: "il numero non è valido"
  },
  subscribedCta: "Ricevi {topics} su WhatsApp",
  subscribedLine: "Ricevi {topics} su WhatsApp al numero {phone}",
  stop: "Disiscriviti",
  errors: {
    unticked: "Spunta la casella per accettare di ricevere questi messaggi su WhatsApp.",
    empty: "Inserisci il tuo numero WhatsApp.",
    noCountry: "Scegli il tuo paese oppure scrivi il numero con + e il prefisso internazionale.",
    tooShort: "Questo numero è troppo corto.",
    tooLong: "Questo numero è troppo lungo.",
    invalid: "Questo numero di telefono non è valido per il paese scelto.",
    invalidCountry: "Questo prefisso internazionale non esiste. Controlla le cifre dopo il +.",
    rejected: "Il server non ha accettato l’iscrizione: {reason}",
    metadata: "Non è stato possibile caricare le regole dei numeri di telefono. Scrivi il numero con + e il prefisso internazionale.",
    mirroredPhone: "Per ricevere questi messaggi su WhatsApp, correggi il numero di telefono: {problem}",
    phoneOptional: "Senza un numero di telefono valido non possiamo inviarti questi messaggi. Il resto del modulo non cambia.",
    countryNotOffered: "Possiamo accettare solo numeri di questi paesi: {countries}.",
    notSent: "Non è stato inviato nulla. Controlla la connessione e riprova.",
    notLoaded: "Non è stato possibile caricare il modulo di iscrizione. Controlla la connessione e riprova."
  }
};

export default strings;
