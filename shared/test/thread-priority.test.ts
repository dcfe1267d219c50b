// lowerThreadPriority (thread-priority.ts, SIM_BRON_NICE): only the calling thread's nice value goes
// up, and libuv's pool, which every thread shares, is started first so its threads keep theirs. In a
// fresh process (the compiled file), where the pool does not exist yet: a jest worker's has.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const COMPILED = join(__dirname, '..', 'dist', 'thread-priority.js');

/** Lowers the main thread by 3, then uses the pool, then lists each thread's nice value (stat field 19). */
const SCRIPT = `
const fs = require('node:fs');
const failed = require(${JSON.stringify(COMPILED)}).lowerThreadPriority(3);
fs.stat('/', () => {
  const nices = fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
    return { main: Number(tid) === process.pid, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
  });
  process.stdout.write(JSON.stringify({ failed, nices }));
});
`;

(process.platform === 'linux' ? describe : describe.skip)('lowerThreadPriority', () => {
  it('raises the calling thread’s nice value only, the pool’s threads keep the process’s own', () => {
    const { failed, nices } = JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' })) as {
      failed?: string;
      nices: Array<{ main: boolean; nice: number }>;
    };
    expect(failed).toBeUndefined();
    const base = nices.find((t) => !t.main)!.nice;
    expect(nices.filter((t) => t.main).map((t) => t.nice)).toEqual([Math.min(19, base + 3)]);
    // V8's platform threads and libuv's four pool threads.
    expect(nices.filter((t) => !t.main).length).toBeGreaterThanOrEqual(8);
    expect(nices.filter((t) => !t.main).every((t) => t.nice === base)).toBe(true);
  });
});
