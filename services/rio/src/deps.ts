import type { CommonDeps } from '@duo-sim/shared';
import type { RioWereld } from './domain/types.js';
import type { RioStore } from './store.js';

/** What the RIO app is built from (docs/architecture.md decision 1): the common deps, its store and its seed. */
export interface AppDeps extends CommonDeps {
  store: RioStore;
  /** The seed world, read again on every POST /_sim/reset. */
  seed: () => RioWereld;
}
