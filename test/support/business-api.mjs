// A scripted stand-in of the receiver's business-side API (/work CONTRACT-13: preference
// page and admin routes) for the browser tests of <wa-optin-preferences> and
// <wa-optin-admin>. It runs in Node inside web-test-runner's server: the elements make real
// HTTP requests, nothing is mocked inside the page. It stands in for the real receiver only
// until the lead wires those routes; it follows the contract's shapes, not the receiver's code.
//
// One scenario per "bucket", so tests never see each other's requests:
//   PUT /__business/<bucket>/scenario   body: {
//         linkToken, expiredToken,           the preference link tokens it accepts / calls expired
//         state: { business, phone, locale, topics: [{ id, allowed }] },
//         adminToken, proofs: { "<phone or user id>": <proof JSON> }, events: [...], stats: {...},
//         statuses: { "<METHOD> <path>": [503, 0, …] }   answers to script first (0 = a broken
//                                                         answer: a network error for fetch)
//         delayMs: { "<METHOD> <path>": 400 } }           hold answers, to see loading/saving
//   GET /__business/<bucket>/requests   what arrived: method, path, query, headers, parsed body, status
//   …/preferences/state, …/preferences, …/proof, …/events, …/stats, …/export, …/suppression, …/opt-out
const buckets = new Map();

/** A request's body as text (the test server's middleware reads it raw). */
export const readBody = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
  });

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = JSON.stringify(body);
};

const linkHelp = 'Reply STOP in your WhatsApp chat with the business, or ask the business for a new link.';

export function businessApi() {
  return async (ctx, next) => {
    const match = /^\/__business\/([\w-]+)(\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const [, name, path] = match;
    if (path === '/scenario' && ctx.method === 'PUT') {
      buckets.set(name, { scenario: JSON.parse(await readBody(ctx.req)), requests: [] });
      ctx.status = 204;
      return;
    }
    const bucket = buckets.get(name);
    if (!bucket) return json(ctx, 404, { error: 'no-scenario', message: `PUT /__business/${name}/scenario first` });
    if (path === '/requests') return json(ctx, 200, bucket.requests);

    const { scenario } = bucket;
    const key = `${ctx.method} ${path}`;
    const text = ctx.method === 'POST' ? await readBody(ctx.req) : '';
    let body = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // kept as text: the test sees what was sent
    }
    const request = { method: ctx.method, path, query: { ...ctx.query }, headers: ctx.headers, body, status: 0 };
    bucket.requests.push(request);
    const delay = scenario.delayMs?.[key];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const scripted = scenario.statuses?.[key]?.shift();
    if (scripted !== undefined) {
      request.status = scripted;
      if (scripted === 0) {
        // Two Content-Length headers: a hard network error for Chrome, never resent (see wtr-plugins.mjs).
        ctx.status = 502;
        ctx.respond = false;
        ctx.req.socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
        return;
      }
      return json(ctx, scripted, { error: 'scripted', message: `scripted ${scripted}` });
    }
    const answer = (status, payload) => {
      request.status = status;
      json(ctx, status, payload);
    };

    if (path === '/preferences/state' || path === '/preferences') {
      const t = ctx.query.t;
      if (t && t === scenario.expiredToken) return answer(410, { error: 'link-expired', message: `This link has expired. ${linkHelp}` });
      if (!t || t !== scenario.linkToken) return answer(401, { error: 'link-invalid', message: `This link is not valid. ${linkHelp}` });
      if (ctx.method === 'GET' && path === '/preferences/state') return answer(200, scenario.state);
      if (ctx.method === 'POST' && path === '/preferences') {
        if (!body || typeof body !== 'object' || typeof body.wording !== 'string' || !body.wording || typeof body.topics !== 'object') {
          return answer(400, { error: 'invalid-preferences', message: 'topics, wording and locale are required' });
        }
        for (const topic of scenario.state.topics) {
          if (typeof body.topics[topic.id] === 'boolean') topic.allowed = body.topics[topic.id];
        }
        return answer(200, scenario.state);
      }
      return answer(405, { error: 'method-not-allowed', message: key });
    }

    // Admin routes: Authorization: Bearer <adminToken>.
    const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
    if (bearer !== scenario.adminToken) {
      ctx.set('WWW-Authenticate', 'Bearer');
      return answer(401, { error: 'unauthorized', message: 'This route needs the admin token: Authorization: Bearer <token>.' });
    }
    if (key === 'GET /proof') {
      const who = ctx.query.phone ?? ctx.query.user_id;
      const proof = scenario.proofs?.[who];
      if (!proof) return answer(404, { error: 'not-found', message: `Nothing is stored for ${who}.` });
      if (ctx.query.format === 'html') {
        request.status = 200;
        ctx.status = 200;
        ctx.type = 'html';
        ctx.body = `<!doctype html><title>Proof</title><h1>Proof for ${String(who).replace(/[<&]/g, '')}</h1>`;
        return;
      }
      return answer(200, proof);
    }
    if (key === 'GET /events') {
      const events = scenario.events ?? [];
      const limit = Number(ctx.query.limit ?? 50);
      const before = ctx.query.before ? Number(ctx.query.before) : Infinity;
      const page = events.filter((e) => e.seq < before).slice(0, limit);
      const next = page.length === limit && events.some((e) => e.seq < page[page.length - 1].seq) ? page[page.length - 1].seq : null;
      return answer(200, { events: page, next });
    }
    if (key === 'GET /stats') return answer(200, scenario.stats ?? { days: [] });
    if (key === 'GET /export' || key === 'GET /suppression') {
      request.status = 200;
      ctx.status = 200;
      const format = ctx.query.format ?? 'csv';
      ctx.type = format === 'jsonl' ? 'application/x-ndjson' : format === 'json' ? 'json' : 'text/csv';
      ctx.body = path === '/suppression' ? 'phone,user_id\n+15550100\n' : format === 'jsonl' ? '{"eventId":"e1"}\n' : 'event_id,kind\ne1,opt-in\n';
      return;
    }
    if (key === 'POST /opt-out') {
      if (!body?.phone || body.source !== 'admin') return answer(422, { error: 'invalid-opt-out', message: 'phone and source are required' });
      // The next /proof for that number shows the stop, like the receiver's would.
      const proof = scenario.proofs?.[body.phone];
      if (proof) {
        for (const topic of Object.values(proof.state.topics)) Object.assign(topic, { allowed: false, kind: 'opt-out', source: 'admin' });
      }
      return answer(201, { id: body.id ?? 'stored' });
    }
    return answer(404, { error: 'not-found', message: `${key} is not a route of the stand-in` });
  };
}
