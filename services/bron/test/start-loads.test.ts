// BRON's start does not load undici (large: a fifth of BRON's module loading): the push loads it
// with its first delivery (push.ts), the service clients with the first client (http-client.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('loading BRON leaves undici unloaded', () => {
  const dist = join(__dirname, '..', 'dist', 'index.js');
  const script = `require(${JSON.stringify(dist)}); console.log(Object.keys(require.cache).filter((f) => f.includes('/undici/')).length)`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('0');
});
