// The chain's V8 flags (scripts/src/lib/v8-settings.ts): which flags, SIM_V8_FLAGS, and that set from
// inside a process before its worker threads start, they cap a worker's young generation.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { applyChainV8Flags, CHAIN_V8_FLAGS, chainV8Flags, commandLineV8Flags, v8FlagProblems } from '../src/lib/v8-settings';

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
    require(${JSON.stringify(BUILT)}).applyChainV8Flags(process.env);
    const { Worker } = require('node:worker_threads');
    new Worker(${JSON.stringify(worker)}, { eval: true }).on('message', (m) => { console.log(m); process.exit(0); });`;
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
});
