// The bench's process figures (scripts/src/bench/processes.ts): the CPU a process used and the
// processes beside it, which the land phase's overview rows give beside the wall time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpuMsOf } from '../src/bench/cpu';
import { chainEnv, childPids } from '../src/bench/processes';

describe("the bench's process figures", () => {
  it('reads the CPU a process used so far, which grows as it works, and NaN for none', () => {
    const before = cpuMsOf(process.pid);
    expect(before).toBeGreaterThan(0);
    let after = before;
    // Work until the kernel's counter moves on (it counts in ticks of 10 ms); bounded.
    for (let round = 0; round < 10_000 && after === before; round++) {
      let x = 0;
      for (let i = 0; i < 1_000_000; i++) x += i % 7;
      if (x < 0) break;
      after = cpuMsOf(process.pid);
    }
    expect(after).toBeGreaterThan(before);
    expect(cpuMsOf(2 ** 30)).toBeNaN();
  });

  it("finds a process's children (the console beside the chain)", async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], { stdio: 'ignore' });
    try {
      await once(child, 'spawn');
      expect(childPids(process.pid)).toContain(child.pid);
      expect(childPids(child.pid!)).toEqual([]);
    } finally {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
  });

  it("gives the chain the bench's environment, less what `without` names (the cold start without NODE_EXTRA_CA_CERTS)", () => {
    process.env.DUO_SIM_BENCH_TEST_VAR = 'x';
    try {
      const o = { dataDir: '/tmp/d', simDate: '2026-11-28', ports: [1, 2, 3, 4] };
      expect(chainEnv(o).DUO_SIM_BENCH_TEST_VAR).toBe('x');
      const env = chainEnv({ ...o, without: ['DUO_SIM_BENCH_TEST_VAR'] });
      expect(env).not.toHaveProperty('DUO_SIM_BENCH_TEST_VAR');
      expect(env.SIM_DATA_DIR).toBe('/tmp/d');
    } finally {
      delete process.env.DUO_SIM_BENCH_TEST_VAR;
    }
  });
});
