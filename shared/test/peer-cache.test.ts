// A service's change signal and the ServiceClient that keeps its answers (docs/services/osr.md: a change
// takes effect for the very next request of any service; caching only on that condition).
import { Router } from 'express';
import {
  createChangeSignal,
  createServiceApp,
  createServiceClient,
  DUO_OIN,
  type ChangeSource,
  type ServiceClient,
} from '@duo-sim/shared';
import { clientTls, type Served, serveOverMtls, testCommonDeps } from '@duo-sim/test-support';

/** A peer with one value: GET /waarde reads it, PUT /waarde sets it; counts the GETs it served. */
function buildPeer() {
  const deps = testCommonDeps();
  const changes = createChangeSignal(deps.clock);
  let waarde = 'een';
  let reads = 0;
  let versionInWriter = -1;
  let holdRead: Promise<void> | undefined;
  const routes = Router();
  routes.get('/waarde', async (_req, res) => {
    reads++;
    const gelezen = waarde;
    if (holdRead) await holdRead;
    res.json({ waarde: gelezen });
  });
  routes.get('/stuk', (_req, res) => void res.status(503).json({ foutmeldingen: [] }));
  routes.put('/waarde', (req, res) => {
    waarde = (req.body as { waarde: string }).waarde;
    versionInWriter = changes.version();
    res.json({ waarde });
  });
  const app = createServiceApp(
    { ...deps, changes },
    {
      service: 'peer',
      title: 'peer',
      description: 'test',
      versie: '0',
      operations: [],
      routes,
      reset: () => undefined,
    },
  );
  return {
    app,
    changes,
    clock: deps.clock,
    reads: () => reads,
    versionInWriter: () => versionInWriter,
    /** Makes the next GETs wait (after reading the value) until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      holdRead = new Promise<void>((r) => (release = r));
      return () => {
        holdRead = undefined;
        release();
      };
    },
  };
}

describe('peer cache: answers kept only while the peer changed nothing (docs/services/osr.md, docs/architecture.md#peer-answers-cached-in-one-process-never-stale)', () => {
  let served: Served;
  let peer: ReturnType<typeof buildPeer>;
  let cached: ServiceClient;
  let plain: ServiceClient;
  const setWaarde = (waarde: string) => served.as(DUO_OIN).put('/waarde', { waarde });

  beforeEach(async () => {
    peer = buildPeer();
    served = await serveOverMtls(peer.app);
    cached = createServiceClient(served.url, clientTls(DUO_OIN), { cacheWhile: peer.changes });
    plain = createServiceClient(served.url, clientTls(DUO_OIN));
  });
  afterEach(async () => {
    await Promise.all([cached.close(), plain.close()]);
    await served.close();
  });

  it('asks the peer once while nothing changes', async () => {
    expect((await cached.request('GET', '/waarde')).body).toEqual({ waarde: 'een' });
    expect((await cached.request('GET', '/waarde')).body).toEqual({ waarde: 'een' });
    expect(peer.reads()).toBe(1);
  });

  it('asks the peer every time without its change signal (a peer in another process)', async () => {
    await plain.request('GET', '/waarde');
    await plain.request('GET', '/waarde');
    expect(peer.reads()).toBe(2);
  });

  it('sees a change on the very next request after the writer got its answer', async () => {
    await cached.request('GET', '/waarde');
    expect((await setWaarde('twee')).status).toBe(200);
    expect((await cached.request('GET', '/waarde')).body).toEqual({ waarde: 'twee' });
    expect(peer.reads()).toBe(2);
  });

  it('moves the signal when a write arrives and again after it is done, before its answer leaves', async () => {
    const before = peer.changes.version();
    const seenByWriter = await setWaarde('twee').then(() => peer.changes.version());
    expect(peer.versionInWriter()).toBeGreaterThan(before); // on arrival
    expect(seenByWriter).toBeGreaterThan(peer.versionInWriter()); // after the write, before the answer
  });

  it('does not keep an answer that was on its way while a change happened', async () => {
    const release = peer.hold();
    const slow = cached.request('GET', '/waarde'); // reads "een", then waits
    await new Promise((r) => setTimeout(r, 50));
    expect((await setWaarde('twee')).status).toBe(200);
    release();
    expect((await slow).body).toEqual({ waarde: 'een' });
    expect((await cached.request('GET', '/waarde')).body).toEqual({ waarde: 'twee' });
    expect(peer.reads()).toBe(2);
  });

  it('lets go of every answer when the simulated day moves, without a write', async () => {
    await cached.request('GET', '/waarde');
    peer.clock.set('2026-11-29');
    await cached.request('GET', '/waarde');
    expect(peer.reads()).toBe(2);
  });

  it('does not keep a failure, and does not keep anything but GET', async () => {
    expect((await cached.request('GET', '/stuk')).status).toBe(503);
    const before = peer.changes.version();
    expect((await cached.request('PUT', '/waarde', { waarde: 'drie' })).status).toBe(200);
    expect(peer.changes.version()).toBeGreaterThan(before);
    expect((await cached.request('GET', '/waarde')).body).toEqual({ waarde: 'drie' });
  });
});

describe('change signal', () => {
  let clock: { today(): string };
  let day: string;
  let signal: ChangeSource;
  beforeEach(() => {
    day = '2026-11-28';
    clock = { today: () => day };
    signal = createChangeSignal(clock);
  });

  it('moves on bump and on a new day, and stays put otherwise', () => {
    const v0 = signal.version();
    expect(signal.version()).toBe(v0);
    signal.bump();
    const v1 = signal.version();
    expect(v1).not.toBe(v0);
    day = '2026-11-29';
    expect(signal.version()).not.toBe(v1);
  });
});
