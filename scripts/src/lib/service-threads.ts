// The worker threads of `npm start` (threaded-chain.ts) and how many there are. Light on purpose:
// only Node's own modules, so start-all.ts can start the workers before the main thread loads its
// own code (BRON, the console's configuration), and both load at once on two cores.
import type { ServiceName } from '@duo-sim/shared';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cgroupQuotaCpus } from './cpu-quota.js';
import { THREAD_SERVICES, type FromThread, type ThreadData, type ToThread } from './thread-protocol.js';
import { workerResourceLimits } from './v8-settings.js';

type Env = Record<string, string | undefined>;

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const THREAD_SCRIPT = join(__dirname, '..', '..', 'dist', 'lib', 'service-thread.js');

/** The worker's script: the compiled one, or its bundle when npm start runs from the bundles (chain-bundle.ts). */
let threadScript = THREAD_SCRIPT;

/**
 * The worker threads beside BRON's main thread, per thread count. With two threads RIO, OSR and
 * verzuim share one: isolated from BRON all the same, and one module load and heap instead of three
 * (on two cores, more threads only cost start time and memory: bench/RESULTS.md).
 */
const WORKER_GROUPS: Record<2 | 3 | 4, ServiceName[][]> = {
  2: [['osr', 'rio', 'verzuim']],
  3: [['osr', 'rio'], ['verzuim']],
  4: [['osr'], ['rio'], ['verzuim']],
};

export type ThreadCount = 1 | 2 | 3 | 4;

/** What the default thread count is sized by: the cores Node sees, and a container's CPU quota in CPUs (cpu-quota.ts). */
export interface Cpus {
  cores: number;
  quota?: number | undefined;
}

/** This process's: Node 20's availableParallelism() counts a host's cores whatever the container's quota. */
export function processCpus(): Cpus {
  return { cores: availableParallelism(), quota: cgroupQuotaCpus() };
}

/** npm start's thread count without SIM_THREADS: one per core the quota allows, at least 2, at most 4 (one per service). */
export function defaultThreads(cpus: Cpus = processCpus()): 2 | 3 | 4 {
  const cores = cpus.quota === undefined ? cpus.cores : Math.min(cpus.cores, cpus.quota);
  return Math.min(4, Math.max(2, cores)) as 2 | 3 | 4;
}

/** SIM_THREADS as threadCount (threaded-chain.ts) reads it; undefined for a value it refuses. */
export function threadsWanted(env: Env, cpus?: Cpus): ThreadCount | undefined {
  const raw = env.SIM_THREADS;
  if (raw === undefined || raw === '') return defaultThreads(cpus);
  return /^[1-4]$/.test(raw) ? (Number(raw) as ThreadCount) : undefined;
}

/** The worker threads of one chain and the change counters they share with the main thread. */
export interface Workers {
  counters: Int32Array;
  threads: ServiceThread[];
}

/** Starts the workers; each loads its services' code at once and then waits for `start` messages. */
export function startWorkers(threads: 2 | 3 | 4): Workers {
  const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * THREAD_SERVICES.length));
  return { counters, threads: WORKER_GROUPS[threads].map((services) => new ServiceThread({ services, counters })) };
}

let early: { threads: 2 | 3 | 4; workers: Workers } | undefined;

/**
 * start-all.ts, before it loads the chain's code: the workers `npm start` will ask for, so they load
 * theirs meanwhile. Nothing when SIM_THREADS is 1 or wrong (the chain reports it, and exits). With
 * `bundledThread` (chain-bundle.ts) every worker of this process runs that script instead.
 */
export function startWorkersEarly(env: Env, bundledThread?: string): Workers | undefined {
  if (bundledThread) threadScript = bundledThread;
  const threads = threadsWanted(env);
  if (threads === undefined || threads === 1) return undefined;
  early = { threads, workers: startWorkers(threads) };
  return early.workers;
}

/** Ends the workers startWorkersEarly started, if the chain has not taken them: they have started nothing. */
export function discardEarlyWorkers(): void {
  const started = early;
  early = undefined;
  for (const t of started?.workers.threads ?? []) for (const s of t.services) void t.close(s);
}

/** The workers startWorkersEarly started for this thread count, once; otherwise new ones. */
export function takeWorkers(threads: 2 | 3 | 4): Workers {
  if (early?.threads === threads) {
    const { workers } = early;
    early = undefined;
    return workers;
  }
  // Another count than asked for (not from npm start): those workers end, having started nothing.
  discardEarlyWorkers();
  return startWorkers(threads);
}

/** A worker thread with some of RIO, OSR and verzuim (service-thread.ts). */
export class ServiceThread {
  readonly services: ServiceName[];
  /** Resolves when the thread has ended, asked to or not. */
  readonly ended: Promise<number>;
  private readonly worker: Worker;
  private error: Error | undefined;
  private closing = false;
  private started = false;
  private lost: (reason: string) => void = () => {};

  constructor(data: ThreadData) {
    this.services = data.services;
    // The young generation's cap as a limit, not a V8 flag (v8-settings.ts).
    this.worker = new Worker(threadScript, { workerData: data, resourceLimits: workerResourceLimits(process.env) });
    this.worker.on('error', (err) => (this.error = err));
    this.ended = new Promise((resolve) => this.worker.once('exit', resolve));
    void this.ended.then((code) => {
      if (this.started && !this.closing) this.lost(this.error ? this.error.message : `code ${code}`);
    });
  }

  /** Called when the thread ends on its own after a service in it started: the chain is incomplete. */
  onLost(report: (reason: string) => void): void {
    this.lost = report;
  }

  /** Starts one of its services with this environment; its URL. */
  start(service: ServiceName, env: Env, pkiChecked = false): Promise<string> {
    return new Promise((resolve, reject) => {
      const listen = (m: FromThread) => {
        if (m.service !== service || m.type === 'closed') return;
        this.worker.off('message', listen);
        if (m.type === 'failed') return reject(new Error(m.message));
        this.started = true;
        resolve(m.url);
      };
      this.worker.on('message', listen);
      void this.ended.then((code) => reject(this.error ?? new Error(`${service} stopte bij het starten (code ${code})`)));
      this.send({ type: 'start', service, env, pkiChecked });
    });
  }

  /** Closes one of its services (its database cleanly); the thread ends with its last service. */
  close(service: ServiceName): Promise<void> {
    this.closing = true;
    return new Promise((resolve) => {
      const listen = (m: FromThread) => {
        if (m.service !== service || m.type !== 'closed') return;
        this.worker.off('message', listen);
        resolve();
      };
      this.worker.on('message', listen);
      void this.ended.then(() => resolve());
      this.send({ type: 'close', service });
    });
  }

  private send(m: ToThread): void {
    this.worker.postMessage(m);
  }
}
