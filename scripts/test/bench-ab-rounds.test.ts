// The A/B drivers' summary (scripts/src/bench/ab-rounds.ts, for fronts-ab.ts and threads-profile.ts):
// each configuration's median and runs, and ratios of medians with each round's ratio beside them.
import { loadResult } from './load-result';
import { abSummary } from '../src/bench/ab-rounds';
import { seriesOf } from '../src/bench/rounds';

const series = {
  one: seriesOf([loadResult(400, 10, 30), loadResult(500, 10, 50), loadResult(450, 10, 40)]),
  two: seriesOf([loadResult(600, 10, 20), loadResult(900, 10, 90), loadResult(720, 10, 60)]),
};

it('gives each configuration its median rate, its runs in round order and its median p99', () => {
  expect(abSummary(['one', 'two'], series)).toEqual([
    'one: median 450/s (runs 400, 500, 450), p99 40 ms',
    'two: median 720/s (runs 600, 900, 720), p99 60 ms',
  ]);
});

it('divides medians by the chosen configuration’s, with each round’s ratio beside', () => {
  expect(abSummary(['one', 'two'], series, 'one')).toEqual([
    'one: median 450/s (runs 400, 500, 450), p99 40 ms; 1.00 of one (by round 1.00, 1.00, 1.00)',
    'two: median 720/s (runs 600, 900, 720), p99 60 ms; 1.60 of one (by round 1.50, 1.80, 1.60)',
  ]);
});

it('gives no ratios when the chosen configuration was left out', () => {
  expect(abSummary(['two'], { two: series.two }, 'one')).toEqual(['two: median 720/s (runs 600, 900, 720), p99 60 ms']);
});
