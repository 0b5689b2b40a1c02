/**
 * Progressive enhancement of forms a site cannot edit (shop platforms render checkout
 * and signup forms from templates): find the form's phone field and put a
 * `<wa-optin-checkbox phone-from=…>` right after it. Forms that appear later (single-page
 * apps, multi-step checkouts) are enhanced too, each once.
 */

/** How a phone field is recognised, most explicit first. */
export const PHONE_FIELD_SELECTOR = '[data-wa-optin-phone], input[type=tel], input[autocomplete~=tel]';
const ENHANCED = 'data-wa-optin-enhanced';

let fieldCounter = 0;

/** A selector that finds exactly this field again from the document. */
function selectorFor(field: HTMLElement): string {
  if (field.id) return `#${CSS.escape(field.id)}`;
  let mark = field.getAttribute('data-wa-optin-phone');
  if (!mark) {
    mark = `wa-optin-phone-${++fieldCounter}`;
    field.setAttribute('data-wa-optin-phone', mark);
  }
  return `[data-wa-optin-phone="${CSS.escape(mark)}"]`;
}

/**
 * Adds the opt-in checkbox to one form, unless it has one already. Without a phone field
 * the checkbox brings its own, placed before the form's submit button.
 */
export function enhanceForm(form: HTMLFormElement, attributes: Record<string, string> = {}): HTMLElement | undefined {
  if (form.hasAttribute(ENHANCED) || form.querySelector('wa-optin-checkbox')) return undefined;
  form.setAttribute(ENHANCED, '');
  const checkbox = document.createElement('wa-optin-checkbox');
  checkbox.setAttribute('source', 'enhanced-form');
  for (const [name, value] of Object.entries(attributes)) checkbox.setAttribute(name, value);
  const field = form.querySelector<HTMLElement>(PHONE_FIELD_SELECTOR);
  if (field) {
    checkbox.setAttribute('phone-from', selectorFor(field));
    // A field wrapped in its <label> keeps the label together with it.
    (field.closest('label') ?? field).after(checkbox);
  } else {
    const submit = form.querySelector('button:not([type=button]):not([type=reset]), input[type=submit]');
    if (submit) submit.before(checkbox);
    else form.append(checkbox);
  }
  return checkbox;
}

/**
 * Enhances every form matching `selectors` now and whenever one is added later. Returns a
 * function that stops watching.
 */
export function enhanceForms(selectors: string, attributes: Record<string, string> = {}, root: Document = document): () => void {
  const run = () => {
    for (const form of root.querySelectorAll<HTMLFormElement>(selectors)) {
      if (form instanceof HTMLFormElement) enhanceForm(form, attributes);
    }
  };
  try {
    root.querySelector(selectors);
  } catch {
    throw new SyntaxError(`"${selectors}" is not a valid CSS selector`);
  }
  run();
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => m.addedNodes.length)) run();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
