// The figures of one run: the summary table on stdout and the section appended to bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, type MemoryBreakdown, type MemoryReadings } from './processes.js';
import type { ConsoleFigures } from './console.js';
import type { KetentestFigures } from './ketentest.js';
import type { WorkshopFigures } from './workshop.js';
import type { LandFigures, OverviewFigures } from './land.js';
import { median, percentile, type LoadResult } from './load.js';
import { AFTER_IDLE_MS, AFTER_MARGIN_MB, type ControlResult, type SlowResult } from './slow.js';
import { BENCH_STORINGEN } from './storingen.js';
import { OVERLOAD_CONNECTIONS, type HealthFigures, type ThreadsFigures } from './threads.js';
import { ratioOfMedians, ratiosByRound, type Series } from './rounds.js';
import { describeCpu, describeThreads } from './cpu.js';
import { cgroupQuotaCpus } from '../lib/cpu-quota.js';

export interface BenchResults {
  options: string;
  /** Taken when the run starts: the code measured, even if someone commits during the run. */
  commit: string;
  throughput?: {
    chain: LoadResult;
    bare: LoadResult;
    /** The services' HTTP stack with no chain work (bench/skeleton-server.ts): what the framework costs. */
    skeleton: LoadResult;
    /** The same load with idle storingen on BRON (bench/storingen.ts). */
    storingen?: LoadResult;
    ratio: number;
    pupils: number;
    schools: number;
  };
  /** One thread per service against all in one (bench/threads.ts). */
  threads?: ThreadsFigures;
  growth?: {
    chain: LoadResult;
    ratio: number;
    smallPerSecond: number;
    enrolled: number;
    schools: number;
    preloadMs: number;
    generateMs: number;
  };
  /** baseline: `node -e` of a bare https server, spawn to first answer (processes.ts, bareHttpsStartMs). */
  coldstart?: {
    runsMs: number[];
    medianMs: number;
    built: boolean;
    /** The same start with SIM_THREADS=1, beside each default one. */
    oneThreadRunsMs?: number[];
    oneThreadMedianMs?: number;
    baselineRunsMs?: number[];
    baselineMedianMs?: number;
    /** Where the bench's machine sets NODE_EXTRA_CA_CERTS: the same start without it, beside each default one. */
    withoutExtraCasRunsMs?: number[];
    withoutExtraCasMedianMs?: number;
  };
  memory?: {
    accepted: number;
    errors: number;
    peakMb: number;
    rssEndMb: number;
    elapsedMs: number;
    journalLimit: number;
    /** The chain's CPU time (all threads) during the load, per accepted bericht. */
    cpuMsPerBericht?: number;
    /** The chain's mappings when its RSS was highest (sampled each second). */
    atPeak?: Pick<MemoryBreakdown, 'rssMb' | 'brkHeapMb' | 'codeMb' | 'sqliteShmMb' | 'anonMb'>;
    /** Where the RSS is at the end of the load, as it is and once settled (memory-probe.ts). */
    end?: MemoryReadings;
  };
  slow?: SlowResult;
  console?: ConsoleFigures;
  ketentest?: KetentestFigures;
  workshop?: WorkshopFigures;
  land?: LandFigures;
  profile?: string;
  notes: string[];
}

export const TARGETS = {
  ratio: 0.35,
  growth: 0.8,
  coldstartMs: 700,
  memoryMb: 200,
  // Issue 19: threads against one thread, and RIO's /health while BRON is overloaded.
  threadsRatio: 1.5,
  isolationP99Ms: 50,
  // The console (issue 15): first paint, its own scripts and styles gzipped, answer → live row, click under load.
  firstPaintMs: 1000,
  assetsKb: 300,
  visibleMs: 500,
  clickMs: 200,
  // The ketentest (issue 17): the reference LAS through every case.
  ketentestMs: 10_000,
  // Workshop mode (issue 18), our own targets: 40 participants' answers, and the teacher's scoreboard.
  workshopP99Ms: 500,
  scoreboardP99Ms: 1000,
  // The land world (issue 19): generation, start-up with load, throughput against the default world, memory, overview.
  landGenerateMs: 120_000,
  landStartMs: 10_000,
  landRatio: 0.9,
  landPeakMb: 600,
  landOverviewMs: 500,
};

/** `quota`: a container's CPU quota; in one, it rather than the host's cores is what the figures had. */
export function machineLine(quota = cgroupQuotaCpus()): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'cpu'} × ${c.length}${quota === undefined ? '' : ` (CPU quota ${quota})`}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, node ${process.version}`;
}

export function commitLine(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
/** A difference, with its sign: +12, −3. */
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${f0(Math.abs(n))}`;
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? (n < 0.1 ? n.toFixed(3) : n.toFixed(2)) : '–');
const met = (ok: boolean) => (ok ? 'yes' : '**no**');

export function summaryRows(r: BenchResults): string[][] {
  const rows: string[][] = [];
  if (r.throughput) {
    const { chain, bare, skeleton, ratio } = r.throughput;
    rows.push([
      'bare https mTLS server (200 {})',
      `${f0(bare.perSecond)}/s`,
      `p50 ${f1(bare.p50Ms)} ms, p99 ${f1(bare.p99Ms)} ms`,
      '',
      '',
    ]);
    rows.push([
      'service skeleton: Express stack + journal + schema, no chain work (201)',
      `${f0(skeleton.perSecond)}/s`,
      `p50 ${f1(skeleton.p50Ms)} ms, p99 ${f1(skeleton.p99Ms)} ms; ratio to bare ${f2(skeleton.perSecond / bare.perSecond)}`,
      '',
      '',
    ]);
    rows.push([
      'chain: accepted POST /inschrijvingen, default world',
      `${f0(chain.perSecond)}/s`,
      `p50 ${f1(chain.p50Ms)} ms, p99 ${f1(chain.p99Ms)} ms; ${chain.ok}/${chain.requests} 201, ${chain.errors} errors`,
      '',
      '',
    ]);
    rows.push(['throughput ratio chain / bare', f2(ratio), '', `≥ ${TARGETS.ratio}`, met(ratio >= TARGETS.ratio)]);
    const idle = r.throughput.storingen;
    if (idle) {
      rows.push([
        `chain with ${BENCH_STORINGEN} idle storingen on BRON (match the operation, not the school) / without`,
        f2(idle.perSecond / chain.perSecond),
        `${f0(idle.perSecond)}/s, p50 ${f1(idle.p50Ms)} ms, p99 ${f1(idle.p99Ms)} ms; ${idle.ok}/${idle.requests} 201`,
        '',
        '',
      ]);
    }
  }
  if (r.threads) rows.push(...threadsRows(r.threads), ...isolationRows(r.threads));
  if (r.growth) {
    const g = r.growth;
    rows.push([
      `chain, ${g.schools} schools + ${g.enrolled.toLocaleString('en')} enrolled pupils`,
      `${f0(g.chain.perSecond)}/s`,
      `p50 ${f1(g.chain.p50Ms)} ms, p99 ${f1(g.chain.p99Ms)} ms; ${g.chain.ok}/${g.chain.requests} 201, ${g.chain.errors} errors`,
      '',
      '',
    ]);
    rows.push([
      'growth ratio large / default world',
      f2(g.ratio),
      `default world ${f0(g.smallPerSecond)}/s`,
      `≥ ${TARGETS.growth}`,
      met(g.ratio >= TARGETS.growth),
    ]);
  }
  if (r.land) rows.push(...landRows(r.land));
  if (r.coldstart) {
    const c = r.coldstart;
    rows.push([
      `cold start npm start → 4× /health (median of ${c.runsMs.length})`,
      `${f0(c.medianMs)} ms`,
      `runs ${c.runsMs.map(f0).join(', ')} ms${c.built ? '; includes a tsc build' : ''}`,
      `< ${TARGETS.coldstartMs} ms`,
      met(c.medianMs < TARGETS.coldstartMs),
    ]);
    if (c.oneThreadMedianMs !== undefined)
      rows.push([
        'cold start with SIM_THREADS=1 (all four services in one thread)',
        `${f0(c.oneThreadMedianMs)} ms`,
        `runs ${(c.oneThreadRunsMs ?? []).map(f0).join(', ')} ms, each right after a default start`,
        `< ${TARGETS.coldstartMs} ms`,
        met(c.oneThreadMedianMs < TARGETS.coldstartMs),
      ]);
    if (c.withoutExtraCasMedianMs !== undefined)
      rows.push([
        'cold start without NODE_EXTRA_CA_CERTS (this machine sets it; Node reads it at each process start)',
        `${f0(c.withoutExtraCasMedianMs)} ms`,
        `runs ${(c.withoutExtraCasRunsMs ?? []).map(f0).join(', ')} ms, each beside a default start`,
        `< ${TARGETS.coldstartMs} ms`,
        met(c.withoutExtraCasMedianMs < TARGETS.coldstartMs),
      ]);
    if (c.baselineMedianMs !== undefined)
      rows.push([
        'cold start / bare https server (`node -e`, spawn → first answer)',
        f2(c.medianMs / c.baselineMedianMs),
        `bare server median ${f0(c.baselineMedianMs)} ms (runs ${(c.baselineRunsMs ?? []).map(f0).join(', ')} ms), taken beside each cold start`,
        '',
        '',
      ]);
  }
  if (r.memory) {
    const m = r.memory;
    rows.push([
      `peak RSS of the chain after ${m.accepted.toLocaleString('en')} accepted berichten`,
      `${f0(m.peakMb)} MB`,
      // The rate too: this load has a few inschrijvingen per pupil, the throughput load about a hundred.
      `RSS at end ${f0(m.rssEndMb)} MB; ${m.errors} errors; ${f0(m.elapsedMs / 1000)} s (${f0(m.accepted / (m.elapsedMs / 1000))}/s)${m.cpuMsPerBericht === undefined ? '' : `; chain CPU ${f2(m.cpuMsPerBericht)} ms per bericht`}; journal limit ${m.journalLimit}`,
      `< ${TARGETS.memoryMb} MB`,
      met(m.peakMb < TARGETS.memoryMb && m.accepted >= 100_000),
    ]);
    if (m.atPeak) {
      const p = m.atPeak;
      rows.push([
        'memory: where the peak is (resident mappings at the highest RSS sampled)',
        `${f0(p.rssMb)} MB`,
        `anonymous (V8 heaps, thread arenas, blocks mapped apart, stacks) ${f0(p.anonMb)} MB, malloc main heap ${f0(p.brkHeapMb)} MB, code (node, libraries) ${f0(p.codeMb)} MB, SQLite -shm ${f0(p.sqliteShmMb)} MB`,
        '',
        '',
      ]);
    }
    if (m.end) {
      const where = (b: MemoryBreakdown) =>
        `V8 heaps ${f0(b.heapTotalMb)} MB of ${b.threads} threads (${f0(b.heapUsedMb)} used, young generations ${f0(b.newSpaceMb)}), external ${f0(b.externalMb)}, malloc main heap ${f0(b.brkHeapMb)}, other anonymous ${f0(b.anonMb)}, code ${f0(b.codeMb)} MB`;
      rows.push([
        'memory: RSS at the end of the load, as it is / settled (two full GCs in every thread)',
        `${f0(m.end.now.rssMb)} / ${f0(m.end.settled.rssMb)} MB`,
        `as it is: ${where(m.end.now)}; settled: ${where(m.end.settled)}`,
        '',
        '',
      ]);
    }
  }
  if (r.slow) rows.push(...slowRows(r.slow));
  if (r.console) {
    const c = r.console;
    const maxOf = (v: number[]) => Math.max(...v);
    rows.push([
      'console: first paint of the live page (median of 5)',
      `${f0(c.firstPaintMs)} ms`,
      `bare page in the same browser ${f0(c.bareFirstPaintMs)} ms; ratio ${f2(c.firstPaintMs / c.bareFirstPaintMs)}`,
      `< ${TARGETS.firstPaintMs} ms`,
      met(c.firstPaintMs < TARGETS.firstPaintMs),
    ]);
    rows.push([
      "console: its scripts and styles, gzipped (the API reference's Swagger UI apart)",
      `${f1(c.assetsGzipKb)} KB`,
      `${c.assetFiles} files in console/dist/public`,
      `< ${TARGETS.assetsKb} KB`,
      met(c.assetsGzipKb < TARGETS.assetsKb),
    ]);
    rows.push([
      `console: exchange in the live list after its answer (${c.visibleMs.length} berichten)`,
      `${f0(median(c.visibleMs))} ms`,
      `max ${f0(maxOf(c.visibleMs))} ms`,
      `< ${TARGETS.visibleMs} ms`,
      met(maxOf(c.visibleMs) < TARGETS.visibleMs),
    ]);
    const answered = (list: typeof c.idleClicks) => list.map((x) => x.answeredMs);
    const painted = (list: typeof c.idleClicks) => list.map((x) => x.paintedMs);
    rows.push([
      `console: click → next page answered, under the throughput load (median of ${c.loadedClicks.length})`,
      `${f0(median(answered(c.loadedClicks)))} ms`,
      `max ${f0(maxOf(answered(c.loadedClicks)))} ms; idle ${f0(median(answered(c.idleClicks)))} ms (ratio ${f2(median(answered(c.loadedClicks)) / median(answered(c.idleClicks)))}); first paint ${f0(median(painted(c.loadedClicks)))} ms under load, ${f0(median(painted(c.idleClicks)))} ms idle; load ${f0(c.loadPerSecond)}/s`,
      `< ${TARGETS.clickMs} ms`,
      met(median(answered(c.loadedClicks)) < TARGETS.clickMs),
    ]);
  }
  if (r.ketentest) {
    const k = r.ketentest;
    rows.push([
      `ketentest: the reference LAS through all ${k.gevallen} cases`,
      `${f1(k.lasMs / 1000)} s`,
      `${k.exchanges} exchanges; baseline ${k.exchanges}× GET /health ${f0(k.baselineMs)} ms + Retry-After waits ${f0(k.wachtMs)} ms (ratio ${f2(k.lasMs / (k.baselineMs + k.wachtMs))}); start ${f1(k.startMs / 1000)} s, rapport ${f1(k.rapportMs / 1000)} s; ${k.geslaagd ? 'all passed' : '**not passed**'}`,
      `< ${TARGETS.ketentestMs / 1000} s`,
      met(k.lasMs < TARGETS.ketentestMs && k.geslaagd),
    ]);
  }
  if (r.workshop) rows.push(...workshopRows(r.workshop));
  return rows;
}

function workshopRows(w: WorkshopFigures): string[][] {
  const q = (v: number[], p: number) =>
    percentile(
      [...v].sort((a, b) => a - b),
      p,
    );
  const p99 = q(w.answersMs, 0.99);
  const idleP99 = q(w.idleMs, 0.99);
  const bord = q(w.scoreboardMs, 0.99);
  const soorten = Object.entries(w.statuses)
    .sort()
    .map(([k, v]) => `${v}× ${k}`)
    .join(', ');
  return [
    [
      `workshop: ${w.deelnemers} participants × 1 bericht/s for ${w.seconds} s through the console's send API, teacher's scoreboard open: p99 of their answers`,
      `${f0(p99)} ms`,
      `p50 ${f0(q(w.answersMs, 0.5))} ms, p90 ${f0(q(w.answersMs, 0.9))} ms over ${w.answersMs.length} sends (${soorten}); idle, one after another: p50 ${f0(q(w.idleMs, 0.5))} ms, p99 ${f0(idleP99)} ms (p99 ratio ${f2(p99 / idleP99)}); CPU during the load: console ${f1(w.cpuS.console)} s, the four services ${f1(w.cpuS.chain)} s, the participants' client ${f1(w.cpuS.deelnemers)} s; sim workshop took ${f1(w.prepareMs / 1000)} s`,
      `< ${TARGETS.workshopP99Ms} ms (ours)`,
      met(p99 < TARGETS.workshopP99Ms),
    ],
    [
      'workshop: scoreboard delay, answer of an exchange that completes an opdracht → its cell done on the teacher’s page: p99',
      `${f0(bord)} ms`,
      `p50 ${f0(q(w.scoreboardMs, 0.5))} ms, max ${f0(Math.max(...w.scoreboardMs))} ms over ${w.scoreboardMs.length} completions; ${w.missed} not shown within 10 s`,
      `< ${TARGETS.scoreboardP99Ms} ms (ours)`,
      met(bord < TARGETS.scoreboardP99Ms && w.missed === 0 && w.scoreboardMs.length > 0),
    ],
  ];
}

/** A series' value: the median and how many runs it is the median of. */
const medianValue = (s: Series) => `${f0(s.perSecond)}/s (median of ${s.runs.length})`;

/** Every run in round order, then the medians' latencies, the errors and where the CPU went in the median run. */
function seriesDetail(s: Series): string {
  const sum = (f: (r: LoadResult) => number) => s.runs.reduce((n, r) => n + f(r), 0);
  const kinds: Record<string, number> = {};
  for (const r of s.runs) for (const [k, v] of Object.entries(r.okByKind ?? {})) kinds[k] = (kinds[k] ?? 0) + v;
  const accepted = Object.keys(kinds).length
    ? ` (${Object.entries(kinds)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')})`
    : '';
  const cpuMs = cpuPerRequestMs(s);
  const nearest = s.runs.reduce((best, r) =>
    Math.abs(r.perSecond - s.perSecond) < Math.abs(best.perSecond - s.perSecond) ? r : best,
  );
  return (
    `runs ${s.runs.map((r) => f0(r.perSecond)).join(', ')}/s (by round); p50 ${f1(s.p50Ms)} ms, p99 ${f1(s.p99Ms)} ms (medians); ` +
    `${sum((r) => r.ok)}/${sum((r) => r.requests)} accepted${accepted}, ${sum((r) => r.errors)} errors` +
    (Number.isFinite(cpuMs) ? `; chain CPU ${f2(cpuMs)} ms per accepted request (median)` : '') +
    (nearest.p50MsByKind
      ? `; median run's p50 by kind: ${Object.entries(nearest.p50MsByKind)
          .map(([k, v]) => `${k} ${f0(v)} ms`)
          .join(', ')}`
      : '') +
    (nearest.cpu ? `; median run: ${describeCpu(nearest.cpu, nearest.ok)}; chain threads: ${describeThreads(nearest.cpu)}` : '')
  );
}

/** Median CPU of the server (all threads) per accepted request, ms: moves less than rates on a shared machine (cpu.ts). */
function cpuPerRequestMs(s: Series): number {
  return median(s.runs.flatMap((r) => (r.cpu ? [(r.cpu.chainCores * r.cpu.wallMs) / r.ok] : [])));
}

function threadsRows(t: ThreadsFigures): string[][] {
  const s = t.series;
  const n = t.threadedCount;
  const row = (measure: string, series: Series): string[] => [measure, medianValue(series), seriesDetail(series), '', ''];
  const ratioRow = (measure: string, a: Series, b: Series, detail = ''): string[] => [
    measure,
    f2(ratioOfMedians(a, b)),
    `medians ${f0(a.perSecond)} / ${f0(b.perSecond)}/s; by round ${ratiosByRound(a, b).map(f2).join(', ')}${detail}`,
    `≥ ${TARGETS.threadsRatio}`,
    met(ratioOfMedians(a, b) >= TARGETS.threadsRatio),
  ];
  const bron = 'BRON-only load (inschrijvingen)';
  const mix = 'vendor mix (inschrijvingen, verzuim meldingen, RIO and OSR reads)';
  const ceiling = ratioOfMedians(s.skeletonTwo, s.skeletonOne);
  const ceilingByRound = ratiosByRound(s.skeletonTwo, s.skeletonOne);
  // A chain's ratio against the ceiling: the share of what a second core gives this kind of server here.
  const shareRow = (measure: string, a: Series, b: Series): string[] => [
    measure,
    f2(ratioOfMedians(a, b) / ceiling),
    `${f2(ratioOfMedians(a, b))} / ${f2(ceiling)}; by round ${ratiosByRound(a, b)
      .map((r, k) => f2(r / (ceilingByRound[k] ?? Number.NaN)))
      .join(', ')}`,
    '',
    '',
  ];
  return [
    row('ceiling: service skeleton (skeleton-server.ts, no chain work), one thread', s.skeletonOne),
    row(
      "ceiling: service skeleton, 2 threads accepting on one socket (a worker listens on the main thread's descriptor, as BRON's fronts)",
      s.skeletonTwo,
    ),
    [
      'ceiling: throughput ratio service skeleton 2 threads / one thread (what a second core gives this kind of server on this machine)',
      f2(ceiling),
      `medians ${f0(s.skeletonTwo.perSecond)} / ${f0(s.skeletonOne.perSecond)}/s; by round ${ceilingByRound.map(f2).join(', ')}; ` +
        `CPU per request 2 threads / one ${f2(cpuPerRequestMs(s.skeletonTwo) / cpuPerRequestMs(s.skeletonOne))} (steadier than the rates)`,
      '',
      '',
    ],
    row(`${bron}: chain, all services in one thread (SIM_THREADS=1)`, s.oneThread),
    row(
      `${bron}: chain, ${n} threads (npm start's thread count here: BRON on the main thread, the others in workers), BRON_SHARDS=0`,
      s.threaded,
    ),
    row(`${bron}: chain, ${n} threads and BRON_SHARDS=1 (BRON's checks and commit in 1 shard thread by PGN)`, s.shards1),
    row(`${bron}: chain, ${n} threads and BRON_SHARDS=2 (BRON's checks and commit in 2 shard threads by PGN)`, s.shards2),
    row(`${bron}: chain, a thread per service (SIM_THREADS=4)`, s.four),
    ratioRow(`${bron}: throughput ratio ${n} threads without shards / one thread`, s.threaded, s.oneThread),
    ratioRow(
      `${bron}: throughput ratio ${n} threads + BRON_SHARDS=1 / one thread`,
      s.shards1,
      s.oneThread,
      `; against ${n} threads without shards: ${f2(ratioOfMedians(s.shards1, s.threaded))}`,
    ),
    ratioRow(
      `${bron}: throughput ratio ${n} threads + BRON_SHARDS=2 / one thread`,
      s.shards2,
      s.oneThread,
      `; against ${n} threads without shards: ${f2(ratioOfMedians(s.shards2, s.threaded))}`,
    ),
    ratioRow(`${bron}: throughput ratio a thread per service / one thread`, s.four, s.oneThread),
    row(`${mix}: chain, all services in one thread (SIM_THREADS=1)`, s.mixOne),
    row(`${mix}: chain, ${n} threads (npm start's default, BRON_SHARDS=0)`, s.mixDefault),
    row(`${mix}: chain, a thread per service (SIM_THREADS=4)`, s.mixFour),
    ratioRow(`${mix}: throughput ratio a thread per service / one thread`, s.mixFour, s.mixOne),
    ratioRow(`${mix}: throughput ratio ${n} threads (default) / one thread`, s.mixDefault, s.mixOne),
    shareRow(`${bron}: share of the ceiling, a thread per service (its ratio / the skeleton's)`, s.four, s.oneThread),
    shareRow(`${bron}: share of the ceiling, ${n} threads + BRON_SHARDS=1`, s.shards1, s.oneThread),
    shareRow(`${mix}: share of the ceiling, a thread per service`, s.mixFour, s.mixOne),
    shareRow(`${mix}: share of the ceiling, ${n} threads (default)`, s.mixDefault, s.mixOne),
  ];
}

function isolationRows(t: ThreadsFigures): string[][] {
  const { oneThread: one, threaded } = t.isolation;
  const p99 = (runs: HealthFigures[]) => median(runs.map((h) => h.p99Ms));
  const detail = (runs: HealthFigures[]) =>
    `runs ${runs.map((h) => f1(h.p99Ms)).join(', ')} ms (by round); p50 ${f1(median(runs.map((h) => h.p50Ms)))} ms, ` +
    `max ${f1(Math.max(...runs.map((h) => h.maxMs)))} ms (medians, max of all); ${runs.map((h) => h.probes).join(', ')} probes; ` +
    `BRON ${runs.map((h) => f0(h.bron.perSecond)).join(', ')}/s meanwhile`;
  return [
    [
      `RIO /health p99 while BRON is overloaded (${OVERLOAD_CONNECTIONS} connections), ${t.threadedCount} threads (median of ${threaded.length} rounds)`,
      `${f1(p99(threaded))} ms`,
      detail(threaded),
      `< ${TARGETS.isolationP99Ms} ms`,
      met(p99(threaded) < TARGETS.isolationP99Ms),
    ],
    [
      `RIO /health p99 while BRON is overloaded, one thread (median of ${one.length} rounds)`,
      `${f1(p99(one))} ms`,
      detail(one),
      '',
      '',
    ],
  ];
}

function slowRows(s: SlowResult): string[][] {
  const load = (l: LoadResult) => `p50 ${f1(l.p50Ms)} ms; ${f0(l.perSecond)}/s; ${l.ok}/${l.requests} 201, ${l.errors} errors`;
  return [
    ['normal POST /inschrijvingen, no slow connections: p99', `${f1(s.before.p99Ms)} ms`, load(s.before), '', ''],
    [
      `normal POST /inschrijvingen while ${s.slowConnections.toLocaleString('en')} slow connections are open: p99`,
      `${f1(s.during.p99Ms)} ms`,
      `${load(s.during)}; ${s.openDuring.min}–${s.openDuring.max} slow open; ${s.cut} closed by the server and ${s.refused} bodies refused (503 TE_DRUK) in ${f0(s.attackMs / 1000)} s; p99 ratio ${f2(s.during.p99Ms / s.before.p99Ms)}`,
      '',
      '',
    ],
    [
      'RSS of the chain before / during (peak) / after the slow connections, before and after settled (two full GCs in every thread)',
      `${f0(s.rssMb.before)} / ${f0(s.rssMb.during)} / ${f0(s.rssMb.after)} MB`,
      `${s.mallocTrim}; after: a normal load once they closed (p99 ${f1(s.after.p99Ms)} ms, ${s.after.errors} errors), then ${f0(AFTER_IDLE_MS / 1000)} s idle; after − before ${signed(s.rssMb.after - s.rssMb.before)} MB${breakdown(s.memory.before, s.memory.after)}${leftBySlowClients(s)}`,
      `after ≤ before + ${AFTER_MARGIN_MB} MB`,
      met(s.rssMb.after - s.rssMb.before <= AFTER_MARGIN_MB),
    ],
    ...(s.control ? [controlRow(s.control)] : []),
    ...(s.defaultMalloc ? [defaultMallocRow(s.defaultMalloc, s.control)] : []),
    [
      'RSS of the chain during (peak) / after (settled) a second round of slow connections',
      `${f0(s.rssMb.secondRound)} / ${f0(s.rssMb.afterSecondRound)} MB`,
      `the same slow connections again for 40 s, then ${f0(AFTER_IDLE_MS / 1000)} s idle: near the first round, the memory is reused; far above, it is lost; after − first round's after ${signed(s.rssMb.afterSecondRound - s.rssMb.after)} MB${breakdown(s.memory.after, s.memory.afterSecondRound)}`,
      `≤ first round's after + ${SECOND_ROUND_MARGIN_MB} MB`,
      met(s.rssMb.afterSecondRound - s.rssMb.after <= SECOND_ROUND_MARGIN_MB),
    ],
  ];
}

/** A second round of slow clients may end this much above the first (the settled readings' noise). */
const SECOND_ROUND_MARGIN_MB = 5;

/** The control run: the same three normal loads on a chain of its own, no slow connections. */
function controlRow(c: ControlResult): string[] {
  const errors = c.loads.reduce((n, l) => n + l.errors, 0);
  const ok = c.loads.reduce((n, l) => n + l.ok, 0);
  return [
    'control: RSS of a chain with the same normal loads, no slow connections, before / after (settled)',
    `${f0(c.before.rssMb)} / ${f0(c.after.rssMb)} MB`,
    `${ok} accepted, ${errors} errors; ${f0(AFTER_IDLE_MS / 1000)} s idle; after − before ${signed(c.after.rssMb - c.before.rssMb)} MB${breakdown(c.before.breakdown, c.after.breakdown)}`,
    '',
    '',
  ];
}

/** The same attack on a chain with glibc's malloc defaults (no MALLOC_MMAP_THRESHOLD_). */
function defaultMallocRow(d: SlowResult, control?: ControlResult): string[] {
  return [
    "the same slow connections, glibc's default malloc settings: RSS before / during / after (settled)",
    `${f0(d.rssMb.before)} / ${f0(d.rssMb.during)} / ${f0(d.rssMb.after)} MB`,
    `${d.openDuring.min}–${d.openDuring.max} slow open; normal load before ${f0(d.before.perSecond)}/s, p99 ${f1(d.before.p99Ms)} ms, during p99 ${f1(d.during.p99Ms)} ms; after − before ${signed(d.rssMb.after - d.rssMb.before)} MB${breakdown(d.memory.before, d.memory.after)}${leftBySlowClients(d, control)}`,
    '',
    '',
  ];
}

/** What the slow clients leave: the attack's "after − before" less the control's. */
function leftBySlowClients(s: SlowResult, c = s.control): string {
  if (!c) return '';
  return `; less the control's ${signed(c.after.rssMb - c.before.rssMb)} MB: ${signed(s.rssMb.after - s.rssMb.before - (c.after.rssMb - c.before.rssMb))} MB left by the slow clients`;
}

/** "after − before" of each part of the RSS, when the chain answered the memory probe. */
function breakdown(before?: MemoryBreakdown, after?: MemoryBreakdown): string {
  if (!before || !after) return '';
  const d = (k: keyof MemoryBreakdown) => signed(after[k] - before[k]);
  return ` (V8 heaps ${d('heapTotalMb')}, array buffers ${d('arrayBuffersMb')}, malloc main heap ${d('brkHeapMb')}, other anonymous ${d('anonMb')} MB; after: V8 heaps ${f0(after.heapTotalMb)} of ${after.threads} threads, external ${f0(after.externalMb)}, main heap ${f0(after.brkHeapMb)}, other anonymous ${f0(after.anonMb)} MB)`;
}

function landRows(l: LandFigures): string[][] {
  const g = l.generation;
  return [
    [
      `land: generator --land (${l.vestigingen.toLocaleString('en')} vestigingen, ${l.pupils.toLocaleString('en')} persons)`,
      `${f1(g.ms / 1000)} s`,
      `CPU ${f1(g.cpuS)} s, peak RSS ${f0(g.peakMb)} MB${g.reusedFrom ? `; reused, made ${g.reusedFrom}` : ''}`,
      `< ${TARGETS.landGenerateMs / 1000} s`,
      met(g.ms < TARGETS.landGenerateMs),
    ],
    [
      'land: start-up with load, spawn → 4× /health (new data folder)',
      `${f1(l.startMs / 1000)} s`,
      `${l.enrolled.toLocaleString('en')} pupils enrolled beforehand (${f1(l.preloadMs / 1000)} s, not counted)`,
      `< ${TARGETS.landStartMs / 1000} s`,
      met(l.startMs < TARGETS.landStartMs),
    ],
    [
      'land: chain, accepted POST /inschrijvingen (runs one after the other on the one land chain)',
      medianValue(l.chain),
      seriesDetail(l.chain),
      '',
      '',
    ],
    [
      'land ratio land / default world (median / median)',
      f2(l.ratio),
      `default world ${medianValue(l.defaultWorld)}, ${l.defaultFrom}: runs ${l.defaultWorld.runs.map((r) => f0(r.perSecond)).join(', ')}/s`,
      `≥ ${TARGETS.landRatio}`,
      met(l.ratio >= TARGETS.landRatio),
    ],
    [
      'land: peak RSS of the chain',
      `${f0(l.peakMb)} MB`,
      'start-up, load and overviews',
      `< ${TARGETS.landPeakMb} MB`,
      met(l.peakMb < TARGETS.landPeakMb),
    ],
    overviewRow(
      `land: teldatum overview of the largest bestuur (${l.overview.schools} schools, ${l.overview.leerlingen.toLocaleString('en')} pupils), one after the other`,
      l.overview,
    ),
    overviewRow(`land: the same overview, ${l.overviewAtOnce.connections} schools at once`, l.overviewAtOnce),
  ];
}

function overviewRow(measure: string, o: OverviewFigures): string[] {
  return [
    measure,
    `${f0(o.medianMs)} ms`,
    `median of ${o.roundsMs.length} after a warm-up; max ${f0(o.maxMs)} ms; CPU per round ${f0(o.chainCpuMs)} ms chain + ${f0(o.consoleCpuMs)} ms console`,
    `< ${TARGETS.landOverviewMs} ms`,
    met(o.maxMs < TARGETS.landOverviewMs),
  ];
}

export function markdownTable(rows: string[][]): string {
  return [
    '| measure | value | detail | target | met |',
    '|---|---:|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function textTable(rows: string[][]): string {
  const head = ['measure', 'value', 'detail', 'target', 'met'];
  const all = [head, ...rows.map((r) => r.map((c) => c.replace(/\*\*/g, '')))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

export function appendResults(r: BenchResults, when: Date): string {
  const file = join(REPO_ROOT, 'bench', 'RESULTS.md');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      '# Benchmark results\n\nAppended by `npm run bench` (see bench/README.md); newest last. Targets: docs/development.md#benchmarks.\n',
    );
  }
  const errors = [
    r.throughput?.chain,
    r.growth?.chain,
    ...(r.land?.chain.runs ?? []),
    ...Object.values(r.threads?.series ?? {}).flatMap((s) => s.runs),
  ].flatMap((x) => x?.firstErrors ?? []);
  const section = [
    '',
    `## ${when.toISOString().replace(/\.\d+Z$/, 'Z')} — commit ${r.commit}`,
    '',
    `- machine: ${machineLine()}`,
    `- options: ${r.options || '(full run)'}`,
    ...r.notes.map((n) => `- ${n}`),
    '',
    markdownTable(summaryRows(r)),
    '',
    ...(errors.length > 0 ? ['First non-2xx answers:', '', '```', ...errors.slice(0, 5), '```', ''] : []),
    ...(r.profile ? ['### CPU profile of the chain under load', '', r.profile] : []),
  ].join('\n');
  appendFileSync(file, `${section}\n`);
  return file;
}
