import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { OptinStrings } from '../../core/locales.js';
import { fillTemplate, joinTopicLabels } from '../../core/wording.js';
import {
  callingCodeOf,
  checkPhone,
  countryFromLocales,
  countryOfNumber,
  exampleNumber,
  listCountries,
  parseCountryList,
  phoneRulesReady,
  phoneRulesSettled,
  phoneRulesState,
  retryPhoneRules,
  setPhoneEngineLoader,
  toCountryCode,
  TypingFormatter,
  type CountryCode,
  type PhoneCheck,
  type PhoneExamples,
  type PhoneProblem,
} from '../../core/phone.js';
import { retryFailedLocales } from '../../core/locale-retry.js';
import { loadPhoneEngine } from '../../core/phone-engine-retrying.js';
import { loadPhoneExamples } from './phone-examples.js';
import { afterFirstPaintWhenIdle, afterNextPaint } from './idle.js';

// In a browser, libphonenumber-js's chunk comes through the import that can ask again
// after a dropped fetch (phone-engine-retrying.ts); the receiver, which never loads this
// module, keeps the plain one.
setPhoneEngineLoader(loadPhoneEngine);

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

const chevron = svg`<svg class="country-chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2.5 4.5 6 8l3.5-3.5" stroke="currentColor" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;

export function phoneProblemMessage(problem: PhoneProblem, strings: OptinStrings, offered: readonly string[] = []): string {
  const { errors } = strings;
  if (problem === 'country-not-offered') {
    return fillTemplate(errors.countryNotOffered, {
      countries: joinTopicLabels(offered.map((code) => countryName(code, strings.$code)), strings.$code),
    });
  }
  return {
    empty: errors.empty,
    'no-country': errors.noCountry,
    'too-short': errors.tooShort,
    'too-long': errors.tooLong,
    invalid: errors.invalid,
    'invalid-country': errors.invalidCountry,
  }[problem];
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** One `Intl.DisplayNames` per language (building one is costly, like `Intl.ListFormat`). */
function regionNamesFor(locale: string): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

/** A comparer of labels in `locale`'s order. */
function collatorFor(locale: string): (a: CountryOption, b: CountryOption) => number {
  let compare: (a: string, b: string) => number;
  try {
    compare = new Intl.Collator([locale, 'en']).compare;
  } catch {
    compare = (a, b) => a.localeCompare(b);
  }
  return (a, b) => compare(a.label, b.label);
}

function countryName(code: string, locale: string): string {
  return regionNamesFor(locale)?.of(code) ?? code;
}

type CountryOption = { code: string; label: string };
const countryNameCache = new Map<string, CountryOption[]>();

/**
 * Country options in the page's language, sorted by name, each with its calling code: 245
 * names and a locale-aware sort, so built once per language and list of countries, and only
 * when the picker is wanted (after the first paint, see `PhoneFieldController`).
 */
function countryOptions(locale: string, offered: readonly string[]): CountryOption[] {
  const key = `${locale}|${offered.join(',')}`;
  const cached = countryNameCache.get(key);
  if (cached) return cached;
  const known = listCountries();
  const codes = offered.length ? known.filter((code) => offered.includes(code)) : known;
  const options = codes
    .map((code) => ({ code, label: `${countryName(code, locale)} +${callingCodeOf(code)}` }))
    // One collator for the sort: `localeCompare(…, locale)` sets one up per comparison.
    .sort(collatorFor(locale));
  if (options.length) countryNameCache.set(key, options);
  return options;
}

export interface PhoneFieldHost extends ReactiveControllerHost, HTMLElement {
  /** `country` attribute, if any. */
  country: string;
  /** `countries` attribute (or page default): the only countries taken; empty for all. */
  countries: string;
}

/**
 * The editable number every surface shows (R1): a country choice, a `type=tel` field
 * formatted as the person types, and validation with a message tied to the field. The
 * form and the checkout checkbox both use this one controller.
 *
 * Cost (issue 16): the phone rules and libphonenumber-js's code load after the first
 * paint — on the first focus inside the host, when the browser is idle, or when a submit
 * needs them (`loadRules()`) — never at connect. The full country list (245 names in the
 * page's language) is built only when the person goes for the picker (focus, pointer down,
 * a key on it): the browser's first `Intl.DisplayNames` loads its region names, one call
 * of 55–85 ms on a 4× throttled CPU, which as idle work was the widget's longest task.
 * Until then the closed picker shows the country's code and calling code. The options are
 * put in once per list and language (`hostUpdated`), outside Lit's renders. Typing sets the field's text itself and
 * renders the host only when the wording's number, the country or the message changes
 * (`onInput`).
 */
export class PhoneFieldController implements ReactiveController {
  /** What the field shows, formatted as typed. */
  value = '';
  /** The chosen country (ISO 3166 alpha-2), or '' when none. */
  country = '';
  /** The message shown under the field, or '' when none. */
  error = '';
  #countryChosenByPerson = false;
  #rulesLoading: Promise<void> | undefined;
  #cancelIdle: (() => void) | undefined;
  /** The full country list is wanted in the picker: the person went for it. */
  #listWanted = false;
  #lastCheck: { value: string; country: string; countries: string; rules: string; result: PhoneCheck } | undefined;

  constructor(private readonly host: PhoneFieldHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.#onFocusIn);
    if (phoneRulesState() === 'loaded') {
      void this.loadRules();
      return;
    }
    // Loaded for another field of the page: shown here too.
    void phoneRulesSettled().then(() => {
      if (this.host.isConnected) void this.loadRules();
    });
    // Not now: after the field's first paint, when the browser has nothing else to do
    // (item 3). Counted from the host's render (hostUpdated), not from here: its first
    // render is a task of its own, and Firefox can paint a frame in between.
    this.#idleLoadAfterRender = true;
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.#onFocusIn);
    this.#idleLoadAfterRender = false;
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  /** Connected and not rendered since: the idle load of the rules is still to be scheduled. */
  #idleLoadAfterRender = false;

  // After the paint: a popup focuses the field as it opens, and its first frame comes first.
  // The person came to the field: if the rules failed earlier, this is when to try again.
  #onFocusIn = (): void => afterNextPaint(() => void this.loadRules({ again: true }));

  /**
   * Loads the phone rules and the code that reads them (once per page), then shows what
   * they make possible: the picker, the formatted prefilled number, the placeholder.
   * Resolves when they are loaded or failed; never rejects. A submit awaits this, so the
   * number is never checked with less than the rules (item 3).
   *
   * `again`: the person asked (a focus on the number). If the rules failed before (the
   * connection dropped a file), they are fetched again; the field keeps its fallback until
   * they arrive, then shows the picker and checks by country. So is a language file that
   * failed (English shows until it is here). Never on a timer.
   */
  loadRules({ again = false } = {}): Promise<void> {
    this.#idleLoadAfterRender = false;
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    const state = phoneRulesState();
    if (!this.#rulesLoading || (state === 'loaded' && this.#rulesShown !== 'loaded')) {
      // First ask, or loaded since (by another field's retry) and not shown here yet.
      this.#rulesLoading = phoneRulesReady().then(this.#showRules);
    } else if (again && state === 'failed' && this.#rulesShown === 'failed') {
      this.#rulesLoading = retryPhoneRules().then(this.#showRules);
    }
    if (again) retryFailedLocales();
    return this.#rulesLoading;
  }

  /** Shows what the rules' state makes possible (or the fallback, when they failed). */
  #showRules = (): void => {
    this.#rulesShown = phoneRulesState();
    if (!this.host.isConnected) return;
    this.country ||= this.defaultCountry();
    if (this.value) this.value = this.#typing.format(this.value, this.country);
    this.host.requestUpdate();
    if (this.#rulesShown !== 'loaded') return;
    if (!examples) void loadExamples().then(() => this.host.requestUpdate());
  };

  /** Whether the rules are loaded or failed: checking now gives the final answer. */
  get rulesSettled(): boolean {
    const state = phoneRulesState();
    return state === 'loaded' || state === 'failed';
  }

  /**
   * Work still under way that changes what shows: rules loaded (by anyone) but not shown
   * here yet. For `updateComplete`; it never starts a load itself.
   */
  get pending(): Promise<void> | undefined {
    if (this.#rulesShown !== 'loaded' && phoneRulesState() === 'loaded' && this.host.isConnected) return this.loadRules();
    return undefined;
  }

  /** The rules' state this field last showed (`#showRules`); '' before. */
  #rulesShown = '';

  #wantList(): void {
    if (this.#listWanted) return;
    this.#listWanted = true;
    this.host.requestUpdate();
  }

  /** The picker is about to open (pointer or keyboard): the full list, now, if it is not there yet. */
  #onPickerWanted = (): void => {
    this.#wantList();
  };

  /** The `countries` the page takes; empty for every country the rules know. */
  get offered(): string[] {
    const codes = parseCountryList(this.host.countries);
    return phoneRulesState() === 'loaded' ? codes.filter((code) => toCountryCode(code)) : codes;
  }

  /**
   * The `country` attribute, else the page's or the browser's locale (R1: sensible default);
   * with `countries`, only one of those (else the first of them).
   */
  defaultCountry(): string {
    const pageLang = this.host.closest('[lang]')?.getAttribute('lang');
    const key = [this.host.country, this.host.countries, pageLang, phoneRulesState()].join('|');
    if (this.#defaultFor?.key !== key) this.#defaultFor = { key, country: this.#findDefaultCountry(pageLang) };
    return this.#defaultFor.country;
  }

  /** Remembered per inputs: each check asks, and it builds `Intl.Locale`s. */
  #defaultFor: { key: string; country: string } | undefined;

  #findDefaultCountry(pageLang: string | null | undefined): string {
    const offered = this.offered;
    const fits = (code: string | undefined) => code && (!offered.length || offered.includes(code));
    const fromAttribute = toCountryCode(this.host.country);
    if (fits(fromAttribute)) return fromAttribute!;
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
    const fromLocale = toCountryCode(countryFromLocales([pageLang, ...browser]));
    if (fits(fromLocale)) return fromLocale!;
    return offered.length ? (toCountryCode(offered[0]) ?? '') : '';
  }

  /** Sets the number from outside (the `phone` attribute, a mirrored checkout field). */
  setValue(raw: string): void {
    this.value = this.#typing.format(raw, this.country || this.defaultCountry());
    this.error = '';
    this.host.requestUpdate();
  }

  /**
   * The number checked against the rules and the page's `countries`. Remembered for the
   * same inputs: a render asks several times (wording, field, hidden field), typing once.
   */
  check(): PhoneCheck {
    const country = this.country || this.defaultCountry();
    const rules = phoneRulesState();
    const countries = this.host.countries ?? '';
    const value = this.value;
    const last = this.#lastCheck;
    const sameRules = last?.country === country && last.rules === rules && last.countries === countries;
    if (sameRules && last!.value === value) return last!.result;
    if (!sameRules) this.#recentChecks.clear();
    // A Backspace (or a cut) at the end goes back to a text this field showed moments ago,
    // with the same rules: its answer is known (issue 16, the keystroke target).
    let result = sameRules && value.length < last!.value.length && last!.value.startsWith(value) ? this.#recentChecks.get(value) : undefined;
    if (!result) {
      result = checkPhone(value, country);
      const offered = this.offered;
      if (offered.length && rules === 'loaded') {
        // A number from a country the page does not take is refused, by name (item 5).
        if (result.ok ? !result.country || !offered.includes(result.country) : result.problem === 'invalid-country') {
          result = { ok: false, problem: 'country-not-offered' };
        }
      }
      if (this.#recentChecks.size >= 64) this.#recentChecks.clear();
      this.#recentChecks.set(value, result);
    }
    this.#lastCheck = { value, country, countries, rules, result };
    return result;
  }

  /** Answers of `check()` for the texts typed lately, with the rules, country and `countries` of `#lastCheck`. */
  readonly #recentChecks = new Map<string, PhoneCheck>();

  /** The message for a problem, in these words (names the offered countries when that is the problem). */
  messageFor(problem: PhoneProblem, strings: OptinStrings): string {
    return phoneProblemMessage(problem, strings, this.offered);
  }

  /** Validates and shows the message; returns the result. */
  validate(strings: OptinStrings): PhoneCheck {
    const result = this.check();
    this.error = result.ok ? '' : this.messageFor(result.problem, strings);
    this.host.requestUpdate();
    return result;
  }

  /**
   * Typing (issue 16, the keystroke target): the field's text is set here, directly, and the
   * host renders only when something it shows besides the text changes — the number in the
   * wording (valid now, or no longer), the country, the message. Typing the first nine
   * digits of a ten-digit number renders nothing. After a render, `hostUpdated` compares
   * `value` with what the field holds, so a later render never sets typed text back.
   */
  onInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const typed = input.value;
    const shownBefore = this.#shownOutside();
    // The picker follows a + number, but only to a country the page takes (`countries`).
    const numberCountry = countryOfNumber(typed);
    if (numberCountry && numberCountry !== this.country && !this.#countryChosenByPerson) {
      const offered = this.offered;
      if (!offered.length || offered.includes(numberCountry)) this.country = numberCountry;
    }
    // Reformat only when typing at the end: rewriting the text under a caret in the
    // middle would jump it and make corrections maddening.
    const caretAtEnd = input.selectionStart === typed.length;
    let value = typed;
    if (caretAtEnd) value = this.#typing.format(typed, this.country);
    else this.#typing.shows(typed);
    this.value = value;
    // Setting the value puts the caret at the end, where it was.
    if (value !== typed) input.value = value;
    this.#showPlaceholder(input);
    if (this.error && this.check().ok) this.error = '';
    if (this.#shownOutside() !== shownBefore) this.host.requestUpdate();
  };

  /**
   * The example number shows only in an empty field (the browser shows a placeholder only
   * then): kept on a filled field, the browser restyles its hidden placeholder on every key
   * (issue 16, the keystroke target). Set here as typing crosses empty, in step with the
   * template's `placeholder` binding, which says the same for each render.
   */
  #showPlaceholder(input: HTMLInputElement): void {
    const wanted = this.value ? null : this.#placeholder || null;
    if (input.getAttribute('placeholder') === wanted) return;
    if (wanted === null) input.removeAttribute('placeholder');
    else input.setAttribute('placeholder', wanted);
  }

  /** The example number of the last render, for an empty field ('' when none). */
  #placeholder = '';

  /** What the host shows from the field besides its text: the wording's number, the country (face, placeholder), the message. */
  #shownOutside(): string {
    const check = this.check();
    return `${check.ok ? `+${check.international}` : ''}|${this.country}|${this.error}`;
  }

  /** The field's own as-you-type formatting, which remembers what it showed for a Backspace (issue 16). */
  readonly #typing = new TypingFormatter();

  onCountryChange = (event: Event): void => {
    this.country = (event.target as HTMLSelectElement).value;
    this.#countryChosenByPerson = true;
    if (this.value && !this.value.trim().startsWith('+')) this.value = this.#typing.format(this.value, this.country);
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
   * After each render: the picker holds the options wanted and shows the chosen country.
   * The options are not in the template: Lit would walk all 245 of them on every render;
   * here they are built once per list and language, and put in only when that changes. The
   * value is set only when the country or the options changed — a value assignment
   * searches all the options (issue 16: this, per keystroke, was a large part of the
   * typing cost).
   */
  hostUpdated(): void {
    // The field's text is `value` whatever was typed since the last render (a reset, a
    // number set by the page): compared with the field itself, not with the last render
    // (what Lit's `live()` does, without its directive code in every first render: issue
    // 16), and written only where it differs, so typing keeps its caret.
    let input = this.#input;
    if (!input?.isConnected) input = this.#input = this.host.shadowRoot?.querySelector<HTMLInputElement>('input#phone') ?? undefined;
    if (input && input.value !== this.value) input.value = this.value;
    if (this.#idleLoadAfterRender) {
      this.#idleLoadAfterRender = false;
      if (phoneRulesState() !== 'loaded') this.#cancelIdle = afterFirstPaintWhenIdle(() => void this.loadRules());
    }
    let select = this.#select;
    if (!select?.isConnected) select = this.#select = this.host.shadowRoot?.querySelector<HTMLSelectElement>('select#country') ?? undefined;
    if (!select) return;
    const wanted = this.#optionsWanted;
    const shows = this.#selectShows;
    const sameOptions = shows?.on === select && shows.options === wanted.options && shows.unknown === wanted.unknown;
    if (sameOptions && shows.country === wanted.country) return;
    if (!sameOptions) {
      const unknown = new Option(wanted.unknown, '');
      select.replaceChildren(unknown, ...wanted.options.map((o) => new Option(o.label, o.code)));
    }
    if (select.value !== wanted.country) select.value = wanted.country;
    this.#selectShows = { on: select, ...wanted };
  }

  /** The number field of the last render. */
  #input: HTMLInputElement | undefined;
  /** The picker of the last render, and what it holds. */
  #select: HTMLSelectElement | undefined;
  #selectShows: { on: HTMLSelectElement; country: string; unknown: string; options: readonly CountryOption[] } | undefined;
  /** What the last render wants in the picker. */
  #optionsWanted: { country: string; unknown: string; options: readonly CountryOption[] } = { country: '', unknown: '', options: [] };
  /** The one option shown before the list, kept while it reads the same (no DOM change). */
  #oneOption: readonly CountryOption[] = [];

  /**
   * The options of the picker: until the list is wanted, only the chosen country (the
   * closed picker shows just its face); then every country offered. Until the list is
   * built the one option reads the code (+ calling code once the rules are here): no
   * `Intl.DisplayNames` in the first render nor in the rules' (issue 16).
   */
  #wantOptions(strings: OptinStrings, locale: string, code: string | undefined, rulesLoaded: boolean): void {
    let options: readonly CountryOption[] | undefined = this.#listWanted ? countryOptions(locale, this.offered) : undefined;
    if (!options) {
      const label = code && (rulesLoaded ? `${code} +${callingCodeOf(code as CountryCode)}` : code);
      const one = this.#oneOption;
      if (!code) this.#oneOption = [];
      else if (one[0]?.code !== code || one[0].label !== label) this.#oneOption = [{ code, label: label as string }];
      options = this.#oneOption;
    }
    this.#optionsWanted = { country: code ?? '', unknown: strings.countryUnknown, options };
  }

  /**
   * The field. `idPrefix` keeps ids unique when one shadow root holds two fields.
   * The hint says why the number is asked (people hesitate without it).
   */
  render(strings: OptinStrings, locale: string, { disabled = false } = {}): TemplateResult {
    // The field sits in a box of its own (.number-box), which it fills: so the browser lays
    // out only the field on each key, not the form and the page (issue 16; form.styles.ts).
    const rules = phoneRulesState();
    const rulesLoaded = rules === 'loaded';
    // Before the rules the picker already stands where it will be, with the default
    // country's code, so the field does not jump sideways when they arrive. Without
    // rules for good (failed, or rules that list no country) there is nothing to pick.
    const showsPicker = rulesLoaded ? listCountries().length > 0 : rules !== 'failed';
    const invalid = Boolean(this.error);
    const code = toCountryCode(this.country);
    const shownCode = rulesLoaded ? code : toCountryCode(this.country || this.defaultCountry());
    if (showsPicker) this.#wantOptions(strings, locale, shownCode, rulesLoaded);
    const placeholder = (this.#placeholder = (code && examples && exampleNumber(code, examples)) || '');
    return html`<div class="field" part="phone-field">
      <label class="label" for="phone" part="phone-label">${strings.phoneLabel}</label>
      <div class="phone-row">
        ${showsPicker
          ? html`<span class="country">
              <span class="country-face" aria-hidden="true"
                >${shownCode ? (rulesLoaded ? `${shownCode} +${callingCodeOf(shownCode)}` : shownCode) : strings.countryUnknown}</span
              >${chevron}
              <select
                id="country"
                part="country"
                aria-label=${strings.countryLabel}
                ?disabled=${disabled}
                @change=${this.onCountryChange}
                @focus=${this.#onPickerWanted}
                @pointerdown=${this.#onPickerWanted}
                @keydown=${this.#onPickerWanted}
              ></select>
            </span>`
          : nothing}
        <span class="number-box">
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
            placeholder=${(!this.value && placeholder) || nothing}
            ?disabled=${disabled}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? 'phone-error' : 'phone-hint'}
            @input=${this.onInput}
            @blur=${(event: FocusEvent) => this.onBlur(event, strings)}
          />
        </span>
      </div>
      <div class="under-field">
        <p class=${invalid ? 'hint behind' : 'hint'} id="phone-hint" part="phone-hint">${strings.phoneHint}</p>
        <p class="error" id="phone-error" part="phone-error" aria-live="polite">${this.error}</p>
      </div>
    </div>`;
  }
}
