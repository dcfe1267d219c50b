// The addon's install step (npm runs it for this workspace on `npm install` and `npm ci`). It builds
// only on glibc, with the node-gyp npm brings (npm_config_node_gyp), and never fails the install:
// without a compiler, or on macOS, Windows or musl, the chain runs without the addon (index.js
// then gives null, and `npm start` falls back to MALLOC_MMAP_THRESHOLD_ in a second process).
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');

/** glibc, not musl or another system's allocator: its C library is mapped into this process. */
function onGlibc() {
  if (process.platform !== 'linux') return false;
  try {
    return /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    return false;
  }
}

function build() {
  if (process.env.SIM_MALLOC_ADDON === '0') return 'SIM_MALLOC_ADDON=0';
  if (!onGlibc()) return 'geen glibc';
  const gyp = process.env.npm_config_node_gyp;
  const [cmd, args] =
    gyp && existsSync(gyp) ? [process.execPath, [gyp, 'rebuild', '--release']] : ['node-gyp', ['rebuild', '--release']];
  const r = spawnSync(cmd, args, { cwd: __dirname, stdio: 'inherit' });
  if (r.error) return r.error.message;
  return r.status === 0 ? undefined : `node-gyp eindigde met code ${r.status}`;
}

const why = build();
if (why !== undefined) {
  console.warn(
    `@duo-sim/malloc niet gebouwd (${why}): duo-sim draait zonder; zie docs/development.md, "glibc's malloc: the addon".`,
  );
}
