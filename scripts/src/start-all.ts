// `npm start` and the Docker image's command: the whole chain in one process and the console beside
// it (lib/run-chain.ts). On glibc the chain's process needs malloc settings before it allocates
// much (lib/malloc-settings.ts): the @duo-sim/malloc addon sets them here, first. Without the addon
// and without them in the environment, this process runs itself again as a child that has them,
// before it loads anything heavy, and only passes signals on. V8's flags (lib/v8-settings.ts) are
// set from inside, before the chain's code loads.
//
// `npm start` runs scripts/start.cjs, which checks the build in its own process and then loads this
// file, so the chain is the one process it starts.
import { prepareChainStart } from './lib/chain-start.js';
import { endWithParent, rerunWithEnv } from './lib/rerun-with-env.js';
import { commandLineV8Flags } from './lib/v8-settings.js';

// Done already when start.cjs started the workers before its build check.
const start = prepareChainStart(process.env);
if (start.rerun) rerunWithEnv(start.rerun, __filename, commandLineV8Flags(process.env));
else {
  endWithParent();
  if (start.bundles) start.bundles.runChain();
  else void import('./lib/run-chain.js');
}
