// run-chain.ts (what npm start runs) checks the console's config in the chain's main thread, while
// the console itself runs in its own process: the check must not load the console's app into the
// main thread, whose module loading the worker threads wait for (bench/RESULTS.md, the land world's start-up).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');

describe("run-chain's imports", () => {
  it("takes the console's config module, not its index", () => {
    const source = readFileSync(join(REPO, 'scripts', 'src', 'lib', 'run-chain.ts'), 'utf8');
    expect(source).toMatch(/from '@duo-sim\/console\/dist\/config\.js'/);
    expect(source).not.toMatch(/from '@duo-sim\/console'/);
  });

  it("loads the console's config without its app, routes or views", () => {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `require('@duo-sim/console/dist/config.js');
         const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]console[\\\\/]dist[\\\\/]/.test(f));
         process.stdout.write(JSON.stringify(loaded.map((f) => f.replace(/^.*[\\\\/]console[\\\\/]dist[\\\\/]/, ''))));`,
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['config.js']);
  });
});
