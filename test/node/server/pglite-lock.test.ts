// One process per embedded database directory, and a crash never blocks the restart (issue 12,
// item 9): a lock names its owner by pid AND start time, and two processes starting at once
// leave exactly one owner. Real processes, real files; nothing mocked.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readlink, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LOCK_FILE, lockDataDir, processStartTime, type LockOwner } from '../../../src/server/store/lock.js';
import { openPgliteStore } from '../../../src/server/store/pglite.js';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-lock-'));
  dirs.push(dir);
  return dir;
}
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** This process as a lock names it, with some fields replaced. */
async function ownerLike(changes: Partial<LockOwner>): Promise<LockOwner> {
  return {
    pid: process.pid,
    startTime: await processStartTime(process.pid),
    bootId: await readFile('/proc/sys/kernel/random/boot_id', 'utf8').then((t) => t.trim(), () => null),
    pidNamespace: await readlink('/proc/self/ns/pid').catch(() => null),
    host: hostname(),
    nonce: crypto.randomUUID(),
    since: new Date().toISOString(),
    ...changes,
  };
}
const writeLock = (dir: string, owner: LockOwner | string) => writeFile(join(dir, LOCK_FILE), typeof owner === 'string' ? owner : JSON.stringify(owner));
const readOwner = async (dir: string) => JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockOwner;

/** A `node` process that does nothing but live until killed. */
function idleProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

/** Starts `lock-holder.ts` processes that all open `dir` at the same instant; their answers. */
function holders(dir: string, count: number, mode: 'store' | 'lock' = 'store') {
  const startAt = Date.now() + 3000; // after every child has loaded tsx and its modules
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'test/node/server/lock-holder.ts', dir, String(startAt), mode], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const answers = Promise.all(
    children.map(
      (child) =>
        new Promise<{ opened: boolean; pid: number; message?: string }>((resolve, reject) => {
          let output = '';
          child.stdout!.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
          });
          child.once('exit', (code) => reject(new Error(`lock holder exited (${code}) without answering: ${output}`)));
        }),
    ),
  );
  return { children, answers };
}
const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

describe('the embedded database lock', { skip: process.platform !== 'linux' && 'start times come from /proc (Linux)' }, () => {
  test('a lock naming our own pid with another start time (a restarted container, pid 1 again) is taken over at once', async () => {
    const dir = await freshDir();
    await writeLock(dir, await ownerLike({ startTime: '1' }));
    const started = performance.now();
    const release = await lockDataDir(dir);
    assert.ok(performance.now() - started < 1000, 'no waiting for a heartbeat to age');
    const owner = await readOwner(dir);
    assert.equal(owner.pid, process.pid);
    assert.equal(owner.startTime, await processStartTime(process.pid));
    await release();
    await assert.rejects(stat(join(dir, LOCK_FILE)), { code: 'ENOENT' });
  });

  test('a lock of an older version naming our own pid (a bare number) is taken over too', async () => {
    const dir = await freshDir();
    await writeLock(dir, String(process.pid));
    const release = await lockDataDir(dir);
    assert.equal((await readOwner(dir)).pid, process.pid);
    await release();
  });

  test('a live process holds the lock only if its start time is the one recorded (a reused pid does not)', async () => {
    const other = idleProcess();
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      const dir = await freshDir();
      await writeLock(dir, await ownerLike({ pid: other.pid!, startTime: await processStartTime(other.pid!) }));
      await assert.rejects(lockDataDir(dir), new RegExp(`is open in process ${other.pid}; it serves one process at a time`));
      await writeLock(dir, await ownerLike({ pid: other.pid!, startTime: '12345' }));
      const release = await lockDataDir(dir);
      await release();
    } finally {
      other.kill('SIGKILL');
    }
  });

  test('a process that died but is not yet reaped by its parent (a zombie) does not hold the lock', async () => {
    // The child's parent is a shell that stops itself, so the dead child stays a zombie.
    const shell = spawn('sh', ['-c', 'node -e "" & echo $!; kill -STOP $$'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((resolve) => shell.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))));
      let state = '';
      for (let i = 0; i < 100 && state !== 'Z'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const text = await readFile(`/proc/${zombie}/stat`, 'utf8').catch(() => '');
        state = text.slice(text.lastIndexOf(')') + 2).split(' ')[0];
      }
      assert.equal(state, 'Z', 'the child is a zombie');
      const dir = await freshDir();
      await writeLock(dir, await ownerLike({ pid: zombie, startTime: await processStartTime(zombie) }));
      const release = await lockDataDir(dir);
      await release();
    } finally {
      shell.kill('SIGKILL');
    }
  });

  test('a store open in another process refuses, and opens right after that process is killed', async () => {
    const dir = await freshDir();
    const { children, answers } = holders(dir, 1);
    const [holder] = await answers;
    assert.equal(holder.opened, true);
    await assert.rejects(openPgliteStore(dir), new RegExp(`is open in process ${holder.pid}; it serves one process at a time`));
    children[0].kill('SIGKILL');
    await exited(children[0]);
    const started = performance.now();
    const store = await openPgliteStore(dir);
    assert.ok(performance.now() - started < 5000);
    await store.close();
  });

  test('a second open in the same process is refused with its own message', async () => {
    const dir = await freshDir();
    const release = await lockDataDir(dir);
    await assert.rejects(lockDataDir(dir), /already open in this process/);
    await release();
  });

  const settings = ['an empty directory', 'the abandoned lock of a dead process'] as const;
  const races = [...settings.map((setting) => ({ setting, mode: 'lock' as const, rounds: 5 })), ...settings.map((setting) => ({ setting, mode: 'store' as const, rounds: 1 }))];
  for (const { setting, mode, rounds } of races) {
    const what = mode === 'store' ? 'the PGlite store' : 'the lock alone';
    test(`two processes opening ${what} on ${setting} at the same instant (${rounds}×): exactly one opens, the other is told who has it`, async () => {
      for (let round = 0; round < rounds; round++) {
        const dir = await freshDir();
        if (setting !== 'an empty directory') {
          const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
          await exited(dead);
          await writeLock(dir, await ownerLike({ pid: dead.pid!, startTime: '1' }));
        }
        const { children, answers } = holders(dir, 2, mode);
        try {
          const results = await answers;
          const opened = results.filter((r) => r.opened);
          assert.equal(opened.length, 1, JSON.stringify(results));
          const refused = results.find((r) => !r.opened)!;
          assert.match(refused.message!, new RegExp(`is open in process ${opened[0].pid}; it serves one process at a time`));
        } finally {
          for (const child of children) child.stdin!.end();
          await Promise.all(children.map(exited));
        }
        await assert.rejects(stat(join(dir, LOCK_FILE)), { code: 'ENOENT' }, 'released on close');
      }
    });
  }

  describe('an owner that cannot be asked (another container, host or boot): the heartbeat decides', () => {
    const options = { heartbeatMs: 50, staleAfterMs: 400 };

    test('its lock is taken over once the heartbeat is older than staleAfterMs', async () => {
      const dir = await freshDir();
      await writeLock(dir, await ownerLike({ host: 'another-host', pid: 1 }));
      const old = new Date(Date.now() - 60_000);
      await utimes(join(dir, LOCK_FILE), old, old);
      const started = performance.now();
      const release = await lockDataDir(dir, options);
      assert.ok(performance.now() - started < 300, 'at once');
      await release();
    });

    test('a fresh lock that stops beating is waited for, then taken over', async () => {
      const dir = await freshDir();
      await writeLock(dir, await ownerLike({ host: 'another-host', pid: 1 }));
      const started = performance.now();
      const release = await lockDataDir(dir, options);
      const waited = performance.now() - started;
      assert.ok(waited >= 300 && waited < 2000, `waited ${waited} ms`);
      await release();
    });

    test('a lock whose heartbeat moves is held: refused, naming the other host', async () => {
      const dir = await freshDir();
      await writeLock(dir, await ownerLike({ host: 'another-host', pid: 4242 }));
      const beat = setInterval(() => {
        const now = new Date();
        void utimes(join(dir, LOCK_FILE), now, now).catch(() => {});
      }, 50);
      try {
        await assert.rejects(lockDataDir(dir, options), /is open in process 4242 on another-host/);
      } finally {
        clearInterval(beat);
      }
    });

    test('the owner keeps its heartbeat going while it holds the lock', async () => {
      const dir = await freshDir();
      const release = await lockDataDir(dir, { heartbeatMs: 50 });
      const first = (await stat(join(dir, LOCK_FILE))).mtimeMs;
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok((await stat(join(dir, LOCK_FILE))).mtimeMs > first);
      await release();
    });
  });
});
