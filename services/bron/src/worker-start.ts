// How BRON's shard and front threads (shard-worker.ts, front-worker.ts) start: they take BRON's lower
// priority, name themselves, and wire themselves or tell the main thread why not, so its start
// fails with the reason instead of waiting for a `ready` that never comes.
import { lowerThreadPriority, nameThread } from '@duo-sim/shared';

/**
 * Lowers the thread's priority by SIM_BRON_NICE, so BRON's bulk work yields to the light services'
 * threads (a failure to lower is the main thread's to log), and names it (for `top -H` and the bench).
 */
export function beginBronThread(name: string, nice: number): void {
  // Each starts libuv's pool (once per process) before it changes this thread, so the pool's four
  // threads, which serve every service, keep the process's name and nice value.
  lowerThreadPriority(nice);
  nameThread(name);
}

/** The result of `wire`, or, when it throws, a `failed` message to the main thread and the end of this one. */
export function wireOrFail<T>(
  wire: () => T,
  post: (m: { type: 'failed'; message: string }) => void,
  exit: (code: number) => never = (code) => process.exit(code),
): T {
  try {
    return wire();
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
    return exit(1);
  }
}
