// One bericht, one trace (docs/console.md): BRON's questions to OSR and RIO, the berichten it places
// in mailboxes and their pushes all carry the trace of the inschrijving that caused them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inschrijvingBericht, OPERATOR, PLAZA, startBron, type BronUnderTest } from './bron-world';

const TRACE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const PARENT = '1234567890abcdef';
const PUSH = { maxPogingen: 3, basisMs: 20, maxDuurMs: 60_000, timeoutMs: 1000 };

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the trace of an inschrijving', () => {
  let bron: BronUnderTest;
  let receiver: Server;
  const traceparents: string[] = [];

  beforeAll(async () => {
    bron = await startBron(undefined, PUSH);
    receiver = createServer((req, res) => {
      traceparents.push(String(req.headers.traceparent));
      req.resume().on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/duo`;
    const mine = await bron.peers.osrServed.as(PLAZA).get('/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO');
    expect((await bron.peers.osrServed.as(PLAZA).put(`/api/v1/endpoints/${mine.body.mandaten[0].token}`, { url })).status).toBe(
      200,
    );
    const res = await bron.served
      .as(PLAZA)
      .request('POST', '/inschrijvingen', { body: inschrijvingBericht(), headers: { traceparent: `00-${TRACE}-${PARENT}-01` } });
    expect(res.status).toBe(201);
    // The push is journaled once the receiver's answer is in, a moment after the receiver saw it.
    await until(
      () =>
        traceparents.length === 1 &&
        bron.deps.journal.list({ traceId: TRACE, limiet: 1000 }).some((e) => e.operatie.startsWith('PUSH POST')),
    );
  });
  afterAll(async () => {
    await new Promise<void>((r) => receiver.close(() => r()));
    await bron.close();
  });

  const own = () => bron.deps.journal.list({ traceId: TRACE, limiet: 1000 }).find((e) => e.operatie === 'POST /inschrijvingen')!;

  it('asks OSR (mandate) and RIO (inschrijfbaarheid) in the same trace, as children of the inschrijving', () => {
    const osr = bron.peers.osrDeps.journal.list({ traceId: TRACE, limiet: 1000 });
    const rio = bron.peers.rioDeps.journal.list({ traceId: TRACE, limiet: 1000 });
    expect(osr.some((e) => e.operatie.startsWith('GET /api/v1/mandates'))).toBe(true);
    expect(rio.some((e) => e.operatie.startsWith('GET /inschrijfbaarheid'))).toBe(true);
    const asked = [...osr, ...rio].filter((e) => !e.operatie.startsWith('GET /api/v1/endpoints'));
    for (const e of asked) expect(e.parentSpanId).toBe(own().spanId);
  });

  it('pushes the terugkoppeling in the same trace, with a traceparent to the afleveradres', () => {
    expect(traceparents[0]).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-01$`));
    const push = bron.deps.journal.list({ traceId: TRACE, limiet: 1000 }).find((e) => e.operatie.startsWith('PUSH POST'))!;
    expect(push).toMatchObject({ status: 204, parentSpanId: own().spanId });
    expect(traceparents[0]).toContain(push.spanId);
    // The push worker asks for the afleveradres on behalf of the inschrijving that placed the bericht.
    const endpoints = bron.peers.osrDeps.journal
      .list({ traceId: TRACE, limiet: 1000 })
      .find((e) => e.operatie.startsWith('GET /api/v1/endpoints'));
    expect(endpoints?.parentSpanId).toBe(own().spanId);
  });

  it('lists the mailbox berichten the trace placed for the operator', async () => {
    const res = await bron.served.as(OPERATOR).get(`/_sim/sporen/${TRACE}/berichten`);
    expect(res.status).toBe(200);
    expect(res.body.spoor).toBe(TRACE);
    expect(res.body.berichten).toEqual([expect.objectContaining({ brin: '11AA', soort: 'TERUGKOPPELING' })]);
  });

  it('refuses that list to anyone but the operator, without saying whether the trace exists', async () => {
    const res = await bron.served.as(PLAZA).get(`/_sim/sporen/${TRACE}/berichten`);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body)).not.toContain('TERUGKOPPELING');
  });

  it('refuses a malformed trace id with a SCHEMA foutmelding', async () => {
    const res = await bron.served.as(OPERATOR).get('/_sim/sporen/niet-hex/berichten');
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
  });
});
