// `npm start` (scripts/dist/start-all.js) runs the console beside the chain: it prints the console's
// URL first, the console answers, Ctrl+C stops both, and the console never outlives the chain, even
// after kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { startAllEnv } from './reliability/support/child-chain';
import { REPO_ROOT } from '@duo-sim/test-support';

jest.setTimeout(60_000);

async function startAll(dataDir: string): Promise<{ child: ChildProcess; consoleUrl: string; output: () => string }> {
  const { env } = await startAllEnv(dataDir);
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'start-all.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const end = Date.now() + 45_000;
  while (!/Stoppen: Ctrl\+C/.test(output)) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`start-all did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const consoleUrl = /Console\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
  if (!consoleUrl) throw new Error(`no console URL in: ${output}`);
  return { child, consoleUrl, output: () => output };
}

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.status,
    () => 0,
  );

async function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('npm start with the console', () => {
  const dataDir = freshDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the console URL before the services, and Ctrl+C stops both at once', async () => {
    const { child, consoleUrl, output } = await startAll(dataDir);
    try {
      expect(output().indexOf('Console')).toBeLessThan(output().indexOf('RIO '));
      expect(await answers(consoleUrl)).toBe(200);
      child.kill('SIGINT');
      expect(await exited(child, 10_000)).toBe(true);
      expect(await answers(consoleUrl)).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('does not leave the console running when the chain is killed with SIGKILL', async () => {
    const { child, consoleUrl } = await startAll(dataDir);
    child.kill('SIGKILL');
    expect(await exited(child, 5_000)).toBe(true);
    expect(await until(async () => (await answers(consoleUrl)) === 0, 10_000)).toBe(true);
  });
});
