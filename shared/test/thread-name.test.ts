// nameThread (thread-name.ts): the name `top -H` and the threads bench show for a thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadsOfFreshProcess } from '@duo-sim/test-support';
import { nameThread } from '../src/thread-name';

test('names the thread it runs in, cut to the 15 bytes Linux keeps (Linux)', () => {
  if (process.platform !== 'linux') return;
  const comm = () => readFileSync('/proc/thread-self/comm', 'utf8').trim();
  const before = comm();
  try {
    nameThread('bron-test-1');
    expect(comm()).toBe('bron-test-1');
    nameThread('rio+osr+verzuim+bron');
    expect(comm()).toBe('rio+osr+verzuim');
  } finally {
    nameThread(before);
  }
});

// In a fresh process (the compiled file), where libuv's pool does not exist yet: a jest worker's has.
const COMPILED = join(__dirname, '..', 'dist', 'thread-name.js');

(process.platform === 'linux' ? test : test.skip)(
  'starts libuv’s pool before the rename: the pool’s threads keep `node`, not the first named thread’s name',
  () => {
    // Names the main thread as a service thread would.
    const threads = threadsOfFreshProcess(`require(${JSON.stringify(COMPILED)}).nameThread('rio+osr+verzuim')`);
    expect(threads.filter((t) => t.main).map((t) => t.name)).toEqual(['rio+osr+verzuim']);
    // V8's platform threads and libuv's four pool threads.
    expect(threads.filter((t) => !t.main).length).toBeGreaterThanOrEqual(8);
    for (const t of threads.filter((x) => !x.main)) expect(t.name).toBe('node');
  },
);
