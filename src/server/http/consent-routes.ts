import { exportHeader, exportLine, isExportFormat, EXPORT_FORMATS, type ExportFormat } from '../export-format.js';
import { readSubscriber } from '../proof/ledger.js';
import { sha256Hex, type ConsentEvent, type ConsentStore, type Receipt } from '../store/store.js';
import { checkConsentRecord, checkOptOut, normaliseOptOutPhone, serverPhoneRulesReady, type RecordRules } from '../validate.js';
import { viaOf } from './auth.js';
import { readJsonBody } from './body.js';
import { json, ReceiverError } from './errors.js';
import type { Call } from './pipeline.js';
import { whoFrom } from './proof-routes.js';
import type { Route } from './routes.js';

export interface ConsentRouteSettings {
  store: ConsentStore;
  rules: RecordRules;
  maxBodyBytes: number;
  clientIp: 'off' | 'plain' | { hashSalt: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `2026-01-31` or a full ISO 8601 time; a bare date as `to` means the end of that day. */
export function parseTimeBound(value: string | null, name: 'from' | 'to'): Date | undefined {
  if (!value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time.getTime())) {
    throw new ReceiverError(400, 'invalid-query', `${name} must be an ISO 8601 date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.`);
  }
  if (dateOnly && name === 'to') time.setUTCDate(time.getUTCDate() + 1);
  return time;
}

/** In a query string an unencoded `+` arrives as a space: `?phone=+5511…` still means +55. */
function phoneFromQuery(value: string | null): string {
  const raw = value ?? '';
  const phone = normaliseOptOutPhone(/^ \d/.test(raw) ? `+${raw.slice(1)}` : raw);
  if (!phone) throw new ReceiverError(400, 'invalid-query', 'phone must be a number in +<country code><number> form, e.g. phone=%2B5511912345678.');
  return phone;
}

/** The export as a stream pulled as the client reads: a slow download holds one batch, not the whole table. */
function exportStream(store: ConsentStore, format: ExportFormat, range: { from?: Date; to?: Date }): ReadableStream<Uint8Array> {
  const events = store.events(range)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(exportHeader(format)));
    },
    // Lines go out in chunks of about 64 KiB rather than one write per event.
    async pull(controller) {
      let chunk = '';
      while (chunk.length < 65_536) {
        const next = await events.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += exportLine(next.value, format);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await events.return?.();
    },
  });
}

/** The receiver's own routes: collecting (/consent, /opt-out) and the admin's (/status, /export). */
export function consentRoutes(settings: ConsentRouteSettings): Route[] {
  const { store, rules, maxBodyBytes } = settings;
  const ready = serverPhoneRulesReady();

  /** What the receiver saw itself, stored apart from what the page asserted (R11). */
  async function receipt(call: Call): Promise<Receipt> {
    const mode = settings.clientIp;
    const ip = call.clientIp ?? null;
    return {
      receivedAt: new Date(),
      via: viaOf(call.caller),
      origin: call.request.headers.get('origin'),
      userAgent: call.request.headers.get('user-agent'),
      clientIp: !ip || mode === 'off' ? null : mode === 'plain' ? ip : `sha256:${await sha256Hex(`${mode.hashSalt}${ip}`)}`,
    };
  }

  async function save(event: ConsentEvent, call: Call, id: string): Promise<Response> {
    let outcome;
    try {
      outcome = await store.save(event, await receipt(call));
    } catch (error) {
      console.error('wa-optin: could not store a consent event', error);
      throw new ReceiverError(503, 'store-unavailable', 'The consent could not be stored just now; please try again.');
    }
    if (outcome === 'conflict') {
      throw new ReceiverError(409, 'id-conflict', `A different ${event.kind} with the id ${id} is already stored; a new one needs a new id.`);
    }
    return json(outcome === 'created' ? 201 : 200, { id, kind: event.kind, stored: outcome === 'created' }, call.responseHeaders);
  }

  return [
    {
      method: 'POST',
      path: '/consent',
      access: 'anyone',
      async handle(call) {
        const body = await readJsonBody(call.request, maxBodyBytes);
        await ready;
        const keyed = call.caller.kind !== 'anonymous';
        const checked = checkConsentRecord(body, rules, { keyed, now: new Date() });
        if (!checked.ok) {
          if ('needsKey' in checked) {
            throw new ReceiverError(401, 'api-key-required', `The consent record was refused: ${checked.problems.join('; ')}.`, {
              'WWW-Authenticate': 'Bearer',
            }, checked.problems);
          }
          throw new ReceiverError(422, 'invalid-record', `The consent record was refused: ${checked.problems.join('; ')}.`, {}, checked.problems);
        }
        const record = checked.value;
        const key = call.request.headers.get('idempotency-key');
        if (key && key !== record.id) {
          throw new ReceiverError(400, 'idempotency-key-mismatch', 'The Idempotency-Key header must equal the record id.');
        }
        return save({ kind: 'opt-in', record }, call, record.id);
      },
    },
    {
      method: 'POST',
      path: '/opt-out',
      access: 'anyone',
      async handle(call) {
        const body = await readJsonBody(call.request, maxBodyBytes);
        await ready;
        const key = call.request.headers.get('idempotency-key');
        const checked = checkOptOut(body, key && UUID.test(key) ? key : crypto.randomUUID(), new Date());
        if (!checked.ok) {
          throw new ReceiverError(422, 'invalid-opt-out', `The opt-out was refused: ${checked.problems.join('; ')}.`, {}, checked.problems);
        }
        return save({ kind: 'opt-out', optOut: checked.value }, call, checked.value.id);
      },
    },
    {
      method: 'GET',
      path: '/status',
      access: 'admin',
      async handle(call) {
        await ready;
        const params = call.url.searchParams;
        // The same reading as /proof and canSend: one answer everywhere (issue 13 §3).
        const who = params.get('user_id') ? whoFrom({ user_id: params.get('user_id') }) : whoFrom({ phone: phoneFromQuery(params.get('phone')) });
        const topic = params.get('topic');
        const { status, suppressed } = await readSubscriber(store, who.key);
        return json(
          200,
          { phone: who.phone, ...(who.userId ? { userId: who.userId } : {}), ...(topic ? { topic, allowed: status.topics[topic]?.allowed ?? false } : {}), ...status, suppressed },
          call.responseHeaders,
        );
      },
    },
    {
      method: 'GET',
      path: '/export',
      access: 'admin',
      async handle(call) {
        const params = call.url.searchParams;
        const format = params.get('format') ?? 'csv';
        if (!isExportFormat(format)) {
          throw new ReceiverError(400, 'invalid-query', `format must be ${EXPORT_FORMATS.join(', ').replace(/, ([^,]+)$/, ' or $1')}.`);
        }
        const range = { from: parseTimeBound(params.get('from'), 'from'), to: parseTimeBound(params.get('to'), 'to') };
        const headers = call.responseHeaders;
        headers.set('Content-Type', format === 'jsonl' ? 'application/x-ndjson; charset=utf-8' : 'text/csv; charset=utf-8');
        headers.set('Content-Disposition', `attachment; filename="wa-optin-consents${format === 'csv-excel' ? '-excel' : ''}.${format === 'jsonl' ? 'jsonl' : 'csv'}"`);
        return new Response(exportStream(store, format, range), { status: 200, headers });
      },
    },
  ];
}
