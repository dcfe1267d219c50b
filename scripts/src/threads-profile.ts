// Where the threads' extra CPU per bericht goes: the chain under `node --cpu-prof` (a profile per
// thread, workers included) in one thread and with threads, under the same load, and each profile's
// self time by kind of work (bench/profile-categories.ts), per accepted request.
// Rows: the vendor mix (bench/mix.ts) in one thread and a thread per service (SIM_THREADS=4); BRON
// inschrijvingen in one thread and with BRON's second front (BRON_FRONTS=2). The order rotates per round.
//   node scripts/dist/threads-profile.js [rounds=1] [requests=3000]
import { addDays, DEFAULT_FIXTURES_DIR, ensurePki, loadParties } from '@duo-sim/shared';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCpu, describeThreads } from './bench/cpu.js';
import { runLoad } from './bench/load.js';
import { createMixStreams } from './bench/mix.js';
import { freePorts, spawnChain } from './bench/processes.js';
import { moduleResolver, selfTimeByCategory } from './bench/profile-categories.js';
import { createStreams, loadPupils, loadSchools } from './bench/world.js';

const VANDAAG = '2026-11-01';
const MAX_DAYS = 730;

const CONFIGS: Array<{ name: string; env: Record<string, string>; mix: boolean }> = [
  { name: 'mix, SIM_THREADS=1', env: { SIM_THREADS: '1' }, mix: true },
  { name: 'mix, SIM_THREADS=4', env: { SIM_THREADS: '4' }, mix: true },
  { name: 'BRON-only, SIM_THREADS=1', env: { SIM_THREADS: '1' }, mix: false },
  { name: 'BRON-only, BRON_FRONTS=2', env: { SIM_THREADS: '', BRON_SHARDS: '0', BRON_FRONTS: '2' }, mix: false },
];

const log = (msg: string) => process.stdout.write(`${msg}\n`);
const ms = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 1);
  const requests = Number(process.argv[3] ?? 3_000);
  const work = mkdtempSync(join(tmpdir(), 'duo-sim-threads-profile-'));
  const template = join(work, 'pki');
  await ensurePki(template, loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')));
  const schools = loadSchools(DEFAULT_FIXTURES_DIR, VANDAAG);
  const pupils = loadPupils(DEFAULT_FIXTURES_DIR, addDays(VANDAAG, -MAX_DAYS));
  const moduleOf = moduleResolver();
  try {
    for (let round = 0; round < rounds; round++) {
      for (const config of CONFIGS.map((_, i) => CONFIGS[(i + round) % CONFIGS.length]!)) {
        const dataDir = join(work, `r${round}-${config.name.replace(/\W+/g, '-')}`);
        const profDir = join(dataDir, 'prof');
        mkdirSync(profDir, { recursive: true });
        cpSync(template, join(dataDir, 'pki'), { recursive: true });
        const chain = await spawnChain({
          dataDir,
          simDate: VANDAAG,
          ports: await freePorts(4),
          extra: config.env,
          nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
        });
        let ok = 0;
        let window = { fromUs: 0, toUs: 0 };
        /** The CPU of the threads that run JavaScript (not V8's platform threads or the profiler's), ms. */
        let jsCpuMs = Number.NaN;
        /** V8's platform threads (`node`: parallel GC, compilers), ms. */
        let helperCpuMs = Number.NaN;
        try {
          const plan = { schools, pupils, vandaag: VANDAAG, maxDays: MAX_DAYS, tag: 'p' };
          const r = await runLoad({
            url: chain.urls.bron,
            path: '/inschrijvingen',
            pkiDir: join(dataDir, 'pki'),
            streams: config.mix ? createMixStreams({ ...plan, urls: chain.urls }) : createStreams(plan),
            connections: 32,
            requests,
            warmup: 300,
            maxMs: 90_000,
            expect: 201,
            abort: () => chain.child.exitCode !== null || chain.child.signalCode !== null,
            cpuOf: chain.pid,
          });
          ok = r.ok;
          const endUs = Number(process.hrtime.bigint() / 1000n);
          window = { fromUs: endUs - r.elapsedMs * 1000, toUs: endUs };
          if (r.cpu)
            jsCpuMs = r.cpu.threads
              .filter((t) => t.name !== 'node' && !t.name.startsWith('v8:'))
              .reduce((a, t) => a + t.cores * r.cpu!.wallMs, 0);
          if (r.cpu)
            helperCpuMs = r.cpu.threads.filter((t) => t.name === 'node').reduce((a, t) => a + t.cores * r.cpu!.wallMs, 0);
          log(
            `round ${round + 1} ${config.name}: ${r.perSecond.toFixed(0)}/s, ${r.errors} errors; load ${loadavg()
              .map((l) => l.toFixed(2))
              .join(' ')}`,
          );
          if (r.cpu) log(`  ${describeCpu(r.cpu, r.ok)}; threads ${describeThreads(r.cpu)}`);
        } finally {
          await chain.stop();
        }
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
          `  V8 platform threads' CPU per accepted request ${ms(helperCpuMs / ok)} ms; JS threads' ${ms(jsCpuMs / ok)} ms (${files.length} profiles, ${ok} accepted), by share of samples: ` +
            [...total]
              .sort((a, b) => b[1] - a[1])
              .map(([c, v]) => `${c} ${ms(((v / all) * jsCpuMs) / ok)} (${((v / all) * 100).toFixed(0)} %)`)
              .join(', '),
        );
      }
    }
  } finally {
    if (process.env.THREADS_PROFILE_KEEP !== '1') rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
