// A damaged embedded database must stop the receiver with words a shop owner can act on,
// not a bare WebAssembly "Aborted()" — and must not be deleted (it holds consent records).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPgliteStore } from '../../../src/server/store/pglite.js';

test('a damaged PGlite folder is reported clearly and left in place', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wa-optin-damaged-'));
  try {
    const store = await openPgliteStore(dir);
    await store.close();
    const control = join(dir, 'global', 'pg_control');
    const size = (await readFile(control)).length;
    await writeFile(control, Buffer.alloc(size, 0xff)); // what a disk or a double writer can leave
    await assert.rejects(openPgliteStore(dir), (error: Error) => {
      assert.match(error.message, /^wa-optin: the embedded database in .* could not be opened \(/);
      assert.match(error.message, /move it aside \(keep it: it holds consent records\)/);
      return true;
    });
    assert.equal((await readFile(control)).length, size, 'the damaged data is still there');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
