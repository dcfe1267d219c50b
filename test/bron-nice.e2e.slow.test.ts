// SIM_BRON_NICE (docs/architecture.md#the-process-model-threads): under npm start's threads BRON's
// own threads — the main thread, its shards and fronts — run at a higher nice value than the
// others, so RIO's thread, when it wakes for a request, runs before BRON's bulk work. The chain runs
// in this process, so its threads are /proc/self/task. Note: this jest worker's main thread keeps the
// lower priority afterwards (an unprivileged thread cannot raise it again); harmless for a test.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { startTestThreadedChain, type TestThreadedChain } from '@duo-sim/test-support/chain';
import { frontsStartedHere } from '../services/bron/src/server';
import { shardsStartedHere } from '../services/bron/src/shards';

interface ThreadNice {
  tid: number;
  name: string;
  nice: number;
}

/** Every thread of this process with its name and nice value (/proc/<pid>/task/<tid>/stat field 19). */
function threadNices(): ThreadNice[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the name, which may hold spaces: field 3 (state) is the first, so 19 is at 16.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    return { tid: Number(tid), name, nice: Number(fields[16]) };
  });
}

const isBron = (t: ThreadNice) => t.tid === process.pid || t.name.startsWith('bron-');

(process.platform === 'linux' ? describe : describe.skip)('SIM_BRON_NICE under npm start’s threads', () => {
  let chain: TestThreadedChain;
  const base = getPriority(0);

  beforeAll(async () => {
    chain = await startTestThreadedChain(2, { SIM_BRON_NICE: '7', BRON_SHARDS: '1', BRON_FRONTS: '2' });
    // BRON listens before its shard and front are ready (shards.ts, fronts.ts).
    await shardsStartedHere();
    await frontsStartedHere();
  }, 60_000);
  afterAll(async () => {
    await chain?.close();
  });

  it('runs BRON’s main thread, shard and front at the chosen nice value, every other thread as before (0 unless jest itself runs niced)', () => {
    expect(chain.lowerBronPriority()).toBeUndefined();
    const threads = threadNices();
    const bron = threads.filter(isBron);
    expect(bron.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['bron-front-1', 'bron-shard-0']));
    for (const t of bron) expect({ name: t.name, nice: t.nice }).toEqual({ name: t.name, nice: Math.min(19, base + 7) });
    const others = threads.filter((t) => !isBron(t));
    // RIO, OSR and verzuim's worker among them, and the threads every isolate shares (V8's platform, libuv's pool).
    expect(others.map((t) => t.name)).toContain('osr+rio+verzuim');
    for (const t of others) expect({ name: t.name, nice: t.nice }).toEqual({ name: t.name, nice: base });
  });
});
