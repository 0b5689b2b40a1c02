#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serveReceiver } from './http/node.js';
import { nodePageAssets } from './pages/node-assets.js';
import { openPgliteStore } from './store/pglite.js';
import { openPostgresStore } from './store/postgres.js';
import type { ReceiverOptions } from './http/receiver.js';

const USAGE = `wa-optin-server: receives WhatsApp opt-ins and opt-outs and keeps them as proof.

  wa-optin-server [--port 8787] [--host 127.0.0.1] (--data ./consents | --database-url postgres://…)
  wa-optin-server proof <+number | BSUID> [--format json|html]   one person's proof, printed
  wa-optin-server suppression [--format csv|json]                  who may not receive marketing now
  wa-optin-server prune [--retain-years 5]                         remove expired opted-out subscribers
  (each with --data DIR or --database-url URL, like the server)

  --data DIR              embedded database (PGlite) in DIR (default ./wa-optin-data)
  --database-url URL      PostgreSQL instead (or env DATABASE_URL)
  --allow-origin ORIGIN   a site whose pages may post, e.g. https://shop.example (repeatable, or *)
  --topics a,b            topic ids records may name (default: the built-in ones)
  --allow-unknown-topics  accept any topic id
  --business NAME         business name records must carry (repeatable; default any)
  --client-ip MODE        off (default) | plain | hash (salt from WA_OPTIN_IP_SALT)
  --rate-limit N          requests per minute per IP without a key (default 60; 0 = off)
  --max-record-age-days N oldest consentedAt a caller without a key may send (default 30)
  --trust-proxy [N]       behind N reverse proxies (default 1): the client IP is the
                          X-Forwarded-For entry N from the right, the scheme the
                          right-most X-Forwarded-Proto
  --pool N                PostgreSQL connections (default 10)
  --marketing-topics a,b  what WhatsApp's "stop marketing messages" stops (default offers,new_products)
  --retain-years N        a daily job removes the events of subscribers whose last event is an
                          opt-out older than N years (default 5); their number stays suppressed
  --format F              proof: json (default) | html; suppression: csv (default) | json
  --public-url URL        where the receiver is reached from outside, for preference
                          links (e.g. https://shop.example/api; default: the request's origin)

Secrets come from the environment, never the command line (it shows in process lists):
  WA_OPTIN_ADMIN_TOKEN    enables GET /status and GET /export (Authorization: Bearer …)
  WA_OPTIN_API_KEYS       server-to-server keys, "ivr=key1,atm=key2"
  WA_OPTIN_IP_SALT        salt for --client-ip hash
  WHATSAPP_APP_SECRET     the Meta app's secret: turns on /webhooks/whatsapp (signed POSTs only)
  WHATSAPP_VERIFY_TOKEN   the verify token typed into Meta's webhook setup (the GET handshake)
  WA_OPTIN_LINK_SECRET    enables the preference page (GET /preferences?t=…) and
                          POST /links (32 characters or more: openssl rand -hex 32)
  WA_OPTIN_ERASE_SALT     salt of the suppression list's hashes (default: one made per database)

Pages: GET /admin (the admin page) and the preference page use the scripts in the
package's dist/pages/.`;

function fail(message: string): never {
  console.error(`wa-optin-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/**
 * `--trust-proxy` alone means one proxy; `--trust-proxy 2` (or `=2`) two. parseArgs has no
 * optional values, so a bare flag is given its default here.
 */
function withTrustProxyCount(args: string[]): string[] {
  return args.flatMap((arg, i) => (arg === '--trust-proxy' && !/^\d+$/.test(args[i + 1] ?? '') ? ['--trust-proxy=1'] : [arg]));
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: withTrustProxyCount(process.argv.slice(2)),
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        'database-url': { type: 'string' },
        'allow-origin': { type: 'string', multiple: true, default: [] },
        topics: { type: 'string' },
        'allow-unknown-topics': { type: 'boolean', default: false },
        business: { type: 'string', multiple: true },
        'client-ip': { type: 'string', default: 'off' },
        'rate-limit': { type: 'string', default: '60' },
        'max-record-age-days': { type: 'string', default: '30' },
        'trust-proxy': { type: 'string', default: '0' },
        pool: { type: 'string', default: '10' },
        'marketing-topics': { type: 'string' },
        'retain-years': { type: 'string', default: '5' },
        format: { type: 'string' },
        'public-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not ${values.port}`);
const perMinute = Number(values['rate-limit']);
if (!Number.isInteger(perMinute) || perMinute < 0) fail('--rate-limit must be a whole number of requests per minute');
const trustProxy = Number(values['trust-proxy']);
if (!/^\d+$/.test(values['trust-proxy']) || trustProxy > 32) fail(`--trust-proxy takes the number of proxies in front (1 if omitted), not ${values['trust-proxy']}`);
const maxRecordAgeDays = Number(values['max-record-age-days']);
if (!(maxRecordAgeDays > 0)) fail('--max-record-age-days must be a positive number of days');
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
if (databaseUrl && values.data) fail('give --data or --database-url, not both');
const retainYears = Number(values['retain-years']);
if (!(retainYears > 0)) fail('--retain-years must be a positive number of years');
const [command = 'serve', ...commandArgs] = positionals;
if (!['serve', 'proof', 'suppression', 'prune'].includes(command)) fail(`unknown command ${command}`);
if (command === 'proof' && commandArgs.length !== 1) fail('proof takes one number (+5511987654321) or WhatsApp user ID');
if (command !== 'proof' && commandArgs.length) fail(`${command} takes no argument ${commandArgs[0]}`);
const format = values.format ?? (command === 'suppression' ? 'csv' : 'json');
if (command === 'proof' && format !== 'json' && format !== 'html') fail('proof --format must be json or html');
if (command === 'suppression' && format !== 'csv' && format !== 'json') fail('suppression --format must be csv or json');
const marketingTopics = values['marketing-topics']?.split(',').map((t) => t.trim()).filter(Boolean);
if (marketingTopics && !marketingTopics.length) fail('--marketing-topics needs at least one topic id');
const eraseSalt = process.env.WA_OPTIN_ERASE_SALT;
if (eraseSalt !== undefined && eraseSalt.length < 16) fail('WA_OPTIN_ERASE_SALT must be 16 characters or more');
const appSecret = process.env.WHATSAPP_APP_SECRET || undefined;
if (appSecret !== undefined && appSecret.length < 16) fail('WHATSAPP_APP_SECRET must be the Meta app secret (32 hex characters)');

function clientIpMode(): ReceiverOptions['clientIp'] {
  const mode = values['client-ip'];
  if (mode === 'off' || mode === 'plain') return mode;
  if (mode !== 'hash') fail('--client-ip must be off, plain or hash');
  const salt = process.env.WA_OPTIN_IP_SALT;
  if (!salt || salt.length < 16) fail('--client-ip hash needs WA_OPTIN_IP_SALT (16 characters or more) in the environment');
  return { hashSalt: salt };
}

function apiKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const pair of (process.env.WA_OPTIN_API_KEYS ?? '').split(',').filter(Boolean)) {
    const [name, key] = pair.split('=');
    if (!name || !key || key.length < 16) fail('WA_OPTIN_API_KEYS must look like "ivr=<key of 16+ characters>,atm=<key>"');
    keys[name.trim()] = key.trim();
  }
  return keys;
}

const adminToken = process.env.WA_OPTIN_ADMIN_TOKEN;
if (adminToken !== undefined && adminToken.length < 16) fail('WA_OPTIN_ADMIN_TOKEN must be 16 characters or more');
const linkSecret = process.env.WA_OPTIN_LINK_SECRET;
if (linkSecret !== undefined && linkSecret.length < 32) fail('WA_OPTIN_LINK_SECRET must be 32 characters or more (openssl rand -hex 32)');
const publicUrl = values['public-url'];
if (publicUrl !== undefined && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(publicUrl)) fail('--public-url must be an http(s) URL without a query, e.g. https://shop.example/api');

// Every setting is checked before the database opens: a typo must not leave a data directory behind.
const settings = { clientIp: clientIpMode(), apiKeys: apiKeys() };
// The receiver validates with ajv, an optional peer dependency: loaded here, so a missing
// install is one clear line instead of a module-resolution stack trace at start-up.
const { createConsentReceiver } = await import('./http/receiver.js').catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const missing = /Cannot find package '([^']+)'/.exec(error.message)?.[1] ?? 'a dependency';
  console.error(
    `wa-optin-server: ${missing} is not installed. The receiver needs its optional peers: ` +
      'npm install ajv ajv-formats @electric-sql/pglite   (or pg instead of @electric-sql/pglite for PostgreSQL)',
  );
  return process.exit(1);
});

const store = await (databaseUrl
  ? openPostgresStore({ connectionString: databaseUrl, max: Number(values.pool), eraseSalt })
  : openPgliteStore(values.data ?? './wa-optin-data', { eraseSalt })
).catch((error: Error) => {
  const hint = /Cannot find package '(@electric-sql\/pglite|pg)'/.test(error.message)
    ? `\n  install it: npm install ${databaseUrl ? 'pg' : '@electric-sql/pglite'}`
    : '';
  console.error(`wa-optin-server: cannot open the database: ${error.message}${hint}`);
  process.exit(1);
});

if (command !== 'serve') {
  // One-shot commands: the same library functions the routes use, printed to stdout.
  const ledger = await import('./proof/ledger.js');
  try {
    if (command === 'proof') {
      const { proofOf, proofHtml } = await import('./proof/proof.js');
      const { normaliseOptOutPhone, serverPhoneRulesReady } = await import('./validate.js');
      await serverPhoneRulesReady();
      const given = commandArgs[0];
      const phone = ledger.BSUID.test(given) ? given : normaliseOptOutPhone(given);
      if (!phone) fail(`${given} is neither a number in +<country code><number> form nor a WhatsApp user ID`);
      const proof = await proofOf(store, ledger.lookupKey(phone));
      if (!proof) {
        console.error(`wa-optin-server: nothing is stored for ${given}`);
        process.exitCode = 1;
      } else process.stdout.write(format === 'html' ? proofHtml(proof) : `${JSON.stringify(proof, null, 2)}\n`);
    } else if (command === 'suppression') {
      const entries = await ledger.suppressionList(store, { marketingTopics });
      const { suppressionCsv } = await import('./http/proof-routes.js');
      process.stdout.write(format === 'json' ? `${JSON.stringify({ entries }, null, 2)}\n` : suppressionCsv(entries));
    } else {
      const pruned = await ledger.pruneExpired(store, { retainYears });
      console.log(`wa-optin-server: pruned ${pruned.events} events of ${pruned.subscribers} subscribers whose last event was an opt-out more than ${retainYears} years ago`);
    }
  } finally {
    await store.close();
  }
  process.exit();
}

const receiver = createConsentReceiver({
  store,
  allowedOrigins: values['allow-origin'],
  adminToken,
  apiKeys: settings.apiKeys,
  topics: values.topics?.split(',').map((t) => t.trim()),
  allowUnknownTopics: values['allow-unknown-topics'],
  businesses: values.business,
  clientIp: settings.clientIp,
  rateLimit: perMinute === 0 ? false : { requests: perMinute, perSeconds: 60 },
  maxRecordAgeDays,
  ...(appSecret ? { whatsapp: { appSecret, verifyToken: process.env.WHATSAPP_VERIFY_TOKEN, marketingTopics } } : {}),
  preferenceLinks: linkSecret ? { secret: linkSecret, baseUrl: publicUrl } : undefined,
  pageAssets: nodePageAssets(),
});
const server = await serveReceiver(receiver, { port, host: values.host, trustProxy });
const address = server.address();
const where = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
console.log(`wa-optin-server: listening on ${where} (${databaseUrl ? 'PostgreSQL' : `embedded database in ${values.data ?? './wa-optin-data'}`})`);
if (!adminToken) console.log('wa-optin-server: /status and /export are off; set WA_OPTIN_ADMIN_TOKEN to enable them');
console.log(appSecret ? 'wa-optin-server: WhatsApp webhook at /webhooks/whatsapp' : 'wa-optin-server: the WhatsApp webhook is off; set WHATSAPP_APP_SECRET to enable it');

// Retention (R11): a daily prune, the first a minute after start. Unref'd: it never holds the process open.
const { pruneExpired } = await import('./proof/ledger.js');
const runPrune = () =>
  pruneExpired(store, { retainYears }).then(
    (pruned) => console.log(`wa-optin-server: retention: pruned ${pruned.events} events of ${pruned.subscribers} subscribers (opt-outs older than ${retainYears} years)`),
    (error: Error) => console.error(`wa-optin-server: retention: prune failed: ${error.message}`),
  );
setTimeout(() => void runPrune(), 60_000).unref();
setInterval(() => void runPrune(), 24 * 3600_000).unref();

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`wa-optin-server: ${signal}, finishing open requests`);
  // Requests in flight finish before the store closes, so nothing accepted is lost.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
