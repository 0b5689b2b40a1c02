// `npm test` (after the build): every browser test (in the engines of WA_OPTIN_ENGINES), then
// the Node tests, then one plain closing line with the real counts of both — the line CI reads.
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
const wtr = (extra = []) =>
  needsDisplay
    ? run('xvfb-run', ['-a', 'npx', 'wtr', '--config', 'web-test-runner.config.mjs', ...extra])
    : run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...extra]);

/** web-test-runner's last progress line per engine: "Chrome: |███| 3/3 test files | 57 passed, 0 failed". */
function wtrCounts(output) {
  const perEngine = new Map();
  for (const match of output.matchAll(/^(\w[\w ]*?):\s+\|.*\| (\d+) passed, (\d+) failed/gm)) {
    perEngine.set(match[1], [Number(match[2]), Number(match[3])]);
  }
  return perEngine;
}

/** The failed tests' names, and the files they are in: wtr prints "path.test.ts:" then " ❌ name". */
function wtrFailures(output) {
  const names = [];
  const files = new Set();
  let file;
  for (const line of output.split('\n')) {
    const header = /([\w./-]+\.test\.(?:ts|js|mjs)):\s*$/.exec(line);
    if (header) file = header[1];
    const failure = /^\s*❌ (.+)$/.exec(line);
    if (failure) {
      names.push(failure[1].trim());
      if (file) files.add(file);
    }
  }
  return { names, files: [...files] };
}

/** Node's spec reporter: "ℹ pass N", and in its summary "test at path:line" above "✖ name". */
function nodeResult(output) {
  const pass = /ℹ pass (\d+)/.exec(output);
  const fail = /ℹ fail (\d+)/.exec(output);
  const summary = output.split('✖ failing tests:')[1] ?? '';
  const files = [...new Set([...summary.matchAll(/^test at (?:file:\/\/)?(?:.*?\/)?(test\/node\/[^:]+):\d+/gm)].map((m) => m[1]))];
  const names = [...summary.matchAll(/^✖ (.+?)(?: \([\d.]+m?s\))?$/gm)].map((m) => m[1].trim());
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]), files, names } : undefined;
}

// Node 20's runner does not look for .ts files itself: list them (tsx compiles them).
const nodeTests = readdirSync('test/node', { recursive: true })
  .map(String)
  .filter((f) => /\.test\.(mjs|ts)$/.test(f))
  .map((f) => join('test/node', f))
  .sort();
const nodeRun = (files) => run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);

const browser = await wtr();
const perEngine = wtrCounts(browser.output);
const browserFailures = wtrFailures(browser.output);
const node = await nodeRun(nodeTests);
const nodeFirst = nodeResult(node.output);

if (!perEngine.size || !nodeFirst) {
  console.error("test: could not read the test counts from the runners' output");
  process.exit(1);
}
const sum = (map, i) => [...map.values()].reduce((total, counts) => total + counts[i], 0);
let browserFailed = sum(perEngine, 1);
let nodeFailed = nodeFirst.failed;
let browserCode = browser.code;
let nodeCode = node.code;

// A test that fails once and passes when its file runs again is flaky: it does not fail the run
// (a timing race of a loaded 2-core machine should not block a landing), but it is named below,
// on every run, so it gets fixed. A test that fails twice fails the run.
const flaky = [];
if (browserFailed && browserFailures.files.length && browserFailures.files.length <= 5) {
  console.log(`\ntest: running the files with failed browser tests again: ${browserFailures.files.join(' ')}`);
  const again = await wtr(browserFailures.files.flatMap((file) => ['--files', file]));
  if (again.code === 0 && sum(wtrCounts(again.output), 1) === 0 && wtrCounts(again.output).size) {
    flaky.push(...browserFailures.names);
    browserFailed = 0;
    browserCode = 0;
  }
}
if (nodeFailed && nodeFirst.files.length && nodeFirst.files.length <= 5) {
  console.log(`\ntest: running the files with failed node tests again: ${nodeFirst.files.join(' ')}`);
  const again = await nodeRun(nodeFirst.files);
  const result = nodeResult(again.output);
  if (again.code === 0 && result && result.failed === 0) {
    flaky.push(...nodeFirst.names);
    nodeFailed = 0;
    nodeCode = 0;
  }
}

// Tests that passed on the rerun count as passed (and are named as flaky below).
const passed = sum(perEngine, 0) + nodeFirst.passed + (sum(perEngine, 1) - browserFailed) + (nodeFirst.failed - nodeFailed);
// A runner can fail outside any test (an error in a hook, a file that did not load): it then
// exits non-zero with no failed test counted, and the closing line must not read as green.
const outsideTests = (browserCode || nodeCode) && !(browserFailed + nodeFailed) ? 1 : 0;
if (outsideTests) console.error('test: a runner failed outside any test; see its output above');
const failed = browserFailed + nodeFailed + outsideTests;
// The names, repeated at the end (CI shows only the log's tail).
if (browserFailed) for (const name of browserFailures.names.slice(0, 20)) console.log(`failed: ${name}`);
if (nodeFailed) for (const name of nodeFirst.names.slice(0, 20)) console.log(`failed: ${name}`);
for (const name of flaky) console.log(`flaky: ${name} (failed, then passed when its file ran again)`);
const engineCounts = [...perEngine].map(([name, [p, f]]) => `${name} ${p} passed, ${f} failed`).join(' · ');
console.log(`\nbrowser: ${engineCounts} · node: ${nodeFirst.passed} passed, ${nodeFirst.failed} failed${flaky.length ? ` (first run; ${flaky.length} flaky, passed on a rerun)` : ''}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(browserCode || nodeCode || (failed ? 1 : 0));
