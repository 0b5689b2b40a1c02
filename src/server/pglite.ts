import { mkdir } from 'node:fs/promises';
import { SqlConsentStore, type SqlDatabase } from './store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), persisted to a
 * directory, no native build and no server to run. `dataDir` omitted = in memory.
 * PGlite is an optional peer dependency, loaded only when this is called.
 */
export async function openPgliteStore(dataDir?: string): Promise<SqlConsentStore> {
  const { PGlite } = await import('@electric-sql/pglite');
  // PGlite makes only the last directory of the path; `--data ./a/b` should just work.
  if (dataDir && !dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
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
    close: () => pglite.close(),
  };
  return SqlConsentStore.open(db);
}
