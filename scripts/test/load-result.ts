// A load run's result for the bench's report and rounds tests: 100 requests in a second, all 201.
import type { LoadResult } from '../src/bench/load';

export const loadResult = (perSecond: number, p50Ms = 10, p99Ms = 20): LoadResult => ({
  requests: 100,
  ok: 100,
  errors: 0,
  statuses: { '201': 100 },
  firstErrors: [],
  elapsedMs: 1000,
  perSecond,
  p50Ms,
  p99Ms,
  timedOut: false,
});
