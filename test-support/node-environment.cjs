// Jest's test environment for both tiers (jest.config.js): Node's, plus a quick exit for a worker.
// A Jest worker keeps every test file's module registry, so it ends with a heap of 250–500 MB, and
// letting Node free that heap when the worker's event loop empties took 0.5–0.75 s here: longer
// than the 500 ms Jest waits before it kills the worker and warns "a worker process has failed to
// exit gracefully" at every run, with no leak behind it (no handle or timer was left open). Once the
// worker has nothing left to do, process.exit() ends it without freeing what the OS takes back
// anyway. This file runs in the worker itself, outside the test files' sandbox, whose `process` is
// Jest's copy.
const { TestEnvironment } = require('jest-environment-node');

const installed = Symbol.for('duo-sim.quick-worker-exit');

// Only in a Jest worker (a child with an IPC channel), never in a run in band: there the process is
// Jest's own, which still has its summary to print.
if (process.send !== undefined && !process[installed]) {
  process[installed] = true;
  process.once('beforeExit', (code) => process.exit(code));
}

module.exports = TestEnvironment;
