import { scriptData } from './script-assets.js';

/**
 * Script-tag builds only (replaces script-tag-defaults.ts): the page's defaults from the
 * script tag's own `data-endpoint`, `data-business`, … read as the core first runs. Here
 * and not in the page API, so an element of the split build renders with them without
 * waiting for the page API's chunk (issue 16: it is not part of any first render).
 */
export function scriptTagDefaults(keys: readonly string[]): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const key of keys) if (scriptData[key]) defaults[key] = scriptData[key];
  return defaults;
}
