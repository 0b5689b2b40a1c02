// Each step of the receiver's handler on its own: Web Request objects in, Responses or
// ReceiverErrors out, no server and no database (the receiver's own tests cover the whole).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANONYMOUS, authenticate, createIdentifier, viaOf, type Caller } from '../../../src/server/http/auth.js';
import { readJsonBody } from '../../../src/server/http/body.js';
import { originPolicy } from '../../../src/server/http/cors.js';
import { errorResponse, ReceiverError } from '../../../src/server/http/errors.js';
import { chain, type Call } from '../../../src/server/http/pipeline.js';
import { IpRateLimiter, rateLimit } from '../../../src/server/http/rate-limit.js';
import { checkAccess, dispatch, routeTable, type Route } from '../../../src/server/http/routes.js';

function call(path: string, init: RequestInit = {}, clientIp?: string): Call {
  const request = new Request(`https://consent.example${path}`, init);
  return { request, url: new URL(request.url), clientIp, caller: ANONYMOUS, responseHeaders: new Headers() };
}
const ok = async () => new Response('passed on');

async function rejection(promise: Promise<unknown>): Promise<ReceiverError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ReceiverError, String(error));
    return error;
  }
  assert.fail('expected a ReceiverError');
}

describe('chain', () => {
  test('runs the steps in order; a step that answers stops the rest', async () => {
    const seen: string[] = [];
    const run = chain(
      [
        async (_c, next) => (seen.push('a'), next()),
        async (c, next) => (seen.push('b'), c.url.pathname === '/stop' ? new Response('b answered') : next()),
      ],
      async () => (seen.push('last'), new Response('last')),
    );
    assert.equal(await (await run(call('/go'))).text(), 'last');
    assert.equal(await (await run(call('/stop'))).text(), 'b answered');
    assert.deepEqual(seen, ['a', 'b', 'last', 'a', 'b']);
  });
});

describe('originPolicy', () => {
  const policy = originPolicy(['https://shop.example'], () => ['POST']);

  test('no Origin (a server, curl): passes without CORS headers', async () => {
    const c = call('/consent', { method: 'POST' });
    assert.equal(await (await policy(c, ok)).text(), 'passed on');
    assert.equal(c.responseHeaders.get('access-control-allow-origin'), null);
  });

  test('an allowed origin and the receiver\'s own pass, with Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://shop.example', 'https://consent.example']) {
      const c = call('/consent', { method: 'POST', headers: { origin } });
      await policy(c, ok);
      assert.equal(c.responseHeaders.get('access-control-allow-origin'), origin);
    }
  });

  test('another origin is a 403 naming it, before anything else runs', async (t) => {
    t.mock.method(console, 'warn', () => {});
    let reached = false;
    const error = await rejection(policy(call('/consent', { method: 'POST', headers: { origin: 'https://evil.example' } }), async () => ((reached = true), new Response())));
    assert.equal(error.status, 403);
    assert.match(error.message, /https:\/\/evil\.example/);
    assert.equal(reached, false);
  });

  test('a preflight is answered here with the path\'s methods', async () => {
    const response = await policy(call('/consent', { method: 'OPTIONS', headers: { origin: 'https://shop.example' } }), ok);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.match(response.headers.get('access-control-allow-headers')!, /Authorization/);
  });
});

describe('auth: createIdentifier and authenticate', () => {
  const identify = createIdentifier({ adminToken: 'admin-token-0123456789', apiKeys: { ivr: 'ivr-key-0123456789', atm: 'atm-key-0123456789' } });
  const withToken = (token?: string) => call('/consent', token === undefined ? {} : { headers: { authorization: token } }).request;

  test('no header: anonymous; the admin token: admin; a key: that key\'s name', async () => {
    assert.deepEqual(await identify(withToken()), { ok: true, caller: ANONYMOUS });
    assert.deepEqual(await identify(withToken('Bearer admin-token-0123456789')), { ok: true, caller: { kind: 'admin' } });
    assert.deepEqual(await identify(withToken('bearer atm-key-0123456789 ')), { ok: true, caller: { kind: 'api-key', name: 'atm' } });
  });

  test('a wrong, empty or non-Bearer credential is a refusal, never an anonymous caller', async () => {
    for (const header of ['Bearer admin-token-012345678', 'Bearer ', 'Basic aXZyOmtleQ==', 'ivr-key-0123456789']) {
      const identity = await identify(withToken(header));
      assert.equal(identity.ok, false, header);
      if (!identity.ok) assert.equal(identity.refusal.status, 401);
    }
  });

  test('the auth step throws the refusal, or names the caller for what follows', async () => {
    const step = authenticate((c) => identify(c.request));
    const keyed = call('/consent', { headers: { authorization: 'Bearer ivr-key-0123456789' } });
    await step(keyed, ok);
    assert.deepEqual(keyed.caller, { kind: 'api-key', name: 'ivr' });
    assert.equal(viaOf(keyed.caller), 'api-key:ivr');
    const wrong = await rejection(step(call('/consent', { headers: { authorization: 'Bearer nope' } }), ok));
    assert.equal(wrong.code, 'unauthorized');
  });
});

describe('rateLimit step', () => {
  test('charges everyone but a proven key; the refusal carries Retry-After', async () => {
    const limiter = new IpRateLimiter({ requests: 1, perSeconds: 60 });
    let proven = false;
    const step = rateLimit(limiter, async () => proven);
    await step(call('/consent', {}, '192.0.2.1'), ok);
    const error = await rejection(step(call('/consent', {}, '192.0.2.1'), ok));
    assert.equal(error.status, 429);
    assert.equal(error.extraHeaders['Retry-After'], '60');
    proven = true;
    assert.equal(await (await step(call('/consent', {}, '192.0.2.1'), ok)).text(), 'passed on');
  });

  test('off (null limiter): everything passes', async () => {
    const step = rateLimit(null, async () => false);
    for (let i = 0; i < 5; i++) await step(call('/consent', {}, '192.0.2.1'), ok);
  });
});

describe('readJsonBody', () => {
  const post = (body: BodyInit, type = 'application/json') => new Request('https://consent.example/consent', { method: 'POST', headers: { 'content-type': type }, body });

  test('parses JSON declared as JSON, in UTF-8', async () => {
    assert.deepEqual(await readJsonBody(post('{"a":"ç"}', 'application/json; charset=UTF-8'), 100), { a: 'ç' });
  });

  test('415 for another media type or charset, 413 past the limit, 400 for bytes that are not UTF-8 or not JSON', async () => {
    assert.equal((await rejection(readJsonBody(post('{}', 'text/plain'), 100))).status, 415);
    assert.equal((await rejection(readJsonBody(post('{}', 'application/json; charset=latin1'), 100))).status, 415);
    assert.equal((await rejection(readJsonBody(post(`"${'x'.repeat(200)}"`), 100))).status, 413);
    const latin1 = await rejection(readJsonBody(post(new Uint8Array([0x22, 0xe7, 0x22])), 100));
    assert.equal(latin1.status, 400);
    assert.match(latin1.message, /not valid UTF-8/);
    assert.equal((await rejection(readJsonBody(post('{"a":'), 100))).status, 400);
  });
});

describe('route table and access', () => {
  const route = (method: Route['method'], path: string, access: Route['access']): Route => ({
    method,
    path,
    access,
    handle: async () => new Response(`${method} ${path}`),
  });
  const table = routeTable([route('POST', '/consent', 'anyone'), route('GET', '/preferences', 'anyone'), route('POST', '/preferences', 'api-key'), route('GET', '/export', 'admin')], '/api');

  test('a path maps to its methods; the base path is part of the match', () => {
    assert.deepEqual([...table.at('/api/preferences')!.keys()], ['GET', 'POST']);
    assert.equal(table.at('/preferences'), undefined);
    assert.equal(table.at('/api/nothing'), undefined);
  });

  test('a second route for the same method and path is a mistake caught at start-up', () => {
    assert.throws(() => routeTable([route('GET', '/x', 'anyone'), route('GET', '/x', 'admin')], ''), /two routes for GET \/x/);
  });

  test('dispatch: 404, 405 with Allow, and each route\'s own access', async () => {
    const run = dispatch(table, true);
    assert.equal((await rejection(run(call('/api/nothing')))).status, 404);
    const wrongMethod = await rejection(run(call('/api/consent')));
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.extraHeaders.Allow, 'POST, OPTIONS');
    assert.equal(await (await run(call('/api/preferences'))).text(), 'GET /preferences');
    assert.equal((await rejection(run(call('/api/preferences', { method: 'POST' })))).code, 'unauthorized');
    const keyed = { ...call('/api/preferences', { method: 'POST' }), caller: { kind: 'api-key', name: 'app' } as Caller };
    assert.equal(await (await run(keyed)).text(), 'POST /preferences');
  });

  test('checkAccess: admin routes are 403 when no admin token is configured, 401 otherwise', () => {
    assert.throws(() => checkAccess('admin', ANONYMOUS, false), (e: ReceiverError) => e.status === 403 && e.code === 'admin-disabled');
    assert.throws(() => checkAccess('admin', { kind: 'api-key', name: 'ivr' }, true), (e: ReceiverError) => e.status === 401 && e.extraHeaders['WWW-Authenticate'] === 'Bearer');
    assert.doesNotThrow(() => checkAccess('api-key', { kind: 'admin' }, true));
    assert.doesNotThrow(() => checkAccess('anyone', ANONYMOUS, false));
  });
});

describe('errorResponse', () => {
  test('a ReceiverError becomes its JSON with its headers; anything else a bare 500 that leaks nothing', async (t) => {
    const refused = errorResponse(new ReceiverError(429, 'rate-limited', 'Too many.', { 'Retry-After': '3' }, ['x']), new Headers());
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '3');
    assert.deepEqual(await refused.json(), { error: 'rate-limited', message: 'Too many.', details: ['x'] });
    t.mock.method(console, 'error', () => {});
    const crashed = errorResponse(new TypeError('secret internals'), new Headers());
    assert.equal(crashed.status, 500);
    assert.doesNotMatch(await crashed.text(), /secret/);
  });
});
