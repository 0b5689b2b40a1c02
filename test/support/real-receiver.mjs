// The real receiver (src/server, TypeScript loaded through tsx) inside web-test-runner's
// server, on a PGlite database in a temp directory, for the end-to-end browser test:
//   /__receiver-real/consent …          the receiver's own routes
//   GET /__receiver-real-db/events?phone=+1…  what the database holds for a number
//   GET /__receiver-real-link?phone=+1…&agoSeconds=…&expiresIn=…   a preference link made
//       with the receiver's secret at a past time (an expired link; POST /links makes fresh ones)
// It has an admin token and a link secret (real-receiver-secrets.mjs) and serves the built
// pages from dist/pages/ (`npm test` builds first), as `wa-optin-server` does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { REAL_ADMIN_TOKEN, REAL_LINK_SECRET } from './real-receiver-secrets.mjs';

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
      const receiver = server.createConsentReceiver({
        store,
        basePath: '/__receiver-real',
        adminToken: REAL_ADMIN_TOKEN,
        preferenceLinks: { secret: REAL_LINK_SECRET },
        pageAssets: server.nodePageAssets(),
      });
      return { store, server, listener: server.toNodeListener(receiver) };
    })());
  open().catch((error) => console.error('wa-optin: the real receiver for the browser tests did not start', error));
  return async (ctx, next) => {
    if (ctx.path === '/__receiver-real-db/events') {
      const { store } = await open();
      ctx.type = 'json';
      ctx.body = JSON.stringify(await store.eventsForPhone(ctx.query.phone));
      return;
    }
    if (ctx.path === '/__receiver-real-link') {
      const { server } = await open();
      const url = await server.createPreferenceLink({
        phone: ctx.query.phone,
        subscriberKey: server.subscriberKey,
        baseUrl: `${ctx.origin}/__receiver-real`,
        secret: REAL_LINK_SECRET,
        expiresIn: Number(ctx.query.expiresIn ?? 3600),
        now: new Date(Date.now() - Number(ctx.query.agoSeconds ?? 0) * 1000),
      });
      ctx.type = 'json';
      ctx.body = JSON.stringify({ url });
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
