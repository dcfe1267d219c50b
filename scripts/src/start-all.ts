// `npm start` and the Docker image's command: the whole chain in one process and the console beside
// it (lib/run-chain.ts). On glibc the chain's process needs malloc settings before it allocates
// much (lib/malloc-settings.ts): the @duo-sim/malloc addon sets them here, first. Without the addon
// and without them in the environment, this process runs itself again as a child that has them,
// before it loads anything heavy, and only passes signals on. V8's flags (lib/v8-settings.ts) are
// set from inside, before the chain's code loads.
//
// `npm start` runs scripts/start.cjs, which checks the build in its own process and then loads this
// file, so the chain is the one process it starts.
import { chainBundles } from './lib/chain-bundle.js';
import { missingMallocSettings, onGlibc, setMallocSettingsHere } from './lib/malloc-settings.js';
import { endWithParent, rerunWithEnv } from './lib/rerun-with-env.js';
import { startWorkersEarly } from './lib/service-threads.js';
import { applyChainV8Flags, commandLineV8Flags } from './lib/v8-settings.js';

const missing = onGlibc() ? setMallocSettingsHere(missingMallocSettings(process.env)) : {};
if (Object.keys(missing).length > 0) rerunWithEnv(missing, __filename, commandLineV8Flags(process.env));
else {
  endWithParent();
  // The flags before any isolate is made: the worker threads are made with them.
  applyChainV8Flags(process.env);
  // From one file per thread when the bundles are current (after the flags: V8's code cache holds them).
  const bundles = chainBundles(process.env);
  // The worker threads first: they load RIO, OSR and verzuim while this thread loads BRON.
  startWorkersEarly(process.env, bundles?.thread);
  if (bundles) bundles.runChain();
  else void import('./lib/run-chain.js');
}
