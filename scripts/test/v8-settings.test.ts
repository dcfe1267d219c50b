// The chain's V8 flags (scripts/src/lib/v8-settings.ts): which flags, SIM_V8_FLAGS, that they cap
// each thread's young generation (the main thread's from the command line, a worker's as a resource
// limit), and that they leave Node's code cache usable while the chain loads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyChainV8Flags,
  CHAIN_V8_FLAGS,
  chainV8Flags,
  commandLineV8Flags,
  earlyV8Flags,
  laterV8Flags,
  v8FlagProblems,
  workerResourceLimits,
} from '../src/lib/v8-settings';

const BUILT = join(__dirname, '..', 'dist', 'lib', 'v8-settings.js');

/** A child that sets the chain's flags, then lets a worker keep 400,000 small objects: its largest new space. */
function largestYoungGeneration(env: Record<string, string>): number {
  const worker = `
    const v8 = require('node:v8');
    const keep = []; let max = 0;
    for (let i = 0; i < 400000; i++) {
      keep.push({ i, s: 'x' + i });
      if (i % 1000 === 0) max = Math.max(max, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    require('node:worker_threads').parentPort.postMessage(max);`;
  const main = `
    const settings = require(${JSON.stringify(BUILT)});
    settings.applyChainV8Flags(process.env);
    const { Worker } = require('node:worker_threads');
    const resourceLimits = settings.workerResourceLimits(process.env);
    new Worker(${JSON.stringify(worker)}, { eval: true, resourceLimits }).on('message', (m) => { console.log(m); process.exit(0); });`;
  const { SIM_V8_FLAGS: _, ...rest } = process.env;
  return Number(execFileSync(process.execPath, ['-e', main], { env: { ...rest, ...env }, encoding: 'utf8' }).trim());
}

describe("the chain's V8 flags", () => {
  it('are a 2 MiB semi-space and smaller heap growth steps unless SIM_V8_FLAGS says otherwise', () => {
    expect(chainV8Flags({})).toEqual(['--max-semi-space-size=2', '--heap-growing-percent=10']);
    expect(chainV8Flags({})).toEqual([...CHAIN_V8_FLAGS]);
    expect(chainV8Flags({ SIM_V8_FLAGS: '--max-semi-space-size=8' })).toEqual(['--max-semi-space-size=8']);
    expect(chainV8Flags({ SIM_V8_FLAGS: '' })).toEqual([]);
    expect(v8FlagProblems({ SIM_V8_FLAGS: ' --a  --b=1 ' })).toEqual([]);
  });

  it('refuses a SIM_V8_FLAGS that is not flags, in Dutch, and sets none', () => {
    const env = { SIM_V8_FLAGS: '--max-semi-space-size=4 rm -rf' };
    expect(v8FlagProblems(env)).toEqual([
      expect.stringMatching(/^SIM_V8_FLAGS=--max-semi-space-size=4 rm -rf: verwacht V8-vlaggen/),
    ]);
    expect(applyChainV8Flags(env)).toEqual([]);
  });

  it('give the main thread its semi-space cap on the command line, and nothing when SIM_V8_FLAGS is refused', () => {
    expect(commandLineV8Flags({})).toEqual(['--max-semi-space-size=2']);
    expect(commandLineV8Flags({ SIM_V8_FLAGS: '--max-semi-space-size=8 --stack-size=900' })).toEqual(['--max-semi-space-size=8']);
    expect(commandLineV8Flags({ SIM_V8_FLAGS: '' })).toEqual([]);
    expect(commandLineV8Flags({ SIM_V8_FLAGS: 'rm -rf' })).toEqual([]);
  });

  it("cap a worker thread's young generation at a few MiB, where V8 would grow it to 32 MiB", () => {
    expect(largestYoungGeneration({})).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(largestYoungGeneration({ SIM_V8_FLAGS: '' })).toBeGreaterThan(8 * 1024 * 1024);
  });

  it('give a worker thread the cap as a resource limit: three semi-spaces', () => {
    expect(workerResourceLimits({})).toEqual({ maxYoungGenerationSizeMb: 6 });
    expect(workerResourceLimits({ SIM_V8_FLAGS: '--max-semi-space-size=8' })).toEqual({ maxYoungGenerationSizeMb: 24 });
    expect(workerResourceLimits({ SIM_V8_FLAGS: '' })).toEqual({});
    expect(workerResourceLimits({ SIM_V8_FLAGS: 'rm -rf' })).toEqual({});
  });

  it('set the heap growth steps only once the chain has started, other flags of SIM_V8_FLAGS before', () => {
    const env = { SIM_V8_FLAGS: '--heap-growing-percent=10 --max-semi-space-size=2 --stack-size=900' };
    expect(earlyV8Flags(env)).toEqual(['--stack-size=900']);
    expect(laterV8Flags(env)).toEqual(['--heap-growing-percent=10']);
    expect(earlyV8Flags({})).toEqual([]);
    expect(laterV8Flags({})).toEqual(['--heap-growing-percent=10']);
  });
});

describe("the chain's V8 flags and Node's code cache", () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-sim-v8-flags-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache.bin');
  const source = JSON.stringify('(function () { return 42; })');

  /** Whether V8 refuses, in a process with `nodeFlags`, a code cache made in one without flags (as Node's own is). */
  function refused(nodeFlags: string[], env: Record<string, string>): boolean {
    execFileSync(process.execPath, [
      '-e',
      `require('node:fs').writeFileSync(${JSON.stringify(cache)}, new (require('node:vm').Script)(${source}).createCachedData())`,
    ]);
    const check = `
      require(${JSON.stringify(BUILT)}).applyChainV8Flags(process.env);
      const script = new (require('node:vm').Script)(${source}, { cachedData: require('node:fs').readFileSync(${JSON.stringify(cache)}) });
      console.log(script.cachedDataRejected);`;
    const { SIM_V8_FLAGS: _, ...rest } = process.env;
    return (
      execFileSync(process.execPath, [...nodeFlags, '-e', check], { env: { ...rest, ...env }, encoding: 'utf8' }).trim() ===
      'true'
    );
  }

  it('is used while the chain loads, with the semi-space flag on the command line', () => {
    expect(refused(commandLineV8Flags({}), {})).toBe(false);
    // A flag of SIM_V8_FLAGS other than those is set as it was: at the price of the cache.
    expect(refused(commandLineV8Flags({}), { SIM_V8_FLAGS: '--max-semi-space-size=2 --stack-size=900' })).toBe(true);
  });

  it("leaves the main thread's young generation capped by the command line", () => {
    const main = `
      require(${JSON.stringify(BUILT)}).applyChainV8Flags(process.env);
      const v8 = require('node:v8');
      const keep = []; let max = 0;
      for (let i = 0; i < 400000; i++) {
        keep.push({ i, s: 'x' + i });
        if (i % 1000 === 0) max = Math.max(max, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
      }
      console.log(max);`;
    const { SIM_V8_FLAGS: _, ...rest } = process.env;
    const max = Number(
      execFileSync(process.execPath, [...commandLineV8Flags({}), '-e', main], { env: rest, encoding: 'utf8' }).trim(),
    );
    expect(max).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
