import { ReceiverError } from './errors.js';

/**
 * Reads a JSON body the way the receiver accepts one: declared `application/json` (415),
 * at most `maxBytes` counted as it streams (413), UTF-8 (400) and valid JSON (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ReceiverError(415, 'unsupported-media-type', 'Send the body as JSON, with the header Content-Type: application/json.');
  }
  if (/;\s*charset\s*=/i.test(type) && !/;\s*charset\s*=\s*"?utf-8"?\s*(;|$)/i.test(type)) {
    throw new ReceiverError(415, 'unsupported-media-type', 'Send the JSON body in UTF-8 (Content-Type: application/json; charset=utf-8).');
  }
  const bytes = await readLimited(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReceiverError(400, 'malformed-json', 'The body is not valid UTF-8 text, so it is not valid JSON.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ReceiverError(400, 'malformed-json', 'The body is not valid JSON.');
  }
}

/**
 * The body's exact bytes, at most `maxBytes` counted as it streams (413), for a caller whose
 * signature covers the raw body (Meta's webhook): nothing is decoded or parsed here.
 */
export function readRawBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  return readLimited(request, maxBytes, 'the receiver takes');
}

async function readLimited(request: Request, maxBytes: number, what = 'a consent record is far smaller'): Promise<Uint8Array> {
  const tooLarge = () => new ReceiverError(413, 'body-too-large', `The body is larger than ${maxBytes} bytes; ${what === 'the receiver takes' ? `that is more than ${what}` : what}.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  // Content-Length may be absent (chunked) or wrong: count what actually arrives.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
