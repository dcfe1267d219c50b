// One service (RIO, OSR or verzuim) in a worker thread of `npm start` (threaded-chain.ts). It counts its changes in its
// cell of the shared counters and watches its peers' cells, so it may keep their answers exactly
// as long as it could in one process (shared/src/change-signal.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { watchChangeCell, type RunningService, type ServiceName } from '@duo-sim/shared';
import { THREAD_SERVICES, type FromThread, type ThreadData, type ToThread } from './thread-protocol.js';

type Env = Record<string, string | undefined>;

const { service, counters } = workerData as ThreadData;
const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
const watch = (s: ServiceName) => watchChangeCell(cell(s));
const options = { changeCell: cell(service) };
const post = (m: FromThread) => parentPort!.postMessage(m);

/** Loads only this service's code (less memory per thread), before the start message arrives. */
async function load(): Promise<(env: Env) => Promise<RunningService>> {
  const { loadServiceConfig } = await import('@duo-sim/shared');
  switch (service) {
    case 'rio': {
      const rio = await import('@duo-sim/rio');
      return (env) => rio.start(loadServiceConfig('rio', env), options);
    }
    case 'osr': {
      const osr = await import('@duo-sim/osr');
      return (env) => osr.start(loadServiceConfig('osr', env), options);
    }
    case 'bron':
      throw new Error('BRON runs on the main thread of npm start (threaded-chain.ts)');
    case 'verzuim': {
      const verzuim = await import('@duo-sim/verzuim');
      return (env) => verzuim.start(loadServiceConfig('verzuim', env), { osr: watch('osr'), bron: watch('bron') }, options);
    }
  }
}

const loaded = load();
let running: Promise<RunningService> | undefined;

parentPort!.on('message', (m: ToThread) => {
  if (m.type === 'start') {
    running = loaded.then((start) => start(m.env));
    running.then(
      (r) => post({ type: 'started', url: r.url }),
      (err: Error) => {
        post({ type: 'failed', message: err.message });
        process.exit(1);
      },
    );
    return;
  }
  // close: the database is closed before the thread ends.
  void (running ?? Promise.reject(new Error('niet gestart')))
    .then(
      (r) => r.close(),
      () => undefined,
    )
    .then(
      () => process.exit(0),
      (err: Error) => {
        process.stderr.write(`${service} sloot niet netjes af: ${err.message}\n`);
        process.exit(1);
      },
    );
});
