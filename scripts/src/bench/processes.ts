// Child processes of the benchmark: the chain (`node scripts/dist/start-all.js`, or `npm start` for
// the cold start) and the bare https baseline. Children keep the server work off the load
// generator's event loop, and make the chain's RSS its own. Everything listens on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { DUO_OIN, loadPartyTls, pkiPaths, type TlsMaterial } from '@duo-sim/shared';
import { MALLOC_SETTINGS } from '../lib/malloc-settings.js';
import { chainV8Flags, commandLineV8Flags } from '../lib/v8-settings.js';
import type { ProbeLine, ThreadHeap } from './memory-probe.js';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const SERVICES = ['rio', 'osr', 'bron', 'verzuim'] as const;

export interface ChainProcess {
  pid: number;
  urls: Record<(typeof SERVICES)[number], string>;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Ports that were free a moment ago (listen on 0, read, close). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<import('node:net').Server>((res, rej) => {
          const s = createServer();
          s.once('error', rej);
          s.listen(0, '127.0.0.1', () => res(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export interface ChainEnvOptions {
  dataDir: string;
  fixturesDir?: string;
  simDate: string;
  ports: number[];
  extra?: Record<string, string>;
  /** Variables of the bench's own environment the chain does not get. */
  without?: string[];
}

export function chainEnv(o: ChainEnvOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    SIM_DATA_DIR: o.dataDir,
    SIM_HOST: '127.0.0.1',
    SIM_DATE: o.simDate,
    SIM_LOG_LEVEL: 'silent',
    RIO_PORT: String(o.ports[0]),
    OSR_PORT: String(o.ports[1]),
    BRON_PORT: String(o.ports[2]),
    VERZUIM_PORT: String(o.ports[3]),
    // npm start runs the console too: a fifth port when given, else any free one (never a fixed 9440).
    CONSOLE_PORT: String(o.ports[4] ?? 0),
    ...(o.fixturesDir ? { SIM_FIXTURES_DIR: o.fixturesDir } : {}),
    ...o.extra,
  });
  for (const k of ['RIO_URL', 'OSR_URL', 'BRON_URL', 'VERZUIM_URL', ...(o.without ?? [])]) delete env[k];
  return env;
}

export function urlsFor(ports: number[]): ChainProcess['urls'] {
  return {
    rio: `https://127.0.0.1:${ports[0]}`,
    osr: `https://127.0.0.1:${ports[1]}`,
    bron: `https://127.0.0.1:${ports[2]}`,
    verzuim: `https://127.0.0.1:${ports[3]}`,
  };
}

/** One GET with a fresh connection; resolves the status, or 0 when nothing answers yet. */
export function probe(url: string, tls: TlsMaterial): Promise<number> {
  return new Promise((res) => {
    const req = https.get(url, { ca: tls.ca, cert: tls.cert, key: tls.key, agent: false, timeout: 2000 }, (r) => {
      r.resume();
      r.on('end', () => res(r.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => res(0));
  });
}

/** Polls the four /health endpoints (DUO's certificate) until all answer 200; the ms it took. */
export async function waitHealthy(
  urls: ChainProcess['urls'],
  pkiDir: string,
  child: ChildProcess,
  timeoutMs: number,
  started = performance.now(),
): Promise<number> {
  let tls: TlsMaterial | undefined;
  const pending = new Set<string>(SERVICES.map((s) => `${urls[s]}/health`));
  while (pending.size > 0) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`chain exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
    if (performance.now() - started > timeoutMs)
      throw new Error(`chain not healthy after ${timeoutMs} ms: ${[...pending].join(', ')}`);
    // The PKI may be made by the chain itself on a first start.
    if (!tls) {
      try {
        tls = loadPartyTls(pkiDir, DUO_OIN);
      } catch {
        await sleep(10);
        continue;
      }
    }
    const results = await Promise.all([...pending].map(async (u) => [u, await probe(u, tls!)] as const));
    for (const [u, status] of results) if (status === 200) pending.delete(u);
    if (pending.size > 0) await sleep(10);
  }
  return performance.now() - started;
}

export interface SpawnChainOptions extends ChainEnvOptions {
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  healthTimeoutMs?: number;
  /**
   * false: glibc's own malloc defaults, for comparison. The chain then runs from lib/run-chain.js,
   * as start-all.js would add the settings.
   */
  mallocSettings?: boolean;
}

/**
 * `node scripts/dist/start-all.js` in a child, resolved once all four /health answer. With the
 * malloc settings npm start gives the chain (a value in the bench's own environment wins), so
 * start-all.js does not run itself again and `pid` is the chain's own process.
 */
export async function spawnChain(o: SpawnChainOptions): Promise<ChainProcess> {
  const withSettings = o.mallocSettings !== false;
  const env: Record<string, string> = withSettings ? { ...MALLOC_SETTINGS, ...chainEnv(o) } : chainEnv(o);
  if (!withSettings) {
    for (const k of Object.keys(MALLOC_SETTINGS)) delete env[k];
    // glibc's defaults: nor the addon's malloc_trim after connections fall (shared/src/malloc-trim.ts).
    env.SIM_MALLOC_ADDON = '0';
  }
  const script = withSettings ? join('scripts', 'dist', 'start-all.js') : join('scripts', 'dist', 'lib', 'run-chain.js');
  // start-all.js sets the chain's V8 flags itself but for the main thread's semi-space cap, which only
  // the command line gives, as npm start's launcher and the Docker image give it; run-chain.js gets all.
  const v8Flags = withSettings ? commandLineV8Flags(env) : chainV8Flags(env);
  const child = spawn(process.execPath, [...v8Flags, ...(o.nodeFlags ?? []), join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return attach(child, o, o.healthTimeoutMs ?? 120_000);
}

/** `npm start` as a user types it, in its own process group so the whole tree can be stopped. */
export function spawnNpmStart(o: ChainEnvOptions): ChildProcess {
  return spawn('npm', ['start', '--silent'], {
    cwd: REPO_ROOT,
    env: chainEnv(o),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

/**
 * The cold start's baseline: `node -e` of a bare https server (Node's own modules only, the
 * services' certificate and client-certificate check), from spawn to its first 200 to DUO's
 * certificate; the chain's cold start over this reads the same on a slower machine.
 */
export async function bareHttpsStartMs(pkiDir: string, port: number): Promise<number> {
  const pki = pkiPaths(pkiDir);
  const files = JSON.stringify({ key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert });
  const script = [
    `const f = ${files}; const r = (p) => require('node:fs').readFileSync(p, 'utf8');`,
    `require('node:https').createServer({ key: r(f.key), cert: r(f.cert), ca: r(f.ca), requestCert: true, rejectUnauthorized: true },`,
    `  (req, res) => res.end('{}')).listen(${port}, '127.0.0.1');`,
  ].join('\n');
  const tls = loadPartyTls(pkiDir, DUO_OIN);
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    while ((await probe(`https://127.0.0.1:${port}/`, tls)) !== 200) {
      if (child.exitCode !== null) throw new Error(`the bare https server exited (${child.exitCode})`);
      if (performance.now() - started > 30_000) throw new Error('the bare https server did not answer within 30 s');
      await sleep(10);
    }
    return performance.now() - started;
  } finally {
    await stopChild(child);
  }
}

export async function attach(
  child: ChildProcess,
  o: ChainEnvOptions,
  healthTimeoutMs: number,
  started = performance.now(),
): Promise<ChainProcess> {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const urls = urlsFor(o.ports);
  try {
    await waitHealthy(urls, join(o.dataDir, 'pki'), child, healthTimeoutMs, started);
  } catch (err) {
    await stopChild(child);
    throw new Error(`${(err as Error).message}\n${out}`);
  }
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping)
      process.stderr.write(
        `bench: the chain (pid ${child.pid}) exited unexpectedly (${code ?? signal}); its last output:\n${out.slice(-4000)}\n`,
      );
  });
  return {
    pid: child.pid!,
    urls,
    child,
    output: () => out,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

/** SIGTERM (the chain closes its services and exits), SIGKILL after 15 s. Whole group when detached. */
export function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((res) => {
    const kill = (sig: NodeJS.Signals) => {
      try {
        if (child.spawnargs[0] === 'npm') process.kill(-child.pid!, sig);
        else child.kill(sig);
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      // npm may exit before the node process it started: wait until the whole group is gone, so
      // the next cold start does not find the old chain still answering on the same ports.
      if (child.spawnargs[0] !== 'npm') return res();
      const began = Date.now();
      const poll = () => {
        try {
          process.kill(-child.pid!, 0);
        } catch {
          return res();
        }
        if (Date.now() - began > graceMs) {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        setTimeout(poll, 20);
      };
      poll();
    });
    kill('SIGTERM');
  });
}

/** Peak (VmHWM) and current (VmRSS) resident set of a process, in MB, from /proc. */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { peakMb: NaN, rssMb: NaN };
  }
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/** The processes whose parent is `pid` (the console beside the chain). */
export function childPids(pid: number): number[] {
  const kids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === pid) kids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return kids;
}

export interface BareServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * A baseline server child (bare-server.js or skeleton-server.js) that prints `listening <port>`.
 * Always the compiled script (also when this file runs from its TypeScript source, in tests).
 */
export async function spawnBaseline(script: 'bare-server' | 'skeleton-server', args: string[]): Promise<BareServer> {
  const file = join(__dirname, '..', '..', 'dist', 'bench', `${script}.js`);
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((res, rej) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /listening (\d+)/.exec(buf);
      if (m) res(Number(m[1]));
    });
    child.once('exit', (code) => rej(new Error(`${script} exited (${code})`)));
  });
  return { url: `https://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where a chain's RSS is, in MB: V8's heaps (all threads), buffers outside them, glibc's main heap and the mappings. */
export interface MemoryBreakdown {
  rssMb: number;
  /** V8's heaps of all threads as reserved and resident (heapTotal); heapUsed is what live objects take of them. */
  heapTotalMb: number;
  heapUsedMb: number;
  /** Of heapTotalMb: the young generations (new space), which V8 sizes for speed, not for what lives. */
  newSpaceMb: number;
  /** Threads that answered (the main thread and the service threads). */
  threads: number;
  /** Memory V8 knows of outside its heap (Buffers among it), all threads. */
  externalMb: number;
  /** The main thread's array buffers (process.memoryUsage()). */
  arrayBuffersMb: number;
  /** Resident part of glibc's main arena (the `[heap]` mapping): small native blocks, TLS state. */
  brkHeapMb: number;
  /** Resident file mappings: the node binary and shared libraries (code), SQLite's -shm files. */
  codeMb: number;
  sqliteShmMb: number;
  /** Resident anonymous mappings: V8's heaps, the other threads' malloc arenas, blocks mapped apart, stacks. */
  anonMb: number;
}

/** The memory as it stood when asked, and once every thread has run full GCs (memory-probe.ts). */
export interface MemoryReadings {
  now: MemoryBreakdown;
  settled: MemoryBreakdown;
}

/** The node flags that load memory-probe.js (into every thread), for spawnChain's nodeFlags. */
export const MEMORY_PROBE_FLAGS = ['-r', join(__dirname, 'memory-probe.js')];

const MB = 1024 * 1024;
/** The probe waits for the threads' GCs and answers (about 3.5 s in all); more on a busy machine. */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Asks a chain started with MEMORY_PROBE_FLAGS for its memory (SIGUSR2) and reads /proc beside it:
 * the memory as it is, and once it has settled (two full GCs in every thread). The settled reading
 * does not depend on when V8 last chose to shrink a heap, so "before" and "after" compare.
 */
export async function memoryBreakdown(chain: ChainProcess, pid = chain.pid): Promise<MemoryReadings | undefined> {
  const lines = (name: string) => chain.output().match(new RegExp(`^${name} .*$`, 'gm')) ?? [];
  const seen = lines('bench-memory').length;
  const last = lines('bench-memory').at(-1);
  try {
    process.kill(pid, 'SIGUSR2');
  } catch {
    return undefined;
  }
  let now: MemoryBreakdown | undefined;
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  const fresh = () => lines('bench-memory').length !== seen || lines('bench-memory').at(-1) !== last;
  // The output is a tail of 20,000 characters: a new last line also counts, in case old ones fell off.
  while (!fresh() && Date.now() < deadline) {
    // The mappings as they are, read as soon as the probe has taken its first reading.
    if (!now && lines('bench-memory-now').length > 0) {
      const l = lines('bench-memory-now').at(-1)!;
      now = fromProbe(JSON.parse(l.slice(l.indexOf(' ') + 1)) as ProbeLine, pid);
    }
    await sleep(20);
  }
  if (!fresh()) return undefined;
  const settledLine = lines('bench-memory').at(-1)!;
  const nowLine = lines('bench-memory-now').at(-1)!;
  const settled = fromProbe(JSON.parse(settledLine.slice(settledLine.indexOf(' ') + 1)) as ProbeLine, pid);
  return { now: now ?? fromProbe(JSON.parse(nowLine.slice(nowLine.indexOf(' ') + 1)) as ProbeLine, pid), settled };
}

function fromProbe(p: ProbeLine, pid: number): MemoryBreakdown {
  const sum = (k: keyof Omit<ThreadHeap, 'threadId'>) => p.threads.reduce((n, t) => n + t[k], 0) / MB;
  return {
    rssMb: p.rss / MB,
    heapTotalMb: sum('heapTotal'),
    heapUsedMb: sum('heapUsed'),
    newSpaceMb: sum('newSpace'),
    threads: p.threads.length,
    externalMb: sum('external'),
    arrayBuffersMb: p.memoryUsage.arrayBuffers / MB,
    ...mappingsOf(pid),
  };
}

/** Resident kB of /proc/<pid>/smaps by kind of mapping, in MB (zeros when it cannot be read). */
export function mappingsOf(pid: number): Pick<MemoryBreakdown, 'brkHeapMb' | 'codeMb' | 'sqliteShmMb' | 'anonMb'> {
  const out = { brkHeapMb: 0, codeMb: 0, sqliteShmMb: 0, anonMb: 0 };
  let smaps = '';
  try {
    smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return out;
  }
  let kind: keyof typeof out = 'anonMb';
  for (const line of smaps.split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const name = head[1]!;
      kind = name === '[heap]' ? 'brkHeapMb' : name.endsWith('-shm') ? 'sqliteShmMb' : name.startsWith('/') ? 'codeMb' : 'anonMb';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) / 1024;
  }
  return out;
}
