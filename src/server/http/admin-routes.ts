import { subscriberKey } from '../../core/subscriber-key.js';
import { pagesMissingResponse, requirePageScript, type PageAssets } from '../pages/assets.js';
import { adminPageHtml, setPageHeaders } from '../pages/shell.js';
import { createPreferenceLink } from '../preferences/link.js';
import type { ConsentStore } from '../store/store.js';
import { normaliseOptOutPhone, serverPhoneRulesReady } from '../validate.js';
import { readJsonBody } from './body.js';
import { json, ReceiverError } from './errors.js';
import type { PreferenceLinkSettings } from './preference-routes.js';
import type { Route } from './routes.js';

export interface AdminRouteSettings {
  store: ConsentStore;
  basePath: string;
  adminConfigured: boolean;
  links: PreferenceLinkSettings | undefined;
  maxBodyBytes: number;
  assets: PageAssets | undefined;
}

const DEFAULT_LINK_LIFETIME = 30 * 24 * 3600;

/** A whole number from the query within bounds, or a 400 saying what is allowed. */
function wholeNumber(value: string | null, name: string, fallback: number | undefined, min: number, max: number): number | undefined {
  if (value === null || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new ReceiverError(400, 'invalid-query', `${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

/**
 * The business's side (issue 13 §2, §5): the admin page, its lists and counts, and the
 * personal preference links. All but the page's HTML need the admin token.
 */
export function adminRoutes(settings: AdminRouteSettings): Route[] {
  const { store, basePath, links, maxBodyBytes, assets } = settings;
  return [
    {
      method: 'GET',
      path: '/admin',
      access: 'anyone',
      async handle(call) {
        if (!settings.adminConfigured) {
          call.responseHeaders.set('Content-Type', 'text/plain; charset=utf-8');
          return new Response('This receiver has no admin token configured (WA_OPTIN_ADMIN_TOKEN), so its admin page is off.\n', {
            status: 403,
            headers: call.responseHeaders,
          });
        }
        try {
          await requirePageScript(assets, 'admin.js');
        } catch {
          return pagesMissingResponse(call.responseHeaders);
        }
        setPageHeaders(call.responseHeaders);
        return new Response(adminPageHtml({ basePath }), { status: 200, headers: call.responseHeaders });
      },
    },
    {
      method: 'GET',
      path: '/events',
      access: 'admin',
      async handle(call) {
        const params = call.url.searchParams;
        const limit = wholeNumber(params.get('limit'), 'limit', 50, 1, 500)!;
        const before = wholeNumber(params.get('before'), 'before', undefined, 1, Number.MAX_SAFE_INTEGER);
        // One more than asked: whether an older page exists is known, not guessed.
        const rows = await store.latestEvents({ limit: limit + 1, before });
        const events = rows.slice(0, limit);
        return json(200, { events, next: rows.length > limit ? events[events.length - 1].seq : null }, call.responseHeaders);
      },
    },
    {
      method: 'GET',
      path: '/stats',
      access: 'admin',
      async handle(call) {
        const days = wholeNumber(call.url.searchParams.get('days'), 'days', 30, 1, 366)!;
        return json(200, { days: await store.dailyCounts({ days, now: new Date() }) }, call.responseHeaders);
      },
    },
    {
      method: 'POST',
      path: '/links',
      access: 'admin',
      async handle(call) {
        if (!links) {
          throw new ReceiverError(404, 'links-disabled', 'Preference links are off: set WA_OPTIN_LINK_SECRET (32 characters or more) to make them.');
        }
        const body = (await readJsonBody(call.request, maxBodyBytes)) as { phone?: unknown; expiresIn?: unknown } | null;
        await serverPhoneRulesReady();
        const phone = typeof body?.phone === 'string' ? normaliseOptOutPhone(body.phone) : null;
        const expiresIn = body?.expiresIn ?? links.expiresIn ?? DEFAULT_LINK_LIFETIME;
        const problems = [
          ...(phone ? [] : ['phone must be a number in +<country code><number> form, e.g. +5511981234567']),
          ...(typeof expiresIn === 'number' && Number.isInteger(expiresIn) && expiresIn > 0 && expiresIn <= 366 * 24 * 3600
            ? []
            : ['expiresIn must be a whole number of seconds, at most a year']),
        ];
        if (problems.length) throw new ReceiverError(422, 'invalid-link-request', `No link was made: ${problems.join('; ')}.`, {}, problems);
        const key = subscriberKey(phone!);
        // A link to a page with nothing on it helps nobody: say so rather than hand one out.
        if (!(await store.eventsForSubscriber(key)).some((e) => e.kind === 'opt-in')) {
          throw new ReceiverError(404, 'not-found', `No opt-in is stored for ${phone}; a preference link shows the topics a person opted in to.`);
        }
        const now = new Date();
        const url = await createPreferenceLink({
          now,
          phone: phone!,
          subscriberKey: key,
          secret: links.secret,
          baseUrl: links.baseUrl ?? `${call.url.origin}${basePath}`,
          expiresIn: expiresIn as number,
        });
        return json(200, { url, expiresAt: new Date(Math.floor(now.getTime() / 1000 + (expiresIn as number)) * 1000).toISOString() }, call.responseHeaders);
      },
    },
  ];
}
