import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * Script-tag build only (aliased over `phone-metadata.ts` in vite.config.ts): fetch the
 * phone rules from `wa-optin.phone-metadata.json` beside `wa-optin.iife.js`. The script's
 * own URL is read while it first runs (`document.currentScript` is null afterwards).
 * A page can point elsewhere with `<script data-phone-metadata="/path/file.json">`.
 */
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const metadataUrl =
  script?.dataset.phoneMetadata ??
  (script?.src ? new URL('wa-optin.phone-metadata.json', script.src).href : 'wa-optin.phone-metadata.json');

export async function loadPhoneMetadata(): Promise<MetadataJson> {
  const response = await fetch(metadataUrl, { credentials: 'omit' });
  if (!response.ok) throw new Error(`wa-optin: phone metadata ${metadataUrl} answered ${response.status}`);
  return (await response.json()) as MetadataJson;
}
