// The only file of this service with side effects: wires config -> database -> app -> mTLS, with
// keep-alive clients (DUO's certificate) to OSR and BRON.
import {
  brpPersonenDatabase,
  createBronClient,
  createOsrClient,
  createReplayGuard,
  createServiceClient,
  openBrpPersonenDatabase,
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
    const osrHttp = createServiceClient(ctx.config.peers.osr, ctx.duoTls, {
      naam: 'OSR',
      ...(peers.osr ? { cacheWhile: peers.osr } : {}),
    });
    const bronHttp = createServiceClient(ctx.config.peers.bron, ctx.duoTls, {
      naam: 'BRON',
      ...(peers.bron ? { cacheWhile: peers.bron } : {}),
    });
    // A land world's stub is read in place; its seed() then adds no persons of its own.
    const brpBestand = brpPersonenDatabase(ctx.config.fixturesDir);
    const brpDatabase = brpBestand === undefined ? undefined : openBrpPersonenDatabase(brpBestand);
    const app = createApp({
      ...ctx,
      store: createVerzuimStore(ctx.db, brpDatabase),
      seed: () => (brpDatabase ? { personen: [] } : readVerzuimWorld(ctx.config.fixturesDir, ctx.schemas)),
      osr: createOsrClient(osrHttp),
      bron: createBronClient(bronHttp),
      replay: createReplayGuard(ctx.db),
    });
    return {
      app,
      close: async () => {
        await Promise.all([osrHttp.close(), bronHttp.close()]);
        brpDatabase?.close();
      },
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
