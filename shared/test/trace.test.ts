// W3C trace context through the service skeleton (trace.ts, trace-middleware.ts, http-client.ts):
// every exchange is journaled with its trace, a call to a peer carries it, a remembered peer answer
// is kept with the exchange, and the group commit keeps each commit in its own trace.
import { Router } from 'express';
import {
  childSpan,
  createChangeSignal,
  createFixedClock,
  createGroupCommit,
  createServiceApp,
  createServiceClient,
  currentTrace,
  DUO_OIN,
  openDatabase,
  parseTraceparent,
  runInTrace,
  traceFromHeader,
  type JournalEntry,
  type ServiceClient,
} from '@duo-sim/shared';
import { clientTls, OPERATOR, PLAZA, type Served, serveOverMtls, testCommonDeps, type TestDeps } from '@duo-sim/test-support';

const VENDOR = PLAZA;
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';

describe('traceparent parsing', () => {
  it('takes a valid version-00 header and refuses malformed, all-zero or version-ff ones', () => {
    expect(parseTraceparent(`00-${TRACE}-${PARENT}-01`)).toEqual({ traceId: TRACE, parentSpanId: PARENT });
    expect(parseTraceparent(`00-${TRACE.toUpperCase()}-${PARENT}-01`)).toBeNull();
    expect(parseTraceparent(`00-${'0'.repeat(32)}-${PARENT}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE}-${'0'.repeat(16)}-01`)).toBeNull();
    expect(parseTraceparent(`ff-${TRACE}-${PARENT}-01`)).toBeNull();
    expect(parseTraceparent(undefined)).toBeNull();
  });

  it('starts a new trace when the header is missing or invalid', () => {
    const a = traceFromHeader('rommel');
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.parentSpanId).toBeNull();
    expect(traceFromHeader(undefined).traceId).not.toBe(a.traceId);
  });
});

describe('a trace through two services', () => {
  let peerDeps: TestDeps;
  let callerDeps: TestDeps;
  let peer: Served;
  let caller: Served;
  let http: ServiceClient;
  let cached: ServiceClient;

  const journalOf = (deps: TestDeps): JournalEntry[] => deps.journal.list({ limiet: 1000 });

  beforeAll(async () => {
    peerDeps = testCommonDeps();
    const peerRoutes = Router();
    peerRoutes.get('/antwoord', (_req, res) => {
      res.json({ ja: true });
    });
    peer = await serveOverMtls(
      createServiceApp(peerDeps, {
        service: 'peer',
        title: 'peer',
        description: 'test',
        versie: '0',
        operations: [],
        routes: peerRoutes,
        reset: () => undefined,
      }),
    );
    http = createServiceClient(peer.url, clientTls(DUO_OIN));
    // A peer "in the same process" whose signal never moves: the second question is remembered.
    cached = createServiceClient(peer.url, clientTls(DUO_OIN), {
      cacheWhile: createChangeSignal(createFixedClock('2026-11-28')),
    });

    callerDeps = testCommonDeps();
    const routes = Router();
    routes.get('/vraag', async (_req, res) => {
      const a = await http.request('GET', '/antwoord');
      res.json({ peer: a.status });
    });
    routes.get('/onthouden', async (_req, res) => {
      const a = await cached.request('GET', '/antwoord?onthouden');
      res.json({ peer: a.status });
    });
    caller = await serveOverMtls(
      createServiceApp(callerDeps, {
        service: 'vrager',
        title: 'vrager',
        description: 'test',
        versie: '0',
        operations: [],
        routes,
        reset: () => undefined,
      }),
    );
  });
  afterAll(async () => {
    await http.close();
    await cached.close();
    await caller.close();
    await peer.close();
  });

  it('journals the caller’s trace and parent span, and the peer call continues it', async () => {
    const res = await caller.as(VENDOR).request('GET', '/vraag', { headers: { traceparent: `00-${TRACE}-${PARENT}-01` } });
    expect(res.status).toBe(200);
    const own = journalOf(callerDeps).find((e) => e.operatie === 'GET /vraag')!;
    expect(own).toMatchObject({ traceId: TRACE, parentSpanId: PARENT });
    expect(own.spanId).toMatch(/^[0-9a-f]{16}$/);
    const asked = journalOf(peerDeps).find((e) => e.operatie === 'GET /antwoord')!;
    expect(asked).toMatchObject({ traceId: TRACE, parentSpanId: own.spanId, partij: DUO_OIN });
  });

  it('gives an exchange without traceparent a trace of its own, which its peer call shares', async () => {
    await caller.as(VENDOR).get('/vraag');
    const own = journalOf(callerDeps)
      .filter((e) => e.operatie === 'GET /vraag')
      .pop()!;
    expect(own.traceId).not.toBe(TRACE);
    expect(own.parentSpanId).toBeNull();
    const asked = journalOf(peerDeps)
      .filter((e) => e.operatie === 'GET /antwoord')
      .pop()!;
    expect(asked.traceId).toBe(own.traceId);
  });

  it('keeps a remembered peer answer with the exchange that relied on it', async () => {
    await caller.as(VENDOR).get('/onthouden');
    await caller.as(VENDOR).get('/onthouden');
    const [first, second] = journalOf(callerDeps).filter((e) => e.operatie === 'GET /onthouden');
    expect(first.uitGeheugen).toEqual([]);
    expect(second.uitGeheugen).toEqual([{ peer: peer.url, method: 'GET', path: '/antwoord?onthouden', status: 200 }]);
  });

  it('finds the exchanges of one trace in the journal (?spoor=)', async () => {
    const res = await caller.as(OPERATOR).get(`/_sim/journal?spoor=${TRACE}&limiet=1000`);
    expect(res.status).toBe(200);
    expect(res.body.regels.map((r: JournalEntry) => r.operatie)).toEqual(['GET /vraag']);
    const bad = await caller.as(OPERATOR).get('/_sim/journal?spoor=XYZ');
    expect(bad.status).toBe(400);
    expect(bad.body.foutmeldingen[0]).toMatchObject({ foutcode: 'SCHEMA', pointer: '?spoor' });
  });
});

describe('group commit keeps each commit in its own trace', () => {
  it('runs a commit queued in trace B in trace B, though trace A’s turn flushes it', async () => {
    const db = openDatabase(':memory:');
    const group = createGroupCommit(db);
    const a = childSpan('a'.repeat(32), null);
    const b = childSpan('b'.repeat(32), null);
    const seen = await Promise.all([
      runInTrace(a, () => group.commit(() => currentTrace()?.traceId)),
      runInTrace(b, () => group.commit(() => currentTrace()?.traceId)),
    ]);
    expect(seen).toEqual([a.traceId, b.traceId]);
    db.close();
  });
});
