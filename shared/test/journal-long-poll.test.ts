// GET /_sim/journal?na=&wacht= (docs/console.md): answers as soon as an entry after `na` exists that
// the caller may see, or empty after `wacht` seconds; reading the journal is itself not journaled.
import { Router } from 'express';
import { createServiceApp } from '@duo-sim/shared';
import { KWARTET, OPERATOR, PLAZA, type Served, serveOverMtls, testCommonDeps, type TestDeps } from '@duo-sim/test-support';

const [VENDOR, OTHER] = [PLAZA, KWARTET];

describe('journal long-poll', () => {
  let deps: TestDeps;
  let served: Served;

  beforeAll(async () => {
    deps = testCommonDeps();
    const routes = Router();
    routes.get('/iets', (_req, res) => {
      res.json({ ok: true });
    });
    served = await serveOverMtls(
      createServiceApp(deps, {
        service: 'proef',
        title: 'proef',
        description: 'test',
        versie: '0',
        operations: [],
        routes,
        reset: () => undefined,
      }),
    );
  });
  afterAll(() => served.close());

  const last = () => deps.journal.lastSeq();

  it('answers as soon as a new exchange is journaled', async () => {
    const na = last();
    const started = Date.now();
    const poll = served.as(OPERATOR).get(`/_sim/journal?na=${na}&wacht=20`);
    await new Promise((r) => setTimeout(r, 300));
    await served.as(VENDOR).get('/iets');
    const res = await poll;
    expect(res.status).toBe(200);
    expect(res.body.regels.map((r: { operatie: string }) => r.operatie)).toEqual(['GET /iets']);
    expect(res.body.volgende).toBe(res.body.regels[0].seq);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('answers empty with the same cursor when nothing happens within wacht, and the simulated date of now', async () => {
    const na = last();
    const res = await served.as(OPERATOR).get(`/_sim/journal?na=${na}&wacht=1`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ regels: [], volgende: na, vandaag: deps.clock.today() });
    // The date of now, not of the last entry: a reader follows a clock change without an exchange.
    const today = deps.clock.today();
    deps.clock.set('2027-02-01');
    try {
      expect((await served.as(OPERATOR).get(`/_sim/journal?na=${na}`)).body).toMatchObject({ vandaag: '2027-02-01' });
    } finally {
      deps.clock.set(today);
    }
  });

  it('does not journal reads of the journal, so a long-poll does not wake the next one', async () => {
    const before = last();
    await served.as(OPERATOR).get('/_sim/journal');
    await served.as(VENDOR).get('/_sim/journal');
    expect(last()).toBe(before);
  });

  it('wakes a party only for its own exchanges, never with another party’s', async () => {
    const na = last();
    const poll = served.as(VENDOR).get(`/_sim/journal?na=${na}&wacht=20`);
    await new Promise((r) => setTimeout(r, 300));
    await served.as(OTHER).get('/iets');
    await new Promise((r) => setTimeout(r, 300));
    await served.as(VENDOR).get('/iets');
    const res = await poll;
    expect(res.body.regels).toHaveLength(1);
    expect(res.body.regels[0].partij).toBe(VENDOR);
  });

  it.each([
    ['wacht=31', '?wacht'],
    ['wacht=-1', '?wacht'],
    ['wacht=x', '?wacht'],
    ['bericht=', '?bericht'],
  ])('refuses %s with a Dutch SCHEMA foutmelding', async (query, pointer) => {
    const res = await served.as(OPERATOR).get(`/_sim/journal?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'SCHEMA', pointer });
    expect(res.body.foutmeldingen[0].fouttekst).toMatch(/^Parameter /);
  });
});
