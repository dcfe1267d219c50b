// `sim scenario <naam>` runs the README's workshop walk-throughs; each must run to the end with
// every step answering as the walk-through promises, on the real chain.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SCENARIOS } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { REPO_ROOT } from '@duo-sim/test-support';

const run = promisify(execFile);

describe('sim scenario', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain();
  });
  afterAll(() => chain.close());

  it.each(Object.keys(SCENARIOS))(
    'runs the %s walk-through from a fresh world to the end',
    async (naam) => {
      const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'scenario', naam], {
        env: { ...process.env, ...chain.env },
      });
      expect(stdout).toMatch(/klaar: elke stap gaf het verwachte antwoord\n$/);
      expect(stdout.match(/-> HTTP \d+/g)?.length).toBe(SCENARIOS[naam].stappen.filter((s) => !('klok' in s)).length);
    },
    30_000,
  );

  it('lists the scenarios without a name and refuses an unknown one', async () => {
    const list = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'scenario'], {
      env: { ...process.env, ...chain.env },
    });
    expect(list.stdout).toMatch(/verhuizing/);
    const unknown = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'scenario', 'onbekend'], {
      env: { ...process.env, ...chain.env },
    }).catch((e: { code: number }) => e);
    expect((unknown as { code: number }).code).toBe(2);
  });
});
