// `npm start`'s malloc settings on glibc (scripts/src/lib/malloc-settings.ts, docs/security.md
// "Memory after slow clients go"). With the @duo-sim/malloc addon the chain sets them itself and
// runs in the one process npm start starts: no second node process. Without it (SIM_MALLOC_ADDON=0
// here) the chain runs in a child that has them from its start. Either way a setting the user gave
// is kept, Ctrl+C (the whole process group) and SIGTERM stop the chain cleanly with code 0, kill -9
// of the parent leaves nothing behind, and a bad configuration still ends with code 1 and its
// message; for npm start's launcher (scripts/start.cjs) and start-all.js alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT } from '@duo-sim/malloc';
import { MALLOC_SETTINGS } from '../scripts/src/lib/malloc-settings';
import { commandLineV8Flags } from '../scripts/src/lib/v8-settings';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { startAllEnv } from './reliability/support/child-chain';
import { REPO_ROOT, testPkiDir } from '@duo-sim/test-support';
import { pkiPaths } from '@duo-sim/shared';

jest.setTimeout(90_000);

const onGlibc = process.platform === 'linux' && /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));

interface Started {
  parent: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function npmStart(
  entry: string,
  dataDir: string,
  env: Record<string, string | undefined> = {},
  nodeFlags: string[] = [],
): Promise<Started> {
  const { env: fullEnv } = await startAllEnv(dataDir, { MALLOC_MMAP_THRESHOLD_: undefined, ...env });
  // Its own process group, so a test can signal the group as a terminal's Ctrl+C does.
  const parent = spawn(process.execPath, [...nodeFlags, join(REPO_ROOT, entry)], {
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  parent.stdout.on('data', (c: Buffer) => (output += c.toString()));
  parent.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    parent.once('exit', (code, signal) => res({ code, signal })),
  );
  return { parent, output: () => output, exit };
}

async function banner(s: Started): Promise<void> {
  const end = Date.now() + 60_000;
  while (!/Stoppen: Ctrl\+C/.test(s.output())) {
    if (s.parent.exitCode !== null || Date.now() > end) throw new Error(`start-all did not start: ${s.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The processes the parent started itself: the chain, when it runs itself again. */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

function environOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (alive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

it('the Docker image gives its chain the same malloc settings', () => {
  const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  for (const [k, v] of Object.entries(MALLOC_SETTINGS)) expect(dockerfile).toMatch(new RegExp(`^\\s+${k}=${v}$`, 'm'));
});

/**
 * Starts `entry` as npm start would, in one fresh world per describe block, with `base` in its
 * environment; whatever it started is killed, and the world removed, after the block.
 */
function starter(entry: string, base: Record<string, string | undefined>, nodeFlags?: string[]) {
  const dataDir = freshDataDir();
  const started: Started[] = [];
  afterAll(() => {
    for (const s of started) {
      try {
        process.kill(-s.parent.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return async (env: Record<string, string | undefined> = {}) => {
    const s = await npmStart(entry, dataDir, { ...base, ...env }, nodeFlags);
    started.push(s);
    return s;
  };
}

// npm start's launcher (scripts/start.cjs: the build check, then start-all.js in the same process)
// and start-all.js as the tests and a user without npm run it.
const ENTRIES = [join('scripts', 'start.cjs'), join('scripts', 'dist', 'start-all.js')];
/** The console's process: from its bundle when current (scripts/src/lib/console-process.ts), else its server.js. */
const CONSOLE_COMMAND = /scripts\/dist\/bundle\/console-server\.cjs|console\/dist\/server\.js/;

(onGlibc ? describe.each(ENTRIES) : describe.skip.each(ENTRIES))(
  '%s without the addon: the chain in a child with the malloc settings',
  (entry) => {
    const start = starter(entry, { SIM_MALLOC_ADDON: '0' });

    it('runs the chain in a child that has MALLOC_MMAP_THRESHOLD_, and Ctrl+C on the group stops it with code 0', async () => {
      const s = await start();
      await banner(s);
      const [chain] = childrenOf(s.parent.pid!);
      expect(chain).toBeDefined();
      // The chain itself, not another launcher: the one process npm start adds.
      expect(readFileSync(`/proc/${chain}/cmdline`, 'utf8')).toContain(join('scripts', 'dist', 'start-all.js'));
      expect(childrenOf(chain).map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8'))).toEqual([
        expect.stringMatching(CONSOLE_COMMAND),
      ]);
      expect(environOf(chain)).toContain(`MALLOC_MMAP_THRESHOLD_=${MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_}`);
      // The main thread's young-generation cap, which only node's command line gives (v8-settings.ts).
      expect(readFileSync(`/proc/${chain}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(commandLineV8Flags({})));
      expect(commandLineV8Flags({})).not.toEqual([]);
      expect(environOf(s.parent.pid!)).not.toContain(`MALLOC_MMAP_THRESHOLD_=${MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_}`);
      // The terminal signals every process of the group: the chain hears it twice (also through its parent).
      process.kill(-s.parent.pid!, 'SIGINT');
      expect(await s.exit).toEqual({ code: 0, signal: null });
      expect(await gone(chain, 10_000)).toBe(true);
    });

    it('passes SIGTERM on to the chain, which stops with code 0', async () => {
      const s = await start();
      await banner(s);
      const [chain] = childrenOf(s.parent.pid!);
      s.parent.kill('SIGTERM');
      expect(await s.exit).toEqual({ code: 0, signal: null });
      expect(await gone(chain, 10_000)).toBe(true);
    });

    it('leaves no chain behind when the parent is killed with SIGKILL', async () => {
      const s = await start();
      await banner(s);
      const [chain] = childrenOf(s.parent.pid!);
      s.parent.kill('SIGKILL');
      await s.exit;
      expect(await gone(chain, 10_000)).toBe(true);
    });

    it('keeps a value the user set, in one process', async () => {
      const s = await start({ MALLOC_MMAP_THRESHOLD_: '262144' });
      await banner(s);
      expect(environOf(s.parent.pid!)).toContain('MALLOC_MMAP_THRESHOLD_=262144');
      // Only the console's process: the chain runs in the parent itself.
      const children = childrenOf(s.parent.pid!);
      expect(children).toHaveLength(1);
      expect(readFileSync(`/proc/${children[0]}/cmdline`, 'utf8')).toMatch(CONSOLE_COMMAND);
      s.parent.kill('SIGTERM');
      expect(await s.exit).toEqual({ code: 0, signal: null });
    });

    it('ends with code 1 and the message when the configuration is wrong', async () => {
      const s = await start({ RIO_PORT: 'abc' });
      expect(await s.exit).toEqual({ code: 1, signal: null });
      expect(s.output()).toMatch(/RIO_PORT/);
    });
  },
);

/** node's flags before the entry, as npm start (package.json) and the Docker image's CMD give them. */
function nodeFlagsOf(entry: string): string[] {
  if (entry.endsWith('start.cjs')) {
    const script = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
      .start;
    return script.split(/\s+/).slice(1, -1);
  }
  return commandLineV8Flags({});
}

const withAddon = onGlibc && existsSync(BUILT);

(withAddon ? describe.each(ENTRIES) : describe.skip.each(ENTRIES))('%s with the addon: the chain in the one process', (entry) => {
  const start = starter(entry, {}, nodeFlagsOf(entry));
  /** The console, the only process the chain starts: no re-run of the chain. */
  const consoleOnly = (s: Started) => {
    const children = childrenOf(s.parent.pid!);
    expect(children.map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8'))).toEqual([expect.stringMatching(CONSOLE_COMMAND)]);
    return children[0];
  };

  it('sets the malloc settings itself, starts no second chain process, and stops with code 0 on Ctrl+C', async () => {
    const extraCas = `NODE_EXTRA_CA_CERTS=${pkiPaths(testPkiDir()).caCert}`;
    const s = await start({ NODE_EXTRA_CA_CERTS: pkiPaths(testPkiDir()).caCert });
    await banner(s);
    const console_ = consoleOnly(s);
    // Set in the process, and in its environment for what it starts, as the re-run gave them.
    expect(environOf(s.parent.pid!)).not.toContain(`MALLOC_MMAP_THRESHOLD_=${MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_}`);
    expect(environOf(console_)).toContain(`MALLOC_MMAP_THRESHOLD_=${MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_}`);
    // The chain keeps the user's extra CAs (BRON's push reads them); the console's start skips them.
    expect(environOf(s.parent.pid!)).toContain(extraCas);
    expect(environOf(console_)).not.toContain(extraCas);
    // The main thread's young-generation cap is on npm start's (and the image's) own command line.
    expect(readFileSync(`/proc/${s.parent.pid}/cmdline`, 'utf8').split('\0')).toEqual(
      expect.arrayContaining(commandLineV8Flags({})),
    );
    process.kill(-s.parent.pid!, 'SIGINT');
    expect(await s.exit).toEqual({ code: 0, signal: null });
    expect(await gone(console_, 10_000)).toBe(true);
  });

  it('stops with code 0 on SIGTERM', async () => {
    const s = await start();
    await banner(s);
    const console_ = consoleOnly(s);
    s.parent.kill('SIGTERM');
    expect(await s.exit).toEqual({ code: 0, signal: null });
    expect(await gone(console_, 10_000)).toBe(true);
  });

  it('leaves nothing behind when killed with SIGKILL', async () => {
    const s = await start();
    await banner(s);
    const console_ = consoleOnly(s);
    s.parent.kill('SIGKILL');
    await s.exit;
    expect(await gone(console_, 10_000)).toBe(true);
  });

  it('keeps a value the user set', async () => {
    const s = await start({ MALLOC_MMAP_THRESHOLD_: '262144' });
    await banner(s);
    expect(environOf(consoleOnly(s))).toContain('MALLOC_MMAP_THRESHOLD_=262144');
    s.parent.kill('SIGTERM');
    expect(await s.exit).toEqual({ code: 0, signal: null });
  });

  it('ends with code 1 and the message when the configuration is wrong', async () => {
    const s = await start({ RIO_PORT: 'abc' });
    expect(await s.exit).toEqual({ code: 1, signal: null });
    expect(s.output()).toMatch(/RIO_PORT/);
  });
});
