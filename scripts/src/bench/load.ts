// The load generator: undici Pools over mTLS keep-alive (one Pool per vendor certificate), a fixed
// number of workers each with its own connection, bounded by a request count and a deadline.
import { Pool } from 'undici';
import { loadPartyTls } from '@duo-sim/shared';
import { startCpuCount, type CpuFigures } from './cpu.js';
import type { BerichtStream } from './world.js';

export interface LoadOptions {
  url: string;
  path: string;
  pkiDir: string;
  streams: BerichtStream[];
  connections: number;
  /** Requests to send (warm-up excluded). */
  requests: number;
  /** Unmeasured requests first (TLS handshakes, JIT, caches). */
  warmup: number;
  /** Stop sending after this many ms of the measured phase, whatever the count. */
  maxMs: number;
  /** Status that counts as success (201 for inschrijvingen, 200 for the bare server). */
  expect: number;
  /** Stop early when this says so (the server died). */
  abort?: () => boolean;
  /** Called every ~5 s with the requests done so far. */
  onProgress?: (done: number, elapsedMs: number) => void;
  /** The server's process id: count its CPU (and this process's) over the measured phase (cpu.ts). */
  cpuOf?: number;
}

export interface LoadResult {
  requests: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  firstErrors: string[];
  elapsedMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  timedOut: boolean;
  /** Over the measured phase, when `cpuOf` named the server's process. */
  cpu?: CpuFigures;
  /** Accepted answers per kind of request, when the berichten name one (the vendor mix). */
  okByKind?: Record<string, number>;
  /** p50 latency per kind of request (ms), likewise: which service a mix waits for. */
  p50MsByKind?: Record<string, number>;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const origin = new URL(opts.url).origin;
  // Workers round-robin over the vendors; each vendor's Pool (one per service it calls) has one
  // connection per worker, made on first use.
  const workerStreams: BerichtStream[] = [];
  for (let w = 0; w < opts.connections; w++) workerStreams.push(opts.streams[w % opts.streams.length]!);
  const pools = new Map<string, Pool>();
  const poolFor = (to: string, vendorOin: string): Pool => {
    const key = `${to} ${vendorOin}`;
    let pool = pools.get(key);
    if (!pool) {
      const tls = loadPartyTls(opts.pkiDir, vendorOin);
      pool = new Pool(to, {
        connections: Math.max(1, workerStreams.filter((s) => s.vendorOin === vendorOin).length),
        pipelining: 1,
        keepAliveTimeout: 60_000,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
        connect: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true },
      });
      pools.set(key, pool);
    }
    return pool;
  };

  const statuses: Record<string, number> = {};
  const firstErrors: string[] = [];
  const total = opts.warmup + opts.requests;
  const latencies = new Float64Array(opts.requests);
  let issued = 0;
  let measured = 0;
  let ok = 0;
  let errors = 0;
  const okByKind: Record<string, number> = {};
  const msByKind: Record<string, number[]> = {};
  let measureStart = 0;
  let deadline = Infinity;
  let timedOut = false;
  let lastProgress = 0;

  const oneRequest = async (stream: BerichtStream): Promise<void> => {
    const index = issued++;
    const warm = index < opts.warmup;
    const bericht = stream.next();
    const to = bericht.target;
    const pool = poolFor(to?.origin ?? origin, bericht.vendorOin);
    const expect = to?.expect ?? opts.expect;
    const t0 = performance.now();
    let status = 0;
    let text = '';
    try {
      const res = await pool.request({
        method: to?.method ?? 'POST',
        path: to?.path ?? opts.path,
        headers:
          to?.method === 'GET'
            ? { accept: 'application/json' }
            : { 'content-type': 'application/json', accept: 'application/json' },
        body: to?.method === 'GET' ? null : bericht.body,
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (err) {
      text = (err as Error).message;
    }
    const ms = performance.now() - t0;
    if (status === expect) bericht.accepted?.();
    const what = to ? `${to.kind} ${to.method} ${to.path}: ` : '';
    if (warm) {
      if (status !== expect) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(`(warm-up) ${what}${status} ${text.slice(0, 600)}`);
      }
      return;
    }
    if (measured < latencies.length) latencies[measured] = ms;
    measured++;
    if (to) (msByKind[to.kind] ??= []).push(ms);
    const statusKey = to ? `${to.kind} ${status}` : String(status);
    statuses[statusKey] = (statuses[statusKey] ?? 0) + 1;
    if (status === expect) {
      ok++;
      if (to) okByKind[to.kind] = (okByKind[to.kind] ?? 0) + 1;
    } else {
      errors++;
      if (firstErrors.length < 5) firstErrors.push(`${what}${status} ${text.slice(0, 600)}`);
    }
  };

  const worker = async (stream: BerichtStream, phase: 'warmup' | 'measure'): Promise<void> => {
    const limit = phase === 'warmup' ? opts.warmup : total;
    while (issued < limit) {
      if (opts.abort?.()) return;
      if (phase === 'measure' && performance.now() > deadline) {
        timedOut = true;
        return;
      }
      await oneRequest(stream);
      if (phase === 'measure' && opts.onProgress && performance.now() - lastProgress > 5000) {
        lastProgress = performance.now();
        opts.onProgress(measured, lastProgress - measureStart);
      }
    }
  };

  try {
    await Promise.all(workerStreams.map((s) => worker(s, 'warmup')));
    const cpuCount = opts.cpuOf === undefined ? undefined : startCpuCount(opts.cpuOf);
    measureStart = performance.now();
    lastProgress = measureStart;
    deadline = measureStart + opts.maxMs;
    await Promise.all(workerStreams.map((s) => worker(s, 'measure')));
    const elapsedMs = performance.now() - measureStart;
    const cpu = cpuCount?.stop();
    const lat = Array.from(latencies.subarray(0, Math.min(measured, latencies.length))).sort((a, b) => a - b);
    return {
      requests: measured,
      ok,
      errors,
      statuses,
      firstErrors,
      elapsedMs,
      perSecond: (ok / elapsedMs) * 1000,
      p50Ms: percentile(lat, 0.5),
      p99Ms: percentile(lat, 0.99),
      timedOut,
      ...(cpu ? { cpu } : {}),
      ...(Object.keys(okByKind).length > 0 ? { okByKind } : {}),
      ...(Object.keys(msByKind).length > 0
        ? { p50MsByKind: Object.fromEntries(Object.entries(msByKind).map(([k, v]) => [k, median(v)])) }
        : {}),
    };
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median; of an even count the mean of the middle two (two runs give their mean, not the slower one). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
