import { ReceiverError } from '../http/errors.js';
import type { Route } from '../http/routes.js';
import { sha256Hex } from '../store/store.js';
import { PAGE_SCRIPTS, type PageScript } from './shell.js';

/**
 * Reads a built page script by file name (`preferences.js`, `admin.js`, `shared.js`);
 * `null` when it is not there. The Node entry gives one reading the package's dist/pages/
 * (`nodePageAssets`); a Worker can bundle the files and return them from memory.
 */
export type PageAssets = (name: PageScript) => Promise<string | null>;

export const PAGES_MISSING =
  'The preference and admin pages are not built: build the pages: npm run build (it writes dist/pages/).';

/** The page's script, or a 503 that says how to build it: never a blank page. */
export async function requirePageScript(assets: PageAssets | undefined, name: PageScript): Promise<string> {
  let text: string | null = null;
  try {
    text = assets ? await assets(name) : null;
  } catch (error) {
    console.error(`wa-optin: could not read the page script ${name}`, error);
  }
  if (text === null) throw new ReceiverError(503, 'pages-not-built', PAGES_MISSING);
  return text;
}

/** A 503 as plain text, for a person who opened the page in a browser. */
export function pagesMissingResponse(headers: Headers): Response {
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  headers.set('Retry-After', '60');
  return new Response(`${PAGES_MISSING}\n`, { status: 503, headers });
}

/**
 * `GET <basePath>/pages/<name>.js`: the built scripts as they are. The names carry no
 * content hash, so a long `immutable` cache would keep old code after an upgrade; instead
 * `no-cache` with an ETag: the browser revalidates and mostly gets a 304.
 */
export function pageAssetRoutes(assets: PageAssets | undefined): Route[] {
  return PAGE_SCRIPTS.map((name) => ({
    method: 'GET',
    path: `/pages/${name}`,
    access: 'anyone',
    async handle(call) {
      const headers = call.responseHeaders;
      let text: string;
      try {
        text = await requirePageScript(assets, name);
      } catch {
        return pagesMissingResponse(headers);
      }
      const etag = `"${(await sha256Hex(text)).slice(0, 32)}"`;
      headers.set('Cache-Control', 'no-cache');
      headers.set('ETag', etag);
      if (call.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
      headers.set('Content-Type', 'text/javascript; charset=utf-8');
      return new Response(text, { status: 200, headers });
    },
  }));
}
