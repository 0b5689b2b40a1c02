// A Cloudflare Worker as an integrator would write it around `wa-optin/server/handler`
// (bundled by ../workerd.test.ts with esbuild and run in the real workerd runtime).
//
// The database adapter below is the integrator's own code, outside the handler: a real
// deployment would wrap Hyperdrive or a PostgreSQL driver. Here every statement travels
// over a service binding (`env.DB`) to the test process, which runs it on a real embedded
// PostgreSQL (PGlite). The receiver, its validation and the SQL store are the shipped ones.
//
// The handler is imported on the first request, not at start-up, on purpose: workerd lets a
// script generate code from strings while it starts (global scope) and refuses it while it
// handles a request. A Worker or framework that loads the receiver lazily met the refusal
// (EvalError) when Ajv compiled at import; that is the case this Worker keeps honest.
import type { ConsentReceiver, SqlDatabase, SqlSession } from '../../../../src/server/handler.js';

interface Env {
  DB: { fetch(request: Request): Promise<Response> };
}

function databaseOverBinding(binding: Env['DB']): SqlDatabase {
  const call = async (body: unknown) => {
    const response = await binding.fetch(
      new Request('http://db/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    );
    const answer = (await response.json()) as { rows?: unknown[]; error?: string };
    if (!response.ok) throw new Error(answer.error ?? `database answered ${response.status}`);
    return answer.rows ?? [];
  };
  const session: SqlSession = {
    query: async <Row>(text: string, params?: unknown[]) => (await call({ text, params })) as Row[],
    execScript: async (text) => void (await call({ script: text })),
  };
  return {
    ...session,
    // One connection on the other side, one request at a time in this test: BEGIN … COMMIT holds.
    async transaction(work) {
      await call({ text: 'BEGIN' });
      try {
        const result = await work(session);
        await call({ text: 'COMMIT' });
        return result;
      } catch (error) {
        await call({ text: 'ROLLBACK' });
        throw error;
      }
    },
    close: async () => {},
  };
}

let receiver: Promise<ConsentReceiver> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    receiver ??= import('../../../../src/server/handler.js').then(async ({ createConsentReceiver, SqlConsentStore }) =>
      createConsentReceiver({ store: await SqlConsentStore.open(databaseOverBinding(env.DB)) }),
    );
    return (await receiver).handle(request);
  },
};
