import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `npm start` runs the real receiver (`wa-optin/server`) inside the dev server, on the
 * embedded database in `.wa-optin-data/` (git-ignored): the demo's forms post to
 * `/api/consent`, opt-outs go to `/api/opt-out`, and `/api/status` and `/api/export` take
 * the admin token printed at startup. `GET /api/consents` is a demo-only convenience for
 * the records table: every stored opt-in as the widget sent it.
 */
export function demoReceiver({ dataDir }: { dataDir: string }): Plugin {
  let closeStore = async () => {};
  return {
    name: 'wa-optin:demo-receiver',
    // Vite awaits this when it closes or restarts the dev server (e.g. after a config
    // edit): the database is closed before the next server opens it.
    async closeBundle() {
      await closeStore();
    },
    async configureServer(server) {
      // Loaded here, not at the top: `vite build` reads this config too and needs no server.
      const { createConsentReceiver, openPgliteStore, toNodeListener } = await import('../src/server/index.js');
      const store = await openPgliteStore(join(dataDir, 'pglite'));
      const adminToken = process.env.WA_OPTIN_ADMIN_TOKEN ?? randomBytes(16).toString('hex');
      // The demo pages invent topics freely, so any topic id is accepted here.
      const receiver = createConsentReceiver({ store, adminToken, basePath: '/api', allowUnknownTopics: true });
      server.middlewares.use('/api/consents', async (req, res, next) => {
        if (req.method !== 'GET') return next();
        const records: unknown[] = [];
        for await (const event of store.events({ kind: 'opt-in' })) records.push(event.body);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(records));
      });
      server.middlewares.use(toNodeListener(receiver));
      closeStore = () => store.close();
      server.httpServer?.once('listening', () => {
        server.config.logger.info(
          `  wa-optin receiver: POST /api/consent, /api/opt-out; GET /api/status, /api/export with\n` +
            `  Authorization: Bearer ${adminToken}   (data in ${dataDir})`,
        );
      });
    },
  };
}
