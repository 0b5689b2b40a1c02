import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SqlConsentStore, type SqlDatabase } from './store.js';

/**
 * PGlite is PostgreSQL inside one process and does not notice a second process opening the
 * same directory; two writers would corrupt it. A lock file holding the owner's pid makes
 * the second one stop with a clear message instead. A lock left by a process that died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'wa-optin.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => unlink(path).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(path, 'utf8').catch(() => ''));
      if (owner && isAlive(owner)) {
        throw new Error(
          `wa-optin: the embedded database in ${dataDir} is open in process ${owner}; it serves one process at a time ` +
            `(use PostgreSQL for several). If that process is gone, delete ${path}.`,
          { cause: error },
        );
      }
      await unlink(path).catch(() => {});
    }
  }
  throw new Error(`wa-optin: could not lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), persisted to a
 * directory, no native build and no server to run. `dataDir` omitted = in memory.
 * PGlite is an optional peer dependency, loaded only when this is called.
 */
export async function openPgliteStore(dataDir?: string): Promise<SqlConsentStore> {
  const db = await openPgliteDatabase(dataDir);
  try {
    return await SqlConsentStore.open(db);
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
