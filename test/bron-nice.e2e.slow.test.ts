// SIM_BRON_NICE (docs/architecture.md#the-process-model-threads): under npm start's threads BRON's
// own threads — the main thread, its shards and fronts — run at a higher nice value than the
// others, so RIO's thread, when it wakes for a request, runs before BRON's bulk work. The chain runs
// as npm start runs it, in a process of its own (start-all.js), and the test reads that process's
// threads from /proc: a chain started in the jest worker would leave the worker's main thread at the
// lower priority for every later test file (an unprivileged thread cannot raise it again).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority } from 'node:os';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { childPids } from '../scripts/src/bench/processes';
import { childChain, type ChildChain } from './reliability/support/child-chain';

interface ThreadNice {
  tid: number;
  name: string;
  nice: number;
}

/** Every thread of process `pid` with its name and nice value (/proc/<pid>/task/<tid>/stat field 19). */
function threadNices(pid: number): ThreadNice[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the name, which may hold spaces: field 3 (state) is the first, so 19 is at 16.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Thread names: shared/src/thread-name.ts.
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      return [{ tid: Number(tid), name, nice: Number(fields[16]) }];
    } catch {
      return []; // ended meanwhile
    }
  });
}

/** What this test runs jest at: a child starts with its parent's nice value (0 unless jest itself runs niced). */
const base = getPriority(0);
const BRON_NICE = 7;
const bronNice = Math.min(19, base + BRON_NICE);
/** The shard and the second front (the first is BRON's main thread) of BRON_SHARDS=1, BRON_FRONTS=2. */
const BRON_WORKERS = ['bron-front-1', 'bron-shard-0'];

(process.platform === 'linux' ? describe : describe.skip)('SIM_BRON_NICE under npm start’s threads', () => {
  const dataDir = freshDataDir();
  let chain: ChildChain;

  beforeAll(async () => {
    chain = await childChain(dataDir, {
      SIM_THREADS: '2',
      SIM_BRON_NICE: String(BRON_NICE),
      BRON_SHARDS: '1',
      BRON_FRONTS: '2',
      // glibc's malloc setting given: the chain runs in the process start-all.js is, never in a child of it.
      MALLOC_MMAP_THRESHOLD_: '65536',
    });
    await chain.start();
  }, 60_000);
  afterAll(async () => {
    await chain?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const isBron = (pid: number) => (t: ThreadNice) => t.tid === pid || t.name.startsWith('bron-');

  it('runs BRON’s main thread, shard and front at the chosen nice value, every other thread and the console’s process as before', async () => {
    const pid = chain.pid()!;
    // BRON listens (and the banner comes) before its shard and front are ready (shards.ts,
    // fronts.ts); each lowers its priority before it names itself (worker-start.ts), so once both
    // names are there, every BRON thread has its nice value. At most 20 s, then the last reading is judged.
    let threads = threadNices(pid);
    const end = Date.now() + 20_000;
    while (!BRON_WORKERS.every((n) => threads.some((t) => t.name === n)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      threads = threadNices(pid);
    }
    const bron = threads.filter(isBron(pid));
    expect(bron.map((t) => t.name)).toEqual(expect.arrayContaining(BRON_WORKERS));
    for (const t of bron) expect({ name: t.name, nice: t.nice }).toEqual({ name: t.name, nice: bronNice });
    const others = threads.filter((t) => !isBron(pid)(t));
    // RIO, OSR and verzuim's worker among them, and the threads every isolate shares (V8's platform, libuv's pool).
    expect(others.map((t) => t.name)).toContain('osr+rio+verzuim');
    for (const t of others) expect({ name: t.name, nice: t.nice }).toEqual({ name: t.name, nice: base });
    // The console's process, started by BRON's main thread before it lowered its priority (run-chain.ts).
    const consoleThreads = childPids(pid).flatMap(threadNices);
    expect(consoleThreads.length).toBeGreaterThan(0);
    for (const t of consoleThreads) expect({ console: t.name, nice: t.nice }).toEqual({ console: t.name, nice: base });
  });

  it('leaves this jest worker’s own threads at their nice value', () => {
    for (const t of threadNices(process.pid)) expect({ name: t.name, nice: t.nice }).toEqual({ name: t.name, nice: base });
  });
});
