// `npm start` runs the services in threads of one process, so they use every core and a heavy
// request in one (a 9 MB answer, a load on BRON) does not stall the others. BRON, the busiest, runs
// on the main thread, which has little else to do; RIO, OSR and verzuim run in worker threads: by
// default one thread per core a CPU quota allows, at most one per service (SIM_THREADS,
// service-threads.ts), started by start-all.ts before the main thread loads BRON, so the threads
// load their code at the same time.
// Peers still keep each other's answers exactly as long as in one thread: the change signals are
// cells of one Int32Array on a SharedArrayBuffer (shared/src/change-signal.ts). SIM_THREADS=1 runs
// the single-thread chain (chain.ts).
import { loadConfig as loadBronConfig, start as startBron } from '@duo-sim/bron';
import {
  ConfigError,
  ensurePki,
  loadParties,
  lowerThreadPriority,
  watchChangeCell,
  type RunningService,
  type ServiceName,
} from '@duo-sim/shared';
import { join } from 'node:path';
import { loadChainConfig, type Env } from './chain-config.js';
import { takeWorkers, threadsWanted, type Cpus, type ThreadCount } from './service-threads.js';
import { THREAD_SERVICES } from './thread-protocol.js';
import { workerResourceLimits } from './v8-settings.js';

export type { ThreadCount } from './service-threads.js';

/** SIM_THREADS: 1–4 threads; by default one per core (no more than a CPU quota allows), at least 2, at most 4. */
export function threadCount(env: Env, cpus?: Cpus): ThreadCount {
  const threads = threadsWanted(env, cpus);
  if (threads === undefined)
    throw new ConfigError([`SIM_THREADS=${env.SIM_THREADS}: verwacht 1, 2, 3 of 4 (threads voor de vier diensten)`]);
  return threads;
}

export interface ThreadedChain {
  urls: Record<ServiceName, string>;
  /** Resolves when a worker thread ends without being asked to: the chain is then incomplete. */
  lost: Promise<{ services: ServiceName[]; reason: string }>;
  /**
   * SIM_BRON_NICE: BRON's main thread (BRON's shards and fronts do it themselves) takes a higher nice
   * value, so RIO's, OSR's and verzuim's threads run first when they wake. Called once the processes
   * that should not inherit it (the console) are started: a child inherits its starting thread's nice
   * value. Returns why it could not (harmless). With SIM_THREADS=1 it does nothing: all share one thread.
   */
  lowerBronPriority(): string | undefined;
  close(): Promise<void>;
}

/** What `npm start` runs: threads, or with SIM_THREADS=1 the four services in this thread. */
export async function startChainAsConfigured(env: Env): Promise<ThreadedChain & { threads: ThreadCount }> {
  const threads = threadCount(env);
  if (threads > 1) return { ...(await startThreadedChain(env, threads as 2 | 3 | 4)), threads };
  // Loaded only here: with threads, RIO, OSR and verzuim are the workers' to load, not this thread's.
  const { startChain } = await import('./chain.js');
  const chain = await startChain(env);
  const urls = Object.fromEntries(Object.entries(chain.services).map(([name, s]) => [name, s.url]));
  // In one thread a service cannot end on its own without taking the process along.
  return {
    urls: urls as ThreadedChain['urls'],
    lost: new Promise(() => {}),
    lowerBronPriority: () => undefined,
    close: () => chain.close(),
    threads,
  };
}

export async function startThreadedChain(env: Env, threads: 2 | 3 | 4 = 4): Promise<ThreadedChain> {
  const configs = loadChainConfig(env);
  // The workers npm start started before it loaded this code (start-all.ts), or new ones.
  const { counters, threads: workers } = takeWorkers(threads);
  let reportLoss: (loss: { services: ServiceName[]; reason: string }) => void = () => {};
  const lost = new Promise<{ services: ServiceName[]; reason: string }>((resolve) => (reportLoss = resolve));
  const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
  for (const w of workers) w.onLost((reason) => reportLoss({ services: w.services, reason }));
  const workerOf = (s: ServiceName) => workers.find((w) => w.services.includes(s))!;
  let bron: RunningService | undefined;
  let bronNice = 0;
  const startService = async (s: ServiceName, serviceEnv: Env): Promise<string> => {
    if (s !== 'bron') return workerOf(s).start(s, serviceEnv, true);
    const peers = { osr: watchChangeCell(cell('osr')), rio: watchChangeCell(cell('rio')) };
    // BRON_SHARDS: BRON's per-pupil berichten in shard threads of their own (services/bron/src/shards.ts).
    const bronConfig = loadBronConfig(serviceEnv);
    bronNice = bronConfig.nice;
    bron = await startBron(
      bronConfig,
      peers,
      { changeCell: cell('bron'), pkiChecked: true },
      { peers: { osr: cell('osr'), rio: cell('rio') }, resourceLimits: workerResourceLimits(process.env) },
    );
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
    // Make (or check) the PKI once, here, before the threads would each try; with the services' own
    // server names (SIM_SERVER_NAMES), so the server certificate is not issued twice over.
    await ensurePki(configs.rio.pkiDir, loadParties(join(configs.rio.fixturesDir, 'parties.json')), configs.rio.serverNames);
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
    return { urls, lost, lowerBronPriority: () => lowerThreadPriority(bronNice), close: closeAll };
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
