// The only file of this service with side effects: wires config -> database -> app -> mTLS, with
// keep-alive clients (DUO's certificate) to OSR and BRON.
import {
  createBronClient,
  createOsrClient,
  createReplayGuard,
  createServiceClient,
  runMain,
  startService,
  type ChangeSignal,
  type RunningService,
  type StartOptions,
  type ServiceConfig,
} from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { readVerzuimWorld } from './seed.js';
import { createVerzuimStore } from './store.js';

/** The change signals of OSR and BRON when they run in this process or its threads: their answers may then be kept. */
export interface InProcessPeers {
  osr?: ChangeSignal;
  bron?: ChangeSignal;
}

export function start(
  config: Readonly<ServiceConfig> = loadConfig(),
  peers: InProcessPeers = {},
  options: StartOptions = {},
): Promise<RunningService> {
  return startService(config, options, (ctx) => {
    const osrHttp = createServiceClient(ctx.config.peers.osr, ctx.duoTls, peers.osr ? { cacheWhile: peers.osr } : {});
    const bronHttp = createServiceClient(ctx.config.peers.bron, ctx.duoTls, peers.bron ? { cacheWhile: peers.bron } : {});
    const app = createApp({
      ...ctx,
      store: createVerzuimStore(ctx.db),
      seed: () => readVerzuimWorld(ctx.config.fixturesDir, ctx.schemas),
      osr: createOsrClient(osrHttp),
      bron: createBronClient(bronHttp),
      replay: createReplayGuard(ctx.db),
    });
    return {
      app,
      close: async () => {
        await Promise.all([osrHttp.close(), bronHttp.close()]);
      },
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
