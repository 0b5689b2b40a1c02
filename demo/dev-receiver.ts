import { appendFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The demo's local consent endpoint: `POST /api/consent` appends each record, as received,
 * to `.wa-optin-data/consents.jsonl` (git-ignored); `GET /api/consents` lists them. It is
 * deliberately thin — the full receiver (validation, idempotency, opt-outs, export,
 * PostgreSQL) is `wa-optin/server`.
 */
export function devReceiver({ dataDir }: { dataDir: string }): Plugin {
  const file = join(dataDir, 'consents.jsonl');
  const stored = () =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>)
      : [];
  return {
    name: 'wa-optin:dev-receiver',
    configureServer(server) {
      mkdirSync(dataDir, { recursive: true });
      server.middlewares.use('/api/consent', (req, res, next) => {
        if (req.method !== 'POST') return next();
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          res.setHeader('Content-Type', 'application/json');
          let record: Record<string, unknown>;
          try {
            record = JSON.parse(body) as Record<string, unknown>;
          } catch {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: 'The body is not JSON.' }));
            return;
          }
          if (typeof record.id !== 'string' || typeof record.phone !== 'string') {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: 'A consent record needs an id and a phone.' }));
            return;
          }
          const duplicate = stored().some((r) => r.id === record.id);
          if (!duplicate) appendFileSync(file, JSON.stringify({ ...record, receivedAt: new Date().toISOString() }) + '\n');
          res.statusCode = duplicate ? 200 : 201;
          res.end(JSON.stringify({ id: record.id, stored: !duplicate }));
        });
      });
      server.middlewares.use('/api/consents', (req, res, next) => {
        if (req.method !== 'GET') return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(stored()));
      });
    },
  };
}
