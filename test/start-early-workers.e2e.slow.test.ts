// `npm start` (scripts/start.cjs) starts the chain's worker threads before its build check when the
// last build looks current, so their own start overlaps the check and the main thread's load
// (scripts/src/lib/chain-start.ts); when the check then builds, those workers end and the chain
// starts new ones from the new build. It starts and rebuilds a copy of the checkout
// (test-support/src/checkout.ts), never the checkout itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { checkoutCopy } from '@duo-sim/test-support/checkout';
import { startAllEnv } from './reliability/support/child-chain';

jest.setTimeout(180_000);

const tmp = mkdtempSync(join(tmpdir(), 'duo-sim-start-early-'));
const dataDir = freshDataDir();
const checkout = checkoutCopy();
afterAll(() => {
  for (const dir of [tmp, dataDir, checkout]) rmSync(dir, { recursive: true, force: true });
});

// The launcher's main thread writes each build check, each worker thread made and each that ended.
const report = join(tmp, 'events.txt');
const preload = join(tmp, 'events.cjs');
writeFileSync(
  preload,
  `const wt = require('node:worker_threads');
if (wt.isMainThread && !process.argv[1].endsWith('server.js')) {
  const { appendFileSync } = require('node:fs');
  const log = (e) => appendFileSync(${JSON.stringify(report)}, e + '\\n');
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request.endsWith('ensure-built.cjs')) log('build check');
    return load.call(this, request, ...rest);
  };
  const Worker = wt.Worker;
  wt.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      log('worker');
      this.once('exit', () => log('worker ended'));
    }
  };
}
`,
);

/** Runs the copy's `node scripts/start.cjs` until its banner; the events before it was stopped, and its output. */
async function startAndStop(): Promise<{ events: string[]; output: string }> {
  rmSync(report, { force: true });
  const { env } = await startAllEnv(dataDir, { NODE_OPTIONS: `--require ${preload}`, SIM_THREADS: '2' });
  const child = spawn(process.execPath, [join(checkout, 'scripts', 'start.cjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise((r) => child.once('exit', r));
  const end = Date.now() + 150_000;
  while (!/Stoppen: Ctrl\+C/.test(output)) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`no start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const events = readFileSync(report, 'utf8').trim().split('\n');
  child.kill('SIGTERM');
  await exit;
  return { events, output };
}

it('starts the worker thread before the build check, and the chain takes it', async () => {
  const { events } = await startAndStop();
  expect(events).toEqual(['worker', 'build check']);
});

it('ends that worker and starts a new one when the build check builds', async () => {
  // A source newer than its build: the check runs tsc -b (and bundles again) after the worker started.
  const source = join(checkout, 'scripts', 'src', 'lib', 'thread-protocol.ts');
  const now = new Date();
  utimesSync(source, now, now);
  const { events, output } = await startAndStop();
  expect(output).toContain('bouwen');
  expect(events[0]).toBe('worker');
  expect(events[1]).toBe('build check');
  expect(events.slice(2).sort()).toEqual(['worker', 'worker ended']);
});
