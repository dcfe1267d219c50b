// po-bekostigen in the service (BEK-01..09): the status in every terugkoppeling, BEKOSTIGINGSMELDING
// to every affected school, the clock passing the deadline, and the teldatum overview.
import { ConfigError } from '@duo-sim/shared';
import { loadConfig } from '../src/config';
import {
  bedrijfsdocument,
  BSN,
  inschrijving,
  inschrijvingOp11AB,
  inschrijvingBericht,
  KWARTET,
  PLAZA,
  startBron,
  type BronUnderTest,
} from './bron-world';

const opB = inschrijvingOp11AB;

describe('BRON bekostiging (po-bekostigen)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const meldingen = async (brin: string, vendor: string) =>
    (
      (await bron.served.as(vendor).get(`/scholen/${brin}/berichten?limiet=1000`)).body.berichten as Array<{
        soort: string;
        inhoud: any;
      }>
    )
      .filter((b) => b.soort === 'BEKOSTIGINGSMELDING')
      .map((b) => b.inhoud);

  it('returns the status in the terugkoppeling: a pupil enrolled after the teldatum is not counted for it (BEK-02, BEK-09)', async () => {
    bron.setToday('2027-02-05');
    const res = await bron.served
      .as(PLAZA)
      .post(
        '/inschrijvingen',
        inschrijvingBericht(inschrijving({ inschrijfdatum: '2027-02-02', periodes: [{ begindatum: '2027-02-02', groep: 7 }] })),
      );
    expect(res.status).toBe(201);
    expect(res.body.terugkoppeling.bekostiging).toEqual({
      status: 'NIET_BEKOSTIGD',
      soort: 'VOORLOPIG',
      redenen: ['NIET_INGESCHREVEN_OP_TELDATUM'],
    });
  });

  it('counts a pupil enrolled on the teldatum itself (BEK-02)', async () => {
    bron.setToday('2027-02-05');
    const res = await bron.served
      .as(PLAZA)
      .post(
        '/inschrijvingen',
        inschrijvingBericht(inschrijving({ inschrijfdatum: '2027-02-01', periodes: [{ begindatum: '2027-02-01', groep: 7 }] })),
      );
    expect(res.body.terugkoppeling.bekostiging).toEqual({ status: 'BEKOSTIGD', soort: 'VOORLOPIG', redenen: [] });
  });

  it('tells both schools when a new inschrijving elsewhere makes a dubbele inschrijving (BEK-04, BEK-09)', async () => {
    await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    const b = await bron.served.as(KWARTET).post('/inschrijvingen', inschrijvingBericht(opB()));
    expect(b.body.terugkoppeling.bekostiging).toEqual({
      status: 'NIET_BEKOSTIGD',
      soort: 'VOORLOPIG',
      redenen: ['DUBBELE_INSCHRIJVING'],
    });
    const a = await meldingen('11AA', PLAZA);
    expect(a).toEqual([
      {
        leerling: { burgerservicenummer: BSN },
        inschrijvingsvolgnummer: '1',
        teldatum: '2027-02-01',
        status: 'NIET_BEKOSTIGD',
        soort: 'VOORLOPIG',
        redenen: ['DUBBELE_INSCHRIJVING'],
        voorheen: { teldatum: '2027-02-01', status: 'BEKOSTIGD', soort: 'VOORLOPIG', redenen: [] },
      },
    ]);
    // The new school's first status is in its terugkoppeling, not in a melding.
    expect(await meldingen('11AB', KWARTET)).toEqual([]);
  });

  it('makes the status DEFINITIEF when the clock passes the deadline, tells the school, and undoes it when the clock goes back (BEK-08, BEK-09)', async () => {
    await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    bron.setToday('2027-03-01'); // the deadline of 1 February 2027 (a Monday): still voorlopig
    expect(await meldingen('11AA', PLAZA)).toEqual([]);
    bron.setToday('2027-03-02');
    expect(await meldingen('11AA', PLAZA)).toEqual([
      expect.objectContaining({
        teldatum: '2027-02-01',
        status: 'BEKOSTIGD',
        soort: 'DEFINITIEF',
        voorheen: expect.objectContaining({ soort: 'VOORLOPIG' }),
      }),
    ]);
    const overzicht = await bron.served.as(PLAZA).get('/scholen/11AA/bekostiging?teldatum=2027-02-01');
    expect(overzicht.body.leerlingen[0]).toMatchObject({ status: 'BEKOSTIGD', soort: 'DEFINITIEF' });
    bron.setToday('2027-02-20');
    const na = await meldingen('11AA', PLAZA);
    expect(na[na.length - 1]).toMatchObject({ soort: 'VOORLOPIG', voorheen: { soort: 'DEFINITIEF' } });
  });

  it('refuses to verwijder an inschrijving that was definitief counted (BRON-04)', async () => {
    await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    bron.setToday('2027-03-02');
    const res = await bron.served.as(PLAZA).post('/verwijderingen', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      verwijdering: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: '1' },
    });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BRON-04' });
    expect(res.body.foutmeldingen[0].fouttekst).toMatch(/definitief/);
  });

  describe('GET /scholen/{brin}/bekostiging', () => {
    it('lists the pupils with status and redenen, and the totals per reden', async () => {
      await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
      await bron.served.as(PLAZA).post(
        '/inschrijvingen',
        inschrijvingBericht(
          inschrijving({
            leerling: { burgerservicenummer: '292249986' },
            indicatieBekostiging: false,
            periodes: [{ begindatum: '2026-11-23', groep: 3 }],
          }),
        ),
      );
      const res = await bron.served.as(PLAZA).get('/scholen/11AA/bekostiging');
      expect(res.status).toBe(200);
      expect(res.body.teldatum).toBe('2027-02-01');
      expect(res.body.totalen).toEqual({ bekostigd: 1, nietBekostigd: 1, perReden: { INDICATIE_BEKOSTIGING_NEE: 1 } });
      expect(res.body.leerlingen).toHaveLength(2);
    });

    it('rejects a date that is not a teldatum (BEK-01) and a malformed one', async () => {
      const res = await bron.served.as(PLAZA).get('/scholen/11AA/bekostiging?teldatum=2027-02-02');
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BEK-01', pointer: '?teldatum' });
      expect((await bron.served.as(PLAZA).get('/scholen/11AA/bekostiging?teldatum=morgen')).status).toBe(400);
    });

    it('refuses the vendor of another school (EK-07)', async () => {
      const res = await bron.served.as(KWARTET).get('/scholen/11AA/bekostiging');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });
  });
});

describe('BRON configuration of the teldatum (BEK-01)', () => {
  it('uses 1 February by default and 1 October in legacy mode', () => {
    expect(loadConfig({ SIM_DATA_DIR: '/tmp/duo-sim-bek' }).teldatumModus).toBe('FEBRUARI');
    expect(loadConfig({ SIM_DATA_DIR: '/tmp/duo-sim-bek', BRON_TELDATUM: 'OKTOBER' }).teldatumModus).toBe('OKTOBER');
    expect(() => loadConfig({ SIM_DATA_DIR: '/tmp/duo-sim-bek', BRON_TELDATUM: 'MAART' })).toThrow(ConfigError);
  });
});
