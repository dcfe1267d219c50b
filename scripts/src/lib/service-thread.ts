// A worker thread of `npm start` (threaded-chain.ts) with one or more of RIO, OSR and verzuim. Each
// service counts its changes in its cell of the shared counters and watches its peers' cells, so
// it may keep their answers exactly as long as it could in one thread (shared/src/change-signal.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { nameThread, watchChangeCell, type RunningService, type ServiceName, type StartOptions } from '@duo-sim/shared';
import { THREAD_SERVICES, type FromThread, type ThreadData, type ToThread } from './thread-protocol.js';

type Env = Record<string, string | undefined>;
type Starter = (env: Env, options: StartOptions) => Promise<RunningService>;

const { services, counters } = workerData as ThreadData;
const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
const watch = (s: ServiceName) => watchChangeCell(cell(s));
const post = (m: FromThread) => parentPort!.postMessage(m);

// Named after its services (`rio+osr+verzuim`), so the threads bench tells the threads apart.
nameThread(services.join('+'));

/** Loads only the code of this worker's services (less memory), before the start messages arrive. */
async function load(service: ServiceName): Promise<Starter> {
  const { loadServiceConfig } = await import('@duo-sim/shared');
  const changeCell = cell(service);
  switch (service) {
    case 'rio': {
      const rio = await import('@duo-sim/rio');
      return (env, options) => rio.start(loadServiceConfig('rio', env), { ...options, changeCell });
    }
    case 'osr': {
      const osr = await import('@duo-sim/osr');
      return (env, options) => osr.start(loadServiceConfig('osr', env), { ...options, changeCell });
    }
    case 'verzuim': {
      const verzuim = await import('@duo-sim/verzuim');
      return (env, options) =>
        verzuim.start(loadServiceConfig('verzuim', env), { osr: watch('osr'), bron: watch('bron') }, { ...options, changeCell });
    }
    case 'bron':
      throw new Error('BRON runs on the main thread of npm start (threaded-chain.ts)');
  }
}

const starters = new Map(services.map((s) => [s, load(s)] as const));
const running = new Map<ServiceName, Promise<RunningService | undefined>>();

parentPort!.on('message', (m: ToThread) => {
  const service = m.service;
  if (m.type === 'start') {
    const started = starters.get(service)!.then((start) => start(m.env, { pkiChecked: m.pkiChecked }));
    running.set(
      service,
      started.catch(() => undefined),
    );
    started.then(
      (r) => post({ type: 'started', service, url: r.url }),
      (err: Error) => post({ type: 'failed', service, message: err.message }),
    );
    return;
  }
  // close: the service's database is closed before it is reported closed; the last one ends the thread.
  void (running.get(service) ?? Promise.resolve(undefined))
    .then((r) => r?.close())
    .then(
      () => {
        post({ type: 'closed', service });
        running.delete(service);
        // Main counts the end of the thread as "closed" too, so the last message may go unread.
        if (running.size === 0) process.exit(0);
      },
      (err: Error) => {
        process.stderr.write(`${service} sloot niet netjes af: ${err.message}\n`);
        process.exit(1);
      },
    );
});
