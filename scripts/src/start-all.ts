// `npm start` and the Docker image's command: the whole chain in one process and the console beside
// it (lib/run-chain.ts). On glibc the chain's process needs malloc settings from its first
// instruction (lib/malloc-settings.ts); without them in the environment, this process runs itself
// again as a child that has them, before it loads anything heavy, and only passes signals on. V8's
// flags (lib/v8-settings.ts) are set from inside, before the chain's code loads.
import { missingMallocSettings, onGlibc } from './lib/malloc-settings.js';
import { endWithParent, rerunWithEnv } from './lib/rerun-with-env.js';
import { applyChainV8Flags } from './lib/v8-settings.js';

const missing = onGlibc() ? missingMallocSettings(process.env) : {};
if (Object.keys(missing).length > 0) rerunWithEnv(missing);
else {
  endWithParent();
  applyChainV8Flags(process.env);
  void import('./lib/run-chain.js');
}
