// `npm run bench:amplification` (docs/reliability.md): can big hostile bodies stall the chain? The
// chain runs in a child process as `npm start` runs it (four services, one process); 20 lanes send
// 978 KB bodies with 90,000 unknown fields to BRON POST /inschrijvingen, as a certificate of no party
// and then as a vendor of the world, while RIO GET /health is timed. The senders run in a worker
// thread, so their own work does not delay the timing. Figures are ratios against the idle /health
// of the same run. Only 127.0.0.1; every loop is bounded in count and time.
//   npm run bench:amplification [-- --seconds 10]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Pool } from 'undici';
import { DEFAULT_FIXTURES_DIR, ensurePki, loadParties, loadPartyTls, type TlsMaterial } from '@duo-sim/shared';
import { freePorts, spawnChain } from './bench/processes.js';

const LANES = 20;
const FIELDS = 90_000;
const OPERATOR = '00000099000000010000';
const PLAZA = '00000099100000010000';
/** Has a certificate of the simulator CA, is in no role of the world. */
const STRANGER = { oin: '00000099999900070000', naam: 'Bench Onbekende Partij' };

const log = (msg: string) => process.stderr.write(`bench:amplification: ${msg}\n`);

function pool(url: string, tls: TlsMaterial, connections: number): Pool {
  return new Pool(new URL(url).origin, {
    connections,
    pipelining: 1,
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
    connect: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true },
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

interface HealthFigures {
  p50: number;
  p99: number;
  max: number;
}

/** Sequential GET /health on one connection until the deadline: what any other caller of the chain waits. */
async function timeHealth(deadline: number, rio: Pool): Promise<HealthFigures> {
  const ms: number[] = [];
  while (performance.now() < deadline) {
    const t = performance.now();
    const res = await rio.request({ path: '/health', method: 'GET' });
    await res.body.dump();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: ms[ms.length - 1] ?? 0 };
}

interface FloodFigures {
  answers: number;
  statuses: Record<string, number>;
  answerBytes: number;
}

interface FloodJob {
  url: string;
  tls: TlsMaterial;
  body: string;
  seconds: number;
}

/** In the worker: LANES parallel senders of the body until told to stop (or the deadline passes). */
async function flood(job: FloodJob): Promise<FloodFigures> {
  const deadline = performance.now() + job.seconds * 1000;
  const bron = pool(job.url, job.tls, LANES);
  let stop = false;
  parentPort!.once('message', () => (stop = true));
  const figures: FloodFigures = { answers: 0, statuses: {}, answerBytes: 0 };
  const count = (key: string | number) => (figures.statuses[key] = (figures.statuses[key] ?? 0) + 1);
  const lanes = Array.from({ length: LANES }, async () => {
    while (!stop && performance.now() < deadline) {
      try {
        const res = await bron.request({
          path: '/inschrijvingen',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: job.body,
        });
        const text = await res.body.text();
        figures.answers++;
        figures.answerBytes = Math.max(figures.answerBytes, Buffer.byteLength(text));
        count(res.statusCode);
      } catch (err) {
        // A refusal that closes the connection may end a send half-way: that is the point of it.
        count((err as Error).name);
      }
      // Let the stop message in between sends.
      await new Promise((r) => setImmediate(r));
    }
  });
  await Promise.all(lanes);
  await bron.close();
  return figures;
}

/** Runs a flood in a worker thread while the main thread times /health. */
async function floodWhileTiming(job: FloodJob, rio: Pool): Promise<{ flood: FloodFigures; health: HealthFigures }> {
  const worker = new Worker(__filename, { workerData: job });
  const done = new Promise<FloodFigures>((resolve, reject) => {
    worker.once('message', (m: FloodFigures) => resolve(m));
    worker.once('error', reject);
  });
  // Let the lanes get going before timing.
  await new Promise((r) => setTimeout(r, 1000));
  const health = await timeHealth(performance.now() + job.seconds * 1000, rio);
  worker.postMessage('stop');
  const figures = await done;
  await worker.terminate();
  return { flood: figures, health };
}

function hostileBody(): string {
  const fields: string[] = [];
  for (let i = 0; i < FIELDS; i++) fields.push(`"k${i}":${i % 10}`);
  return `{${fields.join(',')}}`;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--seconds');
  const seconds = i > 0 ? Number(process.argv[i + 1]) : 10;
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 300) throw new Error('--seconds takes 1 to 300');
  const work = mkdtempSync(join(tmpdir(), 'duo-sim-amplification-'));
  const pkiDir = join(work, 'pki');
  await ensurePki(pkiDir, [...loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')), STRANGER]);
  const ports = await freePorts(4);
  const chain = await spawnChain({ dataDir: work, simDate: '2026-11-28', ports });
  const pools: Pool[] = [];
  try {
    const rio = pool(chain.urls.rio, loadPartyTls(pkiDir, OPERATOR), 1);
    pools.push(rio);
    const body = hostileBody();
    log(`body ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB with ${FIELDS} unknown fields, ${LANES} lanes`);
    await timeHealth(performance.now() + 1000, rio);
    const idle = await timeHealth(performance.now() + seconds * 1000, rio);
    const rows: Array<[string, { flood: FloodFigures; health: HealthFigures } | null]> = [['idle', null]];
    for (const [who, oin] of [
      ['no party (unknown OIN)', STRANGER.oin],
      ['vendor of the world', PLAZA],
    ] as const) {
      rows.push([who, await floodWhileTiming({ url: chain.urls.bron, tls: loadPartyTls(pkiDir, oin), body, seconds }, rio)]);
    }
    const fmt = (n: number) => n.toFixed(1);
    const lines = [
      '| sender of the bodies | answers | statuses | largest answer | RIO /health p50 ms | p99 ms | max ms | p99 ratio to idle |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(([who, r]) => {
        const h = r?.health ?? idle;
        const bytes = r ? `${(r.flood.answerBytes / 1024).toFixed(1)} KB` : '–';
        const statuses = r ? JSON.stringify(r.flood.statuses) : '–';
        return `| ${who} | ${r?.flood.answers ?? '–'} | ${statuses} | ${bytes} | ${fmt(h.p50)} | ${fmt(h.p99)} | ${fmt(h.max)} | ${(h.p99 / idle.p99).toFixed(2)} |`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
    await chain.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (isMainThread) {
  main().catch((err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  });
} else {
  void flood(workerData as FloodJob).then((figures) => parentPort!.postMessage(figures));
}
