/**
 * `wa-optin/server/handler`: the receiver without anything Node-specific — the web-standard
 * handler, the SQL store over any `SqlDatabase`, the status fold — for runtimes with
 * `Request`/`Response` and Web Crypto but no Node built-ins (Cloudflare Workers, Deno
 * Deploy, edge functions). `wa-optin/server` adds the Node adapter, the CLI's stores and
 * re-exports all of this.
 */
export { createConsentReceiver, ReceiverError } from './http/receiver.js';
export type { ConsentReceiver, ReceiverOptions, RequestContext } from './http/receiver.js';
export { SqlConsentStore, migrate } from './store/store.js';
export type { ConsentEvent, ConsentStore, EventRange, OptOut, Receipt, SaveOutcome, SqlDatabase, SqlSession, StoredEvent } from './store/store.js';
export { consentStatus } from './store/status.js';
export type { ConsentStatus, TopicStatus } from './store/status.js';
export { MIGRATIONS } from './store/migrations.js';
export type { RateLimit } from './http/rate-limit.js';
export { DEFAULT_TOPICS } from './validate.js';
export { subscriberKey, sameSubscriber } from '../core/subscriber-key.js';
