// Behind reverse proxies (issue 12, item 3): the client IP is read from the right of
// X-Forwarded-For, N trusted hops in, and only when it is an IP. Over a real socket, with the
// proxies' headers written by the test as the proxies would write them.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { clientIpOf, serveReceiver, trustedHops } from '../../../src/server/http/node.js';
import { createConsentReceiver } from '../../../src/server/http/receiver.js';
import { openPgliteStore } from '../../../src/server/store/pglite.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord } from './records.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('clientIpOf', () => {
  const socket = '::ffff:10.0.0.2';

  test('one trusted proxy: the right-most entry, whatever the client wrote before it', () => {
    assert.equal(clientIpOf('1.1.1.1, 203.0.113.7', socket, 1), '203.0.113.7');
    assert.equal(clientIpOf(['forged-by-client', '203.0.113.7'], socket, 1), '203.0.113.7', 'repeated header lines count as one list');
  });

  test('N trusted proxies: the entry N from the right; fewer entries: the left-most', () => {
    const header = '6.6.6.6, 203.0.113.7, 10.0.0.9';
    assert.equal(clientIpOf(header, socket, 2), '203.0.113.7');
    assert.equal(clientIpOf(header, socket, 3), '6.6.6.6');
    assert.equal(clientIpOf('203.0.113.7', socket, 3), '203.0.113.7');
  });

  test('an entry that is not an IP falls back to the socket address (::ffff: stripped)', () => {
    for (const forged of ['<script>', 'unknown', '1.2.3.4.5', '203.0.113.7:443', '', 'attacker.example']) {
      assert.equal(clientIpOf(`1.1.1.1, ${forged}`, socket, 1), '10.0.0.2', forged);
    }
  });

  test('IPv6 entries are taken (brackets, zone and ::ffff: stripped); off means the socket', () => {
    assert.equal(clientIpOf('2001:db8::7', socket, 1), '2001:db8::7');
    assert.equal(clientIpOf('[2001:DB8::7]', socket, 1), '2001:db8::7');
    assert.equal(clientIpOf('::ffff:203.0.113.7', socket, 1), '203.0.113.7');
    assert.equal(clientIpOf('203.0.113.7', socket, 0), '10.0.0.2');
    assert.equal(clientIpOf(undefined, socket, 1), '10.0.0.2');
  });

  test('trustProxy: true is one hop; a number is that many; anything else is refused', () => {
    assert.equal(trustedHops(true), 1);
    assert.equal(trustedHops(false), 0);
    assert.equal(trustedHops(undefined), 0);
    assert.equal(trustedHops(2), 2);
    assert.throws(() => trustedHops(-1), RangeError);
    assert.throws(() => trustedHops(1.5), RangeError);
  });
});

describe('trust proxy over HTTP', () => {
  let dir: string;
  let store: SqlConsentStore;
  const servers: { close(): void; closeAllConnections(): void }[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wa-optin-proxy-'));
    store = await openPgliteStore(join(dir, 'db'));
  });
  after(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function start(trustProxy: boolean | number) {
    const receiver = createConsentReceiver({ store, clientIp: 'plain', rateLimit: { requests: 2, perSeconds: 60 } });
    const server = await serveReceiver(receiver, { port: 0, trustProxy });
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return (forwardedFor: string, extra: Record<string, string> = {}) => {
      const record = consentRecord();
      return fetch(`${url}/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor, ...extra },
        body: JSON.stringify(record),
      }).then(async (response) => ({ response, stored: (await store.eventsForPhone(record.phone))[0] }));
    };
  }

  test('a client rotating the first X-Forwarded-For entry is still one caller for the limit, and stored as its real address', async () => {
    const post = await start(1);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { response, stored } = await post(`10.9.9.${i}, 198.51.100.20`);
      statuses.push(response.status);
      if (stored) assert.equal(stored.clientIp, '198.51.100.20');
    }
    assert.deepEqual(statuses, [201, 201, 429, 429]);
  });

  test('with two proxies, the entry two from the right; forged text stores the socket address instead', async () => {
    const post = await start(2);
    const { stored } = await post('6.6.6.6, 198.51.100.30, 10.0.0.1');
    assert.equal(stored.clientIp, '198.51.100.30');
    const forged = await post('198.51.100.31, <b>x</b>, 10.0.0.1');
    assert.equal(forged.stored.clientIp, '127.0.0.1');
  });

  test('X-Forwarded-Proto: the right-most value is the scheme (seen here through the receiver\'s own origin, always allowed)', async () => {
    const post = await start(1);
    const own = `https://127.0.0.1:${(servers.at(-1) as unknown as { address(): AddressInfo }).address().port}`;
    assert.equal((await post('198.51.100.40', { origin: own, 'x-forwarded-proto': 'http, https' })).response.status, 201);
    const quiet = console.warn;
    console.warn = () => {};
    try {
      assert.equal((await post('198.51.100.41', { origin: own, 'x-forwarded-proto': 'https, http' })).response.status, 403);
      assert.equal((await post('198.51.100.42', { origin: own, 'x-forwarded-proto': 'javascript' })).response.status, 403, 'not a scheme: the socket\'s (http)');
    } finally {
      console.warn = quiet;
    }
  });
});
