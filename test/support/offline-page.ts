// A shop page whose visitor's connection drops some of wa-optin's files, and a tap where a
// person would tap in it: for the tests of what the person sees when a file does not come.
import { sendMouse } from '@web/test-runner-commands';
import { scriptedEndpoint } from './receiver.js';
import { sitePage, type SitePageWindow } from './site-page.js';

/**
 * A shop page with the script tag `script` (the split loader by default; `wa-optin.iife.js`
 * for the one-file build) whose visitor's connection drops the files whose path matches
 * `dropped` (or, with `delayMs`, brings them that late); everything else comes through.
 * `restore()` brings the connection back. (The page's files are served under the test
 * network's prefix, `/__offline/<name>/dist/…`: test/support/wtr-plugins.mjs.)
 */
export async function pageLosing<W extends SitePageWindow = SitePageWindow>(
  dropped: string,
  body: string,
  { delayMs = 0, script = 'wa-optin.js' } = {},
) {
  const receiver = await scriptedEndpoint();
  const network = `split-offline-${Math.random().toString(36).slice(2)}`;
  const drop = (pattern: string) => fetch(`/__offline/${network}?delayMs=${delayMs}`, { method: 'PUT', body: pattern });
  await drop(dropped);
  const page = await sitePage<W>(`/__offline/${network}/dist/${script}`, `data-endpoint="${receiver.url}" data-business="Acme" data-topics="order_updates" data-country="US"`, body);
  return { receiver, page, restore: () => drop('') };
}

/** A tap at the middle of an element of `frame`, where it is on the test page's screen. */
export async function tapInFrame(frame: HTMLIFrameElement, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const inner = target.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)] });
}
