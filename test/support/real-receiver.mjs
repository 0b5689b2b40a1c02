// The real receiver (src/server, TypeScript loaded through tsx) inside web-test-runner's
// server, on a PGlite database in a temp directory, for the end-to-end browser test:
//   /__receiver-real/consent …          the receiver's own routes
//   GET /__receiver-real-db/events?phone=+1…  what the database holds for a number
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export function realReceiver() {
  let opened;
  // Opened in the background as the runner starts (creating a database takes seconds):
  // no other test file waits for it, and the end-to-end test rarely does.
  const open = () =>
    (opened ??= (async () => {
      const server = await tsImport('../../src/server/index.ts', import.meta.url);
      const dir = mkdtempSync(join(tmpdir(), 'wa-optin-wtr-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      const store = await server.openPgliteStore(join(dir, 'db'));
      const receiver = server.createConsentReceiver({ store, basePath: '/__receiver-real' });
      return { store, listener: server.toNodeListener(receiver) };
    })());
  open().catch((error) => console.error('wa-optin: the real receiver for the browser tests did not start', error));
  return async (ctx, next) => {
    if (ctx.path === '/__receiver-real-db/events') {
      const { store } = await open();
      ctx.type = 'json';
      ctx.body = JSON.stringify(await store.eventsForPhone(ctx.query.phone));
      return;
    }
    if (!ctx.path.startsWith('/__receiver-real/')) return next();
    const { listener } = await open();
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.once('close', resolve);
      listener(ctx.req, ctx.res);
    });
  };
}
