/**
 * Registers a custom element unless the tag is taken. A page that loads the script tag
 * twice, or the script tag next to a bundled copy, must not throw
 * "NotSupportedError: this name has already been used".
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side rendering, Node
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) console.warn(`wa-optin: <${tag}> is already defined by another copy; keeping that one.`);
    return;
  }
  customElements.define(tag, element);
}
