// The stores every server test runs against: embedded PGlite in a temp directory always,
// a real PostgreSQL server when WA_OPTIN_TEST_DATABASE_URL names one (CI starts it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPgliteDatabase, openPgliteStore } from '../../../src/server/store/pglite.js';
import { openPostgresDatabase, openPostgresStore } from '../../../src/server/store/postgres.js';
import type { SqlConsentStore, SqlDatabase } from '../../../src/server/store/store.js';

export interface StoreUnderTest {
  name: string;
  /** Set when the store cannot run here; the suite is skipped with this reason. */
  skip?: string;
  /** Whether several processes may open one place at once (PostgreSQL yes, PGlite no). */
  shared: boolean;
  /** A fresh, empty place for events; each `open` opens (and migrates) a store on it. */
  create(): Promise<Place>;
}

export interface Place {
  open(): Promise<SqlConsentStore>;
  /** The same place through the bare driver, not migrated: to set up what an older version left. */
  openDatabase(): Promise<SqlDatabase>;
  destroy(): Promise<void>;
  /** Makes the database drop every connection to this place, as a crash or failover would (servers only). */
  cutConnections?(): Promise<void>;
}

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const adminUrl = process.env.WA_OPTIN_TEST_DATABASE_URL;

export const storesUnderTest: StoreUnderTest[] = [
  {
    name: 'PGlite (embedded)',
    shared: false,
    async create() {
      const dir = await mkdtemp(join(tmpdir(), 'wa-optin-test-'));
      const dataDir = join(dir, 'db');
      return {
        open: () => openPgliteStore(dataDir),
        openDatabase: () => openPgliteDatabase(dataDir),
        destroy: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    shared: true,
    skip: adminUrl ? undefined : 'set WA_OPTIN_TEST_DATABASE_URL to run the suite on a PostgreSQL server',
    async create() {
      // A database of its own per suite: tests never see another run's rows.
      const name = `wa_optin_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await asAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      return {
        open: () => openPostgresStore(url.href),
        openDatabase: () => openPostgresDatabase(url.href),
        destroy: () => asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
        cutConnections: () =>
          asAdmin((admin) =>
            admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]),
          ).then(() => {}),
      };
    },
  },
];
