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
import type { Express } from 'express';
import type { ResourceLimits } from 'node:worker_threads';
import { createApp } from './app.js';
import { openWereldBrp } from './brp-toevoegingen.js';
import { loadConfig, type BronConfig } from './config.js';
import { createRelay, meldStoringen, startBronFrontsBeside, type BronFronts } from './fronts.js';
import { createPusher } from './push.js';
import { SCHRIJFMERKEN, startBronShardsBeside, type BronShards } from './shards.js';
import { createBronStore } from './store.js';

/** The change signals of OSR and RIO when they run in this process or its threads: their answers may then be kept. */
export interface InProcessPeers {
  osr?: ChangeSignal;
  rio?: ChangeSignal;
}

/**
 * BRON's shards and fronts (npm start's threads only, BRON_SHARDS, BRON_FRONTS): the change cells of
 * OSR and RIO, which those threads watch to keep their answers exactly as long as this thread may, and the heap limits
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
  const sharded = shardThreads !== undefined && config.shards > 0;
  // BRON_FRONTS: more threads accepting on BRON's socket (fronts.ts); they bump BRON's own change cell.
  const metFronts = shardThreads !== undefined && options.changeCell !== undefined && config.fronts > 1;
  // Shared by this thread, the shards and the fronts: write marks, the simulated day, the write turn.
  const gedeeld = sharded || metFronts ? deelDraden() : undefined;
  const relay = metFronts ? createRelay() : undefined;
  const allesDoorsturen = new Int32Array(new SharedArrayBuffer(4));
  let app: Express | undefined;
  let kickPusher = () => {};
  const started = startService(config, options, (ctx) => {
    const osrClient = createServiceClient(config.peers.osr, ctx.duoTls, {
      naam: 'OSR',
      ...(peers.osr ? { cacheWhile: peers.osr } : {}),
    });
    const rioClient = createServiceClient(config.peers.rio, ctx.duoTls, {
      naam: 'RIO',
      ...(peers.rio ? { cacheWhile: peers.rio } : {}),
    });
    const osr = createOsrClient(osrClient);
    const store = createBronStore(ctx.db, ctx.clock, gedeeld ? { schrijfmerken: gedeeld.schrijfmerken } : {});
    const { brp, close: closeBrp } = openWereldBrp(ctx.db, config.fixturesDir);
    // With fronts, their thread reads whether a storing is active here (they send everything on then).
    const storingen = relay ? meldStoringen(ctx.storingen, allesDoorsturen) : ctx.storingen;
    const pusher = createPusher({
      store,
      osr,
      journal: ctx.journal,
      clock: ctx.clock,
      logger: ctx.logger,
      config: config.push,
      duoTls: ctx.duoTls,
      toegestaan: config.pushToegestaan,
      storingen,
    });
    // Before the shards start: this thread runs the migrations, the shards only open what they find.
    const replay = createReplayGuard(ctx.db);
    if (gedeeld) {
      // The shards and fronts read the simulated day's offset from this cell: always the chain's date.
      const zetKlok = () => Atomics.store(gedeeld.klok, 0, daysBetween(dutchDate(new Date()), ctx.clock.today()));
      zetKlok();
      ctx.clock.onChange(zetKlok);
      // One write turn for this thread's connection and the others' (db.ts): no sleeping on the lock.
      deelSchrijfbeurt(ctx.db, gedeeld.schrijfbeurt);
    }
    let shards: BronShards | undefined;
    if (sharded) {
      // Not awaited: BRON listens at once and runs the berichten itself until the shards are ready.
      shards = startBronShardsBeside({
        count: config.shards,
        config,
        peers: shardThreads.peers,
        ...(shardThreads.resourceLimits ? { resourceLimits: shardThreads.resourceLimits } : {}),
        schrijfmerken: gedeeld!.schrijfmerken,
        klok: gedeeld!.klok,
        schrijfbeurt: gedeeld!.schrijfbeurt,
        onCommitted: () => pusher.kick(),
      });
    }
    app = createApp({
      ...ctx,
      storingen,
      ...(relay ? { identify: relay.identify } : {}),
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
    kickPusher = () => pusher.kick();
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
  if (!relay) return started;
  return started.then(async (running) => {
    const fd = running.listeningFd();
    // Without its socket or its relay no front can start: BRON goes on alone, as when a front fails.
    const relayServer =
      fd === undefined
        ? undefined
        : await relay.listen(app!).catch((err: unknown) => {
            process.stderr.write(
              `BRON-fronts niet gestart, BRON werkt zonder: ${err instanceof Error ? err.message : String(err)}\n`,
            );
            return undefined;
          });
    if (fd === undefined || !relayServer) return running;
    const fronts = startBronFrontsBeside({
      count: config.fronts,
      config,
      fd,
      relay: { port: relayServer.port, token: relay.token },
      changeCell: options.changeCell!,
      peers: shardThreads!.peers,
      ...(shardThreads!.resourceLimits ? { resourceLimits: shardThreads!.resourceLimits } : {}),
      schrijfmerken: gedeeld!.schrijfmerken,
      klok: gedeeld!.klok,
      schrijfbeurt: gedeeld!.schrijfbeurt,
      allesDoorsturen,
      ontvangen: new Int32Array(new SharedArrayBuffer(4 * config.fronts)),
      onCommitted: () => kickPusher(),
      onJournaled: () => running.ctx.journal.takeInOtherWrites(),
    });
    frontsHere.push(fronts);
    return {
      ...running,
      async close() {
        // The fronts first: what they still run may need this thread (relayed requests, the push worker).
        await fronts.close();
        await running.close();
        await relayServer.close();
      },
    };
  });
}

/** The cells this thread shares with its shards and fronts. */
function deelDraden() {
  return {
    schrijfmerken: new Int32Array(new SharedArrayBuffer(4 * SCHRIJFMERKEN)),
    klok: new Int32Array(new SharedArrayBuffer(4)),
    schrijfbeurt: new Int32Array(new SharedArrayBuffer(4)),
  };
}

const frontsHere: Array<Pick<BronFronts, 'ready' | 'ontvangen'>> = [];

/**
 * The fronts started beside BRON in this thread so far, once each is ready or gave up: their thread
 * ids and the requests each received (tests).
 */
export const frontsStartedHere = async (): Promise<{ threadIds: number[]; ontvangen: Int32Array[] }> => ({
  threadIds: (await Promise.all(frontsHere.map((f) => f.ready))).flat(),
  ontvangen: frontsHere.map((f) => f.ontvangen),
});

if (require.main === module) runMain(() => start(loadConfig(process.env)));
