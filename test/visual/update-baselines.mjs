// `npm run test:visual:update`: writes every screenshot baseline again, from scratch (a state
// no longer photographed leaves no stale file behind), in Chromium, then says what changed
// so the PNGs can be reviewed before they are committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const baselines = join(here, 'baselines');

mkdirSync(baselines, { recursive: true });
for (const file of readdirSync(baselines, { withFileTypes: true })) {
  if (file.isFile() && file.name.endsWith('.png')) rmSync(join(baselines, file.name));
}

const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs', '--files', 'test/visual/**/*.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, WA_OPTIN_VISUAL_UPDATE: '1', WA_OPTIN_ENGINES: 'chromium' },
});
if (run.status !== 0) {
  console.error('test:visual:update: the run failed; some baselines may be missing (see above)');
  process.exit(run.status ?? 1);
}

const written = readdirSync(baselines).filter((name) => name.endsWith('.png')).length;
const changed = spawnSync('git', ['status', '--short', '--', baselines], { encoding: 'utf8' }).stdout.trim();
console.log(`\n${written} baselines written in test/visual/baselines/.`);
console.log(changed ? `Changed since the last commit (review these PNGs, then commit them):\n${changed}` : 'None changed since the last commit.');
