// The published types as an app sees them: each file of test/types/dist-*.ts(x) is
// type-checked on its own against dist/*.d.ts, reached through the package's own name
// (no `paths` to src/, unlike `npm run typecheck`). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const options = ['--noEmit', '--strict', '--skipLibCheck', '--jsx', 'react-jsx', '--module', 'esnext',
  '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2023,dom', '--types', 'react'];

for (const file of ['test/types/dist-define.ts', 'test/types/dist-react.tsx', 'test/types/dist-vue.ts']) {
  test(`${file} type-checks against the built package`, () => {
    try {
      execFileSync(process.execPath, [tsc, ...options, file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`tsc: ${error.stdout}${error.stderr}`);
    }
  });
}
