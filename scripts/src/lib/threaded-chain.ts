// `npm start` runs each service in a worker thread of its own, so the four use every core and a
// heavy request in one (a 9 MB answer, a load on BRON) does not stall the others. Peers still keep
// each other's answers exactly as long as in one process: the change signals are cells of one
// Int32Array on a SharedArrayBuffer (shared/src/change-signal.ts). SIM_THREADS=1 runs the old
// single-thread chain (chain.ts) for comparison and debugging.
import { ensurePki, loadParties, type ServiceName } from '@duo-sim/shared';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadChainConfig, startChain, type Env } from './chain.js';
import { THREAD_SERVICES, type ThreadData, type ThreadMessage } from './thread-protocol.js';

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const THREAD_SCRIPT = join(__dirname, '..', '..', 'dist', 'lib', 'service-thread.js');

export interface ThreadedChain {
  urls: Record<ServiceName, string>;
  /** Resolves when a service's thread ends without being asked to: the chain is then incomplete. */
  lost: Promise<{ service: ServiceName; reason: string }>;
  close(): Promise<void>;
}

interface ServiceThread {
  service: ServiceName;
  url: string;
  worker: Worker;
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
  const config = loadChainConfig(env).rio;
  // Make the PKI once, before four threads would each try.
  await ensurePki(config.pkiDir, loadParties(join(config.fixturesDir, 'parties.json')));
  const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * THREAD_SERVICES.length));
  let reportLoss: (loss: { service: ServiceName; reason: string }) => void = () => {};
  const lost = new Promise<{ service: ServiceName; reason: string }>((resolve) => (reportLoss = resolve));
  const started: ServiceThread[] = [];
  const begin = (service: ServiceName, serviceEnv: Env) =>
    startThread({ service, env: serviceEnv, counters }, (reason) => reportLoss({ service, reason })).then((t) => {
      started.push(t);
      return t;
    });
  const closeAll = async () => {
    // The last started first: verzuim and BRON stop asking before OSR and RIO go.
    for (const t of [...started].reverse()) await t.close();
  };
  try {
    // OSR and RIO need nobody; BRON needs their URLs, verzuim BRON's (ports may be 0).
    const [osr, rio] = (await settleAll([begin('osr', env), begin('rio', env)])) as [ServiceThread, ServiceThread];
    const withPeers = { ...env, OSR_URL: osr.url, RIO_URL: rio.url };
    const bron = await begin('bron', withPeers);
    const verzuim = await begin('verzuim', { ...withPeers, BRON_URL: bron.url });
    return { urls: { rio: rio.url, osr: osr.url, bron: bron.url, verzuim: verzuim.url }, lost, close: closeAll };
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

function startThread(data: ThreadData, onLost: (reason: string) => void): Promise<ServiceThread> {
  const worker = new Worker(THREAD_SCRIPT, { workerData: data, env: data.env as NodeJS.ProcessEnv });
  let closing = false;
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let error: Error | undefined;
    worker.on('error', (err) => (error = err));
    worker.once('message', (m: ThreadMessage) => {
      if (m.type === 'failed') {
        reject(new Error(m.message));
        return;
      }
      void exited.then((code) => {
        if (!closing) onLost(error ? error.message : `code ${code}`);
      });
      resolve({
        service: data.service,
        url: m.url,
        worker,
        async close() {
          if (closing) return void (await exited);
          closing = true;
          worker.postMessage('close');
          await exited;
        },
      });
    });
    void exited.then((code) => reject(error ?? new Error(`${data.service} stopte bij het starten (code ${code})`)));
  });
}
