import { malformedCountries } from '../../core/country-list.js';
import { buildWording, WordingError } from '../../core/sentence.js';
import type { Wording } from '../../core/wording.js';
import { OptinElement } from './optin-element.js';

/** A record's limits (consent-record.schema.json), checked before anyone is asked to tick. */
const TOPIC_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MAX_TOPICS = 32;
const MAX_BUSINESS = 200;
/** The schema allows 2000; room is kept for the number that replaces the placeholder. */
const MAX_WORDING = 1950;

/**
 * An opt-in element that collects consent itself, the form and the checkbox: the check
 * that its attributes are enough to collect it (what the record can carry), and the
 * sentence with the number in it. The surfaces that wrap a form (popup, banner, CTA) leave
 * both to it: their first render carries none of this (issue 16).
 */
export abstract class ConsentElement extends OptinElement {
  /** Attributes still missing for collecting consent, in the order they are reported. */
  protected get missingAttributes(): string[] {
    return [!this.business.trim() && 'business', !this.topicIds.length && 'topics'].filter((m): m is string => Boolean(m));
  }

  /** What the integrator forgot, in words they can act on; empty when set up right. */
  protected setupProblem(): string {
    const missing = this.missingAttributes;
    if (missing.length) return `wa-optin: set the ${missing.join(', ')} attribute${missing.length > 1 ? 's' : ''}.`;
    // What the record cannot carry, the form must not collect: the receiver would refuse
    // every opt-in (consent-record.schema.json), after the person ticked.
    const badTopics = this.topicIds.filter((id) => !TOPIC_ID.test(id));
    if (badTopics.length) {
      return `wa-optin: topic ids are lower-case letters, digits, _ and - (at most 64), e.g. order_updates; not: ${badTopics.slice(0, 3).join(', ').slice(0, 200)}`;
    }
    if (this.topicIds.length > MAX_TOPICS) return `wa-optin: at most ${MAX_TOPICS} topics in one opt-in.`;
    const badCountries = malformedCountries(this.countries);
    if (badCountries.length) {
      return `wa-optin: countries are ISO 3166 codes of two letters separated by commas, e.g. IN,ID,BR; not: ${badCountries.slice(0, 3).join(', ').slice(0, 200)}`;
    }
    if (this.business.trim().length > MAX_BUSINESS) return `wa-optin: the business name is longer than ${MAX_BUSINESS} characters.`;
    let sentence: Wording;
    try {
      sentence = this.wordingWith('');
    } catch (error) {
      if (error instanceof WordingError) return error.message;
      throw error;
    }
    if (sentence.text.length > MAX_WORDING) return `wa-optin: the sentence is longer than ${MAX_WORDING} characters.`;
    return '';
  }

  /** The sentence with this number in it (`''`: the placeholder, while none is valid). */
  protected wordingWith(phoneDisplay: string): Wording {
    return buildWording({
      business: this.business,
      topics: this.topicIds,
      phoneDisplay,
      locale: this.resolvedLocale,
      template: this.wording || undefined,
    });
  }
}
