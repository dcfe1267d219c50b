// npm start's bundles (scripts/bundle.cjs): run-chain.js and service-thread.js with everything they
// import, one file per thread (and console-server.js for the console's process), compiled through
// V8's code cache (scripts/bundle-loader.cjs). Used only when current: a bundle older than a build
// it was made from (someone ran `tsc -b` alone) would start yesterday's code, so the chain then loads the compiled files, as with SIM_BUNDLE=0.
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

interface BundleLoader {
  BUNDLE_DIR: string;
  bundleStale(): boolean;
}

export interface ChainBundles {
  /** The worker threads' script (service-threads.ts). */
  thread: string;
  /** The console's process's script (console-process.ts). */
  consoleServer: string;
  /** Runs run-chain's bundle in this thread: the chain starts. */
  runChain(): void;
}

/** The bundles to start from, or undefined: none built, stale, or SIM_BUNDLE=0. */
export function chainBundles(env: Env): ChainBundles | undefined {
  if (env.SIM_BUNDLE === '0') return undefined;
  // The same file from scripts/dist/lib and from scripts/src/lib (tests).
  const loader = require(join(__dirname, '..', '..', 'bundle-loader.cjs')) as BundleLoader;
  if (loader.bundleStale()) return undefined;
  return {
    thread: join(loader.BUNDLE_DIR, 'service-thread.cjs'),
    consoleServer: join(loader.BUNDLE_DIR, 'console-server.cjs'),
    runChain: () => {
      require(join(loader.BUNDLE_DIR, 'run-chain.cjs'));
    },
  };
}
