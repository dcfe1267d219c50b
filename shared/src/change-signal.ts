// "Has anything changed in this service?" — what lets a peer in the same process keep the answers
// of OSR and RIO without ever serving a stale one (docs/services/osr.md: a change takes effect for the very
// next request of any service; caching is allowed only on that condition; see
// docs/architecture.md#peer-answers-cached-in-one-process-never-stale).
//
// The service bumps its signal for every request that may change its data, once when the request
// arrives and once more just before its answer leaves (http/change-middleware.ts), so:
// - an answer fetched while a change was in flight is never kept (its version moved);
// - the writer's caller cannot see the change confirmed before every cache in the process has
//   stopped trusting what it held, so the very next question anyone asks goes to the service.
// The simulated day is part of the version too: answers "valid today" (mandates, afleveradressen)
// expire at midnight and when the clock is set, without a write.
//
// Under `npm start` each service runs in a worker thread of its own (scripts/src/lib/threaded-chain.ts),
// so the counter lives in a cell of an Int32Array on a SharedArrayBuffer: the writer bumps it with
// Atomics.add before its caller can hear "done", and a peer's thread reads it with Atomics.load
// before it trusts its cache (watchChangeCell).
import type { Clock } from './clock.js';
import { dutchDate } from './dates.js';

export interface ChangeSignal {
  /** Changes whenever the service's data or simulated day may have changed. */
  version(): number;
}

export interface ChangeSource extends ChangeSignal {
  bump(): void;
}

/** One service's change counter: a cell other threads can read (an Int32Array on a SharedArrayBuffer). */
export interface ChangeCell {
  counters: Int32Array;
  index: number;
}

/** The counter of a service whose peers all live in its own thread. */
export function localChangeCell(): ChangeCell {
  return { counters: new Int32Array(1), index: 0 };
}

export function createChangeSignal(clock: Pick<Clock, 'today'>, cell: ChangeCell = localChangeCell()): ChangeSource {
  const { counters, index } = cell;
  let day = clock.today();
  return {
    version() {
      const today = clock.today();
      if (today !== day) {
        day = today;
        Atomics.add(counters, index, 1);
      }
      return Atomics.load(counters, index);
    },
    bump() {
      Atomics.add(counters, index, 1);
    },
  };
}

/**
 * A peer's signal as seen from another thread. The peer's simulated day is its real Dutch date plus
 * an offset that only `PUT /_sim/clock` or a reset moves (both bump the cell), so this side adds the
 * real date's changes itself: answers "valid today" still expire at midnight.
 */
export function watchChangeCell(cell: ChangeCell, realNow: () => Date = () => new Date()): ChangeSignal {
  const { counters, index } = cell;
  let day = dutchDate(realNow());
  let midnights = 0;
  return {
    version() {
      const today = dutchDate(realNow());
      if (today !== day) {
        day = today;
        midnights++;
      }
      // Both parts only grow, so their sum moves whenever either does (wrapping is harmless: only
      // equality is asked).
      return (Atomics.load(counters, index) + midnights) | 0;
    },
  };
}
