// A shop's page as a script-tag test needs it: the site's own markup plus one wa-optin
// script tag, in a same-origin srcdoc frame, with the page's console errors collected.

export interface SitePageWindow extends Window {
  consoleErrors: string[];
}

/**
 * `script` (`/dist/wa-optin.iife.js` or `/dist/wa-optin.js`) with `scriptData` on its tag and
 * `body` as the page; `head` goes before the tag, `afterScript` right after it.
 */
export async function sitePage<W extends SitePageWindow = SitePageWindow>(
  script: string,
  scriptData: string,
  body: string,
  { head = '', afterScript = '' } = {},
): Promise<{ frame: HTMLIFrameElement; win: W; doc: Document }> {
  localStorage.removeItem('wa-optin:display');
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  // srcdoc documents share this test page's origin and base URL.
  frame.srcdoc = `<!doctype html><html lang="en-US"><head>
    <script>window.consoleErrors = []; const e = console.error; console.error = (...a) => { window.consoleErrors.push(a.join(' ')); e(...a); };</script>
    ${head}
    <script src="${script}" ${scriptData}></script>${afterScript}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as W, doc: frame.contentDocument! };
}
