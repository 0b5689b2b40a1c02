import { stringsFor, type OptinStrings } from './locales.js';

/**
 * The opt-in sentence as a list of parts, so the visible markup and the text stored in
 * the record come from ONE source: a component renders the parts (the `whatsapp` part as
 * glyph + word), `wordingText()` joins the same parts as plain text. What the person saw
 * is therefore exactly what the record says (R3, R8, R11).
 */
export type WordingPart =
  | { kind: 'text'; text: string }
  | { kind: 'topics'; text: string }
  | { kind: 'business'; text: string }
  | { kind: 'whatsapp'; text: 'WhatsApp' }
  | { kind: 'phone'; text: string; placeholder: boolean };

export interface Wording {
  parts: WordingPart[];
  /** The sentence as plain text, as stored in `ConsentRecord.wording`. */
  text: string;
  /** The language the sentence is in (what the record's `locale` says). */
  locale: string;
  /** `<language>/<n>` for a built-in template, `custom` for an integrator's. */
  version: string;
}

export interface WordingInput {
  business: string;
  topics: readonly string[];
  /** The number formatted for display, or empty while none is valid yet. */
  phoneDisplay: string;
  locale?: string;
  /** An integrator's own sentence; must keep all four placeholders. */
  template?: string;
}

export const WORDING_PLACEHOLDERS = ['{topics}', '{business}', '{whatsapp}', '{phone}'] as const;

export class WordingError extends Error {
  override name = 'WordingError';
}

/**
 * Checks an integrator's sentence. The policy lets the wording be customised but never
 * lets the topics, the business, WhatsApp or the number drop out (POLICY.md, R3).
 */
export function assertWordingTemplate(template: string): void {
  const missing = WORDING_PLACEHOLDERS.filter((p) => template.split(p).length !== 2);
  if (missing.length) {
    throw new WordingError(
      `wa-optin: the wording template must contain each of ${WORDING_PLACEHOLDERS.join(', ')} exactly once; ` +
        `wrong: ${missing.join(', ')}`,
    );
  }
}

/** `order_updates` → `order updates`: unknown topic ids are shown, never dropped (R2). */
export function humaniseTopic(id: string): string {
  return id.replace(/[_-]+/g, ' ').trim();
}

export function topicLabel(id: string, strings: OptinStrings): string {
  return strings.topics[id] ?? humaniseTopic(id);
}

/** "a, b and c" in the sentence's own language. */
export function joinTopicLabels(labels: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

/** Topic ids from an attribute value: `"order_updates, offers"` → `['order_updates', 'offers']`. */
export function parseTopicList(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/**
 * The language the sentence is shown in: the requested tag when its language has a table
 * (`pt-BR` stays `pt-BR`), else the table's code (a German page gets English, and the
 * record says `en`).
 */
export function wordingLocale(requested: string | undefined, strings: OptinStrings): string {
  const tag = requested ?? strings.$code;
  return tag.toLowerCase().split('-')[0] === strings.$code ? tag : strings.$code;
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function buildWording(input: WordingInput): Wording {
  const strings = stringsFor(input.locale);
  const locale = wordingLocale(input.locale, strings);
  const template = input.template ?? strings.sentence;
  if (input.template !== undefined) assertWordingTemplate(template);
  const values = {
    topics: joinTopicLabels(
      input.topics.map((id) => topicLabel(id, strings)),
      locale,
    ),
    business: input.business.trim(),
  };
  const parts: WordingPart[] = [];
  for (const piece of template.split(/(\{(?:topics|business|whatsapp|phone)\})/)) {
    if (!piece) continue;
    if (piece === '{topics}') parts.push({ kind: 'topics', text: values.topics });
    else if (piece === '{business}') parts.push({ kind: 'business', text: values.business });
    else if (piece === '{whatsapp}') parts.push({ kind: 'whatsapp', text: 'WhatsApp' });
    else if (piece === '{phone}')
      parts.push(
        input.phoneDisplay
          ? { kind: 'phone', text: input.phoneDisplay, placeholder: false }
          : { kind: 'phone', text: strings.phonePlaceholder, placeholder: true },
      );
    else parts.push({ kind: 'text', text: piece });
  }
  return {
    parts,
    text: parts.map((p) => p.text).join(''),
    locale,
    version: input.template !== undefined ? 'custom' : `${strings.$code}/${strings.$wordingVersion}`,
  };
}
