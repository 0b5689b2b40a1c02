import { ReceiverError } from './errors.js';
import type { Step } from './pipeline.js';

const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Authorization';

/**
 * Origin policy: pages on an allowed origin (or the receiver's own) may call; a page elsewhere
 * gets 403 before anything is read. Requests without `Origin` (servers, curl) are not a CORS
 * matter and pass. Preflights are answered here with the methods the path takes.
 */
export function originPolicy(allowedOrigins: readonly string[], methodsOf: (pathname: string) => readonly string[]): Step {
  const allowed = new Set(allowedOrigins);
  const warned = new Set<string>();
  return async (call, next) => {
    const origin = call.request.headers.get('origin');
    if (origin) {
      if (!allowed.has('*') && !allowed.has(origin) && origin !== call.url.origin) {
        // The browser hides this 403 behind a CORS error; say it here, once per origin.
        if (!warned.has(origin) && warned.size < 100) {
          warned.add(origin);
          console.warn(`wa-optin: refused pages on ${origin}: not an allowed origin (wa-optin-server --allow-origin ${origin})`);
        }
        throw new ReceiverError(403, 'origin-not-allowed', `Pages on ${origin} may not send to this receiver; add the origin to its allowed origins.`);
      }
      call.responseHeaders.set('Access-Control-Allow-Origin', origin);
    }
    if (call.request.method === 'OPTIONS') {
      const headers = call.responseHeaders;
      headers.set('Access-Control-Allow-Methods', [...methodsOf(call.url.pathname), 'OPTIONS'].join(', '));
      headers.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      headers.set('Access-Control-Max-Age', '600');
      return new Response(null, { status: 204, headers });
    }
    return next();
  };
}
