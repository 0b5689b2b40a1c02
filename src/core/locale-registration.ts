/**
 * What a page adds to the words (`registerLocale`, `registerTopicLabels`, and
 * `WaOptin.configure({ messages, topics })` through them). Its own module: only the page
 * API and npm users who call it need it, not a surface's first render (issue 16).
 */
import { changed, codes, entries, entryFor, mergeTable, wellFormedTag } from './locale-state.js';
import type { LocaleInput, OptinStrings, TopicLabelInput } from './locales.js';
import en from '../locales/en.js';

const missingWarned = new Set<string>();

/**
 * Adds a language, or changes words of one. A table for a language wa-optin does not ship
 * should be complete (missing strings are taken from English, with one warning naming
 * them); for a built-in language any part is enough, e.g. one topic's label:
 *
 * ```js
 * registerLocale({ $code: 'de', topics: { loyalty: 'Neuigkeiten zu meinen Treuepunkten' } });
 * ```
 *
 * A custom sentence must keep {topics}, {business}, {whatsapp} and {phone} (R3). What the
 * element shows — with these words — is what the record stores (R11).
 */
export function registerLocale(input: LocaleInput): void {
  const code = wellFormedTag(input.$code);
  if (!code) throw new RangeError(`wa-optin: registerLocale: "${input.$code}" is not a language tag (e.g. "pt-BR")`);
  if (input.sentence !== undefined) {
    const missing = ['{topics}', '{business}', '{whatsapp}', '{phone}'].filter((p) => input.sentence!.split(p).length !== 2);
    if (missing.length) throw new RangeError(`wa-optin: registerLocale(${code}): the sentence must contain each of {topics}, {business}, {whatsapp}, {phone} exactly once; wrong: ${missing.join(', ')}`);
  }
  const known = codes.get(code.toLowerCase());
  if (known) {
    const entry = entries.get(known)!;
    entry.overrides.push({ ...input, $code: known });
    changed(entry);
    return;
  }
  // A new language: complete it from English so no slot is ever empty, and say what was missing.
  const missing = (Object.keys(en) as (keyof OptinStrings)[]).filter((key) => input[key as keyof LocaleInput] === undefined);
  if (missing.length && !missingWarned.has(code)) {
    missingWarned.add(code);
    console.warn(`wa-optin: registerLocale(${code}) has no ${missing.join(', ')}; English is used for these`);
  }
  const base = mergeTable({ ...en, $code: code, $name: code, $wordingVersion: 1 }, [{ ...input, $code: code }]);
  const entry = entryFor(code, () => Promise.resolve(base));
  entry.base.provide(base);
  changed(entry);
}

/** Labels for custom topics (or new labels for built-in ones), per language: `{ en: { loyalty: 'loyalty news' } }`. */
export function registerTopicLabels(labels: Record<string, Record<string, TopicLabelInput>>): void {
  for (const [code, topics] of Object.entries(labels)) {
    const input: LocaleInput = { $code: code, topics: {}, topicsInHeading: {}, topicsInThanks: {}, topicsInList: {} };
    for (const [id, label] of Object.entries(topics)) {
      const slots = typeof label === 'string' ? { sentence: label } : label;
      const sentence = slots.sentence ?? slots.list ?? slots.heading ?? slots.thanks;
      if (!sentence) continue;
      input.topics![id] = sentence;
      input.topicsInHeading![id] = slots.heading ?? sentence;
      input.topicsInThanks![id] = slots.thanks ?? sentence;
      input.topicsInList![id] = slots.list ?? sentence;
    }
    registerLocale(input);
  }
}
