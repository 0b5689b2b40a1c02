/**
 * `wa-optin/server`: the consent receiver. A web-standard handler (Request → Response),
 * a Node adapter, and two stores on one schema: embedded (PGlite) and PostgreSQL.
 * Node only; nothing here is imported by the browser entry points.
 */
export { createConsentReceiver, ReceiverError } from './receiver.js';
export type { ConsentReceiver, ReceiverOptions, RequestContext } from './receiver.js';
export { toNodeListener, serveReceiver } from './node.js';
export type { NodeAdapterOptions, NodeListener } from './node.js';
export { openPgliteStore } from './pglite.js';
export { openPostgresStore } from './postgres.js';
export type { PostgresOptions } from './postgres.js';
export { SqlConsentStore, migrate } from './store.js';
export type { ConsentEvent, ConsentStore, EventRange, OptOut, Receipt, SaveOutcome, SqlDatabase, SqlSession, StoredEvent } from './store.js';
export { consentStatus } from './status.js';
export type { ConsentStatus, TopicStatus } from './status.js';
export { MIGRATIONS } from './migrations.js';
export type { RateLimit } from './rate-limit.js';
export { DEFAULT_TOPICS } from './validate.js';
