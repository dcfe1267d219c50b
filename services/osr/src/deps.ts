import type { CommonDeps, PushToegestaan } from '@duo-sim/shared';
import type { EigenLeveranciers } from './eigen-leveranciers.js';
import type { OsrStore, OsrWereld } from './store.js';

/** What the OSR app is built from (docs/architecture.md decision 1): the common deps, its store and its seed. */
export interface AppDeps extends CommonDeps {
  store: OsrStore;
  /** The seed world (fixtures/osr.json): loaded into an empty store and on POST /_sim/reset. */
  seed: () => OsrWereld;
  /** BRON_PUSH_TOEGESTAAN: the hosts an afleveradres may name (OSR-05). */
  pushToegestaan: PushToegestaan;
  /** Adds and removes vendors of your own (OSR-07); without it POST /api/v1/leveranciers is 404. */
  eigenLeveranciers?: EigenLeveranciers;
}
