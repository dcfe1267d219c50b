// What a service's start does not load (a cold start is mostly loading code): undici comes with a
// client's first request (http-client.ts), Ajv with the schema registry's first validation
// (schemas.ts). BRON and verzuim make their peers' clients, and every service its registry, while
// they start.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const DIST = JSON.stringify(join(__dirname, '..', 'dist', 'index.js'));

/** Runs `lines` in a fresh node process with shared's build as `shared`; its output lines. */
function run(lines: string[]): string[] {
  const r = spawnSync(process.execPath, ['-e', [`const shared = require(${DIST});`, ...lines].join('\n')], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim().split('\n');
}

const loaded = (pkg: string) =>
  `console.log(Object.keys(require.cache).filter((f) => f.includes('/node_modules/${pkg}/')).length > 0);`;

it('making a service client leaves undici unloaded', () => {
  expect(
    run([`shared.createServiceClient('https://localhost:1', { ca: 'ca', cert: 'cert', key: 'key' });`, loaded('undici')]),
  ).toEqual(['false']);
});

it('the schema registry loads Ajv with its first validation, not before', () => {
  const out = run([
    'const registry = shared.createSchemaRegistry();',
    'console.log(registry.names().length > 0 && registry.get(registry.names()[0]) !== undefined);',
    loaded('ajv'),
    `console.log(JSON.stringify(registry.validate('bron-inschrijving-bericht', {}).length > 0));`,
    loaded('ajv'),
  ]);
  expect(out).toEqual(['true', 'false', 'true', 'true']);
});
