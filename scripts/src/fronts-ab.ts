// A/B driver for BRON's fronts (BRON_FRONTS, services/bron/src/fronts.ts): the threads phase's load
// (BRON inschrijvingen, 32 connections, the default world) on several configurations, alternated and
// back to back, the order rotated every round (the first row of a run tends to be the fastest).
// Prints per row: berichten/s, CPU per bericht and CPU per thread.
//   node scripts/dist/fronts-ab.js [rounds=2] [requests=3000]   (FRONTS_AB_SHARDS=1, FRONTS_AB_SKIP=<names>)
import { addDays, DEFAULT_FIXTURES_DIR, ensurePki, loadParties } from '@duo-sim/shared';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCpu, describeThreads } from './bench/cpu.js';
import { runLoad } from './bench/load.js';
import { freePorts, spawnChain } from './bench/processes.js';
import { createStreams, loadPupils, loadSchools } from './bench/world.js';

const VANDAAG = '2026-11-01';
const MAX_DAYS = 730;

/** The rows: one thread, npm start's default (2 threads here), and BRON with a second front (with FRONTS_AB_SHARDS=1 also with a shard). */
const ALL_CONFIGS: Array<{ name: string; env: Record<string, string> }> = [
  { name: 'SIM_THREADS=1', env: { SIM_THREADS: '1' } },
  { name: 'default (2 threads)', env: { SIM_THREADS: '', BRON_SHARDS: '0' } },
  { name: 'BRON_FRONTS=2', env: { SIM_THREADS: '', BRON_SHARDS: '0', BRON_FRONTS: '2' } },
  ...(process.env.FRONTS_AB_SHARDS === '1'
    ? [{ name: 'BRON_FRONTS=2 BRON_SHARDS=1', env: { SIM_THREADS: '', BRON_SHARDS: '1', BRON_FRONTS: '2' } }]
    : []),
];
/** FRONTS_AB_SKIP: names of rows to leave out, comma-separated. */
const CONFIGS = ALL_CONFIGS.filter((c) => !(process.env.FRONTS_AB_SKIP ?? '').split(',').includes(c.name));

const log = (msg: string) => process.stdout.write(`${msg}\n`);

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 2);
  const requests = Number(process.argv[3] ?? 3_000);
  const work = mkdtempSync(join(tmpdir(), 'duo-sim-fronts-ab-'));
  const template = join(work, 'pki');
  await ensurePki(template, loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')));
  const schools = loadSchools(DEFAULT_FIXTURES_DIR, VANDAAG);
  const pupils = loadPupils(DEFAULT_FIXTURES_DIR, addDays(VANDAAG, -MAX_DAYS));
  const perConfig = new Map<string, number[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      const order = CONFIGS.map((_, i) => CONFIGS[(i + round) % CONFIGS.length]!);
      for (const config of order) {
        const dataDir = join(work, `r${round}-${config.name.replace(/\W+/g, '-')}`);
        mkdirSync(dataDir, { recursive: true });
        cpSync(template, join(dataDir, 'pki'), { recursive: true });
        const chain = await spawnChain({ dataDir, simDate: VANDAAG, ports: await freePorts(4), extra: config.env });
        try {
          const r = await runLoad({
            url: chain.urls.bron,
            path: '/inschrijvingen',
            pkiDir: join(dataDir, 'pki'),
            streams: createStreams({ schools, pupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'b' }),
            connections: 32,
            requests,
            warmup: 300,
            maxMs: 60_000,
            expect: 201,
            abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
            cpuOf: chain.pid,
          });
          perConfig.set(config.name, [...(perConfig.get(config.name) ?? []), r.perSecond]);
          log(
            `round ${round + 1} ${config.name}: ${r.perSecond.toFixed(0)}/s, ${r.errors} errors, p99 ${r.p99Ms.toFixed(0)} ms; load ${loadavg()
              .map((l) => l.toFixed(2))
              .join(' ')}`,
          );
          if (r.cpu) log(`  ${describeCpu(r.cpu, r.ok)}; threads ${describeThreads(r.cpu)}`);
          for (const e of r.firstErrors) log(`  ${e}`);
        } finally {
          await chain.stop();
        }
      }
      const one = perConfig.get(CONFIGS[0]!.name)![round]!;
      log(
        `round ${round + 1} ratios to one thread: ${CONFIGS.map((c) => `${c.name} ${(perConfig.get(c.name)![round]! / one).toFixed(2)}`).join(', ')}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
