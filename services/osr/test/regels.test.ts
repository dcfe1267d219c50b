// OSR serves its part of the rule registry (GET /regels, GET /regels/{id}) to any party, next to
// its own routes: the OSR rules and the shared ones it applies, nothing of BRON or verzuim.
import { DOMSTAD, DUO, KWARTET, OPERATOR, startOsr, UTRECHT, type OsrUnderTest } from './osr-test-world';
import { NEGATIVE } from '@duo-sim/test-support';

describe('the OSR rules (GET /regels)', () => {
  let osr: OsrUnderTest;
  beforeAll(async () => {
    osr = await startOsr();
  });
  afterAll(() => osr.close());

  it.each([
    ['a vendor', KWARTET],
    ['a bestuur', DOMSTAD],
    ['a gemeente', UTRECHT],
    ['DUO', DUO],
    ['the operator', OPERATOR],
    ['an unknown party', NEGATIVE.stranger.oin],
  ])('lists OSR-01…06 and the shared rules OSR applies for %s', async (_who, oin) => {
    const res = await osr.served.as(oin).get('/regels');
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('osr');
    const ids = (res.body.regels as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['EK-01', 'ID-05', 'OSR-01', 'OSR-02', 'OSR-03', 'OSR-04', 'OSR-05', 'OSR-06']));
    expect(ids.filter((id) => /^(BRON|BEK|VZM|INFO|RIO)-/.test(id))).toEqual([]);
  });

  it('explains OSR-03 (mandate validity) as the simulator applies it, with its foutcode', async () => {
    const res = await osr.served.as(KWARTET).get('/regels/OSR-03');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'OSR-03', herkomst: 'SIM', foutcodes: ['OSR-03'] });
    expect(res.body.tekst).toContain('start_date ≤ d < end_date');
  });

  it('answers 404 for a rule of another service, without a 500 or an empty body', async () => {
    const res = await osr.served.as(KWARTET).get('/regels/BRON-13');
    expect(res.status).toBe(404);
    expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
  });

  it('lists both routes in its OpenAPI, readable by any party', async () => {
    const paths = (await osr.served.as(DUO).get('/openapi.json')).body.paths;
    expect(paths['/regels'].get.description).toBe('Wie: iedere partij.');
    expect(paths['/regels/{id}'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/regel',
    });
  });
});
