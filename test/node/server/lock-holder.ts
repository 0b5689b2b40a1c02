// A separate `node` process that opens an embedded database (for the lock tests): it waits
// until the given instant, so that several start at once, opens the directory (`store`: the
// whole PGlite store; `lock`: only its lock, which is what decides), prints one JSON line
// saying whether it did, and holds it open until its stdin ends.
import { lockDataDir } from '../../../src/server/store/lock.js';
import { openPgliteStore } from '../../../src/server/store/pglite.js';

const [dataDir, startAt = '0', mode = 'store'] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  const store = mode === 'lock' ? { close: await lockDataDir(dataDir) } : await openPgliteStore(dataDir);
  process.stdout.write(`${JSON.stringify({ opened: true, pid: process.pid })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void store.close().then(() => process.exit(0)));
} catch (error) {
  process.stdout.write(`${JSON.stringify({ opened: false, pid: process.pid, message: (error as Error).message })}\n`);
  process.exit(0);
}
