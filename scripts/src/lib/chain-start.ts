// What the chain's process does before it loads the chain's code, once: glibc's malloc setting
// (malloc-settings.ts), V8's flags (v8-settings.ts) and the worker threads (service-threads.ts).
// start.cjs calls it before its build check, so a worker's own start (Node's bootstrap of a thread,
// 0.1–0.3 s on two cores) overlaps the check and the main thread's load; start-all.ts calls it
// again and gets the same answer (the Docker image runs start-all.js alone).
import { chainBundles, type ChainBundles } from './chain-bundle.js';
import { missingMallocSettings, onGlibc, setMallocSettingsHere } from './malloc-settings.js';
import { discardEarlyWorkers, startWorkersEarly } from './service-threads.js';
import { applyChainV8Flags } from './v8-settings.js';

type Env = Record<string, string | undefined>;

export type ChainStart =
  /** Settings only a new process takes: start-all.ts runs the chain again, in a child that has them. */
  | { rerun: Record<string, string> }
  /** The chain runs here: from these bundles, or from the compiled files when undefined. */
  | { rerun?: undefined; bundles: ChainBundles | undefined };

let prepared: ChainStart | undefined;

/** The malloc setting, the V8 flags and the early workers, the first time; what was done. */
export function prepareChainStart(env: Env): ChainStart {
  if (prepared) return prepared;
  const missing = onGlibc() ? setMallocSettingsHere(missingMallocSettings(env)) : {};
  if (Object.keys(missing).length > 0) return (prepared = { rerun: missing });
  // The flags before any isolate is made: the worker threads are made with them.
  applyChainV8Flags(env);
  // From one file per thread when the bundles are current (after the flags: V8's code cache holds them).
  const bundles = chainBundles(env);
  // The worker threads first: they load RIO, OSR and verzuim while this thread loads BRON.
  startWorkersEarly(env, bundles?.thread);
  return (prepared = { bundles });
}

/**
 * After a build check that built (start.cjs): the workers run the old build, so they end, and the
 * next prepareChainStart starts new ones (from a fresh copy of this file, see start.cjs).
 */
export function forgetChainStart(): void {
  discardEarlyWorkers();
  prepared = undefined;
}
