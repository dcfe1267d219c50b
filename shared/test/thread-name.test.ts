// nameThread (thread-name.ts): the name `top -H` and the threads bench show for a thread.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Names the main thread as a service thread would, then uses the pool, then lists each thread's name. */
const SCRIPT = `
const fs = require('node:fs');
require(${JSON.stringify(COMPILED)}).nameThread('rio+osr+verzuim');
fs.stat('/', () => {
  const names = fs.readdirSync('/proc/self/task').map((tid) => ({
    main: Number(tid) === process.pid,
    name: fs.readFileSync('/proc/self/task/' + tid + '/comm', 'utf8').trim(),
  }));
  process.stdout.write(JSON.stringify(names));
});
`;

(process.platform === 'linux' ? test : test.skip)(
  'starts libuv’s pool before the rename: the pool’s threads keep `node`, not the first named thread’s name',
  () => {
    const threads = JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' })) as Array<{
      main: boolean;
      name: string;
    }>;
    expect(threads.filter((t) => t.main).map((t) => t.name)).toEqual(['rio+osr+verzuim']);
    // V8's platform threads and libuv's four pool threads.
    expect(threads.filter((t) => !t.main).length).toBeGreaterThanOrEqual(8);
    for (const t of threads.filter((x) => !x.main)) expect(t.name).toBe('node');
  },
);
