// Configurations measured in rounds, figures as medians: on this shared 2-core machine one
// configuration's rows vary by up to 25 % within one run, and the first row of a run was always
// the fastest (bench/RESULTS.md, "The full run of 17:00"). So round k runs every configuration
// once, starting k places further along the list, and a ratio is taken between medians only.
import { median, type LoadResult } from './load.js';

/** Round `round` (from 0): every configuration once, the list rotated by `round` places. */
export function roundOrder<T>(configs: readonly T[], round: number): T[] {
  const n = configs.length;
  if (n === 0) return [];
  const start = ((round % n) + n) % n;
  return [...configs.slice(start), ...configs.slice(0, start)];
}

/** One configuration's runs, in the order they ran, with the medians the rows and ratios use. */
export interface Series {
  runs: LoadResult[];
  /** Median of the runs' accepted requests per second. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export function seriesOf(runs: LoadResult[]): Series {
  return {
    runs,
    perSecond: median(runs.map((r) => r.perSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
  };
}

/** Median against median: never a single run against another. */
export const ratioOfMedians = (a: Series, b: Series): number => a.perSecond / b.perSecond;

/**
 * Run k of `a` over run k of `b`: how much the ratio moves from round to round (a detail beside
 * the ratio of medians, which stays the figure). Both series come from the same rounds.
 */
export const ratiosByRound = (a: Series, b: Series): number[] =>
  a.runs.slice(0, b.runs.length).map((r, k) => r.perSecond / b.runs[k]!.perSecond);

/**
 * Runs `measure` for every configuration in `rounds` rounds (order: roundOrder) and gives each
 * configuration's series. Each call is expected to start a fresh chain on a fresh data folder.
 */
export async function inRounds<K extends string>(
  configs: readonly K[],
  rounds: number,
  measure: (config: K, round: number) => Promise<LoadResult>,
): Promise<Record<K, Series>> {
  const runs = new Map<K, LoadResult[]>(configs.map((c) => [c, []]));
  for (let round = 0; round < rounds; round++)
    for (const config of roundOrder(configs, round)) runs.get(config)!.push(await measure(config, round));
  return Object.fromEntries(configs.map((c) => [c, seriesOf(runs.get(c)!)])) as Record<K, Series>;
}
