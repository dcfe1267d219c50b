// The land world of the benchmark (bench/README.md, phase `land`): the generator's --land world (6,800
// vestigingen, 1.45 million pupils), the pupils of its largest bestuur and more enrolled straight
// into BRON's database before the chain starts, and the teldatum overview of that bestuur: GET
// /scholen/{brin}/bekostiging for each of its schools, as their vendor asks it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import Database from 'better-sqlite3';
import { ageOn, BRP_PERSONEN_SQLITE, createClock, loadPartyTls, openDatabase } from '@duo-sim/shared';
import { createBronStore } from '@duo-sim/bron/dist/store.js';
import { enrolBeforeStart } from './growth.js';
import { median } from './load.js';
import type { Series } from './rounds.js';
import { cpuMsOf } from './cpu.js';
import { childPids, REPO_ROOT } from './processes.js';
import type { BenchPupil, BenchSchool } from './world.js';

/** What land.json says per school (scripts/src/fixtures/land.ts). */
export interface LandSchool {
  brin: string;
  bevoegdGezagNummer: string;
  vestigingen: number;
  leerlingen: number;
  eerstePersoon: number;
}

/** The land phase's figures (bench.ts, report.ts). */
export interface LandFigures {
  generation: Generation;
  /** Spawn → all four /health answer 200, on a new data folder (RIO and OSR load the world). */
  startMs: number;
  /** The land load's runs on the one land chain, each with pupils of its own. */
  chain: Series;
  /** The divisor of the ratio: the default world's runs with the same load per run. */
  defaultWorld: Series;
  /** Where the default world's runs come from (the threads phase's default rows, or runs of their own). */
  defaultFrom: string;
  /** Median over median. */
  ratio: number;
  /** VmHWM of the chain's process at the end: start-up, load and overviews included. */
  peakMb: number;
  /** One school after the other over one connection. */
  overview: OverviewFigures;
  /** The same schools over several connections at once. */
  overviewAtOnce: OverviewFigures;
  bestuur: string;
  vestigingen: number;
  pupils: number;
  enrolled: number;
  preloadMs: number;
}

export interface Generation {
  ms: number;
  /** CPU seconds of the generator (user + system): what a busy shared machine does not inflate. */
  cpuS: number;
  peakMb: number;
  /** When the world folder was made by an earlier run and reused. */
  reusedFrom?: string;
}

const GENERATION_FILE = 'bench-generatie.json';

/** Runs `generate-fixtures --land` unless DIR holds a complete land world; its time and peak RSS. */
export function generateLandInto(dir: string): Generation {
  const done = join(dir, GENERATION_FILE);
  if (existsSync(done) && existsSync(join(dir, BRP_PERSONEN_SQLITE))) {
    const earlier = JSON.parse(readFileSync(done, 'utf8')) as Generation & { when: string };
    return { ms: earlier.ms, cpuS: earlier.cpuS, peakMb: earlier.peakMb, reusedFrom: earlier.when };
  }
  const began = performance.now();
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'generate-fixtures.js'), '--land', '--out', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ms = performance.now() - began;
  if (r.status !== 0) throw new Error(`generate-fixtures --land failed (${r.status})`);
  // The generator prints its own CPU time and peak (process.resourceUsage().maxRSS) as its last line.
  const peakMb = Number(/peak RSS (\d+) MB/.exec(r.stdout)?.[1] ?? NaN);
  const cpuS = Number(/CPU ([\d.]+) s/.exec(r.stdout)?.[1] ?? NaN);
  writeFileSync(done, `${JSON.stringify({ ms, cpuS, peakMb, when: new Date().toISOString() })}\n`);
  return { ms, cpuS, peakMb };
}

export function readLandSchools(dir: string): LandSchool[] {
  return (JSON.parse(readFileSync(join(dir, 'land.json'), 'utf8')) as { scholen: LandSchool[] }).scholen;
}

/** The bestuur with the most pupils and its schools. */
export function largestBestuur(schools: LandSchool[]): { bevoegdGezagNummer: string; schools: LandSchool[]; pupils: number } {
  const per = new Map<string, LandSchool[]>();
  for (const s of schools) per.set(s.bevoegdGezagNummer, [...(per.get(s.bevoegdGezagNummer) ?? []), s]);
  const pupils = (list: LandSchool[]) => list.reduce((n, s) => n + s.leerlingen, 0);
  const [bevoegdGezagNummer, list] = [...per].sort((a, b) => pupils(b[1]) - pupils(a[1]))[0]!;
  return { bevoegdGezagNummer, schools: list, pupils: pupils(list) };
}

interface Persoon {
  burgerservicenummer?: string;
  geboortedatum: string;
}

/** The persons of lines first… first+count-1 of the stub (row id = line + 1 in brp-personen.sqlite). */
function personsOf(db: Database.Database, first: number, count: number): Array<Persoon & { line: number }> {
  return (
    db.prepare('SELECT id, persoon FROM personen WHERE id BETWEEN ? AND ? ORDER BY id').all(first + 1, first + count) as Array<{
      id: number;
      persoon: string;
    }>
  ).map((r) => ({ ...(JSON.parse(r.persoon) as Persoon), line: r.id - 1 }));
}

export interface LandPreload {
  enrolled: number;
  ms: number;
  /** The first stub line that was not enrolled: the load takes its pupils from there on. */
  nextLine: number;
}

/**
 * Enrols every pupil with a BSN of `first` (the largest bestuur's schools) and then of the schools
 * in land.json order, until `count` are enrolled: each at its own school, open from the later of
 * 2024-08-01 and the fourth birthday (BRON-07), groep 1. Straight into <dataDir>/bron.sqlite with
 * BRON's own store, as the growth phase does.
 */
export function preloadLand(
  dbFile: string,
  worldDir: string,
  first: LandSchool[],
  all: LandSchool[],
  codes: Map<string, BenchSchool>,
  count: number,
  vandaag: string,
): LandPreload {
  const began = performance.now();
  const brp = new Database(join(worldDir, BRP_PERSONEN_SQLITE), { readonly: true });
  const db = openDatabase(dbFile);
  const store = createBronStore(db, createClock());
  const meta = { berichtId: 'bench-preload', afzender: 'bench', vandaag };
  const firstBrins = new Set(first.map((s) => s.brin));
  const order = [...first, ...all.filter((s) => !firstBrins.has(s.brin))];
  let enrolled = 0;
  let nextLine = 0;
  store.transaction(() => {
    for (const school of order) {
      if (enrolled >= count && !firstBrins.has(school.brin)) break;
      const s = codes.get(school.brin);
      if (!s) continue; // closed, or no vendor with a ROD_PO mandate (12BB, 13CC)
      for (const p of personsOf(brp, school.eerstePersoon, school.leerlingen)) {
        if (!p.burgerservicenummer) continue;
        enrolBeforeStart(store, s, { burgerservicenummer: p.burgerservicenummer, geboortedatum: p.geboortedatum }, meta);
        enrolled++;
      }
      if (!firstBrins.has(school.brin)) nextLine = Math.max(nextLine, school.eerstePersoon + school.leerlingen);
    }
  });
  db.close();
  brp.close();
  return { enrolled, ms: performance.now() - began, nextLine };
}

/**
 * `count` pupils with a BSN, at least 4 on `earliest`, from stub line `fromLine` on, none of them
 * at one of the `enrolled` schools (so none is enrolled yet).
 */
export function landPupils(
  worldDir: string,
  fromLine: number,
  enrolled: LandSchool[],
  count: number,
  earliest: string,
): BenchPupil[] {
  const brp = new Database(join(worldDir, BRP_PERSONEN_SQLITE), { readonly: true });
  const taken = (line: number) => enrolled.some((s) => line >= s.eerstePersoon && line < s.eerstePersoon + s.leerlingen);
  try {
    const pupils: BenchPupil[] = [];
    for (const p of personsOf(brp, fromLine, count * 20)) {
      if (pupils.length === count) break;
      if (p.burgerservicenummer && !taken(p.line) && ageOn(p.geboortedatum, earliest) >= 4)
        pupils.push({ burgerservicenummer: p.burgerservicenummer, geboortedatum: p.geboortedatum });
    }
    return pupils;
  } finally {
    brp.close();
  }
}

export interface OverviewFigures {
  schools: number;
  /** Keep-alive connections the schools are asked over: 1 = one after the other. */
  connections: number;
  /** Pupils listed over all the bestuur's overviews (one round). */
  leerlingen: number;
  roundsMs: number[];
  medianMs: number;
  maxMs: number;
  /**
   * CPU per round (user + system, mean over the measured rounds) of the chain's process, all its
   * threads, and of its other processes (the console, which reads every answer from the journals):
   * what a busy shared machine inflates less than the wall time.
   */
  chainCpuMs: number;
  consoleCpuMs: number;
}

/**
 * The teldatum overview of a bestuur: GET /scholen/{brin}/bekostiging for each of its schools with
 * the vendor's certificate, over `connections` keep-alive mTLS connections: 1 asks one school after
 * the other, more ask that many schools at once, as a vendor's client that wants the whole bestuur
 * quickly does. One round to warm up, then `rounds` measured rounds (each round = the whole bestuur).
 */
export async function measureOverview(
  bronUrl: string,
  pkiDir: string,
  schools: BenchSchool[],
  rounds: number,
  connections: number,
  chainPid: number,
): Promise<OverviewFigures> {
  const tls = loadPartyTls(pkiDir, schools[0]!.vendorOin);
  const pool = new Pool(new URL(bronUrl).origin, {
    connections,
    connect: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true },
  });
  try {
    let leerlingen = 0;
    const ask = async (s: BenchSchool) => {
      const r = await pool.request({ method: 'GET', path: `/scholen/${s.brin}/bekostiging` });
      const body = (await r.body.json()) as { leerlingen?: unknown[] };
      if (r.statusCode !== 200) throw new Error(`bekostiging ${s.brin}: ${r.statusCode} ${JSON.stringify(body).slice(0, 300)}`);
      leerlingen += body.leerlingen?.length ?? 0;
    };
    const round = async (): Promise<number> => {
      const t0 = performance.now();
      leerlingen = 0;
      let next = 0;
      const asker = async () => {
        while (next < schools.length) await ask(schools[next++]!);
      };
      await Promise.all(Array.from({ length: connections }, asker));
      return performance.now() - t0;
    };
    await round();
    const consolePids = childPids(chainPid);
    const cpu0 = { chain: cpuMsOf(chainPid), console: sum(consolePids.map(cpuMsOf)) };
    const roundsMs: number[] = [];
    for (let i = 0; i < rounds; i++) roundsMs.push(await round());
    return {
      schools: schools.length,
      connections,
      leerlingen,
      roundsMs,
      medianMs: median(roundsMs),
      maxMs: Math.max(...roundsMs),
      chainCpuMs: (cpuMsOf(chainPid) - cpu0.chain) / rounds,
      consoleCpuMs: (sum(consolePids.map(cpuMsOf)) - cpu0.console) / rounds,
    };
  } finally {
    await pool.close();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
