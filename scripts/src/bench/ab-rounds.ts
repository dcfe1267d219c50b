// What the A/B drivers beside the bench share (scripts/src/fronts-ab.ts, scripts/src/threads-profile.ts):
// the threads phase's date and default world, a work folder with a PKI made once and copied into each
// run's fresh data folder, the configurations in rounds (rounds.ts: every configuration once a round,
// the order rotated), a line per run with the machine's load, and at the end each configuration's
// median with its runs, as the bench's threads phase gives them.
import { addDays, DEFAULT_FIXTURES_DIR, ensurePki, loadParties } from '@duo-sim/shared';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCpu, describeThreads } from './cpu.js';
import type { LoadResult } from './load.js';
import type { ChainProcess } from './processes.js';
import { inRounds, ratioOfMedians, ratiosByRound, type Series } from './rounds.js';
import { loadPupils, loadSchools, type BenchPupil, type BenchSchool } from './world.js';

const VANDAAG = '2026-11-01';
const MAX_DAYS = 730;

export interface AbConfig {
  name: string;
  /** The chain's environment on top of the bench's (processes.ts, chainEnv). */
  env: Record<string, string>;
}

/** One run: a configuration in a round, on a fresh data folder. */
export interface AbRun<C extends AbConfig> {
  config: C;
  /** From 0. */
  round: number;
  /** Fresh, with the work folder's PKI in `pki/`. */
  dataDir: string;
  /** The default world's schools and pupils on the bench's date, as world.ts's streams take them. */
  plan: { schools: BenchSchool[]; pupils: BenchPupil[]; vandaag: string; maxDays: number };
  /** Prints the run's line (rate, errors, p99, the machine's load), the chain's CPU and the first errors. */
  report: (r: LoadResult) => void;
}

export interface AbOptions {
  /** Part of the work folder's name. */
  name: string;
  rounds: number;
  /** The configuration every other one's median is divided by; none: no ratios. */
  ratioTo?: string;
  /** Keep the work folder (data folders, profiles) and print where it is. */
  keep?: boolean;
}

export const log = (msg: string) => process.stdout.write(`${msg}\n`);

/** The A/B load's options but its berichten and counts: inschrijvingen at BRON over 32 connections, each a 201, the chain's CPU measured. */
export const abLoadOn = (chain: ChainProcess, dataDir: string) => ({
  url: chain.urls.bron,
  path: '/inschrijvingen',
  pkiDir: join(dataDir, 'pki'),
  connections: 32,
  warmup: 300,
  expect: 201,
  abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
  cpuOf: chain.pid,
});

/** Runs `measure` for every configuration in rounds, then prints each one's median, runs and ratio. */
export async function abRounds<C extends AbConfig>(
  configs: readonly C[],
  options: AbOptions,
  measure: (run: AbRun<C>) => Promise<LoadResult>,
): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), `duo-sim-${options.name}-`));
  const template = join(work, 'pki');
  await ensurePki(template, loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')));
  const plan = {
    schools: loadSchools(DEFAULT_FIXTURES_DIR, VANDAAG),
    pupils: loadPupils(DEFAULT_FIXTURES_DIR, addDays(VANDAAG, -MAX_DAYS)),
    vandaag: VANDAAG,
    maxDays: MAX_DAYS,
  };
  const names = configs.map((c) => c.name);
  try {
    const series = await inRounds(names, options.rounds, (name, round) => {
      const dataDir = join(work, `r${round}-${name.replace(/\W+/g, '-')}`);
      mkdirSync(dataDir, { recursive: true });
      cpSync(template, join(dataDir, 'pki'), { recursive: true });
      const report = (r: LoadResult) => {
        const load = loadavg()
          .map((l) => l.toFixed(2))
          .join(' ');
        log(
          `round ${round + 1} ${name}: ${r.perSecond.toFixed(0)}/s, ${r.errors} errors, p99 ${r.p99Ms.toFixed(0)} ms; load ${load}`,
        );
        if (r.cpu) log(`  ${describeCpu(r.cpu, r.ok)}; threads ${describeThreads(r.cpu)}`);
        for (const e of r.firstErrors) log(`  ${e}`);
      };
      return measure({ config: configs.find((c) => c.name === name)!, round, dataDir, plan, report });
    });
    for (const line of abSummary(names, series, options.ratioTo)) log(line);
  } finally {
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A line per configuration: the median rate, the runs in round order, the median p99, and with
 * `ratioTo` the ratio of medians to that configuration with the ratio of each round beside it.
 */
export function abSummary(names: readonly string[], series: Record<string, Series>, ratioTo?: string): string[] {
  const base = ratioTo === undefined ? undefined : series[ratioTo];
  const fixed2 = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
  return names.map((name) => {
    const s = series[name]!;
    const runs = s.runs.map((r) => r.perSecond.toFixed(0)).join(', ');
    const ratio = base
      ? `; ${ratioOfMedians(s, base).toFixed(2)} of ${ratioTo} (by round ${fixed2(ratiosByRound(s, base))})`
      : '';
    return `${name}: median ${s.perSecond.toFixed(0)}/s (runs ${runs}), p99 ${s.p99Ms.toFixed(0)} ms${ratio}`;
  });
}

/** Runs a driver's `main`: the process ends with 0, or with 1 and the error. */
export function runDriver(main: () => Promise<void>): void {
  void main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
