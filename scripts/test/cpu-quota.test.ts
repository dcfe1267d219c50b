// A container's CPU quota in CPUs (scripts/src/lib/cpu-quota.ts), from cgroup files given as text:
// no container engine runs here, and this machine has cgroup v1 without a quota.
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { quotaCpus, type ReadText } from '../src/lib/cpu-quota';
import { defaultThreads, processCpus } from '../src/lib/service-threads';

/** A reader over these files only; every other path cannot be read. */
const files =
  (texts: Record<string, string>): ReadText =>
  (path) =>
    texts[path];

describe('quotaCpus, cgroup v2 (cpu.max)', () => {
  const inRoot = (cpuMax: string) => files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': `${cpuMax}\n` });

  it('is quota / period, rounded up', () => {
    expect(quotaCpus(inRoot('200000 100000'))).toBe(2);
    expect(quotaCpus(inRoot('150000 100000'))).toBe(2);
    expect(quotaCpus(inRoot('100000 100000'))).toBe(1);
    expect(quotaCpus(inRoot('400000 50000'))).toBe(8);
  });

  it('is at least 1 for a fraction of a CPU', () => {
    expect(quotaCpus(inRoot('25000 100000'))).toBe(1);
  });

  it('is none for max', () => {
    expect(quotaCpus(inRoot('max 100000'))).toBeUndefined();
  });

  it("takes the smallest quota of the process's cgroup and its ancestors", () => {
    const pod = files({
      '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
      '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': 'max 100000\n',
      '/sys/fs/cgroup/kubepods/pod1/cpu.max': '300000 100000\n',
      '/sys/fs/cgroup/kubepods/cpu.max': '1600000 100000\n',
    });
    expect(quotaCpus(pod)).toBe(3);
    const tighterLeaf = files({
      '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
      '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': '200000 100000\n',
      '/sys/fs/cgroup/kubepods/pod1/cpu.max': '300000 100000\n',
    });
    expect(quotaCpus(tighterLeaf)).toBe(2);
  });

  it("finds the quota at the mount's root when the container shows its own cgroup there", () => {
    // Docker without a cgroup namespace: /proc/self/cgroup names the host's path, /sys/fs/cgroup is the container's cgroup.
    const read = files({
      '/proc/self/cgroup': '0::/system.slice/docker-abc.scope\n',
      '/sys/fs/cgroup/cpu.max': '200000 100000\n',
    });
    expect(quotaCpus(read)).toBe(2);
  });
});

describe('quotaCpus, cgroup v1 (cpu.cfs_quota_us, cpu.cfs_period_us)', () => {
  it("reads the cpu controller's directory of the process's cgroup", () => {
    const read = files({
      '/proc/self/cgroup': '4:memory:/docker/abc\n3:cpu,cpuacct:/docker/abc\n0::/\n',
      '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '150000\n',
      '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
    });
    expect(quotaCpus(read)).toBe(2);
  });

  it('reads it through /sys/fs/cgroup/cpu too, with the controllers in either order', () => {
    const read = files({
      '/proc/self/cgroup': '3:cpuacct,cpu:/docker/abc\n',
      '/sys/fs/cgroup/cpu/docker/abc/cpu.cfs_quota_us': '300000\n',
      '/sys/fs/cgroup/cpu/docker/abc/cpu.cfs_period_us': '100000\n',
    });
    expect(quotaCpus(read)).toBe(3);
  });

  it('falls back to /sys/fs/cgroup/cpu/ when the cgroup is not under it (a container mounts its own there)', () => {
    const read = files({
      '/proc/self/cgroup': '1:cpu:/docker/abc\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '200000\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n',
    });
    expect(quotaCpus(read)).toBe(2);
  });

  it('takes the smallest quota of the cgroup and its ancestors', () => {
    const read = files({
      '/proc/self/cgroup': '1:cpu:/a/b\n',
      '/sys/fs/cgroup/cpu/a/b/cpu.cfs_quota_us': '400000\n',
      '/sys/fs/cgroup/cpu/a/b/cpu.cfs_period_us': '100000\n',
      '/sys/fs/cgroup/cpu/a/cpu.cfs_quota_us': '100000\n',
      '/sys/fs/cgroup/cpu/a/cpu.cfs_period_us': '100000\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n',
    });
    expect(quotaCpus(read)).toBe(1);
  });

  it('is none for -1, as on this machine (v1 beside an empty v2 hierarchy)', () => {
    const read = files({
      '/proc/self/cgroup': '9:name=systemd:/\n4:memory:/process_api/1\n2:cpuacct:/\n1:cpu:/\n0::/\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n',
      // Beside a v1 cpu controller, v2 has none: a cpu.max here would not be the cpu controller's.
      '/sys/fs/cgroup/cpu.max': '100000 100000\n',
    });
    expect(quotaCpus(read)).toBeUndefined();
  });
});

describe('quotaCpus, anything malformed or unreadable is no quota', () => {
  it('without /proc/self/cgroup, or with one it cannot parse', () => {
    expect(quotaCpus(files({ '/sys/fs/cgroup/cpu.max': '100000 100000' }))).toBeUndefined();
    for (const cgroup of ['', 'cpu:/\n', '0::relative\n', 'x:cpu:/\n', '1:cpu:/\nrommel\n'])
      expect(quotaCpus(files({ '/proc/self/cgroup': cgroup, '/sys/fs/cgroup/cpu.max': '100000 100000' }))).toBeUndefined();
  });

  it.each(['200000', 'abc 100000', '0 100000', '200000 0', '-5 100000', '200000 100000 50000 9', '1.5 1', ''])(
    'cpu.max %p',
    (cpuMax) => {
      expect(quotaCpus(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': cpuMax }))).toBeUndefined();
    },
  );

  it.each([
    ['0', '100000'],
    ['-2', '100000'],
    ['200000', '0'],
    ['200000', 'honderdduizend'],
    ['2e5', '100000'],
    ['200000', undefined],
  ])('cfs_quota_us %p with cfs_period_us %p', (quota, period) => {
    const texts: Record<string, string> = { '/proc/self/cgroup': '1:cpu:/\n', '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': quota };
    if (period !== undefined) texts['/sys/fs/cgroup/cpu/cpu.cfs_period_us'] = period;
    expect(quotaCpus(files(texts))).toBeUndefined();
  });

  it('a malformed level adds no limit, and does not hide a valid one', () => {
    const read = files({
      '/proc/self/cgroup': '0::/a\n',
      '/sys/fs/cgroup/a/cpu.max': 'rommel\n',
      '/sys/fs/cgroup/cpu.max': '200000 100000\n',
    });
    expect(quotaCpus(read)).toBe(2);
  });

  it('a cgroup outside the namespace (a path with ..) has no limits to read', () => {
    const read = files({ '/proc/self/cgroup': '0::/../../andere\n', '/sys/fs/cgroup/cpu.max': '100000 100000\n' });
    expect(quotaCpus(read)).toBeUndefined();
  });

  it('a cgroup with neither a v1 cpu controller nor a v2 line', () => {
    expect(quotaCpus(files({ '/proc/self/cgroup': '4:memory:/\n', '/sys/fs/cgroup/cpu.max': '1 1' }))).toBeUndefined();
  });
});

describe("this process's quota (cgroupQuotaCpus)", () => {
  /** The module afresh, with its own once-only cache. */
  const freshModule = () => {
    let mod: typeof import('../src/lib/cpu-quota') | undefined;
    jest.isolateModules(() => {
      mod = require('../src/lib/cpu-quota');
    });
    return mod!;
  };

  // Node's own fs object, the one the module calls (an `import * as` is a copy under Jest's transform).
  const nodeFs: typeof fs = require('node:fs');
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;

  afterEach(() => {
    jest.restoreAllMocks();
    Object.defineProperty(process, 'platform', platform);
  });

  it('reads the files once per process', () => {
    const { cgroupQuotaCpus } = freshModule();
    const reads = jest.spyOn(nodeFs, 'readFileSync');
    const first = cgroupQuotaCpus();
    const readsFirst = reads.mock.calls.length;
    expect(readsFirst).toBeGreaterThan(0);
    expect(cgroupQuotaCpus()).toBe(first);
    expect(reads.mock.calls.length).toBe(readsFirst);
  });

  it('is none but on Linux, without reading anything', () => {
    Object.defineProperty(process, 'platform', { ...platform, value: 'darwin' });
    const { cgroupQuotaCpus } = freshModule();
    const reads = jest.spyOn(nodeFs, 'readFileSync');
    expect(cgroupQuotaCpus()).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
  });

  // This machine: cgroup v1 with the process in the cpu controller's root, no quota.
  const noQuotaHere = (() => {
    try {
      const cgroup = fs.readFileSync('/proc/self/cgroup', 'utf8');
      const quota = fs.readFileSync('/sys/fs/cgroup/cpu/cpu.cfs_quota_us', 'utf8').trim();
      return /^\d+:cpu(,cpuacct)?:\/$/m.test(cgroup) && quota === '-1';
    } catch {
      return false;
    }
  })();

  (noQuotaHere ? it : it.skip)('counts the cores Node counts where no quota is set (this machine)', () => {
    expect(processCpus()).toEqual({ cores: availableParallelism(), quota: undefined });
    expect(defaultThreads()).toBe(Math.min(4, Math.max(2, availableParallelism())));
  });
});
