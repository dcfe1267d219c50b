// One Jest project per workspace plus the cross-service tests in test/ (docs/development.md#layout).
// This is the fast tier (`npm test`): every test file except `*.slow.test.ts`, which jest.slow.config.cjs
// runs (docs/development.md#tests). TypeScript is transpiled by swc; `npm run typecheck` (tsc -b) does
// the type checking, and `npm test` only builds what is stale (scripts/ensure-built.cjs).
const fs = require('node:fs');
const path = require('node:path');
const { cpusAllowed } = require('./test-support/cpus-allowed.cjs');

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: 'inline' },
  ],
};

const moduleNameMapper = {
  // Tests run against the sources of @duo-sim/shared, not its build.
  '^@duo-sim/shared$': path.join(__dirname, 'shared/src/index.ts'),
  '^@duo-sim/(rio|osr|bron|verzuim)$': path.join(__dirname, 'services/$1/src/index.ts'),
  '^@duo-sim/console$': path.join(__dirname, 'console/src/index.ts'),
  '^@duo-sim/test-support$': path.join(__dirname, 'test-support/src/index.ts'),
  '^@duo-sim/test-support/(.*)$': path.join(__dirname, 'test-support/src/$1.ts'),
  '^@duo-sim/ketentest$': path.join(__dirname, 'ketentest/src/index.ts'),
  // nodenext sources import './x.js'; in Jest that is './x.ts'.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

function project(displayName, roots) {
  return {
    displayName,
    roots: roots.map((r) => path.join(__dirname, r)),
    testMatch: ['**/*.test.ts'],
    // The slow tier: full-chain walk-throughs, child processes, browsers, newman, the image, fuzz at full size.
    testPathIgnorePatterns: ['/node_modules/', '\\.slow\\.test\\.ts$'],
    testEnvironment: path.join(__dirname, 'test-support/node-environment.cjs'),
    transform,
    moduleNameMapper,
  };
}

// A workspace without tests yet has no test folder in a clean clone; Jest refuses missing roots.
const projects = [
  project('shared', ['shared/test']),
  project('rio', ['services/rio/test']),
  project('osr', ['services/osr/test']),
  project('bron', ['services/bron/test']),
  project('verzuim', ['services/verzuim/test']),
  project('console', ['console/test']),
  project('ketentest', ['ketentest/test']),
  project('e2e', ['test']),
  project('scripts', ['scripts/test']),
].filter((p) => p.roots.every((r) => fs.existsSync(r)));

module.exports = {
  // Makes the test PKI once per run (RSA keys are slow) and shares it through an env variable.
  globalSetup: path.join(__dirname, 'test-support/src/global-setup.ts'),
  projects,
  // Every core (or a container's CPU quota): the fast tier has no timing-bound suite, and Jest's
  // default (cores − 1) leaves one of the two cores of a small machine idle. The slow tier keeps
  // the default (jest.slow.config.cjs).
  maxWorkers: cpusAllowed() ?? '100%',
  // Jest's 5 s default fails hooks that start mTLS servers on a loaded CI machine; a real hang is
  // still caught, and no test asserts on time.
  testTimeout: 30_000,
};
