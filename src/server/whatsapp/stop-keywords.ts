/**
 * Stop keywords: a WhatsApp message that says nothing but "stop" in the person's language
 * is an opt-out of every topic (issue 13 §1, R9: withdrawing is as easy as replying).
 *
 * The WHOLE message must be a keyword (after folding case, width and spacing, and allowing
 * punctuation around it: "STOP.", "*stop*", "¡Baja!"). A keyword inside a sentence is never
 * one: "please stop sending the blue one" is about an order, not consent.
 *
 * Ambiguous words are not built in: to a shop, "cancel" / "cancelar" / "annuler" /
 * "iptal" usually means an order. A business that wants them adds them (`extraKeywords`).
 */

/**
 * The built-in keywords, by language (the widgets' locales first). Each entry is matched
 * folded (see `foldKeywordText`), so case and accents written as here do not matter
 * beyond what the entries themselves spell (ARRÊT and ARRET are both listed).
 */
export const BUILT_IN_STOP_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['stop', 'stopall', 'stop all', 'unsubscribe', 'opt out', 'opt-out', 'optout', 'quit'],
  pt: ['parar', 'pare', 'sair', 'descadastrar', 'descadastre', 'descadastrar-me', 'cancelar inscrição', 'cancelar inscricao'],
  es: ['baja', 'dar de baja', 'darme de baja', 'darse de baja', 'parar', 'detener', 'desuscribir', 'desuscribirme', 'cancelar suscripción', 'cancelar suscripcion'],
  fr: ['arrêt', 'arret', 'arrêter', 'arreter', 'stop', 'désabonner', 'desabonner', 'me désabonner', 'me desabonner', 'désinscrire', 'desinscrire', 'me désinscrire', 'me desinscrire'],
  de: ['stopp', 'stop', 'abmelden', 'abbestellen', 'austragen'],
  it: ['stop', 'disiscrivi', 'disiscrivimi', 'cancellami', 'annulla iscrizione'],
  nl: ['stop', 'stoppen', 'afmelden', 'uitschrijven'],
  id: ['berhenti', 'berhenti langganan', 'stop'],
  ms: ['berhenti', 'henti', 'berhenti langganan', 'stop'],
  tr: ['dur', 'durdur', 'abonelikten çık', 'abonelikten cik'],
  pl: ['stop', 'wypisz', 'wypisz mnie'],
  ru: ['стоп', 'отписаться', 'отписка'],
  uk: ['стоп', 'відписатися'],
  ar: ['إيقاف', 'ايقاف', 'توقف', 'إلغاء الاشتراك', 'الغاء الاشتراك'],
  hi: ['रोकें', 'रोको', 'बंद करें', 'बंद करो', 'अनसब्सक्राइब'],
  ja: ['停止', '配信停止'],
  zh: ['退订', '退訂', '取消订阅', '取消訂閱'],
  ko: ['수신거부', '중지'],
};

/** Characters people type but do not see: they must not hide a keyword ("ST\u200BOP"). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** Punctuation and WhatsApp's formatting marks (*bold*, _italic_, ~strike~) around the word. */
const EDGES = /^[\p{P}~\s]+|[\p{P}~\s]+$/gu;

/**
 * The form a message and a keyword are compared in: NFKC (full-width and compatibility
 * forms), lower case without a locale's special rules, Turkish dotted and dotless i made
 * one letter (so "ABONELİKTEN ÇIK" and "abonelikten çık" agree), invisible characters
 * removed, spaces collapsed, punctuation and formatting marks at both ends dropped.
 */
export function foldKeywordText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/i\u0307/g, 'i')
    .replace(/\u0131/g, 'i')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(EDGES, '')
    .normalize('NFKC');
}

export interface StopKeywordOptions {
  /** Replaces the built-in list. Default: every keyword of `BUILT_IN_STOP_KEYWORDS`. */
  keywords?: readonly string[];
  /** Added to the list in use (the built-in one or `keywords`). */
  extraKeywords?: readonly string[];
}

/** Returns the keyword (folded) that the whole message is, or `null` for any other message. */
export type StopKeywordMatcher = (text: string) => string | null;

/** A message longer than this is a sentence, not a keyword: not even folded. */
const LONGEST_MESSAGE = 200;

/**
 * Builds the matcher once (at start-up) from the configured lists.
 * @throws Error when a configured keyword is empty once folded (a typo in the configuration).
 */
export function createStopKeywordMatcher(options: StopKeywordOptions = {}): StopKeywordMatcher {
  const configured = [...(options.keywords ?? Object.values(BUILT_IN_STOP_KEYWORDS).flat()), ...(options.extraKeywords ?? [])];
  const keywords = new Set<string>();
  for (const keyword of configured) {
    const folded = foldKeywordText(keyword);
    if (!folded) throw new Error(`wa-optin: the stop keyword ${JSON.stringify(keyword)} is empty once spaces and punctuation are removed`);
    keywords.add(folded);
  }
  return (text) => {
    if (typeof text !== 'string' || text.length > LONGEST_MESSAGE) return null;
    const folded = foldKeywordText(text);
    return keywords.has(folded) ? folded : null;
  };
}
