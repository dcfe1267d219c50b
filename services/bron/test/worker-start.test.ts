// How BRON's shard and front threads start (worker-start.ts): a thread that cannot wire itself says
// why and ends, rather than leaving the main thread waiting for `ready`; it lowers its priority
// before it takes its name.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { wireOrFail } from '../src/worker-start';

const ended = (code: number): never => {
  throw new Error(`exit ${code}`);
};

test('wireOrFail returns what wire made, and tells nobody anything', () => {
  const post = jest.fn();
  expect(wireOrFail(() => ({ db: 'open' }), post, ended)).toEqual({ db: 'open' });
  expect(post).not.toHaveBeenCalled();
});

test('wireOrFail posts failed with the reason and ends the thread with 1 when wire throws', () => {
  const post = jest.fn();
  expect(() =>
    wireOrFail(
      () => {
        throw new Error('geen database');
      },
      post,
      ended,
    ),
  ).toThrow('exit 1');
  expect(post).toHaveBeenCalledWith({ type: 'failed', message: 'geen database' });
});

// In a fresh process (the compiled file), where libuv's pool does not exist yet: a jest worker's has.
const COMPILED = join(__dirname, '..', 'dist', 'worker-start.js');

/** Begins the main thread as a BRON shard (nice +3), then uses the pool, then lists each thread's name and nice value. */
const SCRIPT = `
const fs = require('node:fs');
require(${JSON.stringify(COMPILED)}).beginBronThread('bron-shard-0', 3);
fs.stat('/', () => {
  const threads = fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
    const name = fs.readFileSync('/proc/self/task/' + tid + '/comm', 'utf8').trim();
    return { main: Number(tid) === process.pid, name, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
  });
  process.stdout.write(JSON.stringify(threads));
});
`;

(process.platform === 'linux' ? test : test.skip)(
  'beginBronThread lowers the priority before it names the thread: libuv’s pool, started on the way, keeps the process’s name and nice value',
  () => {
    const threads = JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' })) as Array<{
      main: boolean;
      name: string;
      nice: number;
    }>;
    const base = threads.find((t) => !t.main)!.nice;
    expect(threads.filter((t) => t.main)).toEqual([{ main: true, name: 'bron-shard-0', nice: Math.min(19, base + 3) }]);
    // V8's platform threads and libuv's four pool threads.
    expect(threads.filter((t) => !t.main).length).toBeGreaterThanOrEqual(8);
    for (const t of threads.filter((x) => !x.main)) expect({ name: t.name, nice: t.nice }).toEqual({ name: 'node', nice: base });
  },
);
