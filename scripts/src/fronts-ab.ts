// A/B driver for BRON's fronts (BRON_FRONTS, services/bron/src/fronts.ts): the threads phase's load
// (BRON inschrijvingen, 32 connections, the default world) on several configurations, alternated and
// back to back in rounds, the order rotated every round (bench/ab-rounds.ts, bench/rounds.ts: the
// first row of a run tends to be the fastest). Prints per run: berichten/s, CPU per bericht and CPU
// per thread; at the end each row's median, its runs and its ratio to the first row (one thread).
//   node scripts/dist/fronts-ab.js [rounds=2] [requests=3000]   (FRONTS_AB_SHARDS=1, FRONTS_AB_SKIP=<names>)
import { abLoadOn, abRounds, runDriver, type AbConfig } from './bench/ab-rounds.js';
import { runLoad } from './bench/load.js';
import { freePorts, spawnChain } from './bench/processes.js';
import { createStreams } from './bench/world.js';

/** The rows: one thread, npm start's default (2 threads here), and BRON with a second front (with FRONTS_AB_SHARDS=1 also with a shard). */
const ALL_CONFIGS: AbConfig[] = [
  { name: 'SIM_THREADS=1', env: { SIM_THREADS: '1' } },
  { name: 'default (2 threads)', env: { SIM_THREADS: '', BRON_SHARDS: '0' } },
  { name: 'BRON_FRONTS=2', env: { SIM_THREADS: '', BRON_SHARDS: '0', BRON_FRONTS: '2' } },
  ...(process.env.FRONTS_AB_SHARDS === '1'
    ? [{ name: 'BRON_FRONTS=2 BRON_SHARDS=1', env: { SIM_THREADS: '', BRON_SHARDS: '1', BRON_FRONTS: '2' } }]
    : []),
];
/** FRONTS_AB_SKIP: names of rows to leave out, comma-separated. */
const CONFIGS = ALL_CONFIGS.filter((c) => !(process.env.FRONTS_AB_SKIP ?? '').split(',').includes(c.name));

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 2);
  const requests = Number(process.argv[3] ?? 3_000);
  await abRounds(CONFIGS, { name: 'fronts-ab', rounds, ratioTo: CONFIGS[0]?.name }, async ({ config, dataDir, plan, report }) => {
    const chain = await spawnChain({ dataDir, simDate: plan.vandaag, ports: await freePorts(4), extra: config.env });
    try {
      const r = await runLoad({
        ...abLoadOn(chain, dataDir),
        streams: createStreams({ ...plan, tag: 'b' }),
        requests,
        maxMs: 60_000,
      });
      report(r);
      return r;
    } finally {
      await chain.stop();
    }
  });
}

runDriver(main);
