// The only file of this service with side effects: wires config -> database -> store -> peers -> app -> mTLS.
import {
  createOsrClient,
  createReplayGuard,
  createRioClient,
  createServiceClient,
  runMain,
  startService,
  type ChangeSignal,
  type RunningService,
} from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadBrpPersonen } from './brp.js';
import { createWereldBrp } from './brp-toevoegingen.js';
import { loadConfig, type BronConfig } from './config.js';
import { createPusher } from './push.js';
import { createBronStore } from './store.js';

/** The change signals of OSR and RIO when they run in this process: their answers may then be kept. */
export interface InProcessPeers {
  osr?: ChangeSignal;
  rio?: ChangeSignal;
}

export function start(config: Readonly<BronConfig> = loadConfig(), peers: InProcessPeers = {}): Promise<RunningService> {
  return startService(config, (ctx) => {
    const osrClient = createServiceClient(config.peers.osr, ctx.duoTls, peers.osr ? { cacheWhile: peers.osr } : {});
    const rioClient = createServiceClient(config.peers.rio, ctx.duoTls, peers.rio ? { cacheWhile: peers.rio } : {});
    const osr = createOsrClient(osrClient);
    const store = createBronStore(ctx.db, ctx.clock);
    const brp = createWereldBrp(ctx.db, loadBrpPersonen(config.fixturesDir));
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
      },
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
