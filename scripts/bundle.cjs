// Bundles what `npm start`'s chain loads into one file per thread (scripts/dist/bundle/): the main
// thread's run-chain.js (BRON, the configuration, the console's start) and the worker's
// service-thread.js (RIO, OSR, verzuim). One file instead of 650–980 modules per thread, compiled
// through V8's code cache (bundle-loader.cjs): module loading was most of a cold start
// (bench/RESULTS.md). Bundled from tsc's output, so it runs after `tsc -b` (npm run build,
// postinstall, and ensure-built.cjs when a bundle is stale).
const { build } = require('esbuild');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const OUTDIR = join(__dirname, 'dist', 'bundle');

/** The entries: a bundle and a small .cjs beside it that loads it through the code cache. */
const ENTRIES = {
  'run-chain': join(__dirname, 'dist', 'lib', 'run-chain.js'),
  'service-thread': join(__dirname, 'dist', 'lib', 'service-thread.js'),
  // The console's process beside the chain (lib/console-process.ts): 370 modules as files took
  // 0.25–0.35 s of CPU at each start, on the two cores the chain's threads load on.
  'console-server': join(__dirname, '..', 'console', 'dist', 'server.js'),
};

// Loaded on first use, so they stay out of the bundle and load from node_modules when asked for:
// Ajv (the first validation), undici (the first request to a peer), selfsigned and node-forge (a
// certificate to make); better-sqlite3 is a native addon that finds its binary from its own folder.
const EXTERNAL = ['better-sqlite3', 'ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*', 'undici', 'selfsigned', 'node-forge'];

/** `to` as a require from a file in `from`: relative, so the tree can move as a whole. */
function requirePath(from, to) {
  const rel = relative(from, to).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

// Code that finds files next to itself (schemas, fixtures, package.json, the console's server.js)
// reads `__dirname`; in the bundle that would be the bundle's folder. Each file's own folder instead,
// relative to the bundle, so the tree can move as a whole.
const ownDirname = (outdir) => ({
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.(c?js)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/\b__dirname\b/.test(text)) return undefined;
      const rel = relative(outdir, dirname(args.path)).split('\\').join('/');
      return {
        contents: text.replace(/\b__dirname\b/g, `require("node:path").join(__dirname, ${JSON.stringify(rel)})`),
        loader: 'js',
      };
    });
  },
});

// service-threads.js holds the workers start-all.js started before the bundle loaded: one module
// for both, so it stays out (it loads only Node's own modules).
const sharedWithStartAll = (outdir) => ({
  name: 'shared-with-start-all',
  setup(build) {
    const path = requirePath(outdir, join(__dirname, 'dist', 'lib', 'service-threads.js'));
    build.onResolve({ filter: /\/service-threads\.js$/ }, () => ({ path, external: true }));
  },
});

// mime-types builds its extension maps from mime-db's 2,500 types when it loads: 12–25 ms in each
// thread's start (bench/RESULTS.md, "Cold start: npm, the console and mime-types' maps"), for maps
// only `lookup` and `extension` read (an extension such as 'json' as a type); express needs only
// mime-db's charsets to answer. The maps are made on first use instead, through getters on the same
// properties, so every reader of `types`, `extensions`, `lookup` and `extension` gets the same maps.
const EAGER_MIME_MAPS = 'populateMaps(exports.extensions, exports.types)';
const LAZY_MIME_MAPS = `var mapsMade = false, extensionMap = exports.extensions, typeMap = exports.types
function maps () { if (!mapsMade) { mapsMade = true; populateMaps(extensionMap, typeMap) } }
Object.defineProperty(exports, 'extensions', { enumerable: true, get: function () { maps(); return extensionMap } })
Object.defineProperty(exports, 'types', { enumerable: true, get: function () { maps(); return typeMap } })`;
const lazyMimeMaps = () => ({
  name: 'lazy-mime-maps',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mime-types[\\/]index\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      // Another mime-types than the one this was written for: a failed build, not a slow start unnoticed.
      if (!text.includes(EAGER_MIME_MAPS)) throw new Error(`${args.path}: no "${EAGER_MIME_MAPS}" to make lazy`);
      return { contents: text.replace(EAGER_MIME_MAPS, LAZY_MIME_MAPS), loader: 'js' };
    });
  },
});

/** Both bundles and their loaders into `outdir` (a test's folder, or npm start's). */
async function bundle(outdir = OUTDIR) {
  mkdirSync(outdir, { recursive: true });
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      entryPoints: [entry],
      outfile: join(outdir, `${name}.js`),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: ['node20'],
      external: EXTERNAL,
      plugins: [ownDirname(outdir), sharedWithStartAll(outdir), lazyMimeMaps()],
      logLevel: 'error',
    });
    writeFileSync(
      join(outdir, `${name}.cjs`),
      `// Made by scripts/bundle.cjs: runs ${name}.js through V8's code cache.\nrequire(${JSON.stringify(requirePath(outdir, join(__dirname, 'bundle-loader.cjs')))}).runBundle(module, ${JSON.stringify(`${name}.js`)});\n`,
    );
  }
}

module.exports = { bundle, lazyMimeMaps, ownDirname };

if (require.main === module)
  bundle().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
