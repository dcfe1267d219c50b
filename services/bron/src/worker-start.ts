// How BRON's shard and front threads (shard-worker.ts, front-worker.ts) start: they name themselves,
// take BRON's lower priority, and wire themselves or tell the main thread why not, so its start
// fails with the reason instead of waiting for a `ready` that never comes.
import { lowerThreadPriority, nameThread } from '@duo-sim/shared';

/**
 * Names the thread (for `top -H` and the bench) and lowers its priority by SIM_BRON_NICE, so BRON's
 * bulk work yields to the light services' threads (a failure to lower is the main thread's to log).
 */
export function beginBronThread(name: string, nice: number): void {
  nameThread(name);
  lowerThreadPriority(nice);
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
