// The stores every server test runs against: embedded PGlite in a temp directory always,
// a real PostgreSQL server when WA_OPTIN_TEST_DATABASE_URL names one (CI starts it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPgliteStore } from '../../../src/server/pglite.js';
import { openPostgresStore } from '../../../src/server/postgres.js';
import type { SqlConsentStore } from '../../../src/server/store.js';

export interface StoreUnderTest {
  name: string;
  /** Set when the store cannot run here; the suite is skipped with this reason. */
  skip?: string;
  /** A fresh, empty, migrated place for events; `reopen` opens the same place again. */
  create(): Promise<{ store: SqlConsentStore; reopen(): Promise<SqlConsentStore>; destroy(): Promise<void> }>;
}

const adminUrl = process.env.WA_OPTIN_TEST_DATABASE_URL;

export const storesUnderTest: StoreUnderTest[] = [
  {
    name: 'PGlite (embedded)',
    async create() {
      const dir = await mkdtemp(join(tmpdir(), 'wa-optin-test-'));
      const dataDir = join(dir, 'db');
      return {
        store: await openPgliteStore(dataDir),
        reopen: () => openPgliteStore(dataDir),
        destroy: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    skip: adminUrl ? undefined : 'set WA_OPTIN_TEST_DATABASE_URL to run the suite on a PostgreSQL server',
    async create() {
      // A database of its own per suite: tests never see another run's rows.
      const name = `wa_optin_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      return {
        store: await openPostgresStore(url.href),
        reopen: () => openPostgresStore(url.href),
        async destroy() {
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  },
];
