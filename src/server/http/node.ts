import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { canonicalIp } from './ip.js';
import type { ConsentReceiver } from './receiver.js';

export interface NodeAdapterOptions {
  /**
   * Behind reverse proxies: how many of them to trust (`true` = 1). The client IP is then the
   * `X-Forwarded-For` entry that many hops from the right — the address the outermost
   * trusted proxy saw — and the scheme the right-most `X-Forwarded-Proto`. Entries further
   * left are written by the client and never trusted. Off by default: without a proxy that
   * sets these headers, a client forges them.
   */
  trustProxy?: boolean | number;
}

export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** Every entry of a list header, over repeated header lines too, in order; empty ones kept, so positions count exactly. */
function listEntries(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  return (Array.isArray(header) ? header : [header]).flatMap((line) => line.split(',')).map((entry) => entry.trim());
}

/** `true` → 1, `false` → 0, a whole number of hops as is. */
export function trustedHops(trustProxy: boolean | number | undefined): number {
  if (trustProxy === true) return 1;
  if (!trustProxy) return 0;
  if (!Number.isInteger(trustProxy) || trustProxy < 0) throw new RangeError(`trustProxy must be true, false or a whole number of proxies, not ${trustProxy}`);
  return trustProxy;
}

/**
 * The client's IP: with N trusted proxies, the X-Forwarded-For entry N from the right (each
 * proxy appends the address it saw, so that entry was written by the outermost trusted one);
 * with fewer entries than N, the left-most. Anything that is not an IP address falls back to
 * the socket's address, so forged text never reaches the rate limit or the stored `clientIp`.
 */
export function clientIpOf(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number): string | undefined {
  const socket = socketAddress === undefined ? undefined : (canonicalIp(socketAddress) ?? socketAddress);
  if (hops === 0) return socket;
  const entries = listEntries(forwardedFor);
  if (!entries.length) return socket;
  const entry = entries[Math.max(0, entries.length - hops)];
  return canonicalIp(entry) ?? socket;
}

/** The scheme the nearest proxy saw (right-most X-Forwarded-Proto), if it is http or https. */
function forwardedScheme(header: string | string[] | undefined): string | undefined {
  const scheme = listEntries(header).at(-1)?.toLowerCase();
  return scheme === 'http' || scheme === 'https' ? scheme : undefined;
}

function toRequest(req: IncomingMessage, hops: number): Request {
  const scheme = (hops > 0 && forwardedScheme(req.headers['x-forwarded-proto'])) || ('encrypted' in req.socket ? 'https' : 'http');
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`${scheme}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Required by the fetch spec for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a web Response to Node, streaming with backpressure so a big export never piles up in memory. */
async function sendResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  // A refusal sent before the body was read (413, 415…) leaves bytes on the connection
  // that the next request would be parsed from: close it instead of reusing it.
  if (!req.complete) res.setHeader('Connection', 'close');
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => {}));
  for (;;) {
    const { done, value } = await reader.read();
    if (done || res.destroyed) break;
    if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * The receiver as a Node `http` listener, also usable as Connect/Express/Vite middleware:
 * with `next`, paths that are not the receiver's are passed on.
 */
export function toNodeListener(receiver: ConsentReceiver, options: NodeAdapterOptions = {}): NodeListener {
  const hops = trustedHops(options.trustProxy);
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (next && !receiver.handles(pathname)) return next();
    // Built inside the chain: a Host header no URL can be made of must cost a 400, not the process.
    Promise.resolve()
      .then(() => {
        let request: Request;
        try {
          request = toRequest(req, hops);
        } catch {
          return Response.json({ error: 'bad-request', message: 'The request line or Host header is not a valid URL.' }, { status: 400 });
        }
        return receiver.handle(request, { clientIp: clientIpOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, hops) });
      })
      .then((response) => sendResponse(response, req, res))
      .catch((error: unknown) => {
        console.error('wa-optin: could not answer a request', error);
        // Mid-stream (an export whose database read failed): cut the connection, so the
        // client sees an error instead of a well-terminated, silently truncated file.
        if (res.headersSent) return void res.destroy(error instanceof Error ? error : undefined);
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'internal', message: 'The receiver failed unexpectedly.' }));
      });
  };
}

/** Listens on `host:port` (default 127.0.0.1: opening to the network is a deliberate choice). */
export function serveReceiver(receiver: ConsentReceiver, options: NodeAdapterOptions & { port: number; host?: string }): Promise<Server> {
  const server = createServer(toNodeListener(receiver, options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
