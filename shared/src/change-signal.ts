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
import type { Clock } from './clock.js';

export interface ChangeSignal {
  /** Changes whenever the service's data or simulated day may have changed. */
  version(): number;
}

export interface ChangeSource extends ChangeSignal {
  bump(): void;
}

export function createChangeSignal(clock: Pick<Clock, 'today'>): ChangeSource {
  let generation = 0;
  let day = clock.today();
  return {
    version() {
      const today = clock.today();
      if (today !== day) {
        day = today;
        generation++;
      }
      return generation;
    },
    bump() {
      generation++;
    },
  };
}
