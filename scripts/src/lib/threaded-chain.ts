// `npm start` runs each service in a thread of its own, so the four use every core and a heavy
// request in one (a 9 MB answer, a load on BRON) does not stall the others. RIO, OSR and verzuim
// get worker threads; BRON, the busiest, runs on the main thread, which has nothing else to do and
// has its code loaded already (one isolate less: less memory, a quicker start). Peers still keep
// each other's answers exactly as long as in one process: the change signals are cells of one
// Int32Array on a SharedArrayBuffer (shared/src/change-signal.ts). SIM_THREADS=1 runs the old
// single-thread chain (chain.ts) for comparison and debugging.
import { loadConfig as loadBronConfig, start as startBron } from '@duo-sim/bron';
import { ensurePki, loadParties, watchChangeCell, type RunningService, type ServiceName } from '@duo-sim/shared';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadChainConfig, startChain, type Env } from './chain.js';
import { THREAD_SERVICES, type FromThread, type ThreadData, type ToThread } from './thread-protocol.js';

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const THREAD_SCRIPT = join(__dirname, '..', '..', 'dist', 'lib', 'service-thread.js');

export interface ThreadedChain {
  urls: Record<ServiceName, string>;
  /** Resolves when a service's thread ends without being asked to: the chain is then incomplete. */
  lost: Promise<{ service: ServiceName; reason: string }>;
  close(): Promise<void>;
}

/** Whether `npm start` runs the services in threads: everything but SIM_THREADS=1. */
export function threadsWanted(env: Env): boolean {
  return env.SIM_THREADS !== '1';
}

/** What `npm start` runs: the threads, or with SIM_THREADS=1 the four services in this thread. */
export async function startChainAsConfigured(env: Env): Promise<ThreadedChain & { threads: boolean }> {
  if (threadsWanted(env)) return { ...(await startThreadedChain(env)), threads: true };
  const chain = await startChain(env);
  const urls = Object.fromEntries(Object.entries(chain.services).map(([name, s]) => [name, s.url]));
  // In one thread a service cannot end on its own without taking the process along.
  return { urls: urls as ThreadedChain['urls'], lost: new Promise(() => {}), close: () => chain.close(), threads: false };
}

export async function startThreadedChain(env: Env): Promise<ThreadedChain> {
  const configs = loadChainConfig(env);
  const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * THREAD_SERVICES.length));
  let reportLoss: (loss: { service: ServiceName; reason: string }) => void = () => {};
  const lost = new Promise<{ service: ServiceName; reason: string }>((resolve) => (reportLoss = resolve));
  const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
  // Every worker at once: each loads its code while the PKI is checked and its peers start.
  const threads = Object.fromEntries(
    WORKER_SERVICES.map((service) => [
      service,
      new ServiceThread({ service, counters }, (reason) => reportLoss({ service, reason })),
    ]),
  ) as Record<WorkerService, ServiceThread>;
  let bron: RunningService | undefined;
  const startBronHere = async (bronEnv: Env): Promise<string> => {
    const peers = { osr: watchChangeCell(cell('osr')), rio: watchChangeCell(cell('rio')) };
    bron = await startBron(loadBronConfig(bronEnv), peers, { changeCell: cell('bron') });
    return bron.url;
  };
  const closeAll = async () => {
    // verzuim and BRON stop asking before OSR and RIO go.
    await threads.verzuim.close();
    await bron?.close();
    await threads.rio.close();
    await threads.osr.close();
  };
  try {
    // Make the PKI once, before four threads would each try.
    await ensurePki(configs.rio.pkiDir, loadParties(join(configs.rio.fixturesDir, 'parties.json')));
    const ports = THREAD_SERVICES.map((s) => configs[s].port);
    let urls: Record<ServiceName, string>;
    if (ports.every((p) => p !== 0)) {
      // Known ports (npm start's default): every service knows its peers' URLs now, so all start at once.
      const known = Object.fromEntries(THREAD_SERVICES.map((s) => [s, `https://localhost:${configs[s].port}`]));
      const withPeers = { ...env, RIO_URL: known.rio, OSR_URL: known.osr, BRON_URL: known.bron };
      const started = await settleAll(
        THREAD_SERVICES.map((s) => (s === 'bron' ? startBronHere(withPeers) : threads[s].start(withPeers))),
      );
      urls = Object.fromEntries(THREAD_SERVICES.map((s, i) => [s, started[i]!])) as Record<ServiceName, string>;
    } else {
      // A port 0 is known once taken: OSR and RIO need nobody, BRON needs their URLs, verzuim BRON's.
      const [osr, rio] = (await settleAll([threads.osr.start(env), threads.rio.start(env)])) as [string, string];
      const withPeers = { ...env, OSR_URL: osr, RIO_URL: rio };
      const bronUrl = await startBronHere(withPeers);
      const verzuim = await threads.verzuim.start({ ...withPeers, BRON_URL: bronUrl });
      urls = { rio, osr, bron: bronUrl, verzuim };
    }
    return { urls, lost, close: closeAll };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** The services in worker threads; BRON runs on the main thread. */
const WORKER_SERVICES = ['rio', 'osr', 'verzuim'] as const;
type WorkerService = (typeof WORKER_SERVICES)[number];

/** Like Promise.all, but waits for every start to end, so none is left running unseen after a failure. */
async function settleAll<T>(promises: Array<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

class ServiceThread {
  private readonly worker: Worker;
  private readonly exited: Promise<number>;
  private error: Error | undefined;
  private closing = false;
  private started = false;

  constructor(
    private readonly data: ThreadData,
    onLost: (reason: string) => void,
  ) {
    this.worker = new Worker(THREAD_SCRIPT, { workerData: data });
    this.worker.on('error', (err) => (this.error = err));
    this.exited = new Promise((resolve) => this.worker.once('exit', resolve));
    void this.exited.then((code) => {
      if (this.started && !this.closing) onLost(this.error ? this.error.message : `code ${code}`);
    });
  }

  /** Starts the service with this environment; its URL. */
  start(env: Env): Promise<string> {
    const send = (m: ToThread) => this.worker.postMessage(m);
    return new Promise((resolve, reject) => {
      this.worker.once('message', (m: FromThread) => {
        if (m.type === 'failed') return reject(new Error(m.message));
        this.started = true;
        resolve(m.url);
      });
      void this.exited.then((code) =>
        reject(this.error ?? new Error(`${this.data.service} stopte bij het starten (code ${code})`)),
      );
      send({ type: 'start', env });
    });
  }

  /** Closes the service (its database cleanly) and ends the thread. */
  async close(): Promise<void> {
    if (!this.closing) {
      this.closing = true;
      this.worker.postMessage({ type: 'close' } satisfies ToThread);
    }
    await this.exited;
  }
}
