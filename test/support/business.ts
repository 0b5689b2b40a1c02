// Browser-side helpers for the business-side stand-in in test/support/business-api.mjs.
let counter = 0;

export interface BusinessRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
}

/** A fresh stand-in of the contract's endpoints playing `scenario`; `endpoint` is what the elements take. */
export async function businessScenario(
  scenario: Record<string, unknown>,
  bucket = `p${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`,
): Promise<{ endpoint: string; requests: () => Promise<BusinessRequest[]> }> {
  const endpoint = `/__business/${bucket}`;
  const put = await fetch(`${endpoint}/scenario`, { method: 'PUT', body: JSON.stringify(scenario) });
  if (put.status !== 204) throw new Error(`stand-in refused the scenario: ${put.status}`);
  return {
    endpoint,
    requests: async () => (await (await fetch(`${endpoint}/requests`)).json()) as BusinessRequest[],
  };
}

/** The state the preference page shows in most tests: a Brazilian number, two topics allowed, one not. */
export const acmeState = () => ({
  business: 'Acme Shoes',
  phone: '+55 11 98123 4567',
  locale: 'pt-BR',
  topics: [
    { id: 'order_updates', allowed: true },
    { id: 'offers', allowed: true },
    { id: 'new_products', allowed: false },
  ],
});

export const ADMIN = 'admin-secret-7f3a';

export const event = (seq: number, fields: Record<string, unknown>) => ({
  seq,
  eventId: `e${seq}`,
  kind: 'opt-in',
  phone: '+5511981234567',
  topics: ['order_updates'],
  occurredAt: '2026-11-29T14:03:00.000Z',
  receivedAt: '2026-11-29T14:03:27.000Z',
  source: 'form',
  business: 'Acme Shoes',
  wording: 'Yes, I want to receive order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.',
  wordingVersion: 'en/1',
  locale: 'en',
  pageUrl: 'https://shop.example/checkout',
  phoneVerified: false,
  widgetVersion: '0.1.0',
  reason: null,
  via: 'browser',
  origin: 'https://shop.example',
  userAgent: 'Mozilla/5.0',
  clientIp: null,
  ...fields,
});

/** The admin page's world: one person with five events, a list of latest events with repeats, a week of counts. */
export const adminScenario = () => ({
  adminToken: ADMIN,
  proofs: {
    '+5511981234567': {
      subscriber: { key: '+5511981234567', phones: ['+5511981234567'], userIds: ['BR.1502576394655843'] },
      state: {
        topics: {
          order_updates: { allowed: true, eventId: 'e1', kind: 'opt-in', receivedAt: '2026-11-20T09:00:05.000Z', source: 'form' },
          offers: { allowed: false, eventId: 'e4', kind: 'opt-out', receivedAt: '2026-11-28T18:30:00.000Z', source: 'whatsapp-stop' },
          loyalty_points: { allowed: true, eventId: 'e5', kind: 'opt-in', receivedAt: '2026-11-29T14:03:27.000Z', source: 'preferences' },
        },
        optedOutOfAll: null,
        events: 5,
      },
      events: [
        ['e1', 'opt-in', ['order_updates', 'offers'], 'form', 'Yes, I want to receive order updates and offers and promotions from Acme Shoes on WhatsApp, +55 11 98123 4567.', '2026-11-20T09:00:05.000Z'],
        ['e2', 'opt-in', ['order_updates', 'offers'], 'form', 'Yes, I want to receive order updates and offers and promotions from Acme Shoes on WhatsApp, +55 11 98123 4567.', '2026-11-20T09:00:09.000Z'],
        ['e3', 'opt-out', ['offers'], 'preferences', 'Stop sending me offers and promotions from Acme Shoes on WhatsApp, +55 11 98123 4567.', '2026-11-25T12:00:00.000Z'],
        ['e4', 'opt-out', null, 'whatsapp-stop', null, '2026-11-28T18:30:00.000Z'],
        ['e5', 'opt-in', ['loyalty_points', 'order_updates'], 'preferences', 'Yes, I want to receive loyalty points and order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.', '2026-11-29T14:03:27.000Z'],
      ].map(([eventId, kind, topics, source, wording, receivedAt]) => ({
        eventId,
        kind,
        topics,
        asserted: {
          phone: '+55 11 98123 4567',
          business: 'Acme Shoes',
          wording,
          wordingVersion: wording ? 'en/1' : null,
          locale: wording ? 'en' : null,
          source,
          pageUrl: source === 'form' ? 'https://shop.example/checkout' : null,
          phoneVerified: false,
          occurredAt: receivedAt,
          widgetVersion: source === 'form' ? '0.1.0' : null,
          reason: null,
        },
        observed: { receivedAt, via: source === 'whatsapp-stop' ? 'webhook' : 'browser', origin: source === 'form' ? 'https://shop.example' : null, userAgent: null, clientIp: null },
      })),
    },
  },
  events: [
    event(9, { kind: 'opt-out', topics: null, source: 'whatsapp-stop', wording: null, locale: null, phone: '+5215512345678', receivedAt: '2026-11-29T15:10:00.000Z' }),
    event(8, { receivedAt: '2026-11-29T14:03:27.000Z' }),
    event(7, { receivedAt: '2026-11-29T14:02:10.000Z' }),
    event(6, { receivedAt: '2026-11-29T14:01:00.000Z' }),
    event(5, { topics: ['loyalty_points'], wording: 'Yes, I want to receive loyalty points from Acme Shoes on WhatsApp, +1 201 555 0123.', phone: '+12015550123', receivedAt: '2026-11-28T08:00:00.000Z' }),
  ],
  stats: {
    days: [
      { date: '2026-11-29', optIns: 3, optOuts: 1, bySource: { form: 3, 'whatsapp-stop': 1 } },
      { date: '2026-11-28', optIns: 1, optOuts: 2, bySource: { form: 1, preferences: 1, 'whatsapp-preferences': 1 } },
    ],
  },
});
