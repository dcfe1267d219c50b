// Loaded into the chain process by the bench (`node -r`), so into its main thread and, as worker
// threads inherit the flag, into every service thread too. On SIGUSR2 the main thread asks every
// thread (a BroadcastChannel) for its V8 heap and writes two lines to stderr, without an endpoint
// that a vendor could call:
// - `bench-memory-now {…}`: the memory as it is, each thread's V8 heap as it stands;
// - `bench-memory {…}`: the memory once it has settled: every thread has run two full GCs (V8 keeps
//   the space its heap grew to until a GC of its own choosing; the second GC hands the pages the
//   first emptied back to the system), so a reading does not depend on when V8 last shrank a heap.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

/** One thread's V8 heap, in bytes. */
export interface ThreadHeap {
  threadId: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  /** V8's young generation (new space) as committed. */
  newSpace: number;
}

export interface ProbeLine {
  rss: number;
  memoryUsage: NodeJS.MemoryUsage;
  /** Every thread's heap: the main thread first. */
  threads: ThreadHeap[];
}

type Request = { type: 'request'; id: number; settle: boolean };
type Reply = { type: 'reply'; id: number; heap: ThreadHeap };

const CHANNEL = 'duo-sim-bench-memory';
/** How long the main thread waits for the service threads' answers. */
const REPLY_MS = 1_500;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function heapOfThisThread(): ThreadHeap {
  const h = v8.getHeapStatistics();
  const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return {
    threadId,
    heapTotal: h.total_heap_size,
    heapUsed: h.used_heap_size,
    external: h.external_memory,
    newSpace: newSpace?.space_size ?? 0,
  };
}

async function settle(): Promise<void> {
  gc();
  await pause(100);
  gc();
  await pause(100);
}

const channel = new BroadcastChannel(CHANNEL);
channel.unref();

if (isMainThread) {
  let next = 0;
  const ask = async (settled: boolean): Promise<ThreadHeap[]> => {
    const id = ++next;
    const others: ThreadHeap[] = [];
    const listener = (e: Event) => {
      const m = (e as unknown as { data: Reply }).data;
      if (m?.type === 'reply' && m.id === id) others.push(m.heap);
    };
    channel.addEventListener('message', listener);
    channel.postMessage({ type: 'request', id, settle: settled } satisfies Request);
    if (settled) await settle();
    const own = heapOfThisThread();
    await pause(REPLY_MS);
    channel.removeEventListener('message', listener);
    return [own, ...others.sort((a, b) => a.threadId - b.threadId)];
  };
  const line = (name: string, threads: ThreadHeap[]) => {
    const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
    const out: ProbeLine = { rss, memoryUsage: process.memoryUsage(), threads };
    process.stderr.write(`${name} ${JSON.stringify(out)}\n`);
  };
  let busy = false;
  process.on('SIGUSR2', () => {
    if (busy) return;
    busy = true;
    void (async () => {
      line('bench-memory-now', await ask(false));
      line('bench-memory', await ask(true));
    })().finally(() => (busy = false));
  });
} else {
  channel.onmessage = (e) => {
    const m = (e as unknown as { data: Request }).data;
    if (m?.type !== 'request') return;
    void (m.settle ? settle() : Promise.resolve()).then(() =>
      channel.postMessage({ type: 'reply', id: m.id, heap: heapOfThisThread() } satisfies Reply),
    );
  };
}
