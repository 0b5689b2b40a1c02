/**
 * The HTML around the two business pages (docs/business-pages.md): pure string templates,
 * every value escaped, no inline script or style, so they run under the strict policy below.
 * Web-standard only (no Node built-ins): part of `wa-optin/server/handler`.
 */

/**
 * Sent with both pages. The elements style themselves through constructed style sheets and
 * load only their own scripts from this origin; `frame-ancestors 'none'` keeps the stop
 * button out of other sites' frames (clickjacking), and `no-referrer` keeps the link's token
 * out of any `Referer` header.
 */
export const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The page scripts the receiver hands out (`vite build --mode pages` writes them to dist/pages/). */
export const PAGE_SCRIPTS = ['preferences.js', 'admin.js', 'shared.js'] as const;
export type PageScript = (typeof PAGE_SCRIPTS)[number];

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A language tag fit for `<html lang>`; anything else becomes `en`. */
export function pageLang(tag: string | null | undefined): string {
  return tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : 'en';
}

/** The first language of an `Accept-Language` header (`pt-BR,pt;q=0.9` → `pt-BR`), if any. */
export function acceptedLanguage(header: string | null): string | null {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first && first !== '*' ? first : null;
}

function page(options: { lang: string; title: string; script: string; robots?: boolean; body: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(pageLang(options.lang))}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
${options.robots === false ? '    <meta name="robots" content="noindex" />\n' : ''}    <title>${escapeHtml(options.title)}</title>
    <script type="module" src="${escapeHtml(options.script)}"></script>
  </head>
  <body>
    <main>
      ${options.body}
    </main>
  </body>
</html>
`;
}

/** `GET <basePath>/preferences?t=…`: the element reads the state itself and shows a bad link's page from the 401/410 it gets. */
export function preferencePageHtml(options: { basePath: string; token: string; lang: string }): string {
  const base = escapeHtml(options.basePath);
  return page({
    lang: options.lang,
    title: 'WhatsApp messages',
    script: `${options.basePath}/pages/preferences.js`,
    robots: false,
    body: `<wa-optin-preferences endpoint="${base}" token="${escapeHtml(options.token)}"></wa-optin-preferences>
      <noscript>To stop the messages, reply STOP in your WhatsApp chat with the business.</noscript>`,
  });
}

/** `GET <basePath>/admin`: public HTML holding no data; every request the element makes carries the token. */
export function adminPageHtml(options: { basePath: string }): string {
  return page({
    lang: 'en',
    title: 'WhatsApp consent records',
    script: `${options.basePath}/pages/admin.js`,
    robots: false,
    body: `<wa-optin-admin endpoint="${escapeHtml(options.basePath)}"></wa-optin-admin>
      <noscript>The admin page needs JavaScript.</noscript>`,
  });
}

/** The headers both pages are sent with (besides the receiver's `Cache-Control: no-store` and `nosniff`). */
export function setPageHeaders(headers: Headers): void {
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Content-Security-Policy', PAGE_POLICY);
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Robots-Tag', 'noindex');
}
