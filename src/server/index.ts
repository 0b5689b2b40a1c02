/**
 * `wa-optin/server`: the consent receiver. A web-standard handler (Request → Response),
 * a Node adapter, and two stores on one schema: embedded (PGlite) and PostgreSQL.
 * Server only; nothing here is imported by the browser entry points.
 */
export * from './handler.js';
export { toNodeListener, serveReceiver } from './http/node.js';
export type { NodeAdapterOptions, NodeListener } from './http/node.js';
export { openPgliteStore } from './store/pglite.js';
export { openPostgresStore } from './store/postgres.js';
export type { PostgresOptions } from './store/postgres.js';
export { nodePageAssets } from './pages/node-assets.js';
