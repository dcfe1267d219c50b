// Whether the bundles of scripts/bundle.cjs are current, and runs one through V8's code cache (Node 20 has no
// module.enableCompileCache): compiled with the cache of an earlier start when there is one that
// fits, and a cache made after this start when there is none. The cache lives beside the bundle in
// code-cache/ (under dist/, ignored by git), one file per bundle, named after V8's version and the
// bundle's size and time, so a rebuilt bundle or another Node gets a new one. A cache that cannot be
// read or written (a read-only image) only makes the start slower, never fails it.
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const { setTimeout } = require('node:timers');
const vm = require('node:vm');

const root = join(__dirname, '..');
const BUNDLE_DIR = join(__dirname, 'dist', 'bundle');
const BUNDLES = ['run-chain', 'service-thread', 'console-server'];
/**
 * What a bundle is made of: tsc's builds (each written whenever tsc -b emits) and the recipe. An
 * install rebuilds the bundles itself (postinstall).
 */
const BUNDLE_INPUTS = [
  ...['shared', 'services/rio', 'services/osr', 'services/bron', 'services/verzuim', 'console', 'scripts'].map((p) =>
    join(root, p, 'tsconfig.tsbuildinfo'),
  ),
  join(__dirname, 'bundle.cjs'),
];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * A bundle is missing or older than something it is made of. An input that is not there is no
 * reason: the Docker image has the builds without tsc's build info.
 */
function bundleStale(dir = BUNDLE_DIR, inputs = BUNDLE_INPUTS) {
  const built = Math.min(...BUNDLES.map((b) => mtime(join(dir, `${b}.js`)) ?? -1));
  if (built < 0) return true;
  return inputs.some((input) => (mtime(input) ?? 0) > built);
}

/** After the start: the functions the start compiled are in the cache too. */
const CACHE_AFTER_MS = 1000;

function cachePath(bundle) {
  const { size, mtimeMs } = statSync(bundle);
  const name = basename(bundle, '.js');
  return {
    dir: join(dirname(bundle), 'code-cache'),
    prefix: `${name}.`,
    file: `${name}.${process.versions.v8}.${size}.${Math.round(mtimeMs)}.bin`,
  };
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the cache unless a larger one fit for this start is there already; drops the caches of other builds. */
function writeCache(script, cache, refused) {
  try {
    const data = script.createCachedData();
    const path = join(cache.dir, cache.file);
    // Two processes that found none (npm start's launcher and its chain) both write; the one that
    // compiled more keeps its cache. One that V8 refused (made under other V8 flags) is replaced.
    const existing = refused ? undefined : readCache(path);
    if (existing && existing.length >= data.length) return;
    mkdirSync(cache.dir, { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    for (const f of readdirSync(cache.dir)) if (f.startsWith(cache.prefix) && f !== cache.file) unlinkSync(join(cache.dir, f));
  } catch {
    // No cache this time: the next start compiles again.
  }
}

/**
 * Runs `<entry's folder>/<file>` as the module `entry` (its require, __filename, exports), so what
 * the bundle requires resolves from where the entry is. Says what became of the cache: 'accepted',
 * 'rejected' (made for another build or V8) or 'none'; a new one is written in the last two cases.
 */
function runBundle(entry, file) {
  const bundle = join(dirname(entry.filename), file);
  const code = readFileSync(bundle, 'utf8');
  let cache;
  try {
    cache = cachePath(bundle);
  } catch {
    cache = undefined;
  }
  const cachedData = cache && readCache(join(cache.dir, cache.file));
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData, importModuleDynamically: undefined });
  const status = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (cache && status !== 'accepted') {
    // Once: a second after the start, or when the process or thread ends before that (a short run).
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      writeCache(script, cache, status === 'rejected');
    };
    setTimeout(write, CACHE_AFTER_MS).unref();
    process.once('exit', write);
  }
  const dir = dirname(entry.filename);
  script.runInThisContext()(entry.exports, createRequire(entry.filename), entry, entry.filename, dir);
  return status;
}

module.exports = { BUNDLE_DIR, bundleStale, runBundle };
