import type { MetadataJson } from 'libphonenumber-js/core';
import { besideScript, fetchJson, scriptData } from './script-assets.js';

/**
 * Script-tag build only (aliased over `phone-metadata.ts` in vite.config.ts): fetch the
 * phone rules from `wa-optin.phone-metadata.json` beside `wa-optin.iife.js`.
 * A page can point elsewhere with `<script data-phone-metadata="/path/file.json">`.
 */
const metadataUrl = scriptData.phoneMetadata ?? besideScript('wa-optin.phone-metadata.json');

export function loadPhoneMetadata({ again = false } = {}): Promise<MetadataJson> {
  return fetchJson<MetadataJson>(metadataUrl, 'phone metadata', { again });
}
