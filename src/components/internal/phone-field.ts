import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { OptinStrings } from '../../core/locales.js';
import {
  callingCodeOf,
  checkPhone,
  countryFromLocales,
  countryOfNumber,
  exampleNumber,
  formatAsYouType,
  listCountries,
  phoneRulesReady,
  toCountryCode,
  type PhoneCheck,
  type PhoneExamples,
  type PhoneProblem,
} from '../../core/phone.js';
import { loadPhoneExamples } from './phone-examples.js';

/**
 * Example numbers, for the placeholder (item 3): 1.4 kB gzip, loaded once after the phone
 * rules and only by pages that show a field (see phone-examples.ts). Until then (or if it
 * fails) no placeholder: nothing else depends on it.
 */
let examples: PhoneExamples | undefined;
let examplesLoading: Promise<void> | undefined;
function loadExamples(): Promise<void> {
  examplesLoading ??= loadPhoneExamples().then(
    (loaded) => {
      examples = loaded;
    },
    () => undefined,
  );
  return examplesLoading;
}

/**
 * Formats as typed, but only once it helps: under four digits the country's pattern is
 * mostly guessing ("123" in the US reads as trunk 1 + "23", so "1 23"), and a number that
 * regroups after every key is harder to type than plain digits (item 9).
 */
export function formatTyped(input: string, country: string): string {
  const digits = input.match(/\p{Nd}/gu) ?? [];
  if (!input.trim().startsWith('+') && digits.length < 4) return input;
  return formatAsYouType(input, country);
}

const chevron = svg`<svg class="country-chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2.5 4.5 6 8l3.5-3.5" stroke="currentColor" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;

export function phoneProblemMessage(problem: PhoneProblem, strings: OptinStrings): string {
  const { errors } = strings;
  return {
    empty: errors.empty,
    'no-country': errors.noCountry,
    'too-short': errors.tooShort,
    'too-long': errors.tooLong,
    invalid: errors.invalid,
    'invalid-country': errors.invalidCountry,
  }[problem];
}

const countryNameCache = new Map<string, { code: string; label: string }[]>();

/** Country options in the page's language, sorted by name, each with its calling code. */
function countryOptions(locale: string): { code: string; label: string }[] {
  const cached = countryNameCache.get(locale);
  if (cached) return cached;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  const options = listCountries()
    .map((code) => ({ code, label: `${names?.of(code) ?? code} +${callingCodeOf(code)}` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  if (options.length) countryNameCache.set(locale, options);
  return options;
}

export interface PhoneFieldHost extends ReactiveControllerHost, HTMLElement {
  /** `country` attribute, if any. */
  country: string;
}

/**
 * The editable number every surface shows (R1): a country choice, a `type=tel` field
 * formatted as the person types, and validation with a message tied to the field. The
 * form and the checkout checkbox both use this one controller.
 */
export class PhoneFieldController implements ReactiveController {
  /** What the field shows, formatted as typed. */
  value = '';
  /** The chosen country (ISO 3166 alpha-2), or '' when none. */
  country = '';
  /** The message shown under the field, or '' when none. */
  error = '';
  #countryChosenByPerson = false;

  constructor(private readonly host: PhoneFieldHost) {
    host.addController(this);
  }

  hostConnected(): void {
    void phoneRulesReady().then(() => {
      // Now the picker can list countries and the prefilled number can be formatted.
      this.country ||= this.defaultCountry();
      if (this.value) this.value = formatTyped(this.value, this.country);
      this.host.requestUpdate();
      if (!examples) void loadExamples().then(() => this.host.requestUpdate());
    });
  }

  /** The `country` attribute, else the page's or the browser's locale (R1: sensible default). */
  defaultCountry(): string {
    const fromAttribute = toCountryCode(this.host.country);
    if (fromAttribute) return fromAttribute;
    const pageLang = this.host.closest('[lang]')?.getAttribute('lang');
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
    return toCountryCode(countryFromLocales([pageLang, ...browser])) ?? '';
  }

  /** Sets the number from outside (the `phone` attribute, a mirrored checkout field). */
  setValue(raw: string): void {
    this.value = formatTyped(raw, this.country || this.defaultCountry());
    this.error = '';
    this.host.requestUpdate();
  }

  check(): PhoneCheck {
    return checkPhone(this.value, this.country || this.defaultCountry());
  }

  /** Validates and shows the message; returns the result. */
  validate(strings: OptinStrings): PhoneCheck {
    const result = this.check();
    this.error = result.ok ? '' : phoneProblemMessage(result.problem, strings);
    this.host.requestUpdate();
    return result;
  }

  onInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const typed = input.value;
    const caretAtEnd = input.selectionStart === typed.length;
    const numberCountry = countryOfNumber(typed);
    if (numberCountry && !this.#countryChosenByPerson) this.country = numberCountry;
    // Reformat only when typing at the end: rewriting the text under a caret in the
    // middle would jump it and make corrections maddening.
    this.value = caretAtEnd ? formatTyped(typed, this.country) : typed;
    if (this.error && this.check().ok) this.error = '';
    this.host.requestUpdate();
  };

  onCountryChange = (event: Event): void => {
    this.country = (event.target as HTMLSelectElement).value;
    this.#countryChosenByPerson = true;
    if (this.value && !this.value.trim().startsWith('+')) this.value = formatTyped(this.value, this.country);
    if (this.error) this.error = '';
    this.host.requestUpdate();
  };

  onBlur = (event: FocusEvent, strings: OptinStrings): void => {
    const input = event.target as HTMLInputElement;
    // A field that blurs because it is being disabled (sending) or removed (thank-you)
    // is not the person leaving it: validating then would re-render mid-render.
    if (!input.isConnected || input.disabled) return;
    if (this.value.trim()) this.validate(strings);
  };

  /**
   * The field. `idPrefix` keeps ids unique when one shadow root holds two fields.
   * The hint says why the number is asked (people hesitate without it).
   */
  render(strings: OptinStrings, locale: string, { disabled = false } = {}): TemplateResult {
    const options = countryOptions(locale);
    const invalid = Boolean(this.error);
    const code = toCountryCode(this.country);
    const placeholder = (code && examples && exampleNumber(code, examples)) || '';
    return html`<div class="field" part="phone-field">
      <label class="label" for="phone" part="phone-label">${strings.phoneLabel}</label>
      <div class="phone-row">
        ${options.length
          ? html`<span class="country">
              <span class="country-face" aria-hidden="true"
                >${code ? `${code} +${callingCodeOf(code)}` : strings.countryUnknown}</span
              >${chevron}
              <select
                id="country"
                part="country"
                aria-label=${strings.countryLabel}
                .value=${live(this.country)}
                ?disabled=${disabled}
                @change=${this.onCountryChange}
              >
                <option value="" ?selected=${!this.country}>${strings.countryUnknown}</option>
                ${options.map(
                  (o) => html`<option value=${o.code} ?selected=${o.code === this.country}>${o.label}</option>`,
                )}
              </select>
            </span>`
          : nothing}
        <input
          id="phone"
          part="phone-input"
          type="tel"
          dir="ltr"
          name="phone"
          autocomplete="tel"
          inputmode="tel"
          enterkeyhint="next"
          required
          placeholder=${placeholder || nothing}
          .value=${live(this.value)}
          ?disabled=${disabled}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'phone-error' : 'phone-hint'}
          @input=${this.onInput}
          @blur=${(event: FocusEvent) => this.onBlur(event, strings)}
        />
      </div>
      <div class="under-field">
        <p class=${invalid ? 'hint behind' : 'hint'} id="phone-hint" part="phone-hint">${strings.phoneHint}</p>
        <p class="error" id="phone-error" part="phone-error" aria-live="polite">${this.error}</p>
      </div>
    </div>`;
  }
}
