// The threads phase's ceiling and isolation in rounds (scripts/src/bench/threads.ts, report.ts,
// skeleton-server.ts): the service skeleton in one thread and in two on one socket, measured in the
// same rounds as the chain; the chain's ratios read against the skeleton's; RIO's /health p99 as
// the median of one run per round.
import { request } from 'node:https';
import { join } from 'node:path';
import { DEFAULT_FIXTURES_DIR, loadParties, loadPartyTls } from '@duo-sim/shared';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { LoadResult } from '../src/bench/load';
import { loadResult } from './load-result';
import { spawnBaseline } from '../src/bench/processes';
import { summaryRows } from '../src/bench/report';
import { seriesOf } from '../src/bench/rounds';
import { threadConfigs, type HealthFigures, type ThreadConfigKey, type ThreadsFigures } from '../src/bench/threads';

/** The header by which the skeleton names the thread that answered (importing the script would start it). */
const SKELETON_THREAD_HEADER = 'x-skelet-thread';

const health = (p99Ms: number, bron = 400): HealthFigures => ({
  probes: 50,
  p50Ms: 2,
  p99Ms,
  maxMs: p99Ms + 10,
  bron: loadResult(bron),
});

it('measures the ceiling and isolation in the same rounds as the chain: they are configurations of the list', () => {
  const configs = threadConfigs();
  const byKey = Object.fromEntries(configs.map((c) => [c.key, c]));
  expect(byKey.skeletonOne).toMatchObject({ skeleton: 1 });
  expect(byKey.skeletonTwo).toMatchObject({ skeleton: 2 });
  expect(byKey.isolationOne).toMatchObject({ isolation: true, env: { SIM_THREADS: '1' } });
  expect(byKey.isolationThreaded).toMatchObject({ isolation: true, env: { SIM_THREADS: '' } });
  // The chain's rows stay.
  expect(configs.map((c) => c.key)).toEqual(
    expect.arrayContaining(['oneThread', 'threaded', 'shards1', 'four', 'mixOne', 'mixDefault', 'mixFour']),
  );
});

describe('the report', () => {
  // Skeleton 2 threads / one: 1.6 by medians; the chain a thread per service / one: 1.2 (so 0.75 of it).
  const perSecond: Record<ThreadConfigKey, [number, number]> = {
    skeletonOne: [2000, 2200],
    skeletonTwo: [3200, 3520],
    oneThread: [400, 440],
    threaded: [440, 484],
    shards1: [480, 528],
    shards2: [400, 440],
    four: [480, 528],
    mixOne: [500, 500],
    mixDefault: [500, 500],
    mixFour: [560, 640],
    isolationOne: [300, 320],
    isolationThreaded: [380, 400],
  };
  /** A run whose server used `cpuMs` of CPU per accepted request (100 accepted over 1 s). */
  const withCpu = (perSecond: number, cpuMs: number): LoadResult => ({
    ...loadResult(perSecond),
    cpu: { wallMs: 1000, chainCores: (cpuMs * 100) / 1000, generatorCores: 0.1, consoleCores: Number.NaN, threads: [] },
  });
  const threads: ThreadsFigures = {
    series: {
      ...(Object.fromEntries(
        Object.entries(perSecond).map(([k, v]) => [k, seriesOf(v.map((p) => loadResult(p)))]),
      ) as ThreadsFigures['series']),
      skeletonOne: seriesOf(perSecond.skeletonOne.map((p) => withCpu(p, 0.4))),
      skeletonTwo: seriesOf(perSecond.skeletonTwo.map((p) => withCpu(p, 0.5))),
    },
    rounds: 2,
    threadedCount: 2,
    isolation: { oneThread: [health(130), health(150)], threaded: [health(30), health(60)] },
  };
  const rows = summaryRows({ options: '', commit: '', notes: [], threads });
  const find = (start: string) => rows.find((r) => r[0].startsWith(start));

  it('gives the skeleton’s ratio, 2 threads on one socket over one thread, beside the chain’s', () => {
    const ceiling = find('ceiling: throughput ratio')!;
    expect(ceiling[1]).toBe('1.60');
    expect(ceiling[2]).toContain('by round 1.60, 1.60');
    // 0.5 ms of CPU per request in two threads against 0.4 in one.
    expect(ceiling[2]).toContain('CPU per request 2 threads / one 1.25');
    expect(find('BRON-only load (inschrijvingen): throughput ratio a thread per service / one thread')![1]).toBe('1.20');
  });

  it('divides each chain ratio by the ceiling: the share of what a second core gives here', () => {
    expect(find('BRON-only load (inschrijvingen): share of the ceiling, a thread per service')![1]).toBe('0.75');
    // Mix: 600 / 500 = 1.2; by round 1.12 and 1.28 over 1.6.
    const mix = find(
      'vendor mix (inschrijvingen, verzuim meldingen, RIO and OSR reads): share of the ceiling, a thread per service',
    )!;
    expect(mix[1]).toBe('0.75');
    expect(mix[2]).toContain('by round 0.70, 0.80');
  });

  it('gives RIO’s /health p99 as the median of the rounds, with each round’s beside it', () => {
    const threaded = find('RIO /health p99 while BRON is overloaded (64 connections), 2 threads')!;
    expect(threaded[1]).toBe('45.0 ms');
    expect(threaded[2]).toContain('runs 30.0, 60.0 ms (by round)');
    expect(threaded[4]).toMatch(/yes|ja|✓|met/i);
    const one = find('RIO /health p99 while BRON is overloaded, one thread')!;
    expect(one[1]).toBe('140.0 ms');
    expect(one[2]).toContain('BRON 400, 400/s meanwhile');
  });
});

it('runs the skeleton in two threads that both accept on the one listening socket', async () => {
  const pkiDir = process.env.DUO_SIM_TEST_PKI!;
  const dataDir = mkdtempSync(join(tmpdir(), 'skeleton-'));
  const server = await spawnBaseline('skeleton-server', [pkiDir, dataDir, '2']);
  try {
    const vendor = loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')).find((p) => p.rol === 'leverancier')!;
    const tls = loadPartyTls(pkiDir, vendor.oin);
    const threadsSeen = new Set<string>();
    // A new connection per request; the kernel spreads them over both threads' accepts (bounded).
    for (let i = 0; i < 200 && threadsSeen.size < 2; i++) {
      const thread = await new Promise<string>((resolve, reject) => {
        const req = request(
          `${server.url}/inschrijvingen`,
          {
            method: 'POST',
            ca: tls.ca,
            cert: tls.cert,
            key: tls.key,
            agent: false,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(String(res.headers[SKELETON_THREAD_HEADER])));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      threadsSeen.add(thread);
    }
    expect(threadsSeen.size).toBe(2);
    // The second thread names itself, so the CPU column does not count it among V8's `node` threads.
    const names = readdirSync(`/proc/${server.pid}/task`).map((t) =>
      readFileSync(`/proc/${server.pid}/task/${t}/comm`, 'utf8').trim(),
    );
    expect(names).toContain('skelet-2');
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
