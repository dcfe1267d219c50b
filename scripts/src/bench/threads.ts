// The `threads` phase: what threads (npm start: BRON on the main thread, the others in workers, one
// thread per core by default) buy over all four services in one thread (SIM_THREADS=1): throughput
// of the chain, and how quick RIO's /health stays while BRON is overloaded (isolation: in one
// thread RIO waits for BRON's work on the same event loop), all in the same rounds (rounds.ts); and the
// ceiling beside them: the service skeleton in one thread and in two threads on one socket, what a
// second core gives this kind of server on this machine at all.
import { Pool } from 'undici';
import { DUO_OIN, loadPartyTls } from '@duo-sim/shared';
import { percentile, runLoad, type LoadOptions, type LoadResult } from './load.js';
import { freePorts, spawnChain, type ChainProcess } from './processes.js';
import type { Series } from './rounds.js';

/** Connections on BRON in the isolation run: twice the throughput load's, so BRON's queue is never empty. */
export const OVERLOAD_CONNECTIONS = 64;
/** Pause between two /health probes: about 50 a second, a monitoring check's pace and then some. */
const PROBE_GAP_MS = 20;

export interface HealthFigures {
  probes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** BRON's throughput during the overload. */
  bron: LoadResult;
}

export interface ThreadsFigures {
  /** Each configuration's runs and medians (threadConfigs, measured in rounds). */
  series: Record<ThreadConfigKey, Series>;
  rounds: number;
  /** npm start's default thread count on this machine (SIM_THREADS unset; a CPU quota counts, as in npm start). */
  threadedCount: number;
  /** The isolation runs, one per round each, in round order (their BRON overload is in `series`). */
  isolation: { oneThread: HealthFigures[]; threaded: HealthFigures[] };
}

/** SIM_THREADS for spawnChain: '1' all services in one thread, '' npm start's default, '4' a thread each. */
const threadEnv = (threads: boolean | 4) => ({ SIM_THREADS: threads === 4 ? '4' : threads ? '' : '1' });

export type ThreadConfigKey =
  | 'skeletonOne'
  | 'skeletonTwo'
  | 'oneThread'
  | 'threaded'
  | 'shards1'
  | 'shards2'
  | 'four'
  | 'mixOne'
  | 'mixDefault'
  | 'mixFour'
  | 'isolationOne'
  | 'isolationThreaded';

export interface ThreadConfig {
  key: ThreadConfigKey;
  /** For the log. */
  name: string;
  env: Record<string, string>;
  /** The vendor mix (mix.ts) instead of BRON inschrijvingen only. */
  mix?: boolean;
  /** The service skeleton (skeleton-server.ts) in this many threads instead of the chain. */
  skeleton?: 1 | 2;
  /** RIO's /health while BRON is overloaded (measureIsolation), threads as in `env`. */
  isolation?: boolean;
}

/**
 * The threads phase's configurations. BRON-only (inschrijvingen): one thread; npm start's default
 * without shards; with one shard thread (the HTTP layer and the checks and commit in two threads,
 * a pipeline) and with one per core of this 2-core machine (services/bron/src/shards.ts); a thread
 * per service. The vendor mix: one thread, the default (BRON_SHARDS=0 as npm start), a thread per service.
 * The ceiling: the service skeleton in one thread and in two accepting on one socket. Isolation: one
 * thread and npm start's default.
 */
export function threadConfigs(): ThreadConfig[] {
  const bronShards = (n: number) => ({ ...threadEnv(true), BRON_SHARDS: String(n) });
  return [
    { key: 'skeletonOne', name: 'service skeleton, one thread', env: {}, skeleton: 1 },
    { key: 'skeletonTwo', name: 'service skeleton, 2 threads on one socket', env: {}, skeleton: 2 },
    { key: 'oneThread', name: 'one thread', env: threadEnv(false) },
    { key: 'threaded', name: 'threads, BRON_SHARDS=0', env: bronShards(0) },
    { key: 'shards1', name: 'threads, BRON_SHARDS=1', env: bronShards(1) },
    { key: 'shards2', name: 'threads, BRON_SHARDS=2', env: bronShards(2) },
    { key: 'four', name: 'a thread per service', env: threadEnv(4) },
    { key: 'mixOne', name: 'vendor mix, one thread', env: threadEnv(false), mix: true },
    { key: 'mixDefault', name: 'vendor mix, threads (default)', env: bronShards(0), mix: true },
    { key: 'mixFour', name: 'vendor mix, a thread per service', env: threadEnv(4), mix: true },
    { key: 'isolationOne', name: 'isolation, one thread', env: threadEnv(false), isolation: true },
    { key: 'isolationThreaded', name: 'isolation, threads (default)', env: threadEnv(true), isolation: true },
  ];
}

export interface IsolationOptions {
  dataDir: string;
  simDate: string;
  /** The chain's thread settings (threadEnv). */
  env: Record<string, string>;
  /** The overload on BRON; url and connections are set here. */
  load: Omit<LoadOptions, 'url' | 'connections'>;
  onChain?: (chain: ChainProcess) => void;
}

export async function measureIsolation(o: IsolationOptions): Promise<HealthFigures> {
  const chain = await spawnChain({
    dataDir: o.dataDir,
    simDate: o.simDate,
    ports: await freePorts(4),
    extra: o.env,
  });
  o.onChain?.(chain);
  try {
    let loading = true;
    const overload = runLoad({
      ...o.load,
      url: chain.urls.bron,
      connections: OVERLOAD_CONNECTIONS,
      abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
    }).finally(() => (loading = false));
    const latencies = await probeHealth(chain.urls.rio, o.load.pkiDir, () => loading);
    const bron = await overload;
    latencies.sort((a, b) => a - b);
    return {
      probes: latencies.length,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      maxMs: latencies[latencies.length - 1] ?? Number.NaN,
      bron,
    };
  } finally {
    await chain.stop();
  }
}

/** GET /health one after another over one keep-alive connection (DUO's certificate) while `going()`. */
async function probeHealth(url: string, pkiDir: string, going: () => boolean): Promise<number[]> {
  const tls = loadPartyTls(pkiDir, DUO_OIN);
  const pool = new Pool(new URL(url).origin, {
    connections: 1,
    connect: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true },
  });
  const latencies: number[] = [];
  try {
    // The first probe opens the connection (a TLS handshake is no part of what is measured).
    await (await pool.request({ path: '/health', method: 'GET' })).body.dump();
    while (going()) {
      const t0 = performance.now();
      const res = await pool.request({ path: '/health', method: 'GET' });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`RIO /health answered ${res.statusCode}`);
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
    }
  } finally {
    await pool.close();
  }
  return latencies;
}
