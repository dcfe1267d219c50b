import type { BronClient, CommonDeps, OsrClient, ReplayGuard } from '@duo-sim/shared';
import type { VerzuimStore, VerzuimWereld } from './store.js';

/** What the verzuimregister app is built from (docs/architecture.md decision 1): the common deps, its store, its seed and its peers. */
export interface AppDeps extends CommonDeps {
  store: VerzuimStore;
  /** The seed world (the BRP stub): loaded into an empty store and on POST /_sim/reset. */
  seed: () => VerzuimWereld;
  /** OSR with DUO's certificate: schools and VERZUIM mandates (EK-03, EK-07). */
  osr: OsrClient;
  /** BRON with DUO's certificate: inschrijvingen (VZM-08) and onderwijsnummers (VZM-09). */
  bron: BronClient;
  /** EK-06: idempotent berichten. */
  replay: ReplayGuard;
}
