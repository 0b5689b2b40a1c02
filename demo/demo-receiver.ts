import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The demo's stored subscriber, seeded at start when the database has no opt-in for it. */
export const DEMO_SUBSCRIBER = { phone: '+5511981234567', display: '+55 11 98123 4567', business: 'Acme Shoes', topics: ['order_updates', 'offers'] };

/**
 * `npm start` runs the real receiver (`wa-optin/server`) inside the dev server, on the
 * embedded database in `.wa-optin-data/` (git-ignored): the demo's forms post to
 * `/api/consent`, opt-outs go to `/api/opt-out`. The admin page is `/api/admin` (sign in with
 * the admin token printed at startup; `/records.html` leads there), and
 * `/demo/preference-link` opens a fresh preference page for the seeded demo number.
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
      const { createConsentReceiver, createPreferenceLink, nodePageAssets, openPgliteStore, subscriberKey, toNodeListener } = await import(
        '../src/server/index.js'
      );
      const { buildWording } = await import('../src/core/sentence.js');
      const { WIDGET_VERSION } = await import('../src/core/version.js');
      const store = await openPgliteStore(join(dataDir, 'pglite'));
      const adminToken = process.env.WA_OPTIN_ADMIN_TOKEN ?? randomBytes(16).toString('hex');
      // A new secret each start unless given: links from an earlier run stop working, as a
      // rotated secret's would.
      const linkSecret = process.env.WA_OPTIN_LINK_SECRET ?? randomBytes(32).toString('hex');
      // The demo pages invent topics freely, so any topic id is accepted here.
      const receiver = createConsentReceiver({
        store,
        adminToken,
        basePath: '/api',
        allowUnknownTopics: true,
        preferenceLinks: { secret: linkSecret },
        pageAssets: nodePageAssets(),
      });

      // One stored opt-in to show the preference page with, written like any site opt-in.
      const demo = DEMO_SUBSCRIBER;
      if (!(await store.eventsForPhone(demo.phone)).some((e) => e.kind === 'opt-in')) {
        const wording = buildWording({ business: demo.business, topics: demo.topics, phoneDisplay: demo.display, locale: 'en' });
        await store.save(
          {
            kind: 'opt-in',
            record: {
              id: crypto.randomUUID(), channel: 'whatsapp', phone: demo.phone, phoneVerified: false, topics: demo.topics,
              business: demo.business, wording: wording.text, wordingVersion: wording.version, locale: wording.locale,
              source: 'demo-seed', pageUrl: null, consentedAt: new Date().toISOString(), widgetVersion: WIDGET_VERSION,
            },
          },
          { receivedAt: new Date(), via: 'demo', origin: null, userAgent: null, clientIp: null },
        );
      }

      server.middlewares.use('/demo/preference-link', async (req, res, next) => {
        if (req.method !== 'GET') return next();
        const url = await createPreferenceLink({
          phone: demo.phone,
          subscriberKey,
          baseUrl: `http://${req.headers.host ?? 'localhost'}/api`,
          secret: linkSecret,
          expiresIn: 24 * 3600,
        });
        res.statusCode = 302;
        res.setHeader('Location', url);
        res.setHeader('Cache-Control', 'no-store');
        res.end();
      });
      // The old developer table became the admin page.
      server.middlewares.use('/records.html', (_req, res) => {
        res.statusCode = 302;
        res.setHeader('Location', '/api/admin');
        res.end();
      });
      server.middlewares.use(toNodeListener(receiver));
      closeStore = () => store.close();
      server.httpServer?.once('listening', () => {
        server.config.logger.info(
          `  wa-optin receiver under /api. Admin page: /api/admin, sign in with the admin token\n` +
            `  ${adminToken}\n` +
            `  A preference page for the demo number ${demo.display}: /demo/preference-link   (data in ${dataDir})`,
        );
      });
    },
  };
}
