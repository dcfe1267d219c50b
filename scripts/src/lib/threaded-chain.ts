// `npm start` runs the services in threads of one process, so they use every core and a heavy
// request in one (a 9 MB answer, a load on BRON) does not stall the others. BRON, the busiest, runs
// on the main thread, which has little else to do and has its code loaded already; RIO, OSR and
// verzuim run in worker threads: by default one thread per core, at most one per service
// (SIM_THREADS, threadGroups). Peers still keep each other's answers exactly as long as in one
// thread: the change signals are cells of one Int32Array on a SharedArrayBuffer
// (shared/src/change-signal.ts). SIM_THREADS=1 runs the single-thread chain (chain.ts).
import { loadConfig as loadBronConfig, start as startBron } from '@duo-sim/bron';
import { ConfigError, ensurePki, loadParties, watchChangeCell, type RunningService, type ServiceName } from '@duo-sim/shared';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadChainConfig, startChain, type Env } from './chain.js';
import { THREAD_SERVICES, type FromThread, type ThreadData, type ToThread } from './thread-protocol.js';

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const THREAD_SCRIPT = join(__dirname, '..', '..', 'dist', 'lib', 'service-thread.js');

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

/** SIM_THREADS: 1–4 threads; by default one per core, at least 2, at most 4 (one per service). */
export function threadCount(env: Env, cores = availableParallelism()): ThreadCount {
  const raw = env.SIM_THREADS;
  if (raw === undefined || raw === '') return Math.min(4, Math.max(2, cores)) as ThreadCount;
  if (!/^[1-4]$/.test(raw)) throw new ConfigError([`SIM_THREADS=${raw}: verwacht 1, 2, 3 of 4 (threads voor de vier diensten)`]);
  return Number(raw) as ThreadCount;
}

export interface ThreadedChain {
  urls: Record<ServiceName, string>;
  /** Resolves when a worker thread ends without being asked to: the chain is then incomplete. */
  lost: Promise<{ services: ServiceName[]; reason: string }>;
  close(): Promise<void>;
}

/** What `npm start` runs: threads, or with SIM_THREADS=1 the four services in this thread. */
export async function startChainAsConfigured(env: Env): Promise<ThreadedChain & { threads: ThreadCount }> {
  const threads = threadCount(env);
  if (threads > 1) return { ...(await startThreadedChain(env, threads as 2 | 3 | 4)), threads };
  const chain = await startChain(env);
  const urls = Object.fromEntries(Object.entries(chain.services).map(([name, s]) => [name, s.url]));
  // In one thread a service cannot end on its own without taking the process along.
  return { urls: urls as ThreadedChain['urls'], lost: new Promise(() => {}), close: () => chain.close(), threads };
}

export async function startThreadedChain(env: Env, threads: 2 | 3 | 4 = 4): Promise<ThreadedChain> {
  const configs = loadChainConfig(env);
  const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * THREAD_SERVICES.length));
  let reportLoss: (loss: { services: ServiceName[]; reason: string }) => void = () => {};
  const lost = new Promise<{ services: ServiceName[]; reason: string }>((resolve) => (reportLoss = resolve));
  const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
  // Every worker at once: each loads its code while the PKI is checked and BRON starts.
  const workers = WORKER_GROUPS[threads].map(
    (services) => new ServiceThread({ services, counters }, (reason) => reportLoss({ services, reason })),
  );
  const workerOf = (s: ServiceName) => workers.find((w) => w.services.includes(s))!;
  let bron: RunningService | undefined;
  const startService = async (s: ServiceName, serviceEnv: Env): Promise<string> => {
    if (s !== 'bron') return workerOf(s).start(s, serviceEnv);
    const peers = { osr: watchChangeCell(cell('osr')), rio: watchChangeCell(cell('rio')) };
    bron = await startBron(loadBronConfig(serviceEnv), peers, { changeCell: cell('bron') });
    return bron.url;
  };
  const closeAll = async () => {
    // Who asks stops before whom it asks: verzuim, BRON, then RIO and OSR.
    await workerOf('verzuim').close('verzuim');
    await bron?.close();
    await workerOf('rio').close('rio');
    await workerOf('osr').close('osr');
    await Promise.all(workers.map((w) => w.ended));
  };
  try {
    // Make the PKI once, before the threads would each try.
    await ensurePki(configs.rio.pkiDir, loadParties(join(configs.rio.fixturesDir, 'parties.json')));
    let urls: Record<ServiceName, string>;
    if (THREAD_SERVICES.every((s) => configs[s].port !== 0)) {
      // Known ports (npm start's default): every service knows its peers' URLs now, so all start at once.
      const known = (s: ServiceName) => `https://localhost:${configs[s].port}`;
      const withPeers = { ...env, RIO_URL: known('rio'), OSR_URL: known('osr'), BRON_URL: known('bron') };
      const started = await settleAll(THREAD_SERVICES.map((s) => startService(s, withPeers)));
      urls = Object.fromEntries(THREAD_SERVICES.map((s, i) => [s, started[i]!])) as Record<ServiceName, string>;
    } else {
      // A port 0 is known once taken: OSR and RIO need nobody, BRON needs their URLs, verzuim BRON's.
      const [osr, rio] = (await settleAll([startService('osr', env), startService('rio', env)])) as [string, string];
      const withPeers = { ...env, OSR_URL: osr, RIO_URL: rio };
      const bronUrl = await startService('bron', withPeers);
      const verzuim = await startService('verzuim', { ...withPeers, BRON_URL: bronUrl });
      urls = { rio, osr, bron: bronUrl, verzuim };
    }
    return { urls, lost, close: closeAll };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** Like Promise.all, but waits for every start to end, so none is left running unseen after a failure. */
async function settleAll<T>(promises: Array<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** A worker thread with some of RIO, OSR and verzuim (service-thread.ts). */
class ServiceThread {
  readonly services: ServiceName[];
  /** Resolves when the thread has ended, asked to or not. */
  readonly ended: Promise<number>;
  private readonly worker: Worker;
  private error: Error | undefined;
  private closing = false;
  private started = false;

  constructor(data: ThreadData, onLost: (reason: string) => void) {
    this.services = data.services;
    this.worker = new Worker(THREAD_SCRIPT, { workerData: data });
    this.worker.on('error', (err) => (this.error = err));
    this.ended = new Promise((resolve) => this.worker.once('exit', resolve));
    void this.ended.then((code) => {
      if (this.started && !this.closing) onLost(this.error ? this.error.message : `code ${code}`);
    });
  }

  /** Starts one of its services with this environment; its URL. */
  start(service: ServiceName, env: Env): Promise<string> {
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
      this.send({ type: 'start', service, env });
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
