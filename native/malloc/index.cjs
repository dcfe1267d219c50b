// Loads the addon (src/malloc.c) when it was built; null where it was not (install.cjs: not glibc,
// no compiler), does not load, or SIM_MALLOC_ADDON=0 asks the process to do without it (the bench's
// A/B and the tests of the fallback). Callers fall back to what they did without it.
'use strict';
const { join } = require('node:path');

const BUILT = join(__dirname, 'build', 'Release', 'duo_malloc.node');

/** The addon at `file` (the build's by default), or null. */
function loadMallocAddon(file = BUILT) {
  try {
    return require(file);
  } catch {
    return null;
  }
}

let loaded;

/** The build's addon, loaded once per thread; null without it or with SIM_MALLOC_ADDON=0. */
function mallocAddon(env = process.env) {
  if (env.SIM_MALLOC_ADDON === '0') return null;
  if (loaded === undefined) loaded = loadMallocAddon();
  return loaded;
}

module.exports = { BUILT, loadMallocAddon, mallocAddon };
