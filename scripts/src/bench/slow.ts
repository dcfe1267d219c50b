// The `slow` phase: the p99 of normal requests while 1,000 slow connections are held open against
// the same service (slow-clients.ts, a child process that re-opens what the server closes), and
// the chain's memory before, during and after; then a second round of slow connections, to show
// that what the first one left resident is reused, not lost. A control chain runs the same normal
// loads with no slow connections, so "after − before" of the two tells what the normal load holds
// from what the slow clients leave. Only 127.0.0.1; bounded in count and time.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mallocAddon } from '@duo-sim/malloc';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import { memoryBreakdown, memoryOf, sleep, stopChild, type ChainProcess, type MemoryBreakdown } from './processes.js';

/** RSS (VmRSS, MB) and where it is (undefined when the chain did not answer the probe). */
export interface MemoryReading {
  rssMb: number;
  breakdown?: MemoryBreakdown;
}

/** The same normal loads on a chain of its own, with no slow connections. */
export interface ControlResult {
  loads: LoadResult[];
  before: MemoryReading;
  after: MemoryReading;
}

export interface SlowResult {
  slowConnections: number;
  before: LoadResult;
  during: LoadResult;
  after: LoadResult;
  /** Slow connections open while `during` ran: the lowest and the highest count reported. */
  openDuring: { min: number; max: number };
  /** Slow connections the server closed (timeouts, cap) in the first round. */
  cut: number;
  /** Slow bodies the server refused unread for its body budget (503 TE_DRUK) in the first round. */
  refused: number;
  attackMs: number;
  /** Whether the chain ran malloc_trim after the slow connections fell (shared/src/malloc-trim.ts). */
  mallocTrim: string;
  rssMb: { before: number; during: number; after: number; secondRound: number; afterSecondRound: number };
  /** Where the RSS before, after and after the second round is. */
  memory: { before?: MemoryBreakdown; after?: MemoryBreakdown; afterSecondRound?: MemoryBreakdown };
  /** Filled in by the caller, from measureControl on a chain of its own. */
  control?: ControlResult;
  /** Filled in by the caller: the same attack on a chain with glibc's malloc defaults. */
  defaultMalloc?: SlowResult;
}

export interface SlowOptions {
  /** Started with MEMORY_PROBE_FLAGS, so its memory can be broken down. */
  chain: ChainProcess;
  pkiDir: string;
  vendorOin: string;
  slowConnections: number;
  load: Omit<LoadOptions, 'url' | 'abort' | 'warmup'>;
  log: (msg: string) => void;
  /** Without it, the second round is left out (its figures are NaN). */
  secondRound?: boolean;
  /** The chain runs without the addon (spawnChain without the malloc settings). */
  withoutAddon?: boolean;
}

/** What the chain does about malloc_trim, from the environment the bench gives it. */
export function mallocTrimState(env: NodeJS.ProcessEnv, withoutAddon = false): string {
  if (withoutAddon || env.SIM_MALLOC_ADDON === '0' || !mallocAddon({})) return 'no addon: no malloc_trim';
  return env.SIM_MALLOC_TRIM === '0' ? 'addon, malloc_trim off (SIM_MALLOC_TRIM=0)' : 'malloc_trim after connections fall';
}

/** The attacker may run this long at most, whatever happens to the bench. */
const ATTACK_MAX_MS = 300_000;
const OPEN_WITHIN_MS = 120_000;
/** Quiet time before the memory after is read. */
export const AFTER_IDLE_MS = 20_000;
/**
 * The target: RSS after the slow connections (and 20 s idle) at most this much above before. It is
 * the default body budget (SIM_BODY_BUDGET_BYTES, 32 MiB): the most that unfinished bodies can
 * hold, so the most that may be left of them.
 */
export const AFTER_MARGIN_MB = 32;
/** How long the second round holds its slow connections (longer than the request timeout). */
const SECOND_ROUND_MS = 40_000;

interface Attack {
  open(): number;
  /** Refused and waiting for their Retry-After: the attacker still means to hold them. */
  waiting(): number;
  cut(): number;
  refused(): number;
  stop(): Promise<void>;
}

function startAttack(o: SlowOptions): Attack {
  const attacker = spawn(
    process.execPath,
    [
      join(__dirname, 'slow-clients.js'),
      o.chain.urls.bron,
      o.pkiDir,
      o.vendorOin,
      String(o.slowConnections),
      String(ATTACK_MAX_MS),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let open = 0;
  let waiting = 0;
  let cut = 0;
  let refused = 0;
  let buffer = '';
  attacker.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^(?:open (\d+) waiting (\d+) )?(?:stopped )?cut (\d+) refused (\d+)/.exec(line);
      if (m) {
        if (m[1] !== undefined) open = Number(m[1]);
        if (m[2] !== undefined) waiting = Number(m[2]);
        cut = Number(m[3]);
        refused = Number(m[4]);
      }
    }
  });
  return {
    open: () => open,
    waiting: () => waiting,
    cut: () => cut,
    refused: () => refused,
    stop: () => stopChild(attacker),
  };
}

const exited = (chain: ChainProcess) => chain.child.exitCode !== null || chain.child.signalCode !== null;

type ControlOptions = Pick<SlowOptions, 'chain' | 'load' | 'log'>;

function loader(o: ControlOptions) {
  return (name: string, warmup: number) => {
    o.log(`slow: ${name}: ${o.load.requests} requests`);
    return runLoad({ ...o.load, url: o.chain.urls.bron, warmup, abort: () => exited(o.chain) }).then((r) => {
      for (const e of r.firstErrors) o.log(`slow:   ${e}`);
      return r;
    });
  };
}

/**
 * The chain's memory once it has settled (memory-probe.ts: two full GCs in every thread, then RSS):
 * what it holds, not what V8 has not yet chosen to give back. Without the probe's answer, plain RSS.
 */
async function reading(o: ControlOptions, name: string): Promise<MemoryReading> {
  const readings = await memoryBreakdown(o.chain);
  const b = readings?.settled;
  const r = { rssMb: b?.rssMb ?? memoryOf(o.chain.pid).rssMb, breakdown: b };
  o.log(
    `slow: ${name}: RSS ${r.rssMb.toFixed(0)} MB settled (${readings ? readings.now.rssMb.toFixed(0) : '?'} MB before the GCs)` +
      (b
        ? `; V8 heaps ${b.heapTotalMb.toFixed(0)} MB (${b.heapUsedMb.toFixed(0)} used, ${b.threads} threads), external ${b.externalMb.toFixed(0)} MB (array buffers ${b.arrayBuffersMb.toFixed(0)}), malloc main heap ${b.brkHeapMb.toFixed(0)} MB, other anonymous ${b.anonMb.toFixed(0)} MB`
        : '; no breakdown'),
  );
  return r;
}

/**
 * The control: the three normal loads of measureSlowClients, with the same pause before "before"
 * and the same idle before "after", on a fresh chain that never sees a slow connection. Its
 * `load.streams` must be fresh streams like the attack run's, so both chains store the same berichten.
 */
export async function measureControl(o: ControlOptions): Promise<ControlResult> {
  const run = loader(o);
  const first = await run('control: normal load', Math.round(o.load.requests / 5));
  await sleep(2_000);
  const before = await reading(o, 'control before');
  const second = await run('control: the same load again, no slow connections', 0);
  const third = await run('control: the third normal load', 0);
  await sleep(AFTER_IDLE_MS);
  const after = await reading(o, 'control after');
  return { loads: [first, second, third], before, after };
}

export async function measureSlowClients(o: SlowOptions): Promise<SlowResult> {
  const abort = () => exited(o.chain);
  const load = loader(o);
  const rss = () => memoryOf(o.chain.pid).rssMb;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rss() || 0)), 250);
  const attacks: Attack[] = [];
  const opened = async (attack: Attack) => {
    const deadline = performance.now() + OPEN_WITHIN_MS;
    const held = () => attack.open() + attack.waiting();
    while (held() < o.slowConnections * 0.95 && performance.now() < deadline && !abort()) await sleep(250);
    o.log(
      `slow: ${attack.open()} slow connections open, ${attack.waiting()} refused and waiting to try again (${attack.cut()} closed by the server, ${attack.refused()} refused so far)`,
    );
  };

  const secondRound = async () => {
    o.log(`slow: second round of ${o.slowConnections} slow connections for ${SECOND_ROUND_MS / 1000} s`);
    peak = 0;
    const second = startAttack(o);
    attacks.push(second);
    await opened(second);
    await sleep(SECOND_ROUND_MS);
    await second.stop();
    const during = peak;
    await sleep(AFTER_IDLE_MS);
    return { secondRound: during, after: await reading(o, 'after the second round') };
  };

  try {
    const before = await load('normal load, no slow connections', Math.round(o.load.requests / 5));
    await sleep(2_000);
    const memBefore = await reading(o, 'before');
    const rssBefore = memBefore.rssMb;

    peak = 0;
    const started = performance.now();
    const first = startAttack(o);
    attacks.push(first);
    await opened(first);
    const seen = { min: first.open(), max: first.open() };
    const watch = setInterval(() => {
      seen.min = Math.min(seen.min, first.open());
      seen.max = Math.max(seen.max, first.open());
    }, 250);
    const during = await load(`normal load with ${o.slowConnections} slow connections`, 0).finally(() => clearInterval(watch));
    const attackMs = performance.now() - started;
    const cut = first.cut();
    const refused = first.refused();
    await first.stop();
    const rssDuring = peak;
    o.log(
      `slow: attacker stopped after ${(attackMs / 1000).toFixed(0)} s; ${cut} slow connections were closed by the server, ${refused} bodies refused`,
    );

    // The server keeps serving once they are gone; then it idles, and V8 hands back what it can.
    const after = await load('normal load after the slow connections closed', 0);
    await sleep(AFTER_IDLE_MS);
    const memAfter = await reading(o, 'after');
    const rssAfter = memAfter.rssMb;

    const { secondRound: rssSecond, after: memAfterSecond } =
      o.secondRound === false ? { secondRound: NaN, after: { rssMb: NaN } as MemoryReading } : await secondRound();
    return {
      slowConnections: o.slowConnections,
      before,
      during,
      after,
      openDuring: seen,
      cut,
      refused,
      attackMs,
      mallocTrim: mallocTrimState(process.env, o.withoutAddon),
      rssMb: {
        before: rssBefore,
        during: rssDuring,
        after: rssAfter,
        secondRound: rssSecond,
        afterSecondRound: memAfterSecond.rssMb,
      },
      memory: { before: memBefore.breakdown, after: memAfter.breakdown, afterSecondRound: memAfterSecond.breakdown },
    };
  } finally {
    clearInterval(sampler);
    for (const a of attacks) await a.stop();
  }
}
