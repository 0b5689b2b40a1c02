/**
 * The words a person reads, per language. Small typed objects (no runtime loader): three
 * languages cost well under a kilobyte gzip. Add one by copying `en` — the type makes
 * sure nothing is missing.
 *
 * The opt-in sentence is a template with four required placeholders — {topics},
 * {business}, {whatsapp} (the glyph and the word WhatsApp) and {phone} — so a translation
 * can reorder them but never drop one (R3).
 */
export interface OptinStrings {
  /** BCP 47 tag this table is for. */
  $code: string;
  /** Version of the sentence template; goes into the record as `<code>/<n>` (R11). */
  $wordingVersion: number;
  sentence: string;
  /** Shown for {phone} while no valid number has been typed yet. */
  phonePlaceholder: string;
  topics: Record<string, string>;
  phoneLabel: string;
  phoneHint: string;
  countryLabel: string;
  countryUnknown: string;
  submit: string;
  sending: string;
  thankYouTitle: string;
  thankYouBody: string;
  queued: string;
  /** Heading of the popup, line of the banner: `{topics}` is the list of content types. */
  surfaceTitle: string;
  /** Default label of `<wa-optin-cta>`. */
  ctaLabel: string;
  /** Button that expands the banner's form. */
  showForm: string;
  /** Accessible name of the close buttons. */
  close: string;
  errors: {
    unticked: string;
    empty: string;
    noCountry: string;
    tooShort: string;
    tooLong: string;
    invalid: string;
    invalidCountry: string;
    rejected: string;
    metadata: string;
    /** Checkbox ticked while the page's own phone field holds no valid number; `{problem}` says why. */
    mirroredPhone: string;
    /** The same with `optional-phone`: the page's form still submits. */
    phoneOptional: string;
  };
}

export const en: OptinStrings = {
  $code: 'en',
  $wordingVersion: 1,
  sentence: 'Yes, I want to receive {topics} from {business} on {whatsapp}, {phone}.',
  phonePlaceholder: 'the number above',
  topics: {
    order_updates: 'order updates',
    shipping_updates: 'shipping updates',
    account_alerts: 'account alerts',
    appointment_reminders: 'appointment reminders',
    tickets: 'tickets and boarding passes',
    new_products: 'new product news',
    offers: 'offers and promotions',
    support: 'customer support messages',
  },
  phoneLabel: 'Your WhatsApp number',
  phoneHint: 'We only use it to send you the messages you choose below. You can stop them at any time.',
  countryLabel: 'Country',
  countryUnknown: 'Choose…',
  submit: 'Sign up',
  sending: 'Saving your choice…',
  thankYouTitle: 'Thank you!',
  thankYouBody: 'You will receive {topics} from {business} on WhatsApp, {phone}.',
  queued:
    'We could not reach the server. Your choice is saved on this device and we will send it again automatically.',
  surfaceTitle: 'Get {topics} on WhatsApp',
  ctaLabel: 'Get updates on WhatsApp',
  showForm: 'Sign up',
  close: 'Close',
  errors: {
    unticked: 'Tick the box to agree to receive these messages on WhatsApp.',
    empty: 'Enter your WhatsApp number.',
    noCountry: 'Choose your country, or type the number with + and the country code.',
    tooShort: 'This number is too short.',
    tooLong: 'This number is too long.',
    invalid: 'This is not a valid phone number for the country chosen.',
    invalidCountry: 'This country code does not exist. Check the digits after +.',
    rejected: 'The server did not accept this sign-up: {reason}',
    metadata: 'Phone number rules could not be loaded. Type your number with + and the country code.',
    mirroredPhone: 'To receive these messages on WhatsApp, correct the phone number: {problem}',
    phoneOptional: 'Without a valid phone number we cannot send you these messages. The rest of this form is not affected.',
  },
};

export const es: OptinStrings = {
  $code: 'es',
  $wordingVersion: 1,
  sentence: 'Sí, quiero recibir {topics} de {business} en {whatsapp}, {phone}.',
  phonePlaceholder: 'el número de arriba',
  topics: {
    order_updates: 'novedades de mis pedidos',
    shipping_updates: 'avisos de envío',
    account_alerts: 'alertas de mi cuenta',
    appointment_reminders: 'recordatorios de citas',
    tickets: 'entradas y tarjetas de embarque',
    new_products: 'novedades de productos',
    offers: 'ofertas y promociones',
    support: 'mensajes de atención al cliente',
  },
  phoneLabel: 'Tu número de WhatsApp',
  phoneHint: 'Solo lo usamos para enviarte los mensajes que elijas abajo. Puedes darte de baja cuando quieras.',
  countryLabel: 'País',
  countryUnknown: 'Elige…',
  submit: 'Suscribirme',
  sending: 'Guardando tu elección…',
  thankYouTitle: '¡Gracias!',
  thankYouBody: 'Recibirás {topics} de {business} en WhatsApp, {phone}.',
  queued:
    'No pudimos conectar con el servidor. Tu elección está guardada en este dispositivo y la enviaremos de nuevo automáticamente.',
  surfaceTitle: 'Recibe {topics} por WhatsApp',
  ctaLabel: 'Recibe novedades por WhatsApp',
  showForm: 'Suscribirme',
  close: 'Cerrar',
  errors: {
    unticked: 'Marca la casilla para aceptar recibir estos mensajes por WhatsApp.',
    empty: 'Escribe tu número de WhatsApp.',
    noCountry: 'Elige tu país o escribe el número con + y el código del país.',
    tooShort: 'Este número es demasiado corto.',
    tooLong: 'Este número es demasiado largo.',
    invalid: 'Este número no es válido para el país elegido.',
    invalidCountry: 'Ese código de país no existe. Revisa los dígitos después de +.',
    rejected: 'El servidor no aceptó la suscripción: {reason}',
    metadata: 'No se pudieron cargar las reglas de números. Escribe tu número con + y el código del país.',
    mirroredPhone: 'Para recibir estos mensajes por WhatsApp, corrige el número de teléfono: {problem}',
    phoneOptional: 'Sin un número válido no podemos enviarte estos mensajes. El resto del formulario no cambia.',
  },
};

export const pt: OptinStrings = {
  $code: 'pt',
  $wordingVersion: 1,
  sentence: 'Sim, quero receber {topics} de {business} no {whatsapp}, {phone}.',
  phonePlaceholder: 'o número acima',
  topics: {
    order_updates: 'atualizações dos meus pedidos',
    shipping_updates: 'avisos de entrega',
    account_alerts: 'alertas da minha conta',
    appointment_reminders: 'lembretes de agendamento',
    tickets: 'ingressos e cartões de embarque',
    new_products: 'novidades de produtos',
    offers: 'ofertas e promoções',
    support: 'mensagens de atendimento',
  },
  phoneLabel: 'Seu número de WhatsApp',
  phoneHint: 'Usamos apenas para enviar as mensagens que você escolher abaixo. Você pode cancelar quando quiser.',
  countryLabel: 'País',
  countryUnknown: 'Escolha…',
  submit: 'Cadastrar',
  sending: 'Salvando sua escolha…',
  thankYouTitle: 'Obrigado!',
  thankYouBody: 'Você vai receber {topics} de {business} no WhatsApp, {phone}.',
  queued:
    'Não conseguimos falar com o servidor. Sua escolha está salva neste aparelho e será enviada de novo automaticamente.',
  surfaceTitle: 'Receba {topics} no WhatsApp',
  ctaLabel: 'Receba novidades no WhatsApp',
  showForm: 'Cadastrar',
  close: 'Fechar',
  errors: {
    unticked: 'Marque a caixa para aceitar receber estas mensagens no WhatsApp.',
    empty: 'Digite seu número de WhatsApp.',
    noCountry: 'Escolha seu país ou digite o número com + e o código do país.',
    tooShort: 'Este número é curto demais.',
    tooLong: 'Este número é longo demais.',
    invalid: 'Este número não é válido para o país escolhido.',
    invalidCountry: 'Esse código de país não existe. Confira os dígitos depois do +.',
    rejected: 'O servidor não aceitou o cadastro: {reason}',
    metadata: 'Não foi possível carregar as regras de números. Digite o número com + e o código do país.',
    mirroredPhone: 'Para receber estas mensagens no WhatsApp, corrija o número de telefone: {problem}',
    phoneOptional: 'Sem um número válido não podemos enviar estas mensagens. O resto do formulário não muda.',
  },
};

const tables: Record<string, OptinStrings> = { en, es, pt };

/**
 * The table for a BCP 47 tag: exact language match (`pt-BR` → `pt`), else English.
 * Returns the resolved tag too, because the record must say which language was shown.
 */
export function stringsFor(locale: string | undefined): OptinStrings {
  const language = (locale ?? 'en').toLowerCase().split('-')[0];
  return tables[language] ?? en;
}

/** A well-formed BCP 47 tag in canonical case, or undefined for junk ("C", "en_US.UTF-8", "<x>"). */
function wellFormedTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

const warnedLocales = new Set<string>();

/**
 * The language to show: the element's `locale` attribute, else the nearest `[lang]`
 * ancestor (the page's language), else the browser's first preference, else English.
 * Junk at any step is skipped, never thrown: an unknown tag in a shop's markup must not
 * break the opt-in (the attribute's case is warned about once, since its author can fix it).
 * Browsers started by automation on a bare system report "C" as their language.
 */
export function resolveLocale(explicit: string | null | undefined, element?: Element): string {
  const fromAttribute = wellFormedTag(explicit);
  if (fromAttribute) return fromAttribute;
  if (explicit && !warnedLocales.has(explicit)) {
    warnedLocales.add(explicit);
    console.warn(`wa-optin: locale="${explicit}" is not a language tag (e.g. "pt-BR"); using the page's language instead`);
  }
  const lang = wellFormedTag(element?.closest('[lang]')?.getAttribute('lang'));
  if (lang) return lang;
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const wellFormed = wellFormedTag(tag);
    if (wellFormed) return wellFormed;
  }
  return 'en';
}
