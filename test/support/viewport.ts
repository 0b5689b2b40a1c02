import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The page's viewport, in every engine the tests run in (the runner's own `setViewport`
 * cannot resize a WebDriver browser such as WebKit). See `viewportCommand` in engines.mjs.
 * Where the engine cannot show that size (WebKitGTK's MiniBrowser is never narrower than
 * 447 px), the test is skipped with the reason when its mocha context is given; without one
 * (restoring the size after a test) the nearest size the engine allows is kept, with a warning.
 */
export async function setViewport(size: { width: number; height: number }, test?: Mocha.Context): Promise<void> {
  const result = await executeServerCommand<true | { unsupported: string }, typeof size>('wa-optin-viewport', size);
  if (result === true) return;
  const reason = result?.unsupported ?? 'no viewport control';
  if (test) {
    console.warn(`skipped at ${size.width}×${size.height}: ${reason}`);
    test.skip();
  }
  // Without a test to skip this is a restore after a test (often in a finally block of a test
  // just skipped): the nearest size the engine allows will do, and throwing here would turn a
  // skip into a failure.
  console.warn(`viewport ${size.width}×${size.height} not exact: ${reason}`);
}
