// The slow tier (`npm run test:slow`; `npm run test:all` and CI run it after `npm test`): only the
// `*.slow.test.ts` files, with the projects, transform and global setup of the fast tier's jest.config.js.
const fast = require('./jest.config.js');

const { cpusAllowed } = require('./test-support/cpus-allowed.cjs');

// Jest's default number of workers (cores − 1; in a container, its CPU quota − 1): the timing-bound
// suites (slow clients, the body budget, SIGKILL) timed out beside a second worker on a loaded 2-core machine.
const { maxWorkers: _fastTierOnly, ...shared } = fast;
const allowed = cpusAllowed();

module.exports = {
  ...shared,
  ...(allowed === undefined ? {} : { maxWorkers: Math.max(1, allowed - 1) }),
  projects: fast.projects.map((project) => ({
    ...project,
    testMatch: ['**/*.slow.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
  })),
};
