import type { OptinStrings } from '../core/locales.js';

/**
 * French, formal (vous) (fr). 
 */
const strings: OptinStrings = {
  $code: "fr",
  $name: "Français",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Oui, je souhaite recevoir {topics} de la part de {business} sur {whatsapp}, au numéro {phone}.",
  phonePlaceholder: "indiqué ci-dessus",
  topics: {
    order_updates: "le suivi de mes commandes",
    shipping_updates: "les informations de livraison",
    account_alerts: "les alertes de mon compte",
    appointment_reminders: "les rappels de mes rendez-vous",
    tickets: "mes billets électroniques",
    new_products: "les nouveautés produits",
    offers: "les offres spéciales",
    support: "les messages du service client"
  },
  topicsInHeading: {
    order_updates: "le suivi de vos commandes",
    shipping_updates: "les informations de livraison",
    account_alerts: "les alertes de votre compte",
    appointment_reminders: "les rappels de vos rendez-vous",
    tickets: "vos billets électroniques",
    new_products: "les nouveautés produits",
    offers: "les offres spéciales",
    support: "le service client"
  },
  topicsInThanks: {
    order_updates: "le suivi de vos commandes",
    shipping_updates: "les informations de livraison",
    account_alerts: "les alertes de votre compte",
    appointment_reminders: "les rappels de vos rendez-vous",
    tickets: "vos billets électroniques",
    new_products: "les nouveautés produits",
    offers: "les offres spéciales",
    support: "les messages du service client"
  },
  topicsInList: {
    order_updates: "Suivi des commandes",
    shipping_updates: "Informations de livraison",
    account_alerts: "Alertes du compte",
    appointment_reminders: "Rappels de rendez-vous",
    tickets: "Billets électroniques",
    new_products: "Nouveaux produits",
    offers: "Offres spéciales",
    support: "Service client"
  },
  phoneLabel: "Votre numéro WhatsApp",
  phoneHint: "Nous l’utilisons uniquement pour vous envoyer les messages que vous choisissez ci-dessous. Vous pouvez les arrêter à tout moment.",
  countryLabel: "Pays",
  countryUnknown: "Choisir…",
  submit: "S’inscrire",
  sending: "Enregistrement de votre choix…",
  thankYouTitle: "Merci !",
  thankYouBody: "Vous recevrez {topics} de la part de {business} sur WhatsApp, au numéro {phone}.",
  queued: "Le serveur est injoignable. Votre choix est enregistré sur cet appareil et sera renvoyé automatiquement.",
  surfaceTitle: "Recevez {topics} sur WhatsApp",
  ctaLabel: "Recevez nos actualités sur WhatsApp",
  showForm: "S’inscrire",
  close: "Fermer",
  whatsappLogo: "Logo WhatsApp",
  hideForm: "Masquer",
  done: "Terminé",
  optinNotSaved: "Votre inscription WhatsApp n’a pas été enregistrée : {reason}.",
  notSavedReasons: {
    incomplete: "le numéro est incomplet",
    tooLong: "le numéro est trop long",
    invalid: "le numéro n’est pas valide"
  },
  subscribedCta: "Vous recevez {topics} sur WhatsApp",
  subscribedLine: "Vous recevez {topics} sur WhatsApp au {phone}",
  stop: "Se désabonner",
  errors: {
    unticked: "Cochez la case pour accepter de recevoir ces messages sur WhatsApp.",
    empty: "Saisissez votre numéro WhatsApp.",
    noCountry: "Choisissez votre pays, ou saisissez le numéro avec + et l’indicatif du pays.",
    tooShort: "Ce numéro est trop court.",
    tooLong: "Ce numéro est trop long.",
    invalid: "Ce numéro de téléphone n’est pas valide pour le pays choisi.",
    invalidCountry: "Cet indicatif de pays n’existe pas. Vérifiez les chiffres après le +.",
    rejected: "Le serveur n’a pas accepté cette inscription : {reason}",
    metadata: "Les règles des numéros de téléphone n’ont pas pu être chargées. Saisissez votre numéro avec + et l’indicatif du pays.",
    mirroredPhone: "Pour recevoir ces messages sur WhatsApp, corrigez le numéro de téléphone : {problem}",
    phoneOptional: "Sans numéro de téléphone valide, nous ne pouvons pas vous envoyer ces messages. Le reste de ce formulaire n’est pas concerné.",
    countryNotOffered: "Nous ne pouvons accepter que des numéros des pays suivants : {countries}.",
    notSent: "Rien n’a été envoyé. Vérifiez votre connexion et réessayez.",
    notLoaded: "Le formulaire d’inscription n’a pas pu se charger. Vérifiez votre connexion et réessayez."
  }
};

export default strings;
