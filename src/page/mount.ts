/**
 * Zero-HTML mounting from the script tag: `data-popup="delay:8,scroll:50"` and
 * `data-banner="position:top"` add those surfaces to the page with the given attributes;
 * the page's defaults (`data-endpoint`, `data-business`, …) fill in the rest.
 */

/**
 * `"delay:8, scroll:50, exit-intent"` → `{ delay: '8', scroll: '50', 'exit-intent': '' }`.
 * Only attributes the element really has are accepted: a typo is reported by name
 * instead of silently doing nothing.
 */
export function parseMountOptions(text: string, tag: string): Record<string, string> {
  const known = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const options: Record<string, string> = {};
  for (const item of text.split(',')) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const [name, ...rest] = trimmed.split(':');
    const attribute = name.trim();
    if (!known.includes(attribute)) {
      throw new TypeError(`<${tag}> has no "${attribute}" option; it has ${known.join(', ')}`);
    }
    options[attribute] = rest.join(':').trim();
  }
  return options;
}

/** Adds `<tag …options>` at the end of the body (once the body exists). */
export function mountSurface(tag: string, options: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(options)) element.setAttribute(name, value);
  const place = () => document.body.append(element);
  if (document.body) place();
  else document.addEventListener('DOMContentLoaded', place, { once: true });
  return element;
}
