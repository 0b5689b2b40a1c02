import type { Caller } from './auth.js';

/** One request on its way through the receiver's steps. */
export interface Call {
  request: Request;
  url: URL;
  /** The caller's IP as the host server saw it; absent when the host did not say. */
  clientIp: string | undefined;
  /** Who is calling, once the auth step has run (`anonymous` until then). */
  caller: Caller;
  /** Headers of the answer; steps add theirs (CORS, Retry-After) as they pass. */
  responseHeaders: Headers;
}

/**
 * A step of the handler, Hono-style: do one thing, then hand on with `next()` or answer (or
 * throw a `ReceiverError`) itself. Each step is a plain function, tested on its own.
 */
export type Step = (call: Call, next: () => Promise<Response>) => Promise<Response>;

/** The steps in order, ending in `last`. */
export function chain(steps: readonly Step[], last: (call: Call) => Promise<Response>): (call: Call) => Promise<Response> {
  return (call) => {
    const run = (index: number): Promise<Response> =>
      index === steps.length ? last(call) : steps[index](call, () => run(index + 1));
    return run(0);
  };
}
