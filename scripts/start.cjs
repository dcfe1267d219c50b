// `npm start`: one process. When the last build looks current (its bundles are newer than every
// project's build), it starts the chain's worker threads first (dist/lib/chain-start.js), so their
// own start overlaps what follows. It then checks the build here (ensure-built.cjs: a few ms of stat
// calls when nothing changed), and runs start-all.js here, which runs the chain in this same
// process: the @duo-sim/malloc addon sets glibc's malloc setting in it. Only without the addon does
// start-all start the chain once more, as a child with the setting in its environment
// (lib/rerun-with-env.ts), and pass signals on.
const { join } = require('node:path');
// First: npm start's semi-space flag back to its default (the main thread's heap keeps the cap), so
// the built-in modules loaded from here on compile with Node's code cache (lib/v8-settings.ts).
require('node:v8').setFlagsFromString('--max-semi-space-size=0');

const dist = join(__dirname, 'dist');
const early = require('./bundle-loader.cjs').bundleStale() ? undefined : require('./dist/lib/chain-start.js');
early?.prepareChainStart(process.env);
if (require('./ensure-built.cjs').rebuilt && early) {
  // The workers run the old build: they end, and start-all loads the new one from scratch.
  early.forgetChainStart();
  for (const file of Object.keys(require.cache)) if (file.startsWith(dist)) delete require.cache[file];
}
require('./dist/start-all.js');
