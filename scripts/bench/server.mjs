// The benchmark's static server: loopback only, a fixed set of roots, every text file
// served gzip -9 (so the page's Resource Timing `encodedBodySize` is exactly the gzip -9
// size of what it fetched), images as they are. No caching headers: each run uses a fresh
// browser context, so nothing is cached between runs anyway.
import { Buffer } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTENDERS } from './contenders.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.webp': 'image/webp',
  '.png': 'image/png',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.map']);

/**
 * @param {{ roots: Record<string, string>, pages: Record<string, () => string> }} options
 *   roots: URL prefix (e.g. '/dist/') → directory; pages: path → HTML (built per request).
 * @returns {Promise<{ origin: string, close: () => Promise<void>, unknown: string[], setRoot: (prefix: string, dir: string) => void }>}
 */
export async function startStaticServer({ roots, pages }) {
  const cache = new Map();
  const unknown = [];
  const send = (res, status, type, body, compress) => {
    const payload = compress ? gzipSync(body, { level: 9 }) : body;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': payload.length,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(payload);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path]) return send(res, 200, TYPES['.html'], Buffer.from(pages[path]()), true);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir) + sep)) break;
      const type = TYPES[extname(file)];
      if (!type) break;
      try {
        const key = `${file}:${statSync(file).mtimeMs}`;
        if (!cache.has(key)) {
          const body = readFileSync(file);
          cache.set(key, COMPRESSED.has(extname(file)) ? gzipSync(body, { level: 9 }) : body);
        }
        const payload = cache.get(key);
        const compressed = COMPRESSED.has(extname(file));
        res.writeHead(200, {
          'Content-Type': type,
          'Content-Length': payload.length,
          'Cache-Control': 'no-store',
          ...(compressed ? { 'Content-Encoding': 'gzip' } : {}),
        });
        return res.end(payload);
      } catch {
        break;
      }
    }
    unknown.push(path);
    send(res, 404, 'text/plain', Buffer.from(`not served by the benchmark: ${path}\n`), false);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    unknown,
    setRoot: (prefix, dir) => {
      roots[prefix] = dir;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * The shop page server every bench script uses: `/shop/<contender>.html` (shop.html with the
 * contender's head and body), `/blank.html`, `dist/`, the bench's static files and the two
 * peers' packages; `extraRoots` adds others (the lit-floor build, a baseline build).
 */
export function startShopServer(repo, extraRoots = {}) {
  const here = dirname(fileURLToPath(import.meta.url));
  const template = readFileSync(join(here, 'shop.html'), 'utf8');
  const pages = {};
  for (const [name, contender] of Object.entries(CONTENDERS)) {
    pages[`/shop/${name}.html`] = () =>
      template.replace('<!--contender:head-->', contender.head).replace('<!--contender:body-->', contender.body);
  }
  pages['/blank.html'] = () => '<!doctype html><title>blank</title>';
  return startStaticServer({
    roots: {
      '/dist/': join(repo, 'dist'),
      '/bench/': join(here, 'static'),
      ...extraRoots,
      '/node_modules/intl-tel-input/': join(repo, 'node_modules/intl-tel-input'),
      '/node_modules/vanilla-cookieconsent/': join(repo, 'node_modules/vanilla-cookieconsent'),
    },
    pages,
  });
}
