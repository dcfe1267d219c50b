// The bench's process figures (scripts/src/bench/processes.ts): the CPU a process used and the
// processes beside it, which the land phase's overview rows give beside the wall time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpuMsOf } from '../src/bench/cpu';
import { childPids } from '../src/bench/processes';

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
});
