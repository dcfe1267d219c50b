// Gives glibc's free memory back to the system after a crowd of connections has gone (issue 13
// item 6; docs/security.md, "Memory after slow clients go"). glibc returns only the free top of its
// main heap on its own; what 1,000 slow TLS connections leave is free space in its middle, among
// small blocks that live on. malloc_trim(0) (the @duo-sim/malloc addon) hands those pages back.
//
// It runs when a server's open connections fall to a quarter of a peak of at least 100, a second
// after that (so a burst of closes asks once), at most once per 2 s in the process, and then again
// after each full GC in the next minute: V8 frees a closed connection's native memory (TLS state,
// buffers) only when it collects the socket's objects, which is later than the close. Nothing
// runs per request; per connection only a counter moves.
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import type { Server, Socket } from 'node:net';
import { mallocAddon, type MallocAddon } from '@duo-sim/malloc';

export interface TrimPolicy {
  /** A peak of open connections below this asks for nothing (a normal keep-alive load). */
  peakAtLeast: number;
  /** Trim once the open connections have fallen to this share of the peak. */
  fallTo: number;
}

export const TRIM_POLICY: Readonly<TrimPolicy> = Object.freeze({ peakAtLeast: 100, fallTo: 0.25 });
/** From the fall to the trim: the closes of one burst come together. */
export const TRIM_DELAY_MS = 1_000;
/** The process trims at most this often (each call walks every arena). */
export const TRIM_MIN_INTERVAL_MS = 2_000;
/** After a fall, trim again after each full GC for this long. */
export const TRIM_AFTER_GC_MS = 60_000;

/** A server's open connections and their highest count since the last fall. */
export interface ConnectionCount {
  open: number;
  peak: number;
}

export const NO_CONNECTIONS: Readonly<ConnectionCount> = Object.freeze({ open: 0, peak: 0 });

export function connectionOpened(c: ConnectionCount): ConnectionCount {
  const open = c.open + 1;
  return { open, peak: Math.max(c.peak, open) };
}

/**
 * One connection fewer, and whether that is the fall the policy trims after. The peak then starts
 * again from what is open, so one fall asks once.
 */
export function connectionClosed(
  c: ConnectionCount,
  policy: TrimPolicy = TRIM_POLICY,
): { count: ConnectionCount; trim: boolean } {
  const open = Math.max(0, c.open - 1);
  const trim = c.peak >= policy.peakAtLeast && open <= c.peak * policy.fallTo;
  return { count: { open, peak: trim ? open : c.peak }, trim };
}

/** One per process (thread): the trims of every server in it, rate-limited together. */
class Trimmer {
  private timer: NodeJS.Timeout | undefined;
  private last = -Infinity;
  private gcWindowEnd = 0;
  private observer: PerformanceObserver | undefined;

  constructor(private readonly addon: MallocAddon) {}

  /** A fall: trim soon, and after each full GC for a while. */
  fell(): void {
    this.gcWindowEnd = Date.now() + TRIM_AFTER_GC_MS;
    this.watchGc();
    this.schedule(TRIM_DELAY_MS);
  }

  private schedule(delayMs: number): void {
    if (this.timer) return;
    const wait = Math.max(delayMs, this.last + TRIM_MIN_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => this.trim(), wait);
    this.timer.unref();
  }

  private trim(): void {
    this.timer = undefined;
    this.last = performance.now();
    this.addon.trim();
  }

  private watchGc(): void {
    if (this.observer) return;
    this.observer = new PerformanceObserver((list) => {
      if (Date.now() > this.gcWindowEnd) {
        this.observer?.disconnect();
        this.observer = undefined;
        return;
      }
      const full = list
        .getEntries()
        .some((e) => (e as unknown as { detail?: { kind?: number } }).detail?.kind === perf.NODE_PERFORMANCE_GC_MAJOR);
      if (full) this.schedule(0);
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }
}

let trimmer: Trimmer | null | undefined;

/**
 * Counts `server`'s connections and trims after a fall (the policy above); nothing without the
 * addon (not glibc, not built, SIM_MALLOC_ADDON=0).
 */
export function trimAfterConnectionsFall(server: Server): void {
  if (trimmer === undefined) {
    const addon = mallocAddon();
    trimmer = addon ? new Trimmer(addon) : null;
  }
  const t = trimmer;
  if (!t) return;
  let count: ConnectionCount = NO_CONNECTIONS;
  server.on('connection', (socket: Socket) => {
    count = connectionOpened(count);
    socket.once('close', () => {
      const next = connectionClosed(count);
      count = next.count;
      if (next.trim) t.fell();
    });
  });
}
