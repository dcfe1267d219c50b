import type { CommonDeps, OsrClient, ReplayGuard, RioClient } from '@duo-sim/shared';
import type { BrpRegister } from './brp.js';
import type { WereldBrp } from './brp-toevoegingen.js';
import type { TeldatumModus } from './domain/bekostiging-teldatum.js';
import type { Pusher } from './push.js';
import type { BronShards } from './shards.js';
import type { BronStore } from './store.js';

export interface AppDeps extends CommonDeps {
  store: BronStore;
  osr: OsrClient;
  rio: RioClient;
  brp: BrpRegister;
  /** The operator's additions to the BRP stub (POST /_sim/brp-personen); absent in tests that add none. */
  brpToevoegingen?: WereldBrp;
  replay: ReplayGuard;
  /** BEK-01 */
  teldatumModus: TeldatumModus;
  /** Told after every commit that placed berichten; absent in tests that do not push. */
  pusher?: Pick<Pusher, 'kick'>;
  /** BRON_SHARDS > 0 under npm start's threads: the threads that check and commit per-pupil berichten. */
  shards?: BronShards;
}

/** What a per-pupil bericht's checks and commit use: all a shard thread has (shard-worker.ts). */
export type BerichtDeps = Pick<AppDeps, 'store' | 'osr' | 'rio' | 'brp' | 'teldatumModus' | 'pusher'>;
