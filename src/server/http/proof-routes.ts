import { BSUID, eraseSubscriber, lookupKey, suppressionList, type SuppressionEntry } from '../proof/ledger.js';
import { proofHtml, proofOf, proofPageCsp } from '../proof/proof.js';
import type { ConsentStore } from '../store/store.js';
import { normaliseOptOutPhone, serverPhoneRulesReady } from '../validate.js';
import { readJsonBody } from './body.js';
import { json, ReceiverError } from './errors.js';
import type { Route } from './routes.js';

export interface ProofRouteSettings {
  store: ConsentStore;
  maxBodyBytes: number;
  /** What the suppression list counts as marketing (the webhook's `marketingTopics`). */
  marketingTopics?: readonly string[];
}

/** Who a query or body names: `phone` (any form, `+` may arrive as a space) or `user_id` (a BSUID). */
export function whoFrom(values: { phone?: unknown; user_id?: unknown }): { key: string; phone: string | null; userId: string | null } {
  if (typeof values.user_id === 'string' && values.user_id) {
    if (!BSUID.test(values.user_id)) throw new ReceiverError(400, 'invalid-query', 'user_id must be a WhatsApp business-scoped user ID, e.g. BR.1502576394655843.');
    return { key: values.user_id, phone: null, userId: values.user_id };
  }
  const raw = typeof values.phone === 'string' ? values.phone : '';
  const phone = normaliseOptOutPhone(/^ \d/.test(raw) ? `+${raw.slice(1)}` : raw);
  if (!phone) {
    throw new ReceiverError(400, 'invalid-query', 'Give phone as a number in +<country code><number> form (e.g. phone=%2B5511912345678) or user_id as a WhatsApp user ID.');
  }
  return { key: lookupKey(phone), phone, userId: null };
}

const FORMULA_START = /^[=+\-@\t\r\n]/;
const E164 = /^\+[1-9]\d{6,14}$/;
/** A CSV cell a spreadsheet shows and never runs (same rules as the export). */
function cell(value: string | null): string {
  let text = value ?? '';
  if (!E164.test(text) && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const SUPPRESSION_COLUMNS = ['phone', 'userIds', 'topics', 'reason', 'source', 'since', 'keyHash'] as const;

/** One line per number; a person known only by BSUIDs, or only by a hash, is one line too. */
export function suppressionCsv(entries: readonly SuppressionEntry[]): string {
  const lines = [SUPPRESSION_COLUMNS.join(',')];
  for (const e of entries) {
    const rest = [e.userIds.join(' '), e.topics ? e.topics.join(' ') : '*', e.reason, e.source, e.since, e.keyHash];
    for (const phone of e.phones.length ? e.phones : [null]) lines.push([phone, ...rest].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The admin's proof routes: `/proof`, `/suppression`, `/erase` (issue 13 §3, §4). */
export function proofRoutes(settings: ProofRouteSettings): Route[] {
  const { store } = settings;
  const ready = serverPhoneRulesReady();
  return [
    {
      method: 'GET',
      path: '/proof',
      access: 'admin',
      async handle(call) {
        await ready;
        const params = call.url.searchParams;
        const format = params.get('format') ?? 'json';
        if (format !== 'json' && format !== 'html') throw new ReceiverError(400, 'invalid-query', 'format must be json or html.');
        const who = whoFrom({ phone: params.get('phone') ?? undefined, user_id: params.get('user_id') ?? undefined });
        const proof = await proofOf(store, who.key);
        if (!proof) throw new ReceiverError(404, 'not-found', 'Nothing is stored for this number or WhatsApp user ID.');
        if (format === 'json') return json(200, proof, call.responseHeaders);
        const headers = call.responseHeaders;
        headers.set('Content-Type', 'text/html; charset=utf-8');
        headers.set('Content-Security-Policy', await proofPageCsp());
        headers.set('Referrer-Policy', 'no-referrer');
        return new Response(proofHtml(proof), { status: 200, headers });
      },
    },
    {
      method: 'GET',
      path: '/suppression',
      access: 'admin',
      async handle(call) {
        const format = call.url.searchParams.get('format') ?? 'csv';
        if (format !== 'csv' && format !== 'json') throw new ReceiverError(400, 'invalid-query', 'format must be csv or json.');
        const entries = await suppressionList(store, { marketingTopics: settings.marketingTopics });
        if (format === 'json') return json(200, { entries }, call.responseHeaders);
        const headers = call.responseHeaders;
        headers.set('Content-Type', 'text/csv; charset=utf-8');
        headers.set('Content-Disposition', 'attachment; filename="wa-optin-suppression.csv"');
        return new Response(suppressionCsv(entries), { status: 200, headers });
      },
    },
    {
      method: 'POST',
      path: '/erase',
      access: 'admin',
      async handle(call) {
        const body = await readJsonBody(call.request, settings.maxBodyBytes);
        await ready;
        if (!body || typeof body !== 'object') throw new ReceiverError(422, 'invalid-erase', 'Send {"phone": "+…"} or {"user_id": "BR.…"}.');
        const who = whoFrom(body as { phone?: unknown; user_id?: unknown });
        const erased = await eraseSubscriber(store, who.phone ?? who.key);
        // No number in the log: the erasure itself must not leave one behind.
        console.log(`wa-optin: erased a subscriber on request (${erased.events} events, ${erased.links} identity links); ${erased.keys.length} salted hash(es) kept on the suppression list`);
        return json(200, { erased: { events: erased.events, links: erased.links }, suppressed: erased.keys.length }, call.responseHeaders);
      },
    },
  ];
}
