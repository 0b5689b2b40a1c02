import { stringsFor, type OptinStrings } from './locales.js';
import { topicPhrase, wordingLocale, type Wording, type WordingInput, type WordingPart } from './wording.js';

/*
 * The opt-in sentence itself, built from its parts (wording.ts has the parts' types and the
 * topic words): apart from wording.ts so that a surface which builds no sentence before it
 * paints (a banner's bar, a CTA's button) does not carry this code in its first render
 * (issue 16); the form and the checkbox, which show the sentence at once, do.
 */

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

/**
 * The last sentences built, by their inputs: every render asks for the sentence (and the
 * setup check once more), and typing changes only the number (issue 16 measured the
 * rebuild on every keystroke). Keyed on the table too, so a language that loads or a
 * `registerLocale()` builds anew. Callers only read a Wording, never change it.
 */
const recentWordings = new Map<string, { strings: OptinStrings; wording: Wording }>();
const RECENT_WORDINGS = 16;

export function buildWording(input: WordingInput): Wording {
  const strings = stringsFor(input.locale);
  const key = JSON.stringify([input.business, input.topics, input.phoneDisplay, input.locale, input.template, input.topicSlot]);
  const recent = recentWordings.get(key);
  if (recent && recent.strings === strings) return recent.wording;
  const wording = composeWording(input, strings);
  recentWordings.delete(key);
  recentWordings.set(key, { strings, wording });
  if (recentWordings.size > RECENT_WORDINGS) recentWordings.delete(recentWordings.keys().next().value!);
  return wording;
}

function composeWording(input: WordingInput, strings: OptinStrings): Wording {
  const locale = wordingLocale(input.locale, strings);
  const template = input.template ?? strings.sentence;
  if (input.template !== undefined) assertWordingTemplate(template);
  const values = {
    topics: topicPhrase(input.topics, strings, input.topicSlot ?? 'sentence'),
    business: input.business.trim(),
  };
  const parts: WordingPart[] = [];
  for (const piece of template.split(/(\{(?:topics|business|whatsapp|phone)\})/)) {
    if (!piece) continue;
    if (piece === '{topics}') parts.push({ kind: 'topics', text: values.topics });
    else if (piece === '{business}') parts.push({ kind: 'business', text: values.business });
    else if (piece === '{whatsapp}') parts.push({ kind: 'whatsapp', text: 'WhatsApp', label: strings.whatsappLogo });
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
