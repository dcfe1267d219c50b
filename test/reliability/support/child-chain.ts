// The chain as a child process (`node scripts/dist/start-all.js`), so a test can SIGKILL it mid-load
// and start it again on the same data folder and ports (docs/reliability.md, durability), or read its
// threads from /proc without running them in the jest worker (test/bron-nice.e2e.slow.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ServiceName } from '@duo-sim/shared';
import { callerFor, clientTls, REPO_ROOT } from '@duo-sim/test-support';
import type { Json } from './corpus';
import { OIN } from './world';

const START_ALL = join(REPO_ROOT, 'scripts', 'dist', 'start-all.js');
const SERVICES: ServiceName[] = ['rio', 'osr', 'bron', 'verzuim'];

/** Ports nobody listens on right now (taken and released at once). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ReturnType<typeof createServer>>((r) => {
          const s = createServer();
          s.listen(0, '127.0.0.1', () => r(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  return ports;
}

/** What `node scripts/dist/start-all.js` gets in a test: its data folder, silent logs, four free service ports and any free console port. */
export async function startAllEnv(
  dataDir: string,
  extra: Record<string, string | undefined> = {},
): Promise<{ env: NodeJS.ProcessEnv; ports: Record<ServiceName, number> }> {
  const [rio, osr, bron, verzuim] = await freePorts(4);
  const env = {
    ...process.env,
    SIM_DATA_DIR: dataDir,
    SIM_LOG_LEVEL: 'silent',
    RIO_PORT: String(rio),
    OSR_PORT: String(osr),
    BRON_PORT: String(bron),
    VERZUIM_PORT: String(verzuim),
    // start-all runs the console too: any free port, never the fixed 9440 another run may hold.
    CONSOLE_PORT: '0',
    ...extra,
  };
  return { env, ports: { rio, osr, bron, verzuim } };
}

export interface ChildChain {
  urls: Record<ServiceName, string>;
  /** Starts the chain and resolves when all four /health answer. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook, no flush, no close of the databases. */
  kill(): Promise<void>;
  /** The chain's process while it runs (its threads are /proc/<pid>/task), else undefined. */
  pid(): number | undefined;
}

export async function childChain(dataDir: string, extraEnv: Record<string, string> = {}): Promise<ChildChain> {
  const { env, ports } = await startAllEnv(dataDir, extraEnv);
  const urls = Object.fromEntries(SERVICES.map((s) => [s, `https://localhost:${ports[s]}`])) as Record<ServiceName, string>;
  let child: ChildProcess | null = null;
  let output = '';

  const healthy = async (): Promise<boolean> => {
    for (const s of SERVICES) {
      const res = await callerFor(urls[s], clientTls(OIN.operator))
        .get('/health')
        .catch(() => null);
      if (res?.status !== 200) return false;
    }
    return true;
  };

  return {
    urls,
    async start() {
      output = '';
      const proc = spawn(process.execPath, [START_ALL], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      proc.stdout.on('data', (c: Buffer) => (output += c.toString()));
      proc.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        if (proc.exitCode !== null) throw new Error(`start-all exited with ${proc.exitCode}: ${output}`);
        // Started as npm start reports it: the services healthy and the banner printed (the console
        // is up then too, so its start-up does not compete with a test's load).
        if (output.includes('Stoppen: Ctrl+C') && (await healthy())) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the chain did not become healthy in 15 s: ${output}`);
    },
    async kill() {
      const proc = child;
      child = null;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGKILL');
      await exited;
    },
    pid: () => child?.pid,
  };
}

/** Children of the BRP stub with a BSN, at least 4 on 2026-11-23 (BRON-07): the load's pupils. */
export function enrollablePupils(): Array<{ burgerservicenummer: string }> {
  const personen = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'brp-personen.json'), 'utf8')) as Array<
    Record<string, Json>
  >;
  return personen
    .filter((p) => typeof p.burgerservicenummer === 'string' && (p.geboortedatum as string) <= '2022-06-01')
    .map((p) => ({ burgerservicenummer: p.burgerservicenummer as string }));
}
