import { randomUUID } from 'node:crypto';
import { link, readFile, readlink, realpath, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One process per embedded database directory (PGlite does not notice a second one, and two
 * writers corrupt it). Node 20 has no flock(), so the lock is a file naming its owner well
 * enough to tell a live owner from a dead one even when the pid comes back:
 *
 * - the pid AND the process's start time (`/proc/<pid>/stat`, field 22), the boot id and the
 *   pid namespace. In a container the restarted receiver is often pid 1 again; the start time
 *   differs, so the lock of the crashed one is taken over at once instead of looping (issue 12, item 9).
 * - a heartbeat (the file's mtime, touched every few seconds). An owner in another container,
 *   on another machine sharing the directory or after a reboot cannot be asked about its pid;
 *   its lock is abandoned once the heartbeat stops for `staleAfterMs`.
 *
 * Two processes starting at once: the file is created whole by `link()`, which exactly one of
 * them wins; taking over an abandoned lock needs a guard file named after that lock, which
 * exactly one of them creates, and removes the lock only if it is still the abandoned one.
 */
export interface LockOptions {
  /** How often the owner touches the lock; default 5 s. */
  heartbeatMs?: number;
  /** A lock of an owner that cannot be checked (other container, host or boot) is abandoned after this long without a heartbeat; default 20 s. */
  staleAfterMs?: number;
}

export interface LockOwner {
  pid: number;
  /** `/proc/<pid>/stat` field 22 (clock ticks since boot); null where there is no /proc. */
  startTime: string | null;
  bootId: string | null;
  pidNamespace: string | null;
  host: string | null;
  /** Names this one acquisition: a lock is only ever removed by comparing it. */
  nonce: string;
  since: string;
}

export const LOCK_FILE = 'wa-optin.lock';

/** Locks this process holds or is acquiring, by real path: a second open in one process is refused too. */
const heldHere = new Set<string>();

const readText = (path: string) => readFile(path, 'utf8').then((text) => text.trim(), () => null);

/**
 * `/proc/<pid>/stat`: field 3 (state) and field 22 (start time, clock ticks since boot). The
 * command name (field 2) may hold spaces and brackets, so fields are counted from the last `)`.
 */
async function processStat(pid: number): Promise<{ state: string; startTime: string } | null> {
  const stat = await readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.length > 22 - 3 ? { state: fields[0], startTime: fields[22 - 3] } : null;
}

export async function processStartTime(pid: number): Promise<string | null> {
  return (await processStat(pid))?.startTime ?? null;
}

let self: Promise<Omit<LockOwner, 'nonce' | 'since'>> | undefined;
function thisProcess(): Promise<Omit<LockOwner, 'nonce' | 'since'>> {
  self ??= (async () => ({
    pid: process.pid,
    startTime: await processStartTime(process.pid),
    bootId: await readText('/proc/sys/kernel/random/boot_id'),
    pidNamespace: await readlink('/proc/self/ns/pid').catch(() => null),
    host: hostname(),
  }))();
  return self;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The owner named in the lock file and when it last showed life; null when there is no lock. */
async function readLock(path: string): Promise<{ owner: LockOwner | null; touchedAt: number } | null> {
  let text: string;
  let touchedAt: number;
  try {
    [text, touchedAt] = await Promise.all([readFile(path, 'utf8'), stat(path).then((s) => s.mtimeMs)]);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  // Versions before 0.2 wrote the bare pid; they ran on one host, checked by pid alone.
  if (/^\d+$/.test(text.trim())) {
    return { owner: { pid: Number(text), startTime: null, bootId: null, pidNamespace: null, host: null, nonce: `pid-${text.trim()}`, since: '' }, touchedAt };
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.nonce === 'string' ? { owner, touchedAt } : { owner: null, touchedAt };
  } catch {
    return { owner: null, touchedAt };
  }
}

type Verdict = { kind: 'held'; owner: LockOwner } | { kind: 'abandoned' } | { kind: 'wait'; ms: number };

async function judge(owner: LockOwner | null, touchedAt: number, options: Required<LockOptions>): Promise<Verdict> {
  const me = await thisProcess();
  const age = Date.now() - touchedAt;
  // Unreadable: a writer of an older version between creating and writing it, or a crash there.
  if (!owner) return age > 2000 ? { kind: 'abandoned' } : { kind: 'wait', ms: 100 };
  const legacy = owner.host === null;
  if (!legacy && owner.host === me.host && owner.bootId && me.bootId && owner.bootId !== me.bootId) return { kind: 'abandoned' }; // rebooted since
  const samePidSpace = legacy || (owner.host === me.host && owner.bootId === me.bootId && owner.pidNamespace === me.pidNamespace);
  if (samePidSpace) {
    if (owner.pid === me.pid) return { kind: 'abandoned' }; // our pid, but not us: a previous life of this pid
    if (!isAlive(owner.pid)) return { kind: 'abandoned' };
    const stat = await processStat(owner.pid);
    if (stat && (stat.state === 'Z' || stat.state === 'X')) return { kind: 'abandoned' }; // dead, not yet reaped by its parent
    if (stat && owner.startTime !== null && stat.startTime !== owner.startTime) return { kind: 'abandoned' }; // the pid was reused
    return { kind: 'held', owner };
  }
  if (age > options.staleAfterMs) return { kind: 'abandoned' };
  return { kind: 'wait', ms: options.staleAfterMs - age + 50 };
}

/** Writes the whole owner record under a temporary name, then links it into place: readers never see half a lock. */
async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  const temporary = `${path}.${owner.nonce}.tmp`;
  await writeFile(temporary, JSON.stringify(owner), { flag: 'wx' });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Removes the abandoned lock `nonce`, unless someone else is doing it or it changed meanwhile. */
async function takeOver(path: string, nonce: string, me: LockOwner): Promise<void> {
  const guard = `${path}.takeover-${nonce.replace(/[^A-Za-z0-9-]/g, '_')}`;
  try {
    await writeFile(guard, me.nonce, { flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    // Another process is taking it over now; a guard this old belongs to one that died doing it.
    const guardAge = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (guardAge > 10_000) await unlink(guard).catch(() => {});
    else await sleep(20 + Math.random() * 30);
    return;
  }
  try {
    const current = await readLock(path);
    if (current && (current.owner?.nonce ?? null) === (nonce === '' ? null : nonce)) await unlink(path).catch(() => {});
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/**
 * Takes the lock on `dataDir` for this process, or throws a message saying who holds it.
 * Resolves to the release function.
 */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const settings: Required<LockOptions> = { heartbeatMs: 5000, staleAfterMs: 20_000, ...options };
  const path = join(await realpath(dataDir), LOCK_FILE);
  if (heldHere.has(path)) {
    throw new Error(`wa-optin: the embedded database in ${dataDir} is already open in this process; open it once and share the store.`);
  }
  heldHere.add(path);
  try {
    const me: LockOwner = { ...(await thisProcess()), nonce: randomUUID(), since: new Date().toISOString() };
    let watched: { nonce: string | null; touchedAt: number } | undefined;
    for (let attempt = 0; attempt < 1000; attempt++) {
      if (await tryCreate(path, me)) return hold(path, me, settings);
      const current = await readLock(path);
      if (!current) continue; // released just now: try again
      const verdict = await judge(current.owner, current.touchedAt, settings);
      if (verdict.kind === 'held') throw heldError(dataDir, path, verdict.owner, me);
      if (verdict.kind === 'wait') {
        // An owner we cannot ask: if its heartbeat moves while we wait, it is alive.
        const nonce = current.owner?.nonce ?? null;
        if (watched && watched.nonce === nonce && watched.touchedAt !== current.touchedAt && current.owner) {
          throw heldError(dataDir, path, current.owner, me);
        }
        watched = { nonce, touchedAt: current.touchedAt };
        await sleep(verdict.ms);
        continue;
      }
      await takeOver(path, current.owner?.nonce ?? '', me);
    }
    throw new Error(`wa-optin: could not lock ${path}`);
  } catch (error) {
    heldHere.delete(path);
    throw error;
  }
}

function heldError(dataDir: string, path: string, owner: LockOwner, me: Omit<LockOwner, 'nonce' | 'since'>): Error {
  const where = owner.host && owner.host !== me.host ? ` on ${owner.host}` : '';
  return new Error(
    `wa-optin: the embedded database in ${dataDir} is open in process ${owner.pid}${where}; it serves one process at a time ` +
      `(use PostgreSQL for several). If that process is gone, delete ${path}.`,
  );
}

function hold(path: string, me: LockOwner, options: Required<LockOptions>): () => Promise<void> {
  let warned = false;
  const heartbeat = setInterval(() => {
    void (async () => {
      const current = await readLock(path).catch(() => null);
      if (current?.owner?.nonce === me.nonce) {
        const now = new Date();
        await utimes(path, now, now).catch(() => {});
      } else if (!warned) {
        // Only a lock that looked abandoned is ever taken over: this process was stopped or
        // cut off for longer than the heartbeat allows. Two writers corrupt the database.
        warned = true;
        console.error(`wa-optin: the lock ${path} is no longer this process's (now ${current?.owner ? `process ${current.owner.pid}` : 'none'}); stop this receiver.`);
      }
    })();
  }, options.heartbeatMs);
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    const current = await readLock(path).catch(() => null);
    if (current?.owner?.nonce === me.nonce) await unlink(path).catch(() => {});
    heldHere.delete(path);
  };
}
