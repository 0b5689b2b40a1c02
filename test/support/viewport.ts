import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The page's viewport, in every engine the tests run in (the runner's own `setViewport`
 * cannot resize a WebDriver browser such as WebKit). See `viewportCommand` in engines.mjs.
 * Where the engine cannot show that size (WebKitGTK's MiniBrowser is never narrower than
 * 447 px), the test is skipped with the reason when its mocha context is given, else it fails.
 */
export async function setViewport(size: { width: number; height: number }, test?: Mocha.Context): Promise<void> {
  const result = await executeServerCommand<true | { unsupported: string }, typeof size>('wa-optin-viewport', size);
  if (result === true) return;
  const reason = result?.unsupported ?? 'no viewport control';
  if (test) {
    console.warn(`skipped at ${size.width}×${size.height}: ${reason}`);
    test.skip();
  }
  throw new Error(reason);
}
