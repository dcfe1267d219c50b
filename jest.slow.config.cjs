// The slow tier (`npm run test:slow`; `npm run test:all` and CI run it after `npm test`): only the
// `*.slow.test.ts` files, with the projects, transform and global setup of the fast tier's jest.config.js.
const fast = require('./jest.config.js');

// Jest's default number of workers: the timing-bound suites (slow clients, the body budget, SIGKILL)
// timed out beside a second worker on a loaded 2-core machine.
const { maxWorkers: _fastTierOnly, ...shared } = fast;

module.exports = {
  ...shared,
  projects: fast.projects.map((project) => ({
    ...project,
    testMatch: ['**/*.slow.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
  })),
};
