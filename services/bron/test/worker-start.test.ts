// How BRON's shard and front threads start (worker-start.ts): a thread that cannot wire itself says
// why and ends, rather than leaving the main thread waiting for `ready`; it lowers its priority
// before it takes its name.
import { join } from 'node:path';
import { threadsOfFreshProcess } from '@duo-sim/test-support';
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

(process.platform === 'linux' ? test : test.skip)(
  'beginBronThread lowers the priority before it names the thread: libuv’s pool, started on the way, keeps the process’s name and nice value',
  () => {
    // Begins the main thread as a BRON shard (nice +3).
    const threads = threadsOfFreshProcess(`require(${JSON.stringify(COMPILED)}).beginBronThread('bron-shard-0', 3)`);
    const base = threads.find((t) => !t.main)!.nice;
    expect(threads.filter((t) => t.main)).toEqual([{ main: true, name: 'bron-shard-0', nice: Math.min(19, base + 3) }]);
    // V8's platform threads and libuv's four pool threads.
    expect(threads.filter((t) => !t.main).length).toBeGreaterThanOrEqual(8);
    for (const t of threads.filter((x) => !x.main)) expect({ name: t.name, nice: t.nice }).toEqual({ name: 'node', nice: base });
  },
);
