import type { OptinStrings } from '../core/locales.js';

/**
 * Spanish, informal (tú) (es). 
 */
const strings: OptinStrings = {
  $code: "es",
  $name: "Español",
  $dir: "ltr",
  $wordingVersion: 2,
  sentence: "Sí, quiero recibir {topics} de {business} en {whatsapp}, al número {phone}.",
  phonePlaceholder: "indicado arriba",
  topics: {
    order_updates: "novedades de mis pedidos",
    shipping_updates: "avisos de envío",
    account_alerts: "alertas de mi cuenta",
    appointment_reminders: "recordatorios de mis citas",
    tickets: "entradas electrónicas",
    new_products: "novedades de productos",
    offers: "ofertas especiales",
    support: "mensajes de atención al cliente"
  },
  topicsInHeading: {
    order_updates: "novedades de tus pedidos",
    shipping_updates: "avisos de envío",
    account_alerts: "alertas de tu cuenta",
    appointment_reminders: "recordatorios de tus citas",
    tickets: "tus entradas electrónicas",
    new_products: "novedades de productos",
    offers: "ofertas especiales",
    support: "atención al cliente"
  },
  topicsInThanks: {
    order_updates: "novedades de tus pedidos",
    shipping_updates: "avisos de envío",
    account_alerts: "alertas de tu cuenta",
    appointment_reminders: "recordatorios de tus citas",
    tickets: "entradas electrónicas",
    new_products: "novedades de productos",
    offers: "ofertas especiales",
    support: "mensajes de atención al cliente"
  },
  topicsInList: {
    order_updates: "Novedades de pedidos",
    shipping_updates: "Avisos de envío",
    account_alerts: "Alertas de la cuenta",
    appointment_reminders: "Recordatorios de citas",
    tickets: "Entradas electrónicas",
    new_products: "Productos nuevos",
    offers: "Ofertas especiales",
    support: "Atención al cliente"
  },
  phoneLabel: "Tu número de WhatsApp",
  phoneHint: "Solo lo usamos para enviarte los mensajes que elijas abajo. Puedes darte de baja cuando quieras.",
  countryLabel: "País",
  countryUnknown: "Elige…",
  submit: "Suscribirme",
  sending: "Guardando tu elección…",
  thankYouTitle: "¡Gracias!",
  thankYouBody: "Recibirás {topics} de {business} en WhatsApp, al número {phone}.",
  queued: "No pudimos conectar con el servidor. Tu elección está guardada en este dispositivo y la enviaremos de nuevo automáticamente.",
  surfaceTitle: "Recibe {topics} por WhatsApp",
  ctaLabel: "Recibe novedades por WhatsApp",
  showForm: "Suscribirme",
  close: "Cerrar",
  whatsappLogo: "Logotipo de WhatsApp",
  hideForm: "Ocultar",
  done: "Listo",
  optinNotSaved: "Tu suscripción de WhatsApp no se guardó: {reason}.",
  notSavedReasons: {
    incomplete: "el número está incompleto",
    tooLong: "el número es demasiado largo",
    invalid: "el número no es válido"
  },
  subscribedCta: "Recibes {topics} por WhatsApp",
  subscribedLine: "Recibes {topics} por WhatsApp en el {phone}",
  stop: "Darme de baja",
  errors: {
    unticked: "Marca la casilla para aceptar recibir estos mensajes por WhatsApp.",
    empty: "Escribe tu número de WhatsApp.",
    noCountry: "Elige tu país o escribe el número con + y el código del país.",
    tooShort: "Este número es demasiado corto.",
    tooLong: "Este número es demasiado largo.",
    invalid: "Este número no es válido para el país elegido.",
    invalidCountry: "Ese código de país no existe. Revisa los dígitos después de +.",
    rejected: "El servidor no aceptó la suscripción: {reason}",
    metadata: "No se pudieron cargar las reglas de números. Escribe tu número con + y el código del país.",
    mirroredPhone: "Para recibir estos mensajes por WhatsApp, corrige el número de teléfono: {problem}",
    phoneOptional: "Sin un número válido no podemos enviarte estos mensajes. El resto del formulario no cambia.",
    countryNotOffered: "Solo podemos aceptar números de {countries}.",
    notSent: "No se ha enviado nada. Comprueba tu conexión e inténtalo de nuevo.",
    notLoaded: "No se ha podido cargar el formulario. Comprueba tu conexión e inténtalo de nuevo."
  }
};

export default strings;
