// A real receiver over HTTP on a fresh place of one store under test: what the suites that
// speak to the receiver as a client would (fetch on loopback) start from.
import type { AddressInfo } from 'node:net';
import { serveReceiver } from '../../../src/server/http/node.js';
import { createConsentReceiver, type ReceiverOptions } from '../../../src/server/http/receiver.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import type { Place, StoreUnderTest } from './stores.js';

export interface ReceiverOverHttp {
  place: Place;
  store: SqlConsentStore;
  /** `http://127.0.0.1:<port>`, the routes at its root. */
  url: string;
  close(): Promise<void>;
}

export async function openReceiverOverHttp(
  kind: StoreUnderTest,
  options: Omit<ReceiverOptions, 'store'>,
): Promise<ReceiverOverHttp> {
  const place = await kind.create();
  const store = await place.open();
  const server = await serveReceiver(createConsentReceiver({ ...options, store }), { port: 0 });
  return {
    place,
    store,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await store.close();
      await place.destroy();
    },
  };
}
