// nameThread (thread-name.ts): the name `top -H` and the threads bench show for a thread.
import { readFileSync } from 'node:fs';
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
