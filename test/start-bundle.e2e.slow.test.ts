// `npm start` runs the chain from one bundle per thread when the bundles are current
// (scripts/bundle.cjs, scripts/src/lib/chain-bundle.ts), from the compiled files when they are stale,
// and its build check (scripts/ensure-built.cjs) rebuilds stale bundles. It starts, ages and rebuilds
// the bundles of a copy of the checkout (test-support/src/checkout.ts), never the checkout's own.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { checkoutCopy } from '@duo-sim/test-support/checkout';
import { startAllEnv } from './reliability/support/child-chain';

jest.setTimeout(120_000);

const checkout = checkoutCopy();
const BUNDLES = ['run-chain.js', 'service-thread.js', 'console-server.js'].map((b) =>
  join(checkout, 'scripts', 'dist', 'bundle', b),
);
const SCRIPTS_BUILD = join(checkout, 'scripts', 'tsconfig.tsbuildinfo');

const tmp = mkdtempSync(join(tmpdir(), 'duo-sim-start-bundle-'));
const dataDir = freshDataDir();
afterAll(() => {
  for (const dir of [tmp, dataDir, checkout]) rmSync(dir, { recursive: true, force: true });
});

// Each thread writes, when it ends, which of the chain's modules it loaded as files of their own.
const report = join(tmp, 'loaded.txt');
const preload = join(tmp, 'loaded.cjs');
writeFileSync(
  preload,
  `const { isMainThread } = require('node:worker_threads');
process.on('exit', () => {
  const keys = Object.keys(require.cache);
  const line = { main: isMainThread, bundle: keys.filter((k) => k.includes('/scripts/dist/bundle/')).map((k) => k.split('/').pop()),
    compiled: keys.filter((k) => /\\/(shared|services\\/\\w+)\\/dist\\//.test(k)).length };
  require('node:fs').appendFileSync(${JSON.stringify(report)}, JSON.stringify(line) + '\\n');
});
`,
);

interface Loaded {
  main: boolean;
  bundle: string[];
  compiled: number;
}

/** Starts the copy's `entry`, waits for the banner, stops it with SIGTERM; what each thread of the chain loaded. */
async function startAndStop(entry: string): Promise<Loaded[]> {
  rmSync(report, { force: true });
  const { env } = await startAllEnv(dataDir, { NODE_OPTIONS: `--require ${preload}`, MALLOC_MMAP_THRESHOLD_: '65536' });
  const child = spawn(process.execPath, [join(checkout, entry)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise((r) => child.once('exit', r));
  const end = Date.now() + 90_000;
  while (!/Stoppen: Ctrl\+C/.test(output)) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`no start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  await exit;
  // The launcher's own line is left out: it loads no chain code.
  return readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Loaded)
    .filter((l) => l.bundle.length > 0 || l.compiled > 0);
}

it('runs each thread of the chain and the console from its bundle, without loading shared or a service as files', async () => {
  const threads = await startAndStop(join('scripts', 'start.cjs'));
  expect(threads).toEqual(
    expect.arrayContaining([
      { main: true, bundle: ['run-chain.cjs'], compiled: 0 },
      { main: false, bundle: ['service-thread.cjs'], compiled: 0 },
      // The console's process (scripts/src/lib/console-process.ts).
      { main: true, bundle: ['console-server.cjs'], compiled: 0 },
    ]),
  );
});

describe('with bundles older than a build', () => {
  beforeEach(() => {
    const old = new Date(statSync(SCRIPTS_BUILD).mtimeMs - 60_000);
    for (const b of BUNDLES) utimesSync(b, old, old);
  });

  it('start-all.js starts the chain from the compiled files', async () => {
    const threads = await startAndStop(join('scripts', 'dist', 'start-all.js'));
    expect(threads.length).toBeGreaterThanOrEqual(2);
    for (const t of threads) expect(t).toEqual({ main: t.main, bundle: [], compiled: expect.any(Number) as number });
    expect(threads.every((t) => t.compiled > 0)).toBe(true);
  });

  it("npm start's build check bundles again", () => {
    const r = spawnSync(process.execPath, [join(checkout, 'scripts', 'ensure-built.cjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('start bundelen');
    for (const b of BUNDLES) expect(statSync(b).mtimeMs).toBeGreaterThan(statSync(SCRIPTS_BUILD).mtimeMs);
  });
});
