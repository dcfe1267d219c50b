// SIM_BRON_NICE (docs/architecture.md#the-process-model-threads): on two cores BRON's thread and the
// load on it keep both cores busy, and a light service's thread that wakes for one request waits in
// the kernel's run queue behind them. A higher nice value for BRON's own threads lets it run first.
// On Linux a nice value belongs to a thread (setpriority with pid 0 is the calling thread), and a
// thread started later inherits it from the thread that starts it.
import { access } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The highest nice value Linux knows. */
const LAAGSTE_PRIORITEIT = 19;

/**
 * Raises the calling thread's nice value by `by` (0: nothing), at most to 19. Returns why it could not
 * (not Linux, where it would be the whole process; no permission), which is harmless: the thread then keeps its priority.
 */
export function lowerThreadPriority(by: number): string | undefined {
  if (by <= 0) return undefined;
  // Elsewhere pid 0 is the whole process: RIO's thread would go down with BRON's.
  if (process.platform !== 'linux') return `een nice-waarde per thread kan alleen op Linux (dit is ${process.platform})`;
  // libuv's pool, which every thread of the process shares, starts its threads in the first thread
  // that uses it, with that thread's nice value: an async fs call starts it now (once per process),
  // before this thread lowers its own, so RIO's and OSR's pool work never inherits BRON's.
  access('/', () => {});
  try {
    setPriority(0, Math.min(LAAGSTE_PRIORITEIT, getPriority(0) + by));
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
