// `npm run bench` (docs/development.md#benchmarks): throughput of accepted inschrijvingen against a bare https mTLS
// server, growth to a world of 1,000 schools and 200,000 enrolled pupils, cold start of `npm start`,
// peak RSS after 100,000 accepted berichten, the p99 of normal requests while 1,000 slow
// connections are open (with memory before, during and after), and the console's first paint, size,
// live delay and clicks under load, a workshop of 40 participants with the teacher's scoreboard open,
// and the land world (1.45 million pupils: generation, start-up, throughput, memory, the teldatum
// overview of its largest bestuur). Only 127.0.0.1; every loop is bounded in count and time. Appends
// the figures to bench/RESULTS.md. See bench/README.md.
//   npm run bench [-- --quick] [--only throughput,threads,growth,coldstart,memory,slow,console,ketentest,workshop,land] [--profile] [--no-record]
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, DEFAULT_FIXTURES_DIR, ensurePki, loadParties } from '@duo-sim/shared';
import { measureConsole } from './bench/console.js';
import { measureKetentest } from './bench/ketentest.js';
import { measureWorkshop, WORKSHOP_DEELNEMERS } from './bench/workshop.js';
import { generateWorldInto, preloadBron } from './bench/growth.js';
import { generateLandInto, landPupils, largestBestuur, measureOverview, preloadLand, readLandSchools } from './bench/land.js';
import { median, runLoad, type LoadResult } from './bench/load.js';
import { profileMarkdown, summariseProfile } from './bench/profile.js';
import { mallocTrimState, measureControl, measureSlowClients } from './bench/slow.js';
import { measureIsolation, threadConfigs, type HealthFigures } from './bench/threads.js';
import { createMixStreams } from './bench/mix.js';
import { inRounds, ratioOfMedians, seriesOf, type Series } from './bench/rounds.js';
import { cpuMsOf } from './bench/cpu.js';
import { describeCpu, describeThreads } from './bench/cpu.js';
import { BENCH_STORINGEN, setIdleStoringen } from './bench/storingen.js';
import {
  attach,
  bareHttpsStartMs,
  chainEnv,
  freePorts,
  MEMORY_PROBE_FLAGS,
  mappingsOf,
  memoryBreakdown,
  memoryOf,
  spawnBaseline,
  spawnChain,
  spawnNpmStart,
  type ChainProcess,
} from './bench/processes.js';
import { appendResults, commitLine, textTable, summaryRows, type BenchResults } from './bench/report.js';
import { createStreams, loadPupils, loadSchools, type BenchPupil, type BenchSchool } from './bench/world.js';
import { defaultThreads } from './lib/service-threads.js';

type Phase =
  'throughput' | 'threads' | 'growth' | 'coldstart' | 'memory' | 'slow' | 'console' | 'ketentest' | 'workshop' | 'land';
/** Persons in the memory run's world (the default nine schools). */
const MEMORY_PERSONEN = 25_000;
const PHASES: Phase[] = [
  'throughput',
  'threads',
  'growth',
  'coldstart',
  'memory',
  'slow',
  'console',
  'ketentest',
  'workshop',
  'land',
];
/** Slow connections held open against BRON in the `slow` phase. */
const SLOW_CONNECTIONS = 1_000;

interface Options {
  quick: boolean;
  only: Set<Phase>;
  profile: boolean;
  record: boolean;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { quick: false, only: new Set(PHASES), profile: false, record: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--no-record') o.record = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const wanted = (value ?? '').split(',').filter(Boolean) as Phase[];
      const bad = wanted.filter((p) => !PHASES.includes(p));
      if (wanted.length === 0 || bad.length > 0) throw new Error(`--only takes ${PHASES.join('|')} (comma-separated)`);
      o.only = new Set(wanted);
    } else if (a === '--help' || a === '-h') {
      console.log(
        'npm run bench [-- --quick] [--only throughput,threads,growth,coldstart,memory,slow,console,ketentest,workshop,land] [--profile] [--no-record] [--keep]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The simulated date: the committed world's peildatum, so dates and mandates read as fixtures/README.md says. */
const VANDAAG = '2026-11-01';
/** Inschrijvingen go back at most this many days from VANDAAG (one round of keys per day). */
const MAX_DAYS = 730;
const CONNECTIONS = 32;
/**
 * The load of one run in the threads phase (and of the land ratio): 8 chain configurations × 3
 * rounds, with the skeleton's and the isolation runs beside them, must fit in about 12 minutes,
 * so shorter than the throughput phase's 20,000 (about 15 s of load at 400/s after a warm-up that
 * reaches every connection's steady state).
 */
const THREADS_LOAD = { warmup: 1_500, requests: 6_000 };
const THREADS_LOAD_QUICK = { warmup: 300, requests: 2_000 };
/**
 * The skeleton answers 5–6 times as fast as the chain (bench/RESULTS.md, "What two cores give"): it
 * gets this many times the threads phase's requests per run, so that its runs last as long as the
 * chain's and a short burst of others' work on the machine weighs on it no more than on them.
 */
const SKELETON_LOAD_FACTOR = 6;
const LARGE = { schools: 1000, enrolled: 200_000, personen: 212_000 };
/** Pupils of the land world enrolled before its chain starts: the largest bestuur's, then more up to this. */
const LAND_ENROLLED = 200_000;
/** Measured rounds of the largest bestuur's teldatum overview, after one warm-up round. */
const OVERVIEW_ROUNDS = 5;
/** The overview again over this many connections at once, as a vendor's client asks a whole bestuur. */
const OVERVIEW_CONNECTIONS = 6;

/** `n` runs one after the other. */
async function sequence<T>(n: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await run(i));
  return out;
}

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const began = new Date();
  const counts = opts.quick
    ? { warmup: 300, requests: 3_000, maxMs: 30_000, cold: 3, memory: 5_000, memoryMs: 120_000, profile: 2_000, slow: 2_000 }
    : {
        warmup: 2_000,
        requests: 20_000,
        maxMs: 90_000,
        cold: 5,
        memory: 100_000,
        memoryMs: 600_000,
        profile: 5_000,
        slow: 5_000,
      };
  const large = opts.quick ? { schools: 100, enrolled: 20_000, personen: 22_000 } : LARGE;
  const results: BenchResults = { options: process.argv.slice(2).join(' '), commit: commitLine(), notes: [] };
  const work = mkdtempSync(join(tmpdir(), 'duo-sim-bench-'));
  log(`work folder ${work}`);
  const children: ChainProcess[] = [];

  // One PKI for every data folder (keys are slow to make); the large world adds its extra parties.
  const template = join(work, 'pki');
  await ensurePki(template, loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')));
  const freshDataDir = (name: string) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    cpSync(template, join(dir, 'pki'), { recursive: true });
    return dir;
  };
  const earliest = addDays(VANDAAG, -MAX_DAYS);
  const smallSchools = loadSchools(DEFAULT_FIXTURES_DIR, VANDAAG);
  const smallPupils = loadPupils(DEFAULT_FIXTURES_DIR, earliest);
  results.notes.push(
    `load: ${CONNECTIONS} keep-alive mTLS connections (undici Pool per vendor certificate), ${smallSchools.length} schools with an active ROD_PO mandate (${smallSchools.map((s) => s.brin).join(', ')}), ${smallPupils.length} pupils split over the schools (one school each) × one-day inschrijvingen on distinct dates; warm-up ${counts.warmup}, then ${counts.requests} requests or ${counts.maxMs / 1000} s`,
  );

  const measureChain = async (
    name: string,
    dataDir: string,
    schools: BenchSchool[],
    pupils: BenchPupil[],
    extra: {
      fixturesDir?: string;
      nodeFlags?: string[];
      /** More environment for the chain (SIM_THREADS). */
      env?: Record<string, string>;
      requests?: number;
      warmup?: number;
      /** The vendor mix across all four services (bench/mix.ts) instead of BRON inschrijvingen only. */
      mix?: boolean;
      /** Runs once the chain is up, before the load. */
      prepare?: (urls: Record<string, string>) => Promise<void>;
    } = {},
  ): Promise<LoadResult> => {
    const ports = await freePorts(4);
    log(`${name}: starting the chain`);
    const chain = await spawnChain({
      dataDir,
      simDate: VANDAAG,
      ports,
      ...(extra.fixturesDir ? { fixturesDir: extra.fixturesDir } : {}),
      ...(extra.nodeFlags ? { nodeFlags: extra.nodeFlags } : {}),
      ...(extra.env ? { extra: extra.env } : {}),
    });
    children.push(chain);
    try {
      await extra.prepare?.(chain.urls);
      const plan = { schools, pupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'b' };
      const r = await runLoad({
        url: chain.urls.bron,
        path: '/inschrijvingen',
        pkiDir: join(dataDir, 'pki'),
        streams: extra.mix ? createMixStreams({ ...plan, urls: chain.urls }) : createStreams(plan),
        connections: CONNECTIONS,
        requests: extra.requests ?? counts.requests,
        warmup: extra.warmup ?? counts.warmup,
        maxMs: counts.maxMs,
        expect: 201,
        abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
        onProgress: (done, ms) => log(`${name}: ${done} in ${(ms / 1000).toFixed(0)} s`),
        cpuOf: chain.pid,
      });
      log(
        `${name}: ${r.perSecond.toFixed(0)}/s accepted, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors${r.okByKind ? ` (accepted: ${JSON.stringify(r.okByKind)}; p50 ms: ${JSON.stringify(r.p50MsByKind, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))})` : ''}`,
      );
      if (r.cpu) log(`${name}: ${describeCpu(r.cpu, r.ok)}; threads ${describeThreads(r.cpu)}`);
      for (const e of r.firstErrors) log(`  ${e}`);
      return r;
    } finally {
      await chain.stop();
    }
  };

  /** A baseline child (bare server or service skeleton) under the chain's load of BRON inschrijvingen. */
  const measureBaseline = async (
    script: 'bare-server' | 'skeleton-server',
    name: string,
    dataDir: string,
    expect: number,
    extra: { args?: string[]; requests?: number; warmup?: number } = {},
  ): Promise<LoadResult> => {
    const server = await spawnBaseline(script, [join(dataDir, 'pki'), dataDir, ...(extra.args ?? [])]);
    try {
      log(`${name}: load`);
      const r = await runLoad({
        url: server.url,
        path: '/inschrijvingen',
        pkiDir: join(dataDir, 'pki'),
        streams: createStreams({ schools: smallSchools, pupils: smallPupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'b' }),
        connections: CONNECTIONS,
        requests: extra.requests ?? counts.requests,
        warmup: extra.warmup ?? counts.warmup,
        maxMs: counts.maxMs,
        expect,
        cpuOf: server.pid,
      });
      log(`${name}: ${r.perSecond.toFixed(0)}/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors`);
      if (r.cpu) log(`${name}: ${describeCpu(r.cpu, r.ok)}; threads ${describeThreads(r.cpu)}`);
      return r;
    } finally {
      await server.stop();
    }
  };

  /** RIO's /health, probed while BRON is overloaded (threads.ts), in a chain with `env`. */
  const isolation = async (name: string, dataDir: string, env: Record<string, string>): Promise<HealthFigures> => {
    log(`${name}: RIO /health while BRON is overloaded`);
    const h = await measureIsolation({
      dataDir,
      simDate: VANDAAG,
      env,
      onChain: (c) => children.push(c),
      load: {
        path: '/inschrijvingen',
        pkiDir: join(dataDir, 'pki'),
        streams: createStreams({ schools: smallSchools, pupils: smallPupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'i' }),
        requests: counts.requests / 2,
        warmup: counts.warmup,
        maxMs: counts.maxMs / 3,
        expect: 201,
      },
    });
    log(`${name}: RIO /health p99 ${h.p99Ms.toFixed(1)} ms over ${h.probes} probes; BRON ${h.bron.perSecond.toFixed(0)}/s`);
    return h;
  };

  try {
    let smallPerSecond = NaN;
    if (opts.only.has('throughput') || opts.only.has('growth')) {
      const dataDir = freshDataDir('throughput');
      const bareResult = await measureBaseline('bare-server', 'bare https server', dataDir, 200);
      const skeletonResult = await measureBaseline('skeleton-server', 'service skeleton', dataDir, 201);
      const chain = await measureChain('default world', dataDir, smallSchools, smallPupils);
      smallPerSecond = chain.perSecond;
      if (opts.only.has('throughput')) {
        const operator = loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')).find((p) => p.rol === 'operator')!.oin;
        const storingen = await measureChain(
          `default world, ${BENCH_STORINGEN} idle storingen`,
          freshDataDir('storingen'),
          smallSchools,
          smallPupils,
          { prepare: (urls) => setIdleStoringen(urls.bron!, join(work, 'storingen', 'pki'), operator) },
        );
        results.throughput = {
          chain,
          storingen,
          bare: bareResult,
          skeleton: skeletonResult,
          ratio: chain.perSecond / bareResult.perSecond,
          pupils: smallPupils.length,
          schools: smallSchools.length,
        };
      }
    }

    // The threads phase's load per run (and the land load's, so the land ratio divides like by like).
    const perRun = opts.quick ? THREADS_LOAD_QUICK : THREADS_LOAD;
    const rounds = opts.quick ? 2 : 3;
    let defaultWorld: Series | undefined;
    if (opts.only.has('threads')) {
      // Every configuration once per round, the order rotated per round; rows and ratios from medians (rounds.ts).
      const configs = threadConfigs();
      // The isolation runs' /health figures by configuration; their BRON overload goes in the series.
      const health: Record<'isolationOne' | 'isolationThreaded', HealthFigures[]> = { isolationOne: [], isolationThreaded: [] };
      const series = await inRounds(
        configs.map((c) => c.key),
        rounds,
        async (key, round) => {
          const c = configs.find((x) => x.key === key)!;
          const name = `${c.name}, round ${round + 1}`;
          const dataDir = freshDataDir(`${key}-${round + 1}`);
          if (c.skeleton)
            return measureBaseline('skeleton-server', name, dataDir, 201, {
              args: [String(c.skeleton)],
              warmup: perRun.warmup * SKELETON_LOAD_FACTOR,
              requests: perRun.requests * SKELETON_LOAD_FACTOR,
            });
          if (c.isolation) {
            const h = await isolation(name, dataDir, c.env);
            health[key as keyof typeof health].push(h);
            return h.bron;
          }
          return measureChain(name, dataDir, smallSchools, smallPupils, {
            env: c.env,
            ...perRun,
            ...(c.mix ? { mix: true } : {}),
          });
        },
      );
      defaultWorld = series.threaded;
      results.threads = {
        series,
        rounds,
        threadedCount: defaultThreads(),
        isolation: { oneThread: health.isolationOne, threaded: health.isolationThreaded },
      };
    }

    if (opts.only.has('growth')) {
      const worldDir = join(tmpdir(), `duo-sim-bench-world-${large.schools}-${large.personen}`);
      log(`growth: generating ${large.schools} schools, ${large.personen} persons into ${worldDir} (reused when present)`);
      const g0 = performance.now();
      generateWorldInto(worldDir, large.schools, large.personen);
      const generateMs = performance.now() - g0;
      const dataDir = freshDataDir('growth');
      await ensurePki(join(dataDir, 'pki'), loadParties(join(worldDir, 'parties.json')));
      const allSchools = loadSchools(worldDir, VANDAAG);
      log(`growth: enrolling ${large.enrolled} pupils at ${allSchools.length} schools straight into bron.sqlite`);
      const pre = preloadBron(join(dataDir, 'bron.sqlite'), worldDir, allSchools, large.enrolled, VANDAAG);
      log(`growth: preloaded in ${(pre.ms / 1000).toFixed(1)} s`);
      // Same shape of load as the default world: the same schools, as many pupils, none enrolled
      // yet (so no other rule — BRON-02 overlap, a dubbele inschrijving — changes the work per request).
      const loadBrins = new Set(smallSchools.map((s) => s.brin));
      const schools = allSchools.filter((s) => loadBrins.has(s.brin));
      const pupils = loadPupils(worldDir, earliest)
        .filter((p) => !pre.schoolOf.has(p.burgerservicenummer))
        .slice(0, smallPupils.length);
      if (pupils.length < smallPupils.length)
        results.notes.push(
          `growth: only ${pupils.length} unenrolled pupils available for the load (default world: ${smallPupils.length})`,
        );
      const chain = await measureChain('large world', dataDir, schools, pupils, { fixturesDir: worldDir });
      if (!Number.isFinite(smallPerSecond)) throw new Error('growth needs the default-world figure');
      results.growth = {
        chain,
        ratio: chain.perSecond / smallPerSecond,
        smallPerSecond,
        enrolled: pre.enrolled,
        schools: allSchools.length,
        preloadMs: pre.ms,
        generateMs,
      };
      results.notes.push(
        `growth world: generator --schools ${large.schools} --personen ${large.personen}; ${pre.enrolled} pupils enrolled with BRON's store before start (${(pre.ms / 1000).toFixed(1)} s); the load uses ${pupils.length} pupils not enrolled yet at the same ${schools.length} schools`,
      );
    }

    if (opts.only.has('land')) {
      const worldDir = join(tmpdir(), 'duo-sim-bench-world-land');
      log(`land: generating the land world into ${worldDir} (reused when present)`);
      const generation = generateLandInto(worldDir);
      log(`land: generated in ${(generation.ms / 1000).toFixed(1)} s, peak RSS ${generation.peakMb} MB`);
      const landSchools = readLandSchools(worldDir);
      const bestuur = largestBestuur(landSchools);
      const codes = new Map(loadSchools(worldDir, VANDAAG).map((s) => [s.brin, s]));
      const dataDir = freshDataDir('land');
      const enrol = opts.quick ? 20_000 : LAND_ENROLLED;
      log(
        `land: enrolling the largest bestuur's pupils (${bestuur.schools.length} schools) and more, ${enrol} in all, into bron.sqlite`,
      );
      const pre = preloadLand(join(dataDir, 'bron.sqlite'), worldDir, bestuur.schools, landSchools, codes, enrol, VANDAAG);
      log(`land: ${pre.enrolled} enrolled in ${(pre.ms / 1000).toFixed(1)} s`);
      // The ratio's divisor: the median of default-world runs with the same load per run as the land's.
      const defaultFrom = defaultWorld
        ? `the threads phase's ${rounds} runs of npm start's default (BRON_SHARDS=0) in this invocation`
        : `${rounds} default-world runs of the land phase's own`;
      defaultWorld ??= seriesOf(
        await sequence(rounds, (i) =>
          measureChain(`default world, run ${i + 1}`, freshDataDir(`land-default-${i + 1}`), smallSchools, smallPupils, perRun),
        ),
      );
      const ports = await freePorts(4);
      log('land: starting the chain on the land world (first start: RIO and OSR load it)');
      const t0 = performance.now();
      // With --profile, BRON's thread is profiled under the land load, to set beside the default world's profile.
      const landProfDir = join(work, 'cpu-prof-land');
      const chain = await spawnChain({
        dataDir,
        simDate: VANDAAG,
        ports,
        fixturesDir: worldDir,
        ...(opts.profile ? { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${landProfDir}`] } : {}),
      });
      const startMs = performance.now() - t0;
      children.push(chain);
      log(`land: healthy after ${(startMs / 1000).toFixed(1)} s`);
      try {
        // The same shape of load as the default world: its schools, as many pupils, none enrolled yet.
        const loadBrins = new Set(smallSchools.map((s) => s.brin));
        const schools = [...codes.values()].filter((s) => loadBrins.has(s.brin));
        // The land load `rounds` times on this one chain, each run with pupils of its own (a pupil
        // enrolled again on the same dates would overlap, BRON-02); later runs meet a fuller store.
        const pupils = landPupils(worldDir, pre.nextLine, bestuur.schools, smallPupils.length * rounds, earliest);
        const landRuns = await sequence(rounds, async (i) => {
          const own = pupils.slice(i * smallPupils.length, (i + 1) * smallPupils.length);
          const load = await runLoad({
            url: chain.urls.bron,
            path: '/inschrijvingen',
            pkiDir: join(dataDir, 'pki'),
            streams: createStreams({ schools, pupils: own, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: `l${i + 1}` }),
            connections: CONNECTIONS,
            ...perRun,
            maxMs: counts.maxMs,
            expect: 201,
            abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
            onProgress: (done, ms) => log(`land, run ${i + 1}: ${done} in ${(ms / 1000).toFixed(0)} s`),
            cpuOf: chain.pid,
          });
          for (const e of load.firstErrors) log(`  ${e}`);
          log(`land, run ${i + 1}: ${load.perSecond.toFixed(0)}/s accepted`);
          if (load.cpu) log(`land, run ${i + 1}: ${describeCpu(load.cpu, load.ok)}; threads ${describeThreads(load.cpu)}`);
          return load;
        });
        const land = seriesOf(landRuns);
        log(`land: median ${land.perSecond.toFixed(0)}/s (default world median ${defaultWorld.perSecond.toFixed(0)}/s)`);
        const bestuurSchools = bestuur.schools.flatMap((s) => codes.get(s.brin) ?? []);
        const overviewOf = async (connections: number) => {
          const o = await measureOverview(
            chain.urls.bron,
            join(dataDir, 'pki'),
            bestuurSchools,
            OVERVIEW_ROUNDS,
            connections,
            chain.pid,
          );
          log(
            `land: teldatum overview of bestuur ${bestuur.bevoegdGezagNummer} over ${connections} connection(s): median ${o.medianMs.toFixed(0)} ms, CPU ${o.chainCpuMs.toFixed(0)} ms chain + ${o.consoleCpuMs.toFixed(0)} ms console per round`,
          );
          return o;
        };
        const overview = await overviewOf(1);
        const overviewAtOnce = await overviewOf(OVERVIEW_CONNECTIONS);
        results.land = {
          generation,
          startMs,
          chain: land,
          defaultWorld,
          defaultFrom,
          ratio: ratioOfMedians(land, defaultWorld),
          peakMb: memoryOf(chain.pid).peakMb,
          overview,
          overviewAtOnce,
          bestuur: bestuur.bevoegdGezagNummer,
          vestigingen: landSchools.reduce((n, s) => n + s.vestigingen, 0),
          pupils: landSchools.reduce((n, s) => n + s.leerlingen, 0),
          enrolled: pre.enrolled,
          preloadMs: pre.ms,
        };
        results.notes.push(
          `land world: generator --land (${landSchools.length} schools, ${results.land.pupils} persons${generation.reusedFrom ? `; folder reused, generation figures from ${generation.reusedFrom}` : ''}); ${pre.enrolled} pupils enrolled with BRON's store before start (${(pre.ms / 1000).toFixed(1)} s), the largest bestuur's ${bestuur.pupils} among them; PKI made before the timed start; the load (${rounds} runs on the one chain, ${perRun.warmup} warm-up + ${perRun.requests} requests each) uses ${smallPupils.length} pupils per run not enrolled yet at the same ${schools.length} schools; divisor: ${defaultFrom}`,
        );
      } finally {
        await chain.stop();
      }
      if (opts.profile) {
        const file = readdirSync(landProfDir).find((f) => f.endsWith('.cpuprofile'));
        if (file)
          console.log(
            `\nCPU profile, land world (${join(landProfDir, file)}):\n${profileMarkdown(summariseProfile(join(landProfDir, file)))}`,
          );
      }
    }

    if (opts.only.has('coldstart')) {
      const dataDir = freshDataDir('coldstart');
      const ports = await freePorts(4);
      const once = async (extra?: Record<string, string>, without?: string[]): Promise<{ ms: number; built: boolean }> => {
        const t0 = performance.now();
        const child = spawnNpmStart({ dataDir, simDate: VANDAAG, ports, extra, without });
        const chain = await attach(child, { dataDir, simDate: VANDAAG, ports }, 60_000, t0);
        const ms = performance.now() - t0;
        const built = chain.output().includes('bouwen');
        await chain.stop();
        return { ms, built };
      };
      log('cold start: first start initialises the data folder (not counted)');
      await once();
      const runs: number[] = [];
      const oneThreadRuns: number[] = [];
      const baselineRuns: number[] = [];
      // Node reads NODE_EXTRA_CA_CERTS at every process start (docs/development.md): where the bench's
      // machine sets it, a start without it beside each run says what it costs npm's and the chain's.
      const extraCas = process.env.NODE_EXTRA_CA_CERTS ? ['NODE_EXTRA_CA_CERTS'] : undefined;
      const withoutExtraCasRuns: number[] = [];
      let built = false;
      // Each cold start beside a one-thread start (SIM_THREADS=1) and a baseline start, so all three
      // meet the same load on the machine and the default's choice can be read.
      for (let i = 0; i < counts.cold; i++) {
        const r = await once();
        runs.push(r.ms);
        built ||= r.built;
        oneThreadRuns.push((await once({ SIM_THREADS: '1' })).ms);
        baselineRuns.push(await bareHttpsStartMs(join(dataDir, 'pki'), ports[0]!));
        if (extraCas) withoutExtraCasRuns.push((await once(undefined, extraCas)).ms);
        log(
          `cold start ${i + 1}: ${r.ms.toFixed(0)} ms${r.built ? ' (with tsc build)' : ''}; SIM_THREADS=1 ${oneThreadRuns[i]!.toFixed(0)} ms; bare https server ${baselineRuns[i]!.toFixed(0)} ms${extraCas ? `; without NODE_EXTRA_CA_CERTS ${withoutExtraCasRuns[i]!.toFixed(0)} ms` : ''}`,
        );
      }
      results.coldstart = {
        runsMs: runs,
        medianMs: median(runs),
        built,
        oneThreadRunsMs: oneThreadRuns,
        oneThreadMedianMs: median(oneThreadRuns),
        baselineRunsMs: baselineRuns,
        baselineMedianMs: median(baselineRuns),
        ...(extraCas ? { withoutExtraCasRunsMs: withoutExtraCasRuns, withoutExtraCasMedianMs: median(withoutExtraCasRuns) } : {}),
      };
    }

    if (opts.only.has('memory')) {
      const dataDir = freshDataDir('memory');
      const ports = await freePorts(4);
      // The default world has ~230 pupils old enough; 100,000 berichten would give each of them
      // hundreds of inschrijvingen, which no school has. The same nine schools with 25,000 persons
      // keep it to a few per pupil, as in real life.
      const memWorld = join(tmpdir(), `duo-sim-bench-world-9-${MEMORY_PERSONEN}`);
      generateWorldInto(memWorld, 9, MEMORY_PERSONEN);
      const memPupils = loadPupils(memWorld, earliest);
      log(
        `memory: ${counts.memory} accepted berichten against a chain in a child process (9 schools, ${memPupils.length} pupils)`,
      );
      const chain = await spawnChain({
        dataDir,
        simDate: VANDAAG,
        ports,
        fixturesDir: memWorld,
        nodeFlags: MEMORY_PROBE_FLAGS,
      });
      children.push(chain);
      let peak = 0;
      // The mappings at the highest RSS seen: where the peak is (V8 and malloc share the anonymous ones).
      let atPeak = { rssMb: 0, ...mappingsOf(chain.pid) };
      const sampler = setInterval(() => {
        const m = memoryOf(chain.pid);
        if (Number.isFinite(m.peakMb)) peak = Math.max(peak, m.peakMb);
        if (m.rssMb > atPeak.rssMb) atPeak = { rssMb: m.rssMb, ...mappingsOf(chain.pid) };
      }, 1000);
      try {
        const cpuBefore = cpuMsOf(chain.pid);
        const r = await runLoad({
          url: chain.urls.bron,
          path: '/inschrijvingen',
          pkiDir: join(dataDir, 'pki'),
          streams: createStreams({ schools: smallSchools, pupils: memPupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'm' }),
          connections: CONNECTIONS,
          requests: counts.memory,
          warmup: 0,
          maxMs: counts.memoryMs,
          expect: 201,
          abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
          onProgress: (done, ms) =>
            log(`memory: ${done} in ${(ms / 1000).toFixed(0)} s, RSS ${memoryOf(chain.pid).rssMb.toFixed(0)} MB`),
        });
        const end = memoryOf(chain.pid);
        const cpuMs = cpuMsOf(chain.pid) - cpuBefore;
        if (Number.isFinite(end.peakMb)) peak = Math.max(peak, end.peakMb);
        const where = await memoryBreakdown(chain);
        if (chain.child.exitCode !== null || chain.child.signalCode !== null) {
          results.notes.push(
            `memory: the chain exited during the run (${chain.child.exitCode ?? chain.child.signalCode}) after ${r.ok} accepted berichten`,
          );
        }
        results.memory = {
          accepted: r.ok,
          errors: r.errors,
          peakMb: peak,
          rssEndMb: end.rssMb,
          elapsedMs: r.elapsedMs,
          journalLimit: 10_000,
          cpuMsPerBericht: cpuMs / Math.max(1, r.ok),
          atPeak,
          ...(where ? { end: where } : {}),
        };
        for (const e of r.firstErrors) log(`  ${e}`);
        log(`memory: peak RSS ${peak.toFixed(0)} MB after ${r.ok} accepted`);
      } finally {
        clearInterval(sampler);
        await chain.stop();
      }
    }

    if (opts.only.has('slow')) {
      const slowChain = async (name: string, mallocSettings = true) => {
        const dataDir = freshDataDir(name);
        const chain = await spawnChain({
          dataDir,
          simDate: VANDAAG,
          ports: await freePorts(4),
          nodeFlags: MEMORY_PROBE_FLAGS,
          mallocSettings,
        });
        children.push(chain);
        // Fresh streams per chain, so the control and the attack run store the same berichten.
        const streams = createStreams({
          schools: smallSchools,
          pupils: smallPupils,
          vandaag: VANDAAG,
          maxDays: MAX_DAYS,
          tag: 's',
        });
        const load = {
          path: '/inschrijvingen',
          pkiDir: join(dataDir, 'pki'),
          streams,
          connections: CONNECTIONS,
          requests: counts.slow,
          maxMs: counts.maxMs,
          expect: 201,
        };
        return { chain, dataDir, streams, load };
      };
      log('slow: control chain, the same normal loads with no slow connections');
      const control = await slowChain('slow-control');
      const controlResult = await measureControl({ chain: control.chain, load: control.load, log }).finally(() =>
        control.chain.stop(),
      );
      log(`slow: chain with ${SLOW_CONNECTIONS} slow connections against BRON (default limits; ${mallocTrimState(process.env)})`);
      const { chain, dataDir, streams, load } = await slowChain('slow');
      try {
        const r = await measureSlowClients({
          chain,
          pkiDir: join(dataDir, 'pki'),
          vendorOin: streams[0]!.vendorOin,
          slowConnections: SLOW_CONNECTIONS,
          load,
          log,
        });
        results.slow = { ...r, control: controlResult };
        const c = controlResult;
        log(
          `slow: p99 ${r.before.p99Ms.toFixed(1)} ms before, ${r.during.p99Ms.toFixed(1)} ms with ${r.openDuring.min}–${r.openDuring.max} slow connections open; RSS ${r.rssMb.before.toFixed(0)} / ${r.rssMb.during.toFixed(0)} / ${r.rssMb.after.toFixed(0)} MB; control ${c.before.rssMb.toFixed(0)} / ${c.after.rssMb.toFixed(0)} MB`,
        );
      } finally {
        await chain.stop();
      }
      // The same attack once more on a chain with glibc's malloc defaults: what the settings npm
      // start gives the chain (scripts/src/lib/malloc-settings.ts) change, in the same run.
      log("slow: the same slow connections on a chain with glibc's default malloc settings (no second round)");
      const plain = await slowChain('slow-default-malloc', false);
      try {
        const r = await measureSlowClients({
          chain: plain.chain,
          pkiDir: join(plain.dataDir, 'pki'),
          vendorOin: plain.streams[0]!.vendorOin,
          slowConnections: SLOW_CONNECTIONS,
          load: plain.load,
          log,
          secondRound: false,
          withoutAddon: true,
        });
        if (results.slow) results.slow.defaultMalloc = r;
      } finally {
        await plain.chain.stop();
      }
    }

    if (opts.only.has('console')) {
      const dataDir = freshDataDir('console');
      const ports = await freePorts(5);
      log('console: chain with the console (npm start) in a child process');
      const chain = await spawnChain({ dataDir, simDate: VANDAAG, ports });
      children.push(chain);
      try {
        const consoleUrl = `http://127.0.0.1:${ports[4]}/`;
        await waitForPage(consoleUrl, 30_000);
        results.console = await measureConsole({
          consoleUrl,
          bronUrl: chain.urls.bron,
          pkiDir: join(dataDir, 'pki'),
          load: {
            streams: createStreams({ schools: smallSchools, pupils: smallPupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'c' }),
            connections: CONNECTIONS,
            requests: counts.requests,
            warmup: 0,
            maxMs: counts.maxMs,
            expect: 201,
            abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
          },
          log,
        });
      } finally {
        await chain.stop();
      }
    }

    if (opts.only.has('ketentest')) {
      const dataDir = freshDataDir('ketentest');
      log('ketentest: the reference LAS runs a whole ketentest');
      const chain = await spawnChain({ dataDir, simDate: VANDAAG, ports: await freePorts(4) });
      children.push(chain);
      try {
        results.ketentest = await measureKetentest({ urls: chain.urls, dataDir });
        log(`ketentest: LAS ${(results.ketentest.lasMs / 1000).toFixed(1)} s, ${results.ketentest.exchanges} exchanges`);
      } finally {
        await chain.stop();
      }
    }

    if (opts.only.has('workshop')) {
      // 40 participants need 80 schools without a vendor switch or closure: a generated world.
      const worldDir = join(work, 'workshop-world');
      const schools = 2 * WORKSHOP_DEELNEMERS + 10;
      log(`workshop: generating ${schools} schools for ${WORKSHOP_DEELNEMERS} participants`);
      generateWorldInto(worldDir, schools, 4_000);
      const dataDir = freshDataDir('workshop');
      await ensurePki(join(dataDir, 'pki'), loadParties(join(worldDir, 'parties.json')));
      const ports = await freePorts(5);
      const world = { dataDir, fixturesDir: worldDir, simDate: VANDAAG, ports };
      const chain = await spawnChain(world);
      children.push(chain);
      try {
        const consoleUrl = `http://127.0.0.1:${ports[4]}/`;
        await waitForPage(consoleUrl, 30_000);
        const seconds = opts.quick ? 30 : 60;
        results.workshop = await measureWorkshop({
          consoleUrl,
          dataDir,
          chainPid: chain.pid,
          env: chainEnv(world),
          vandaag: VANDAAG,
          seconds,
          log,
        });
        results.notes.push(
          `workshop: a generated world of ${schools} schools; ${WORKSHOP_DEELNEMERS} participants made by sim workshop, each sending through POST /api/deelnemer/verstuur (the console sends with the participant's vendor certificate), 1/s spread over the second: reads of their schools' berichten, inschrijvingen and bekostiging, and at a second of their own opdracht 1 and opdracht 2 (a refused inschrijving, then its repair); the teacher's /docent in headless Chromium`,
        );
      } finally {
        await chain.stop();
      }
    }

    if (opts.profile) {
      const dataDir = freshDataDir('profile');
      const profDir = join(work, 'cpu-prof');
      log(`profile: chain with --cpu-prof under ${counts.profile} requests`);
      await measureChain('profile', dataDir, smallSchools, smallPupils, {
        nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
        requests: counts.profile,
        warmup: 0,
      });
      const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      if (file) {
        const summary = summariseProfile(join(profDir, file));
        results.profile = profileMarkdown(summary);
        console.log(`\nCPU profile (${join(profDir, file)}):\n${results.profile}`);
      } else log('profile: no .cpuprofile written');
    }
  } finally {
    for (const c of children) await c.stop();
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }

  const rows = summaryRows(results);
  console.log(`\nduo-sim bench ${began.toISOString()} (${((Date.now() - began.getTime()) / 1000).toFixed(0)} s)\n`);
  console.log(textTable(rows));
  if (opts.record) console.log(`\nappended to ${appendResults(results, began)}`);
}

/** Waits until the page answers 200 (the console starts just after the services' /health). */
async function waitForPage(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > end) throw new Error(`${url} answered nothing within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

main().catch((err: unknown) => {
  console.error('bench failed:', (err as Error).stack ?? err);
  process.exit(1);
});
