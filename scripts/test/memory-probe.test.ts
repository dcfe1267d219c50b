// The bench's memory probe (scripts/src/bench/memory-probe.ts), loaded with `node -r` as the bench
// loads it into the chain: on SIGUSR2 it reads every thread's V8 heap as it is, then once every
// thread has run its full GCs, so "after" does not depend on when V8 chooses to shrink a heap.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ProbeLine } from '../src/bench/memory-probe';

jest.setTimeout(30_000);

const PROBE = join(__dirname, '..', 'dist', 'bench', 'memory-probe.js');

it('reads the heaps of the main thread and a worker, as they are and after full GCs that free their garbage', async () => {
  // The worker makes 32 MB of garbage (a large array it drops), then says so.
  const worker = `
    let garbage = new Array(4_000_000).fill(1.5); garbage = undefined;
    require('node:worker_threads').parentPort.postMessage('ready');
    setInterval(() => {}, 1000);`;
  const main = `
    const { Worker } = require('node:worker_threads');
    new Worker(${JSON.stringify(worker)}, { eval: true }).on('message', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-r', PROBE, '-e', main], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    while (!out.includes('ready')) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGUSR2');
    while (!/^bench-memory \{/m.test(err)) await new Promise((r) => setTimeout(r, 20));
    const line = (name: string) => JSON.parse(new RegExp(`^${name} (.*)$`, 'm').exec(err)![1]) as ProbeLine;
    const now = line('bench-memory-now');
    const settled = line('bench-memory');
    expect(now.threads).toHaveLength(2);
    expect(settled.threads).toHaveLength(2);
    expect(settled.threads[0].threadId).toBe(0);
    expect(now.rss).toBeGreaterThan(0);
    // The worker's garbage is in the first reading and gone from the second.
    expect(now.threads[1].heapUsed).toBeGreaterThan(32_000_000);
    expect(settled.threads[1].heapUsed).toBeLessThan(now.threads[1].heapUsed - 30_000_000);
    expect(err.indexOf('bench-memory-now')).toBeLessThan(err.indexOf('bench-memory {'));
  } finally {
    child.kill('SIGKILL');
  }
});
