// The threads bench's CPU accounting (scripts/src/bench/cpu.ts): per process and per thread from
// /proc, and the detail text of its rows (issue 19: chain cores against the load generator's).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { consolePid, describeCpu, describeThreads, startCpuCount, type CpuFigures } from '../src/bench/cpu';

it('counts the CPU a process used since the start, with its main thread by name', () => {
  const count = startCpuCount(process.pid);
  const began = process.cpuUsage();
  // Burn 100 ms of CPU (counted in CPU, not in wall time, so a busy machine only makes it slower).
  while (process.cpuUsage(began).user < 100_000) Math.sqrt(Math.random());
  const cpu = count.stop();
  expect(cpu.chainCores).toBeGreaterThan(0);
  expect(cpu.generatorCores).toBeGreaterThan(0);
  expect(Number.isNaN(cpu.consoleCores)).toBe(true);
  expect(cpu.threads.map((t) => t.name)).toContain('main');
  // The run-queue wait of the main thread: a share of the wall time, never negative.
  expect(cpu.mainWaiting).toBeGreaterThanOrEqual(0);
  expect(cpu.mainWaiting).toBeLessThanOrEqual(1);
});

it('describes the cores of each side, the CPU per accepted bericht and the threads grouped by name', () => {
  const cpu: CpuFigures = {
    wallMs: 10_000,
    chainCores: 0.9,
    consoleCores: 0.05,
    generatorCores: 0.8,
    threads: [
      { name: 'main', tid: 1, cores: 0.6 },
      { name: 'rio+osr+verzuim', tid: 2, cores: 0.2 },
      { name: 'node', tid: 3, cores: 0.06 },
      { name: 'node', tid: 4, cores: 0.04 },
      { name: 'node', tid: 5, cores: 0.001 },
    ],
  };
  expect(describeCpu(cpu, 3000)).toBe(
    'chain 0.90 cores, generator 0.80 cores, console 0.05 cores; chain 3.00 ms CPU per accepted bericht',
  );
  expect(describeThreads(cpu)).toBe('main 0.60, rio+osr+verzuim 0.20, node×3 0.10 (0.06 0.04 0.00)');
});

it('says how long the chain’s main thread waited for a CPU, when it was read', () => {
  const cpu: CpuFigures = { wallMs: 1000, chainCores: 1, consoleCores: NaN, generatorCores: 0.1, threads: [], mainWaiting: 0.42 };
  expect(describeCpu(cpu, 500)).toBe(
    'chain 1.00 cores, generator 0.10 cores; chain 2.00 ms CPU per accepted bericht; main thread waited for a CPU 0.42 of the time',
  );
});

it.each([['scripts/dist/bundle/console-server.cjs'], ['console/dist/server.js']])(
  "finds the console's process among the chain's children, when it runs %s",
  async (script) => {
    // A child whose command line names the console's script, as the chain's console has it.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)', script], { stdio: 'ignore' });
    try {
      // Until the child has exec'd node, its command line is still this process's.
      let found: number | undefined;
      for (const end = Date.now() + 5_000; found === undefined && Date.now() < end;) {
        found = consolePid(process.pid);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(found).toBe(child.pid);
    } finally {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
  },
);
