// `npm test` (after the build): every browser test in Chromium, then the Node tests, then
// one plain closing line with the real counts of both — the line CI reads.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(new RegExp(String.fromCharCode(27) + "\\[[0-9;]*[A-Za-z]", "g"), "") }));
  });
}

// WebKitGTK has no headless mode: without a display, run the browser tests under a virtual one.
const engines = (process.env.WA_OPTIN_ENGINES ?? '').split(',');
const needsDisplay = engines.includes('webkit') && !process.env.DISPLAY;
const browser = needsDisplay
  ? await run('xvfb-run', ['-a', 'npx', 'wtr', '--config', 'web-test-runner.config.mjs'])
  : await run('npx', ['wtr', '--config', 'web-test-runner.config.mjs']);
// web-test-runner's last progress line per engine: "Chrome: |███| 3/3 test files | 57 passed, 0 failed"
const perEngine = new Map();
for (const match of browser.output.matchAll(/^(\w[\w ]*?):\s+\|.*\| (\d+) passed, (\d+) failed/gm)) {
  perEngine.set(match[1], [Number(match[2]), Number(match[3])]);
}
const wtrCounts = perEngine.size
  ? [null, ...[...perEngine.values()].reduce(([p, f], [p2, f2]) => [p + p2, f + f2], [0, 0])]
  : undefined;
// Node 20's runner does not look for .ts files itself: list them (tsx compiles them).
const nodeTests = readdirSync('test/node', { recursive: true })
  .map(String)
  .filter((f) => /\.test\.(mjs|ts)$/.test(f))
  .map((f) => join('test/node', f))
  .sort();
const node = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]);
const nodePass = /ℹ pass (\d+)/.exec(node.output);
const nodeFail = /ℹ fail (\d+)/.exec(node.output);

if (!wtrCounts || !nodePass || !nodeFail) {
  console.error('test: could not read the test counts from the runners\' output');
  process.exit(1);
}
const passed = Number(wtrCounts[1]) + Number(nodePass[1]);
// A runner can fail outside any test (an error in a hook, a file that did not load): it then
// exits non-zero with no failed test counted, and the closing line must not read as green.
const outsideTests = (browser.code || node.code) && !(Number(wtrCounts[2]) + Number(nodeFail[1])) ? 1 : 0;
if (outsideTests) console.error('test: a runner failed outside any test; see its output above');
const failed = Number(wtrCounts[2]) + Number(nodeFail[1]) + outsideTests;
const engineCounts = [...perEngine].map(([name, [p, f]]) => `${name} ${p} passed, ${f} failed`).join(' · ');
console.log(`\nbrowser: ${engineCounts} · node: ${nodePass[1]} passed, ${nodeFail[1]} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(browser.code || node.code || (failed ? 1 : 0));
