/** The error body every failure has: a short stable code and a sentence a person can act on. */
export class ReceiverError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extraHeaders: Record<string, string> = {},
    readonly details?: string[],
  ) {
    super(message);
  }
}

export function json(status: number, body: unknown, headers: Headers): Response {
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * Any failure as the answer a client can act on. A `ReceiverError` says what to fix; anything
 * else is a bug or an outage, logged here and answered 500 without details.
 */
export function errorResponse(error: unknown, headers: Headers): Response {
  if (!(error instanceof ReceiverError)) {
    console.error('wa-optin: receiver failed', error);
    return json(500, { error: 'internal', message: 'The receiver failed unexpectedly; please try again.' }, headers);
  }
  for (const [name, value] of Object.entries(error.extraHeaders)) headers.set(name, value);
  return json(error.status, { error: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }, headers);
}
