import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { PageAssets } from './assets.js';
import { PAGE_SCRIPTS } from './shell.js';

/**
 * Where the built page scripts are, relative to this file wherever the package is installed:
 * `dist/server/pages/node-assets.js` → `dist/pages/` (the published package, `npx
 * wa-optin-server`), or `src/server/pages/node-assets.ts` → `dist/pages/` (this repository,
 * run through tsx: the demo and the tests).
 */
const CANDIDATES = [new URL('../../pages/', import.meta.url), new URL('../../../dist/pages/', import.meta.url)];

/**
 * The page scripts from the package's `dist/pages/` (or from `dir`), read on each request so
 * a rebuild shows at once; `null` for a file that is not there (the pages then answer a 503
 * saying how to build them).
 */
export function nodePageAssets(dir?: string | URL): PageAssets {
  const roots = dir ? [typeof dir === 'string' ? pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`) : dir] : CANDIDATES;
  return async (name) => {
    if (!(PAGE_SCRIPTS as readonly string[]).includes(name)) return null;
    for (const root of roots) {
      try {
        return await readFile(new URL(name, root), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return null;
  };
}
