// The CPUs a container's CPU quota lets this process use (`docker run --cpus`, compose `cpus:`,
// Kubernetes `limits.cpu`), for npm start's default thread count (service-threads.ts). Node 20's
// os.availableParallelism() (libuv 1.46) counts the host's cores and ignores the quota, so a world
// limited to 2 CPUs on a 16-core host would start 4 threads.
//
// The rules follow the runtimes that size themselves by the quota: the process's cgroup from
// /proc/self/cgroup; the cpu controller in cgroup v1 when a v1 hierarchy has it (as the JVM decides
// on a hybrid host), otherwise cgroup v2; every level from the process's cgroup up to the mount's
// root limits and the smallest counts (libuv 1.49+ on v2, Rust's std; Go 1.25 reads only the leaf),
// while a level that cannot be read or makes no sense adds no limit, so a container that mounts its
// own cgroup as the root still finds its quota there. The CPUs are quota / period rounded up, as
// the JVM, .NET and Go 1.25 do (1.5 CPUs: 2); libuv, Rust and Go's automaxprocs round down. For this
// chain a thread more on a fractional quota costs less than one too few, and it starts two anyway.
// The mounts are taken to be at /sys/fs/cgroup, where Docker, containerd and Kubernetes put them;
// the JVM and Go look them up in /proc/self/mountinfo instead.
//
// Only Node's own modules: service-threads.ts loads this before the chain's code (start-all.ts).
import { readFileSync } from 'node:fs';

/** One file's text, or undefined when it cannot be read. */
export type ReadText = (path: string) => string | undefined;

const CGROUP_MOUNT = '/sys/fs/cgroup';

/**
 * The CPUs the quota allows (at least 1), or undefined for no quota: from the cgroup files `read`
 * returns. Anything missing, unreadable or malformed is no quota; this never throws.
 */
export function quotaCpus(read: ReadText): number | undefined {
  const lines = cgroupLines(read('/proc/self/cgroup'));
  if (!lines) return undefined;
  // A controller is in one hierarchy only: where a v1 hierarchy has cpu, v2's cpu.max cannot exist.
  const v1 = lines.find((l) => l.id !== '0' && l.controllers.includes('cpu'));
  if (v1) {
    const mounts = new Set([`${CGROUP_MOUNT}/cpu`, `${CGROUP_MOUNT}/${v1.controllers.join(',')}`]);
    return smallest([...mounts].flatMap((mount) => levels(mount, v1.path).map((dir) => v1Cpus(read, dir))));
  }
  const v2 = lines.find((l) => l.id === '0' && l.controllers.length === 0);
  if (!v2) return undefined;
  return smallest(levels(CGROUP_MOUNT, v2.path).map((dir) => v2Cpus(read(`${dir}/cpu.max`))));
}

interface CgroupLine {
  id: string;
  controllers: string[];
  path: string;
}

/** /proc/self/cgroup: `id:controllers:path` per line (`0::/path` for v2); undefined when malformed. */
function cgroupLines(text: string | undefined): CgroupLine[] | undefined {
  if (text === undefined) return undefined;
  const lines: CgroupLine[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line);
    if (!m) return undefined;
    lines.push({ id: m[1]!, controllers: m[2] === '' ? [] : m[2]!.split(','), path: m[3]! });
  }
  return lines;
}

/**
 * The directories of a cgroup and its ancestors under a mount, the cgroup's own first and the
 * mount's root last. None for a path outside the mount's view (`..`, as a process outside its
 * cgroup namespace sees it): its limits are not there to read.
 */
function levels(mount: string, path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return [];
  return parts.map((_, i) => `${mount}/${parts.slice(0, parts.length - i).join('/')}`).concat(mount);
}

/** cgroup v2's cpu.max: `max 100000` (none) or `quota period`. */
function v2Cpus(text: string | undefined): number | undefined {
  const m = /^(max|\d+) (\d+)$/.exec(text?.trim() ?? '');
  return m && m[1] !== 'max' ? cpusOf(m[1]!, m[2]!) : undefined;
}

/** cgroup v1's cpu.cfs_quota_us (`-1`: none) and cpu.cfs_period_us of one directory. */
function v1Cpus(read: ReadText, dir: string): number | undefined {
  const quota = read(`${dir}/cpu.cfs_quota_us`)?.trim();
  if (quota === undefined || quota === '-1') return undefined;
  const period = read(`${dir}/cpu.cfs_period_us`)?.trim();
  return period === undefined ? undefined : cpusOf(quota, period);
}

/** quota / period CPUs, rounded up; undefined unless both are positive whole numbers. */
function cpusOf(quota: string, period: string): number | undefined {
  if (!/^\d+$/.test(quota) || !/^\d+$/.test(period)) return undefined;
  const q = Number(quota);
  const p = Number(period);
  return q > 0 && p > 0 ? Math.ceil(q / p) : undefined;
}

function smallest(cpus: Array<number | undefined>): number | undefined {
  const limits = cpus.filter((c): c is number => c !== undefined);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/** The thin reader: a file's text, or undefined for whatever stops it (absent, no permission). */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

let read: { cpus: number | undefined } | undefined;

/** This process's quota in CPUs (quotaCpus on the real files), read once; none but on Linux. */
export function cgroupQuotaCpus(): number | undefined {
  read ??= { cpus: process.platform === 'linux' ? quotaCpus(readText) : undefined };
  return read.cpus;
}
