// Dev-server plugins and middleware for the browser tests. They run in Node, inside
// web-test-runner's server: real HTTP, nothing mocked inside the page.
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readBody } from './business-api.mjs';

/** Serves `import x from './file.svg?raw'` like Vite does: the file's text as a module. */
export function rawImports() {
  return {
    name: 'wa-optin:raw-imports',
    async serve(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      const text = await readFile(new URL(`../..${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('validate-consent-record', record)`: checks a record the widget
 * really sent against the JSON Schema the receiver uses (ajv, in Node).
 */
export async function consentSchemaCommand() {
  const schema = JSON.parse(await readFile(new URL('../../src/core/consent-record.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020.default({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return {
    name: 'wa-optin:consent-schema',
    executeCommand({ command, payload }) {
      if (command !== 'validate-consent-record') return undefined;
      const valid = validate(payload);
      return { valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`) };
    },
  };
}

/**
 * A page behind a network that drops some of its script files, for a test of its own:
 *   PUT /__offline/<name>           body: a regular expression source, or "" for none;
 *                                   files whose path matches it answer 503 from now on
 *   PUT /__offline/<name>?delayMs=N the same, but those files arrive N ms late instead (a slow connection)
 *   GET /__offline/<name>/<path>    the file at /<path>, unless it matches (then 503)
 * A script loaded from /__offline/<name>/dist/wa-optin.js fetches its chunks from under the
 * same prefix, so only that test's page loses them, not another engine's running alongside.
 */
export function offlineFiles() {
  const dropped = new Map();
  return async (ctx, next) => {
    const match = /^\/__offline\/([\w-]+)(\/.*)?$/.exec(ctx.path);
    if (!match) return next();
    if (ctx.method === 'PUT' && !match[2]) {
      const source = await readBody(ctx.req);
      dropped.set(match[1], source ? { pattern: new RegExp(source), delayMs: Number(ctx.query.delayMs ?? 0) } : undefined);
      ctx.status = 204;
      return;
    }
    const rest = match[2] ?? '/';
    const rule = dropped.get(match[1]);
    if (rule?.pattern.test(rest)) {
      if (!rule.delayMs) {
        ctx.status = 503;
        ctx.body = 'offline';
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    }
    ctx.url = rest + (ctx.querystring ? `?${ctx.querystring}` : '');
    return next();
  };
}

/**
 * A scripted consent receiver for delivery tests, one per "bucket" so tests do not see
 * each other's requests:
 *   PUT  /__receiver/<bucket>/script   body: [503, 503, 201]  answers, in order; after the list: 201
 *                                      0 = a garbled, non-HTTP reply (a network error for fetch);
 *                                      'redirect' = 302 to /__receiver/<bucket>/login, a page that answers 200 HTML
 *                                        (what a receiver behind a login wall does);
 *                                      'wrong-json' = 200 with JSON naming another record's id;
 *                                      'html' = 200 with an HTML page;
 *                                      { status, delayMs } = that answer after a pause (several tabs at once)
 *   POST /__receiver/<bucket>          the endpoint the widget posts to
 *   GET  /__receiver/<bucket>/requests what arrived: method, headers, parsed body, status
 */
export function scriptedReceiver() {
  const buckets = new Map();
  const bucket = (name) => {
    if (!buckets.has(name)) buckets.set(name, { script: [], requests: [] });
    return buckets.get(name);
  };
  return async (ctx, next) => {
    const match = /^\/__receiver\/([\w-]+)(\/script|\/requests|\/login)?$/.exec(ctx.path);
    if (!match) return next();
    const b = bucket(match[1]);
    if (match[2] === '/script' && ctx.method === 'PUT') {
      b.script = JSON.parse(await readBody(ctx.req));
      b.requests = [];
      ctx.status = 204;
      return;
    }
    if (match[2] === '/login') {
      b.logins = (b.logins ?? 0) + 1;
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Sign in</title><form><input name=user></form>';
      return;
    }
    if (match[2] === '/requests') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(b.requests);
      return;
    }
    if (ctx.method !== 'POST') return next();
    const text = await readBody(ctx.req);
    const step = b.script.length ? b.script.shift() : 201;
    const { status: scripted, delayMs = 0 } = typeof step === 'object' && step ? step : { status: step };
    const status = scripted === 'redirect' ? 302 : typeof scripted === 'string' ? 200 : scripted;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    b.requests.push({ headers: ctx.headers, body, status });
    if (status === 0) {
      // A broken answer, not a reset: Chrome silently resends a POST whose reused socket was
      // reset (consuming the next scripted status), and reads bare text as an HTTP/0.9 200.
      // Two Content-Length headers are a hard network error for it, and never resent.
      ctx.status = 502; // what the test server's request log shows
      ctx.respond = false;
      ctx.req.socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
      return;
    }
    if (scripted === 'redirect') {
      ctx.redirect(`/__receiver/${match[1]}/login`);
      return;
    }
    if (scripted === 'html') {
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Welcome</title><p>Thanks for visiting.</p>';
      return;
    }
    if (scripted === 'wrong-json') {
      ctx.type = 'json';
      ctx.body = JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', kind: 'opt-in', stored: true });
      return;
    }
    ctx.status = status;
    ctx.type = 'json';
    ctx.body = JSON.stringify(status < 300 ? { id: body?.id, kind: 'opt-in', stored: status === 201 } : { error: `scripted ${status}: phone is not a valid number` });
  };
}
