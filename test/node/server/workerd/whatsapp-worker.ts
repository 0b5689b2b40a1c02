// The WhatsApp webhook's pieces and the preference links, exported by the portable entry,
// used inside workerd the way a Worker receiving Meta's webhook would (see ../workerd.test.ts).
import { createPreferenceLink, readWebhookPayload, verifyPreferenceToken, verifyWebhookSignature } from '../../../../src/server/handler.js';

const APP_SECRET = 'app-secret-for-the-workerd-test';
const LINK_SECRET = 'link-secret-for-the-workerd-test-0123456789';

export default {
  async fetch(request: Request): Promise<Response> {
    const raw = new Uint8Array(await request.arrayBuffer());
    const signed = await verifyWebhookSignature(raw, request.headers.get('x-hub-signature-256'), APP_SECRET);
    if (!signed) return new Response('unsigned', { status: 401 });
    const { signals, problems } = readWebhookPayload(JSON.parse(new TextDecoder().decode(raw)));
    const url = await createPreferenceLink({ phone: '+5511981234567', baseUrl: 'https://shop.example/api', secret: LINK_SECRET, expiresIn: 3600 });
    const link = await verifyPreferenceToken(new URL(url).searchParams.get('t')!, LINK_SECRET);
    return Response.json({ signals, problems, link: link.ok ? link.phone : link.reason });
  },
};
