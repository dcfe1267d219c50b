// One service in a worker thread of `npm start` (threaded-chain.ts). It counts its changes in its
// cell of the shared counters and watches its peers' cells, so it may keep their answers exactly
// as long as it could in one process (shared/src/change-signal.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { watchChangeCell, type RunningService, type ServiceName } from '@duo-sim/shared';
import { THREAD_SERVICES, type ThreadData, type ThreadMessage } from './thread-protocol.js';

const { service, env, counters } = workerData as ThreadData;
const cell = (s: ServiceName) => ({ counters, index: THREAD_SERVICES.indexOf(s) });
const watch = (s: ServiceName) => watchChangeCell(cell(s));
const options = { changeCell: cell(service) };
const post = (m: ThreadMessage) => parentPort!.postMessage(m);

// Each thread loads only its own service's code: less memory and a quicker start.
async function start(): Promise<RunningService> {
  const { loadServiceConfig } = await import('@duo-sim/shared');
  switch (service) {
    case 'rio':
      return (await import('@duo-sim/rio')).start(loadServiceConfig('rio', env), options);
    case 'osr':
      return (await import('@duo-sim/osr')).start(loadServiceConfig('osr', env), options);
    case 'bron': {
      const bron = await import('@duo-sim/bron');
      return bron.start(bron.loadConfig(env), { osr: watch('osr'), rio: watch('rio') }, options);
    }
    case 'verzuim':
      return (await import('@duo-sim/verzuim')).start(
        loadServiceConfig('verzuim', env),
        { osr: watch('osr'), bron: watch('bron') },
        options,
      );
  }
}

start().then(
  (running) => {
    post({ type: 'started', url: running.url });
    parentPort!.once('message', () => {
      // The only message after the start is "close": the databases are closed before the thread ends.
      void running.close().then(
        () => process.exit(0),
        (err: Error) => {
          process.stderr.write(`${service} sloot niet netjes af: ${err.message}\n`);
          process.exit(1);
        },
      );
    });
  },
  (err: Error) => {
    post({ type: 'failed', message: err.message });
    process.exit(1);
  },
);
