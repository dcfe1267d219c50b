// In one process BRON keeps what OSR and RIO answered (shared/src/change-signal.ts). This proves,
// on the real chain, that a change in OSR or RIO still holds for the very next bericht
// (docs/services/osr.md: no stale cache), with the cache warm before each change.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Caller, callerFor, clientTls, REPO_ROOT, startReceiver } from '@duo-sim/test-support';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';

const PLAZA = '00000099100000010000';
const OPERATOR = '00000099000000010000';
const DOMSTAD = '00000099200000010000';
const SCHOOL_11AA = '0000000700011AA00000';
const VANDAAG = '2026-11-28';
/** Polls until `done` holds (at most 5 s): the push worker runs beside the requests. */
async function waitFor(done: () => boolean): Promise<void> {
  const until = Date.now() + 5_000;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
const example = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', file), 'utf8'));

describe('BRON honours a change in OSR or RIO on the very next bericht, with their answers cached (docs/services/osr.md, docs/architecture.md#peer-answers-cached-in-one-process-never-stale)', () => {
  let chain: TestChain;
  let bron: Caller;
  let osrAs: (oin: string) => Caller;
  const inschrijving = example('bron/inschrijving.json');
  const send = (groep = 7) =>
    bron.post('/inschrijvingen', {
      bedrijfsdocument: { ...inschrijving.bedrijfsdocument, identificatiecodeBedrijfsdocument: randomUUID() },
      inschrijving: { ...inschrijving.inschrijving, periodes: [{ begindatum: inschrijving.inschrijving.inschrijfdatum, groep }] },
    });
  /** OSR's journal: every exchange it served (oldest first, the journal is bounded at 10,000). */
  const osrOperaties = () => chain.services.osr.ctx.journal.list({ limiet: 10_000 }).map((e) => e.operatie);

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: VANDAAG });
    bron = callerFor(chain.services.bron.url, clientTls(PLAZA));
    osrAs = (oin) => callerFor(chain.services.osr.url, clientTls(oin));
  });
  afterAll(() => chain.close());

  it('asks OSR about the mandate once while nothing changes there', async () => {
    expect((await send(7)).status).toBe(201);
    expect(osrOperaties().filter((o) => o.startsWith('GET /api/v1/mandates'))).toHaveLength(1);
    expect((await send(8)).status).toBe(200);
    expect(osrOperaties().filter((o) => o.startsWith('GET /api/v1/mandates'))).toHaveLength(1);
  });

  it('refuses the very next bericht after the bestuur ended the mandate today (EK-07, OSR-03)', async () => {
    expect((await send(7)).status).toBe(200); // cache warm
    const mandaten = await osrAs(PLAZA).get(`/api/v1/mandates?school_oin=${SCHOOL_11AA}&service=ROD_PO`);
    const id = mandaten.body.mandaten[0].id as string;
    expect((await osrAs(DOMSTAD).patch(`/api/v1/mandates/${id}`, { end_date: VANDAAG })).status).toBe(200);
    const res = await send(8);
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
  });

  it('accepts the very next bericht after the operator gave a new mandate (OSR-04)', async () => {
    const created = await osrAs(OPERATOR).post('/api/v1/mandates', {
      school_oin: SCHOOL_11AA,
      supplier_oin: PLAZA,
      service: 'ROD_PO',
      start_date: VANDAAG,
    });
    expect(created.status).toBe(201);
    expect((await send(6)).status).toBe(200);
  });

  it('pushes the very next terugkoppeling to an afleveradres registered after BRON found none (OSR-05)', async () => {
    const receiver = await startReceiver<{ inhoud: { identificatiecodeBedrijfsdocument?: string } }>();
    try {
      expect((await send(7)).status).toBe(200);
      // Let the push worker ask OSR for the afleveradres (none yet) and settle that bericht.
      await waitFor(() => osrOperaties().some((o) => o.startsWith('GET /api/v1/endpoints')));
      const mandaten = await osrAs(PLAZA).get(`/api/v1/mandates?school_oin=${SCHOOL_11AA}&service=ROD_PO`);
      const token = mandaten.body.mandaten[0].token as string;
      expect((await osrAs(PLAZA).put(`/api/v1/endpoints/${token}`, { url: receiver.url, start_date: VANDAAG })).status).toBe(200);
      const res = await send(8);
      expect(res.status).toBe(200);
      const id = res.body.identificatiecodeBedrijfsdocument as string;
      await waitFor(() => receiver.pushed.some((p) => p.inhoud.identificatiecodeBedrijfsdocument === id));
    } finally {
      await receiver.close();
    }
  });

  it('refuses the very next bericht after RIO ended the vestiging at the locatie before the inschrijfdatum (BRON-06, RIO-11)', async () => {
    expect((await send(7)).status).toBe(200); // cache warm, inschrijfbaar
    const gebruik = example('rio/onderwijslocatiegebruik-100B001-107X001.json');
    const beeindigd = {
      ...gebruik,
      uitBedrijfdatum: '2026-11-20',
      juridischeRelaties: gebruik.juridischeRelaties.map((r: object) => ({ ...r, einddatum: '2026-11-20' })),
    };
    const rio = callerFor(chain.services.rio.url, clientTls(DOMSTAD));
    const put = await rio.put('/onderwijslocatiegebruiken/100B001-107X001', beeindigd);
    expect(put.status).toBe(200);
    const res = await send(8);
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'RIO-11', pointer: '/inschrijving/inschrijfdatum' }),
    ]);
  });
});
