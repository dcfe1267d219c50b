// What the main thread of `npm start` loads before BRON listens (lib/run-chain.ts): BRON, shared and
// the console's configuration, not the console's app (it runs in a process of its own), nor RIO,
// OSR and verzuim (the workers' to load), nor undici or Ajv (loaded with a first request:
// shared/test/start-loads.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it("loads neither the console's app, the workers' services, undici nor Ajv on the chain's main thread", () => {
  const runChain = JSON.stringify(join(__dirname, '..', 'dist', 'lib', 'run-chain.js'));
  const script = [
    // A bad port: run-chain has loaded all it imports, reports the port and exits with code 1.
    `process.on('exit', () => console.log(JSON.stringify(Object.keys(require.cache))));`,
    `require(${runChain});`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, RIO_PORT: 'abc' } });
  expect(r.stderr).toMatch(/RIO_PORT=abc/);
  const loaded = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
  expect(loaded).toContainEqual(expect.stringContaining(join('services', 'bron', 'dist', 'index.js')));
  expect(loaded).toContainEqual(expect.stringContaining(join('console', 'dist', 'config.js')));
  expect(
    loaded.filter((f) => /console\/dist\/app\.js|services\/(rio|osr|verzuim)\/|\/node_modules\/(undici|ajv)\//.test(f)),
  ).toEqual([]);
});
