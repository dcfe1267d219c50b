// The only file of this service with side effects: wires config -> database -> store -> peers -> app -> mTLS.
import {
  brpPersonenDatabase,
  brpPersonenVersion,
  createOsrClient,
  createReplayGuard,
  createRioClient,
  createServiceClient,
  openBrpPersonenDatabase,
  readBrpPersonen,
  runMain,
  startService,
  type ChangeSignal,
  type RunningService,
  type Schemas,
  type StartOptions,
} from '@duo-sim/shared';
import { createApp } from './app.js';
import { createWereldBrp } from './brp-toevoegingen.js';
import { loadConfig, type BronConfig } from './config.js';
import { createPusher } from './push.js';
import { createBronStore } from './store.js';

/** The change signals of OSR and RIO when they run in this process or its threads: their answers may then be kept. */
export interface InProcessPeers {
  osr?: ChangeSignal;
  rio?: ChangeSignal;
}

export function start(
  config: Readonly<BronConfig> = loadConfig(),
  peers: InProcessPeers = {},
  options: StartOptions = {},
): Promise<RunningService> {
  return startService(config, options, (ctx) => {
    const osrClient = createServiceClient(config.peers.osr, ctx.duoTls, peers.osr ? { cacheWhile: peers.osr } : {});
    const rioClient = createServiceClient(config.peers.rio, ctx.duoTls, peers.rio ? { cacheWhile: peers.rio } : {});
    const osr = createOsrClient(osrClient);
    const store = createBronStore(ctx.db, ctx.clock);
    const brpBestand = brpPersonenDatabase(config.fixturesDir);
    const brpDatabase = brpBestand === undefined ? undefined : openBrpPersonenDatabase(brpBestand);
    const brp = createWereldBrp(
      ctx.db,
      brpDatabase
        ? { database: brpDatabase }
        : {
            versie: brpPersonenVersion(config.fixturesDir),
            personen: () => readBrpPersonen(config.fixturesDir) as Iterable<Schemas.BRPPersoon>,
          },
    );
    const pusher = createPusher({
      store,
      osr,
      journal: ctx.journal,
      clock: ctx.clock,
      logger: ctx.logger,
      config: config.push,
      duoTls: ctx.duoTls,
      toegestaan: config.pushToegestaan,
      storingen: ctx.storingen,
    });
    const app = createApp({
      ...ctx,
      store,
      osr,
      rio: createRioClient(rioClient),
      brp,
      brpToevoegingen: brp,
      replay: createReplayGuard(ctx.db),
      teldatumModus: config.teldatumModus,
      pusher,
    });
    return {
      app,
      close: async () => {
        await pusher.stop();
        await Promise.all([osrClient.close(), rioClient.close()]);
        brpDatabase?.close();
      },
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
