import { SqlConsentStore, type SqlConsentStoreOptions, type SqlDatabase, type SqlSession } from './store.js';

export interface PostgresOptions extends SqlConsentStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
}

/**
 * The store on a PostgreSQL server (or a PostgreSQL-compatible distributed database)
 * through `pg`, an optional peer dependency loaded only when this is called.
 */
export async function openPostgresStore(options: PostgresOptions | string): Promise<SqlConsentStore> {
  return SqlConsentStore.open(await openPostgresDatabase(options), typeof options === 'string' ? {} : { eraseSalt: options.eraseSalt });
}

/** The pool as the store's driver, not yet migrated. */
export async function openPostgresDatabase(options: PostgresOptions | string): Promise<SqlDatabase> {
  const { default: pg } = await import('pg');
  const config = typeof options === 'string' ? { connectionString: options } : options;
  const pool = new pg.Pool({ connectionString: config.connectionString, max: config.max ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('wa-optin: PostgreSQL connection lost', error.message));
  const sessionOf = (client: { query: typeof pool.query }): SqlSession => ({
    query: async (text, params) => (await client.query(text, params)).rows,
    execScript: async (text) => void (await client.query(text)),
  });
  const db: SqlDatabase = {
    ...sessionOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(sessionOf(client as never));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return db;
}
