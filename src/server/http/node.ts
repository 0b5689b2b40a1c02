import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ConsentReceiver } from './receiver.js';

export interface NodeAdapterOptions {
  /**
   * Behind a reverse proxy: take the client IP from the first `X-Forwarded-For` entry and
   * the scheme from `X-Forwarded-Proto`. Only when the proxy sets them; a client can forge both.
   */
  trustProxy?: boolean;
}

export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

const firstValue = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(',')[0].trim();

function clientIpOf(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const ip = (trustProxy && firstValue(req.headers['x-forwarded-for'])) || req.socket.remoteAddress;
  return ip?.replace(/^::ffff:/, '');
}

function toRequest(req: IncomingMessage, trustProxy: boolean): Request {
  const scheme = (trustProxy && firstValue(req.headers['x-forwarded-proto'])) || ('encrypted' in req.socket ? 'https' : 'http');
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
  const trustProxy = options.trustProxy ?? false;
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (next && !receiver.handles(pathname)) return next();
    // Built inside the chain: a Host header no URL can be made of must cost a 400, not the process.
    Promise.resolve()
      .then(() => {
        let request: Request;
        try {
          request = toRequest(req, trustProxy);
        } catch {
          return Response.json({ error: 'bad-request', message: 'The request line or Host header is not a valid URL.' }, { status: 400 });
        }
        return receiver.handle(request, { clientIp: clientIpOf(req, trustProxy) });
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
