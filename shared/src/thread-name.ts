// Node leaves every thread named `node`; a named thread is told apart by `top -H` and the threads
// bench (scripts/src/bench/cpu.ts), which reads /proc/<pid>/task/*/comm.
import { writeFileSync } from 'node:fs';

/** Names the calling thread (Linux: 15 bytes at most); elsewhere it keeps its name. */
export function nameThread(name: string): void {
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // Not Linux: the thread keeps its name.
  }
}
