// The threads phase's rounds (scripts/src/bench/rounds.ts): each configuration once per round in a
// rotated order, medians per configuration, and ratios between medians only.
import { loadResult } from './load-result';
import { median } from '../src/bench/load';
import { inRounds, ratioOfMedians, ratiosByRound, roundOrder, seriesOf } from '../src/bench/rounds';

it('rotates the order per round, so no configuration is always first', () => {
  expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
  expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
  expect(roundOrder(['a', 'b', 'c'], 2)).toEqual(['c', 'a', 'b']);
  expect(roundOrder(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
  expect(roundOrder([], 1)).toEqual([]);
});

it('runs every configuration once per round, in the rotated order, and keeps each one’s runs in round order', async () => {
  const calls: string[] = [];
  let n = 0;
  const series = await inRounds(['one', 'two', 'four'] as const, 3, async (config, round) => {
    calls.push(`${round}:${config}`);
    return loadResult(++n);
  });
  expect(calls).toEqual(['0:one', '0:two', '0:four', '1:two', '1:four', '1:one', '2:four', '2:one', '2:two']);
  expect(series.one.runs.map((r) => r.perSecond)).toEqual([1, 6, 8]);
  expect(series.two.runs.map((r) => r.perSecond)).toEqual([2, 4, 9]);
  expect(series.four.runs.map((r) => r.perSecond)).toEqual([3, 5, 7]);
  expect(series.four.perSecond).toBe(5);
});

it('takes the median: the middle of an odd count, the mean of the middle two of an even one', () => {
  expect(median([500, 300, 400])).toBe(400);
  expect(median([300, 500])).toBe(400);
  expect(median([9, 1, 5, 7])).toBe(6);
  expect(Number.isNaN(median([]))).toBe(true);
});

it('gives a series its median throughput and latencies, whatever the order of the runs', () => {
  const s = seriesOf([loadResult(480, 12, 40), loadResult(360, 15, 90), loadResult(420, 11, 50)]);
  expect(s.perSecond).toBe(420);
  expect(s.p50Ms).toBe(12);
  expect(s.p99Ms).toBe(50);
  expect(s.runs).toHaveLength(3);
});

it('divides median by median, so one fast first run does not make the ratio', () => {
  const one = seriesOf([loadResult(600), loadResult(400), loadResult(410)]);
  const four = seriesOf([loadResult(420), loadResult(430), loadResult(800)]);
  expect(ratioOfMedians(four, one)).toBeCloseTo(430 / 410, 10);
});

it('gives the ratio of each round’s runs beside it, to show how much a ratio moves', () => {
  const one = seriesOf([loadResult(300), loadResult(500)]);
  const four = seriesOf([loadResult(330), loadResult(600)]);
  expect(ratiosByRound(four, one)).toEqual([1.1, 1.2]);
});
