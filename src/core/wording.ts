import { topicTable, type OptinStrings, type TopicSlot } from './locales.js';

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
  | { kind: 'whatsapp'; text: 'WhatsApp'; /** Accessible name of the glyph, in the sentence's language. */ label?: string }
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
  /**
   * How the topics are worded: `sentence` (default) when the person speaks ("my orders"),
   * `thanks` when the sentence speaks to the person ("your orders").
   */
  topicSlot?: TopicSlot;
}

/** `order_updates` → `order updates`: unknown topic ids are shown, never dropped (R2). */
export function humaniseTopic(id: string): string {
  return id.replace(/[_-]+/g, ' ').trim();
}

/** A topic's label as it reads in `slot` (the sentence, a heading, the thank-you text, a list). */
export function topicLabel(id: string, strings: OptinStrings, slot: TopicSlot = 'sentence'): string {
  return topicTable(strings, slot)[id] ?? strings.topics[id] ?? humaniseTopic(id);
}

/**
 * One `Intl.ListFormat` per language, built once: constructing it is expensive (issue 16
 * measured 211 ms at load when it was built on every render).
 */
const listFormats = new Map<string, Intl.ListFormat | null>();

function listFormatFor(locale: string): Intl.ListFormat | null {
  let format = listFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    } catch {
      format = null; // an engine without ListFormat, or a tag it refuses: commas
    }
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * "a, b and c" in the sentence's own language, with its own conjunction once (the labels
 * themselves carry none, so they never stack: not "offers and promotions and news").
 */
export function joinTopicLabels(labels: readonly string[], locale: string): string {
  // One label needs no joining, and no `Intl.ListFormat` (building the first one loads the
  // language's list patterns: 60 ms on a throttled phone, the largest piece of JavaScript in
  // the first render, issue 16). English, which every build bundles, has its CLDR pattern
  // here: the same text, checked against Intl.ListFormat in wording.test.ts.
  if (labels.length < 2) return labels[0] ?? '';
  if (locale === 'en') return englishList(labels);
  return listFormatFor(locale)?.format(labels) ?? labels.join(', ');
}

/** CLDR's English "long conjunction" list: "a and b", "a, b, and c". */
function englishList(labels: readonly string[]): string {
  if (labels.length === 2) return `${labels[0]} and ${labels[1]}`;
  return `${labels.slice(0, -1).join(', ')}, and ${labels[labels.length - 1]}`;
}

/** The topics of an opt-in as one phrase for a slot, in the table's language. */
export function topicPhrase(ids: readonly string[], strings: OptinStrings, slot: TopicSlot): string {
  return joinTopicLabels(
    ids.map((id) => topicLabel(id, strings, slot)),
    strings.$code,
  );
}

/** Topic ids from an attribute value: `"order_updates, offers"` → `['order_updates', 'offers']`. */
export function parseTopicList(value: string | null | undefined): string[] {
  if (!value) return [];
  // Every render reads the topics several times; the attribute rarely changes.
  if (lastTopicList?.value === value) return [...lastTopicList.ids];
  const ids = splitTopicList(value);
  lastTopicList = { value, ids };
  return [...ids];
}

let lastTopicList: { value: string; ids: readonly string[] } | undefined;

function splitTopicList(value: string): string[] {
  const ids = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/**
 * The language the sentence is shown in, as the record says it: the requested tag when
 * the table shown is for that language (`en-GB` stays `en-GB`, `es-MX` shown in `es`
 * stays `es-MX`), else the table's own code (`zh-HK` → `zh-TW`; an Arabic page whose
 * table could not load is shown in English, and the record says `en`).
 */
export function wordingLocale(requested: string | undefined, strings: OptinStrings): string {
  const tag = requested ?? strings.$code;
  const code = strings.$code.toLowerCase();
  const lower = tag.toLowerCase();
  if (lower === code) return strings.$code;
  if (!code.includes('-') && lower.startsWith(`${code}-`)) return tag;
  return strings.$code;
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
