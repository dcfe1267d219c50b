// `npm start` builds if needed: runs `tsc -b` only when a source is newer than its last build, and
// bundles the console and the chain when stale, so a start after an unchanged build costs a few ms of stat calls.
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
// child_process only when something is built: loading it is ~10 ms of npm start's critical path.
const run = (args) => require('node:child_process').spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
/** Whether this check built anything (start.cjs then drops what it started from the old build). */
let rebuilt = false;
// ketentest too: the CLI and the console import its build.
const projects = [
  'shared',
  'services/rio',
  'services/osr',
  'services/bron',
  'services/verzuim',
  'ketentest',
  'console',
  'scripts',
];

function newestMtime(dir, extensions = ['.ts']) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, extensions));
    else if (extensions.some((e) => entry.name.endsWith(e))) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function stale(project) {
  let built;
  try {
    built = statSync(join(root, project, 'tsconfig.tsbuildinfo')).mtimeMs;
    statSync(join(root, project, 'dist'));
  } catch {
    return true;
  }
  return newestMtime(join(root, project, 'src')) > built;
}

if (projects.some(stale)) {
  process.stderr.write('duo-sim: bouwen (tsc -b)…\n');
  rebuilt = true;
  const result = run([require.resolve('typescript/bin/tsc'), '-b']);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The console's browser bundle (console/bundle.cjs): rebuilt when a script or style in console/web is newer.
function bundleStale() {
  try {
    return (
      newestMtime(join(root, 'console', 'web'), ['.ts', '.css']) >
      statSync(join(root, 'console', 'dist', 'public', 'algemeen.js')).mtimeMs
    );
  } catch {
    return true;
  }
}

if (bundleStale()) {
  process.stderr.write('duo-sim: console bundelen (esbuild)…\n');
  const result = run([join(root, 'console', 'bundle.cjs')]);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// npm start's bundles (scripts/bundle.cjs), after tsc: rebuilt when a build they are made of is newer.
if (require('./bundle-loader.cjs').bundleStale()) {
  process.stderr.write('duo-sim: start bundelen (esbuild)…\n');
  rebuilt = true;
  const result = run([join(root, 'scripts', 'bundle.cjs')]);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

module.exports = { rebuilt };
