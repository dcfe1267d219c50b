// Where the threads' extra CPU per bericht goes: the chain under `node --cpu-prof` (a profile per
// thread, workers included) in one thread and with threads, under the same load, and each profile's
// self time by kind of work (bench/profile-categories.ts), per accepted request.
// Rows: the vendor mix (bench/mix.ts) in one thread and a thread per service (SIM_THREADS=4); BRON
// inschrijvingen in one thread and with BRON's second front (BRON_FRONTS=2). In rounds, the order
// rotated per round (bench/ab-rounds.ts, bench/rounds.ts); at the end each row's median rate.
//   node scripts/dist/threads-profile.js [rounds=1] [requests=3000]   (THREADS_PROFILE_KEEP=1 keeps the profiles)
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { abLoadOn, abRounds, log, runDriver, type AbConfig } from './bench/ab-rounds.js';
import { runLoad, type LoadResult } from './bench/load.js';
import { createMixStreams } from './bench/mix.js';
import { freePorts, spawnChain } from './bench/processes.js';
import { moduleResolver, selfTimeByCategory } from './bench/profile-categories.js';
import { createStreams } from './bench/world.js';

const CONFIGS: Array<AbConfig & { mix: boolean }> = [
  { name: 'mix, SIM_THREADS=1', env: { SIM_THREADS: '1' }, mix: true },
  { name: 'mix, SIM_THREADS=4', env: { SIM_THREADS: '4' }, mix: true },
  { name: 'BRON-only, SIM_THREADS=1', env: { SIM_THREADS: '1' }, mix: false },
  { name: 'BRON-only, BRON_FRONTS=2', env: { SIM_THREADS: '', BRON_SHARDS: '0', BRON_FRONTS: '2' }, mix: false },
];

const ms = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 1);
  const requests = Number(process.argv[3] ?? 3_000);
  const moduleOf = moduleResolver();
  const options = { name: 'threads-profile', rounds, keep: process.env.THREADS_PROFILE_KEEP === '1' };
  await abRounds(CONFIGS, options, async ({ config, dataDir, plan, report }) => {
    const profDir = join(dataDir, 'prof');
    mkdirSync(profDir);
    const chain = await spawnChain({
      dataDir,
      simDate: plan.vandaag,
      ports: await freePorts(4),
      extra: config.env,
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
    });
    let r: LoadResult;
    let window = { fromUs: 0, toUs: 0 };
    try {
      const streamsPlan = { ...plan, tag: 'p' };
      r = await runLoad({
        ...abLoadOn(chain, dataDir),
        streams: config.mix ? createMixStreams({ ...streamsPlan, urls: chain.urls }) : createStreams(streamsPlan),
        requests,
        maxMs: 90_000,
      });
      const endUs = Number(process.hrtime.bigint() / 1000n);
      window = { fromUs: endUs - r.elapsedMs * 1000, toUs: endUs };
      report(r);
    } finally {
      await chain.stop();
    }
    /** The CPU of the threads that run JavaScript (not V8's platform threads or the profiler's), ms. */
    const jsCpuMs = r.cpu
      ? r.cpu.threads
          .filter((t) => t.name !== 'node' && !t.name.startsWith('v8:'))
          .reduce((a, t) => a + t.cores * r.cpu!.wallMs, 0)
      : Number.NaN;
    /** V8's platform threads (`node`: parallel GC, compilers), ms. */
    const helperCpuMs = r.cpu
      ? r.cpu.threads.filter((t) => t.name === 'node').reduce((a, t) => a + t.cores * r.cpu!.wallMs, 0)
      : Number.NaN;
    // Only the samples of the measured load; shares of them, spread over the JavaScript threads'
    // measured CPU (the sampler counts a thread waiting for a CPU too).
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    const total = new Map<string, number>();
    for (const f of files) {
      const cats = selfTimeByCategory(join(profDir, f), moduleOf, window);
      const sum = cats.reduce((a, c) => a + c.selfMs, 0);
      log(`  ${f}: ${sum.toFixed(0)} ms; ${cats.map((c) => `${c.category} ${c.selfMs.toFixed(0)}`).join(', ')}`);
      for (const c of cats) total.set(c.category, (total.get(c.category) ?? 0) + c.selfMs);
    }
    const all = [...total.values()].reduce((a, b) => a + b, 0);
    log(
      `  V8 platform threads' CPU per accepted request ${ms(helperCpuMs / r.ok)} ms; JS threads' ${ms(jsCpuMs / r.ok)} ms (${files.length} profiles, ${r.ok} accepted), by share of samples: ` +
        [...total]
          .sort((a, b) => b[1] - a[1])
          .map(([c, v]) => `${c} ${ms(((v / all) * jsCpuMs) / r.ok)} (${((v / all) * 100).toFixed(0)} %)`)
          .join(', '),
    );
    return r;
  });
}

runDriver(main);
