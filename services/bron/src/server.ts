// The only file of this service with side effects: wires config -> database -> store -> peers -> app -> mTLS.
import {
  createOsrClient,
  createReplayGuard,
  createRioClient,
  createServiceClient,
  daysBetween,
  deelSchrijfbeurt,
  dutchDate,
  runMain,
  startService,
  type ChangeCell,
  type ChangeSignal,
  type RunningService,
  type StartOptions,
} from '@duo-sim/shared';
import type { ResourceLimits } from 'node:worker_threads';
import { createApp } from './app.js';
import { openWereldBrp } from './brp-toevoegingen.js';
import { loadConfig, type BronConfig } from './config.js';
import { createPusher } from './push.js';
import { SCHRIJFMERKEN, startBronShardsBeside, type BronShards } from './shards.js';
import { createBronStore } from './store.js';

/** The change signals of OSR and RIO when they run in this process or its threads: their answers may then be kept. */
export interface InProcessPeers {
  osr?: ChangeSignal;
  rio?: ChangeSignal;
}

/**
 * BRON's shards (npm start's threads only, BRON_SHARDS): the change cells of OSR and RIO, which the
 * shard threads watch to keep their answers exactly as long as this thread may, and the heap limits
 * npm start gives its worker threads (V8's flags do not cap a new thread's young generation).
 */
export interface ShardThreads {
  peers: { osr: ChangeCell; rio: ChangeCell };
  resourceLimits?: ResourceLimits;
}

export function start(
  config: Readonly<BronConfig> = loadConfig(),
  peers: InProcessPeers = {},
  options: StartOptions = {},
  shardThreads?: ShardThreads,
): Promise<RunningService> {
  return startService(config, options, (ctx) => {
    const osrClient = createServiceClient(config.peers.osr, ctx.duoTls, peers.osr ? { cacheWhile: peers.osr } : {});
    const rioClient = createServiceClient(config.peers.rio, ctx.duoTls, peers.rio ? { cacheWhile: peers.rio } : {});
    const osr = createOsrClient(osrClient);
    const sharded = shardThreads !== undefined && config.shards > 0;
    const schrijfmerken = sharded ? new Int32Array(new SharedArrayBuffer(4 * SCHRIJFMERKEN)) : undefined;
    const store = createBronStore(ctx.db, ctx.clock, schrijfmerken ? { schrijfmerken } : {});
    const { brp, close: closeBrp } = openWereldBrp(ctx.db, config.fixturesDir);
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
    // Before the shards start: this thread runs the migrations, the shards only open what they find.
    const replay = createReplayGuard(ctx.db);
    let shards: BronShards | undefined;
    if (sharded) {
      // The shards read the simulated day's offset from this cell: always the chain's date.
      const klok = new Int32Array(new SharedArrayBuffer(4));
      const zetKlok = () => Atomics.store(klok, 0, daysBetween(dutchDate(new Date()), ctx.clock.today()));
      zetKlok();
      ctx.clock.onChange(zetKlok);
      // One write turn for this thread's connection and the shards' (db.ts): no sleeping on the lock.
      const schrijfbeurt = new Int32Array(new SharedArrayBuffer(4));
      deelSchrijfbeurt(ctx.db, schrijfbeurt);
      // Not awaited: BRON listens at once and runs the berichten itself until the shards are ready.
      shards = startBronShardsBeside({
        count: config.shards,
        config,
        peers: shardThreads.peers,
        ...(shardThreads.resourceLimits ? { resourceLimits: shardThreads.resourceLimits } : {}),
        schrijfmerken: schrijfmerken!,
        klok,
        schrijfbeurt,
        onCommitted: () => pusher.kick(),
      });
    }
    const app = createApp({
      ...ctx,
      store,
      osr,
      rio: createRioClient(rioClient),
      brp,
      brpToevoegingen: brp,
      replay,
      teldatumModus: config.teldatumModus,
      pusher,
      ...(shards ? { shards } : {}),
    });
    return {
      app,
      close: async () => {
        await shards?.close();
        await pusher.stop();
        await Promise.all([osrClient.close(), rioClient.close()]);
        closeBrp();
      },
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
