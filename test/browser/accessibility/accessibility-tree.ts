// The accessibility tree of a surface's interactive parts, computed from the DOM the way
// the accessible-name rules (accname 1.2) do for the markup our components use: so the
// same snapshot runs in Chromium, Firefox and WebKit (the runner's `a11ySnapshot` command
// needs a Puppeteer/Playwright page, which the WebDriver engines are not).
//
// Covered: aria-labelledby, aria-label, <label for> / wrapping <label>, text content
// through slots (assigned nodes, else fallback), aria-hidden and hidden subtrees skipped,
// <svg role="img" aria-label> read by its label. That is all our markup uses; a part that
// needed more would show up here as a wrong name, not a silently right one.

export interface TreeNode {
  role: string;
  name: string;
  checked?: boolean;
  expanded?: boolean;
  haspopup?: string;
  invalid?: boolean;
  /** From aria-describedby, when it says something (an error tied to its field). */
  description?: string;
}

const rendered = (el: Element) => el.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true;

function hiddenFromTree(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el instanceof HTMLElement && el.hidden) return true;
  const style = getComputedStyle(el);
  if (style.display === 'contents') return false;
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Children as the flat tree has them: a slot's assigned nodes (or its fallback), an element's shadow root. */
function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/** Text a name takes from content (accname step 2F/2G). */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || hiddenFromTree(node)) return '';
  // An image is a word of its own in a name taken from content: Chromium's accessibility
  // tree names `on <svg role=img aria-label="WhatsApp logo">WhatsApp` "on WhatsApp logo
  // WhatsApp" (read through the DevTools protocol), though the label and the text touch.
  if (node.localName === 'svg') return node.getAttribute('role') === 'img' ? ` ${node.getAttribute('aria-label') ?? ''} ` : '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  const label = node.getAttribute('aria-label');
  if (label && node !== undefined && node.getAttribute('role') === 'img') return ` ${label} `;
  return flatChildren(node).map(textOf).join('');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of the elements an IDREF list names (aria-labelledby, aria-describedby), in the element's own root. */
function textOfRefs(el: Element, attribute: string): string {
  const ids = el.getAttribute(attribute);
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(
    ids
      .split(/\s+/)
      .map((id) => root.querySelector(`#${CSS.escape(id)}`))
      .map((ref) => (ref ? flatChildren(ref).map(textOf).join('') : ''))
      .join(' '),
  );
}

function nameOf(el: Element): string {
  if (el.hasAttribute('aria-labelledby')) return textOfRefs(el, 'aria-labelledby');
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return squash(label);
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
    return squash([...(el.labels ?? [])].map((l) => textOf(l)).join(' '));
  }
  if (el.localName === 'button' || el.localName === 'a' || el.getAttribute('role') === 'button') return squash(textOf(el));
  return '';
}

function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit && explicit !== 'img') return explicit;
  switch (el.localName) {
    case 'button':
      return 'button';
    case 'a':
      return el.hasAttribute('href') ? 'link' : undefined;
    case 'select':
      return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'dialog':
      return 'dialog';
    case 'input': {
      const type = (el as HTMLInputElement).type;
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'hidden') return undefined;
      return 'textbox';
    }
    default:
      return undefined;
  }
}

/** The interactive parts of `root` (through every shadow root and slot), in reading order. */
export function accessibilityTree(root: Element): TreeNode[] {
  const nodes: TreeNode[] = [];
  const visit = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (hiddenFromTree(node) || (node.localName === 'dialog' && !(node as HTMLDialogElement).open)) return;
    const role = roleOf(node);
    if (role && rendered(node)) {
      const entry: TreeNode = { role, name: nameOf(node) };
      if (role === 'checkbox') entry.checked = (node as HTMLInputElement).checked;
      const expanded = node.getAttribute('aria-expanded');
      if (expanded !== null) entry.expanded = expanded === 'true';
      const haspopup = node.getAttribute('aria-haspopup');
      if (haspopup) entry.haspopup = haspopup;
      if (node.getAttribute('aria-invalid') === 'true') entry.invalid = true;
      const description = textOfRefs(node, 'aria-describedby');
      if (description) entry.description = description;
      nodes.push(entry);
    }
    for (const child of flatChildren(node)) visit(child);
  };
  visit(root);
  return nodes;
}
