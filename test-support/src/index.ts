// @duo-sim/test-support (docs/development.md#tests). Heavier parts are imported by path, so a test
// loads only what it uses: '@duo-sim/test-support/peers' (real OSR and RIO in-process),
// '/chain' (the whole chain over mTLS), '/browser' (Chromium).
export * from './world';
export * from './berichten';
export * from './problem';
export * from './pki';
export * from './mtls';
export * from './in-process';
export * from './deps';
export * from './fake-peers';
export * from './receiver';
export * from './cli';
export * from './fresh-threads';
