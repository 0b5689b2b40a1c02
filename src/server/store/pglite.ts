import { mkdir } from 'node:fs/promises';
import { lockDataDir } from './lock.js';
import { SqlConsentStore, type SqlConsentStoreOptions, type SqlDatabase } from './store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), persisted to a
 * directory, no native build and no server to run. `dataDir` omitted = in memory.
 * PGlite is an optional peer dependency, loaded only when this is called.
 */
export async function openPgliteStore(dataDir?: string, options: SqlConsentStoreOptions = {}): Promise<SqlConsentStore> {
  const db = await openPgliteDatabase(dataDir);
  try {
    return await SqlConsentStore.open(db, options);
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The embedded database itself, locked to this process, not yet migrated (the store's driver). */
export async function openPgliteDatabase(dataDir?: string): Promise<SqlDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const onDisk = dataDir !== undefined && !dataDir.includes('://');
  // PGlite makes only the last directory of the path; `--data ./a/b` should just work.
  if (onDisk) await mkdir(dataDir, { recursive: true });
  const unlock = onDisk ? await lockDataDir(dataDir) : async () => {};
  let pglite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    await unlock();
    // PGlite reports a damaged directory as a bare WebAssembly "Aborted()": say what to do.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `wa-optin: the embedded database in ${dataDir ?? 'memory'} could not be opened (${reason}). ` +
        'If the folder is damaged, move it aside (keep it: it holds consent records) and start again; ' +
        'in production use PostgreSQL (--database-url).',
      { cause: error },
    );
  }
  // PGlite is one connection that queues queries; its transaction() holds the queue.
  const db: SqlDatabase = {
    query: async (text, params) => (await pglite.query<never>(text, params)).rows,
    execScript: async (text) => void (await pglite.exec(text)),
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          query: async (text, params) => (await tx.query<never>(text, params)).rows,
          execScript: async (text) => void (await tx.exec(text)),
        }),
      ),
    close: () => pglite.close().finally(unlock),
  };
  return db;
}
