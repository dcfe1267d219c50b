// A service client loads undici (large) with its first request, not when it is made: BRON and
// verzuim make their peers' clients while they start (http-client.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('making a service client leaves undici unloaded', () => {
  const dist = join(__dirname, '..', 'dist', 'index.js');
  const script = [
    `const { createServiceClient } = require(${JSON.stringify(dist)});`,
    `createServiceClient('https://localhost:1', { ca: 'ca', cert: 'cert', key: 'key' });`,
    `console.log(Object.keys(require.cache).filter((f) => f.includes('/undici/')).length);`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('0');
});
