import type { Caller } from './auth.js';
import { ReceiverError } from './errors.js';
import type { Call } from './pipeline.js';

/**
 * Who may call a route: `anyone` (pages, keys, the admin), `api-key` (a server-to-server key
 * or the admin token) or `admin` (the admin token only).
 */
export type Access = 'anyone' | 'api-key' | 'admin';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One row of the route table: adding an endpoint is adding a row. */
export interface Route {
  method: Method;
  /** The path under the receiver's base path, e.g. `/consent`. */
  path: string;
  access: Access;
  /**
   * `false` for a server-to-server route whose caller proves itself in the body (Meta's
   * signed webhook): no CORS, and no per-IP rate limit up front (the route charges the
   * caller's IP itself when the proof fails). Default: a browser-facing route.
   */
  browser?: boolean;
  handle(call: Call): Promise<Response>;
}

export interface RouteTable {
  /** The routes at a full request path (base path included), by method; undefined if none. */
  at(pathname: string): ReadonlyMap<string, Route> | undefined;
}

export function routeTable(routes: readonly Route[], basePath: string): RouteTable {
  const base = basePath.replace(/\/$/, '');
  const byPath = new Map<string, Map<string, Route>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, Route>();
    if (methods.has(route.method)) throw new Error(`wa-optin: two routes for ${route.method} ${route.path}`);
    methods.set(route.method, route);
    byPath.set(route.path, methods);
  }
  return {
    at: (pathname) => (pathname.startsWith(base) ? byPath.get(pathname.slice(base.length)) : undefined),
  };
}

/** Refuses a caller the route's access does not admit; says which credential would do. */
export function checkAccess(access: Access, caller: Caller, adminConfigured: boolean): void {
  if (access === 'anyone' || caller.kind === 'admin') return;
  if (access === 'api-key' && caller.kind === 'api-key') return;
  if (access === 'admin' && !adminConfigured) {
    throw new ReceiverError(403, 'admin-disabled', 'This receiver has no admin token configured, so its admin routes (/status, /export) are off.');
  }
  throw new ReceiverError(
    401,
    'unauthorized',
    access === 'admin' ? 'This route needs the admin token: Authorization: Bearer <token>.' : 'This route needs an API key: Authorization: Bearer <key>.',
    { 'WWW-Authenticate': 'Bearer' },
  );
}

/** The last step: the route for this path and method, its access checked, then its handler. */
export function dispatch(table: RouteTable, adminConfigured: boolean): (call: Call) => Promise<Response> {
  return async (call) => {
    const methods = table.at(call.url.pathname);
    if (!methods) throw new ReceiverError(404, 'not-found', `There is nothing at ${call.url.pathname}.`);
    const route = methods.get(call.request.method);
    if (!route) {
      const allow = [...methods.keys(), 'OPTIONS'].join(', ');
      throw new ReceiverError(405, 'method-not-allowed', `${call.url.pathname} takes ${[...methods.keys()].join(', ')} only.`, { Allow: allow });
    }
    checkAccess(route.access, call.caller, adminConfigured);
    return route.handle(call);
  };
}
