// CPU accounting of the bench's children, from /proc (Linux): how many cores the chain, its threads
// and the console beside it used during a measured load, next to the load generator's own share
// (process.cpuUsage of this process). Issue 19 asks whether the chain or the generator takes the
// second core; these figures answer it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childPids } from './processes.js';

/** Clock ticks per second of utime/stime in /proc/<pid>/stat (100 on every Linux we run on). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a /proc stat line, in seconds; the fields after the name in parentheses. */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds (user + system) a process has used, all its threads; NaN when it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return NaN;
  }
}

/**
 * The same in ms. Per accepted bericht it compares settings on a machine shared with others, where
 * rates do not.
 */
export function cpuMsOf(pid: number): number {
  return cpuSeconds(pid) * 1000;
}

// The console runs from its bundle when the bundles are current (lib/console-process.ts), else from its build.
const CONSOLE_SCRIPTS = [join('console', 'dist', 'server.js'), join('bundle', 'console-server.cjs')];

/** The console's process: the child of the chain's process that runs the console's script. */
export function consolePid(chainPid: number): number | undefined {
  return childPids(chainPid).find((pid) => {
    try {
      return CONSOLE_SCRIPTS.some((script) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script));
    } catch {
      return false; // gone meanwhile
    }
  });
}

/**
 * Per thread of a process: its name and CPU seconds. The main thread is `main`; a service thread of
 * npm start names itself after its services (lib/service-thread.ts); Node's own helper threads (V8's
 * platform workers: GC, compiler; libuv's pool) are all `node`.
 */
function threadSeconds(pid: number): Map<number, { name: string; seconds: number }> {
  const threads = new Map<number, { name: string; seconds: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const dir = `/proc/${pid}/task/${tid}`;
      threads.set(Number(tid), {
        name: Number(tid) === pid ? 'main' : readFileSync(`${dir}/comm`, 'utf8').trim(),
        seconds: statSeconds(readFileSync(`${dir}/stat`, 'utf8')),
      });
    } catch {
      // Ended meanwhile.
    }
  }
  return threads;
}

export interface ThreadCpu {
  /** `main`, a service thread's services (`rio+osr`), or `node` for Node's helper threads. */
  name: string;
  tid: number;
  /** CPU seconds over the interval divided by its wall seconds. */
  cores: number;
}

export interface CpuFigures {
  wallMs: number;
  /** The chain's process, all threads. */
  chainCores: number;
  /** The console's process beside the chain (NaN when it runs none). */
  consoleCores: number;
  /** This process: the load generator (and the bench's bookkeeping, which is idle meanwhile). */
  generatorCores: number;
  /** The chain's threads that ran at all, busiest first. */
  threads: ThreadCpu[];
  /**
   * Share of the wall time the chain's main thread was runnable but waited for a CPU
   * (/proc/<pid>/task/<pid>/schedstat): how much a busy machine held it back.
   */
  mainWaiting?: number;
}

/** Nanoseconds the process's main thread has waited on a run queue (the second field of its schedstat); NaN when unknown. */
function runQueueNs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(' ')[1]);
  } catch {
    return NaN;
  }
}

/** Starts counting now; `stop()` gives the CPU each side used since. */
export function startCpuCount(chainPid: number): { stop(): CpuFigures } {
  const consoleProcess = consolePid(chainPid);
  const began = performance.now();
  const generator = process.cpuUsage();
  const chain = cpuSeconds(chainPid);
  const console_ = consoleProcess === undefined ? NaN : cpuSeconds(consoleProcess);
  const threads = threadSeconds(chainPid);
  const waited = runQueueNs(chainPid);
  return {
    stop() {
      const wallS = (performance.now() - began) / 1000;
      const mainWaiting = (runQueueNs(chainPid) - waited) / 1e9 / wallS;
      const own = process.cpuUsage(generator);
      const threadsNow = threadSeconds(chainPid);
      return {
        wallMs: wallS * 1000,
        chainCores: (cpuSeconds(chainPid) - chain) / wallS,
        consoleCores: consoleProcess === undefined ? NaN : (cpuSeconds(consoleProcess) - console_) / wallS,
        generatorCores: (own.user + own.system) / 1e6 / wallS,
        threads: [...threadsNow]
          .map(([tid, t]) => ({ name: t.name, tid, cores: (t.seconds - (threads.get(tid)?.seconds ?? 0)) / wallS }))
          .filter((t) => t.cores > 0)
          .sort((a, b) => b.cores - a.cores),
        ...(Number.isFinite(mainWaiting) ? { mainWaiting } : {}),
      };
    },
  };
}

const cores = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');

/** "chain X cores, generator Y cores, console Z cores; chain N ms CPU per accepted bericht[; main thread waited …]". */
export function describeCpu(cpu: CpuFigures, accepted: number): string {
  const msPerBericht = (cpu.chainCores * cpu.wallMs) / accepted;
  return (
    `chain ${cores(cpu.chainCores)} cores, generator ${cores(cpu.generatorCores)} cores` +
    (Number.isFinite(cpu.consoleCores) ? `, console ${cores(cpu.consoleCores)} cores` : '') +
    `; chain ${Number.isFinite(msPerBericht) ? msPerBericht.toFixed(2) : '–'} ms CPU per accepted bericht` +
    (cpu.mainWaiting === undefined ? '' : `; main thread waited for a CPU ${cores(cpu.mainWaiting)} of the time`)
  );
}

/** The chain's threads by name, busiest first: `main 0.91, rio+osr 0.20, node×4 0.12 (0.05 0.04 0.02 0.01)`. */
export function describeThreads(cpu: CpuFigures): string {
  const byName = new Map<string, number[]>();
  for (const t of cpu.threads) byName.set(t.name, [...(byName.get(t.name) ?? []), t.cores]);
  return [...byName]
    .map(([name, each]) => ({ name, each, sum: each.reduce((a, b) => a + b, 0) }))
    .filter((g) => g.sum >= 0.005)
    .sort((a, b) => b.sum - a.sum)
    .map((g) =>
      g.each.length === 1
        ? `${g.name} ${cores(g.sum)}`
        : `${g.name}×${g.each.length} ${cores(g.sum)} (${g.each.map(cores).join(' ')})`,
    )
    .join(', ');
}
