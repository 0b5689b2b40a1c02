import { scriptTagDefaults } from './script-tag-defaults.js';

/**
 * Values every wa-optin element on the page falls back to when its own attribute is empty:
 * set once from the script tag (`data-endpoint`, `data-business`, …) or `WaOptin.configure()`,
 * so a site adds one line to its template instead of repeating them on every element.
 * An element's own attribute always wins.
 */
export interface OptinDefaults {
  endpoint?: string;
  business?: string;
  topics?: string;
  country?: string;
  /** The only countries taken (`"IN,ID,BR"`): the picker lists these, numbers from others are refused. */
  countries?: string;
  locale?: string;
}

export const DEFAULTABLE_SETTINGS = ['endpoint', 'business', 'topics', 'country', 'countries', 'locale'] as const;
export type DefaultableSetting = (typeof DEFAULTABLE_SETTINGS)[number];

// The script-tag builds start from the tag's `data-*` (script-tag-defaults-read.ts); the npm build from none.
let current: OptinDefaults = scriptTagDefaults(DEFAULTABLE_SETTINGS);
const listeners = new Set<() => void>();

export function isDefaultableSetting(name: PropertyKey): name is DefaultableSetting {
  return (DEFAULTABLE_SETTINGS as readonly PropertyKey[]).includes(name);
}

/**
 * Merges `next` into the page's defaults (an empty string or undefined removes one) and
 * re-renders the elements. Unknown keys are an integrator's typo: refused by name.
 */
export function setOptinDefaults(next: OptinDefaults): void {
  const unknown = Object.keys(next).filter((key) => !isDefaultableSetting(key));
  if (unknown.length) {
    throw new TypeError(`wa-optin: unknown setting ${unknown.join(', ')}; known: ${DEFAULTABLE_SETTINGS.join(', ')}`);
  }
  const merged: OptinDefaults = { ...current };
  for (const key of DEFAULTABLE_SETTINGS) {
    if (!(key in next)) continue;
    const value = next[key];
    if (value === undefined || value === '') delete merged[key];
    else if (typeof value !== 'string') throw new TypeError(`wa-optin: ${key} must be a string`);
    else merged[key] = value;
  }
  current = merged;
  for (const listener of listeners) listener();
}

export function optinDefaults(): Readonly<OptinDefaults> {
  return current;
}

export function clearOptinDefaults(): void {
  current = {};
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the defaults change; returns the unsubscribe function. */
export function onOptinDefaultsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
