// GET /_sim/leerlingen/{pgn}: the operator's view of one pupil for the console's world view.
import { BSN, inschrijving, inschrijvingBericht, OPERATOR, PLAZA, startBron, type BronUnderTest } from './bron-world';

describe('the operator reads one pupil', () => {
  let bron: BronUnderTest;
  beforeAll(async () => {
    bron = await startBron();
    expect((await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht())).status).toBe(201);
    const groep8 = inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 8 }] });
    expect((await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(groep8))).status).toBe(200);
  });
  afterAll(() => bron.close());

  it('gives every inschrijving with its history and the bekostigingsstatus', async () => {
    const res = await bron.served.as(OPERATOR).get(`/_sim/leerlingen/${BSN}`);
    expect(res.status).toBe(200);
    expect(res.body.pgn).toBe(BSN);
    expect(res.body.inschrijvingen).toHaveLength(1);
    expect(res.body.inschrijvingen[0]).toMatchObject({ brin: '11AA', inschrijvingsvolgnummer: '1', resultaten: {} });
    expect(res.body.inschrijvingen[0].versies.map((v: any) => v.inschrijving.periodes[0].groep)).toEqual([7, 8]);
    expect(res.body.bekostiging[0]).toMatchObject({ brin: '11AA', status: expect.any(String) });
  });

  it('refuses a vendor, even for its own pupil', async () => {
    const res = await bron.served.as(PLAZA).get(`/_sim/leerlingen/${BSN}`);
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('11AA');
  });

  it('says a pupil BRON does not hold is not found, and a malformed number is refused', async () => {
    const unknown = await bron.served.as(OPERATOR).get('/_sim/leerlingen/999999990');
    expect(unknown.status).toBe(404);
    expect(unknown.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    const bad = await bron.served.as(OPERATOR).get('/_sim/leerlingen/12ab');
    expect(bad.status).toBe(400);
    expect(bad.body.foutmeldingen[0]).toMatchObject({ foutcode: 'SCHEMA' });
  });
});
