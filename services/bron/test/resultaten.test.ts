// POST /resultaten: schooladvies (BRON-15) and doorstroomtoets (BRON-16), for a pupil in groep 8.
import {
  bedrijfsdocument,
  BSN,
  inschrijving,
  inschrijvingBericht,
  KWARTET,
  PLAZA,
  startBron,
  type BronUnderTest,
} from './bron-world';

/** The pupil in groep 8 at 11AA for the whole school year 2026-27 (BRON-13 melding for the old date is fine). */
const groep8 = inschrijving({ inschrijfdatum: '2026-08-01', periodes: [{ begindatum: '2026-08-01', groep: 8 }] });

describe('BRON resultaten', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
    expect((await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(groep8))).status).toBe(201);
  });
  afterEach(() => bron.close());
  const stuur = (resultaat: object, vendor = PLAZA) =>
    bron.served.as(vendor).post('/resultaten', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      resultaat: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: '1', ...resultaat },
    });
  const advies = (soort: string, a: string, adviesdatum: string) => ({ schooladvies: { soort, advies: a, adviesdatum } });
  const codes = (body: {
    foutmeldingen?: Array<{ foutcode: string }>;
    terugkoppeling?: { meldingen: Array<{ foutcode: string }> };
  }) => (body.foutmeldingen ?? body.terugkoppeling?.meldingen ?? []).map((f) => f.foutcode);

  it('accepts a voorlopig advies in its window, and a definitief one that is higher; the voorlopig stays (BRON-15)', async () => {
    bron.setToday('2027-01-20');
    const voorlopig = await stuur(advies('VOORLOPIG', 'VMBO_GL_TL_HAVO', '2027-01-15'));
    expect(voorlopig.status).toBe(201);
    expect(voorlopig.body.terugkoppeling).toMatchObject({ mutatie: 'TOEGEVOEGD', meldingen: [] });
    bron.setToday('2027-03-20');
    const definitief = await stuur(advies('DEFINITIEF', 'HAVO', '2027-03-18'));
    expect(definitief.status).toBe(201);
    expect(bron.store.resultaat('11AA', BSN, '1', 'SCHOOLADVIES_VOORLOPIG')).toMatchObject({ advies: 'VMBO_GL_TL_HAVO' });
    const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten?limiet=1000');
    expect(box.body.berichten.filter((b: { inhoud: { resultaat?: string } }) => b.inhoud.resultaat).length).toBe(2);
  });

  it('rejects a definitief advies lower than the voorlopig one (BRON-15)', async () => {
    bron.setToday('2027-01-20');
    await stuur(advies('VOORLOPIG', 'HAVO', '2027-01-15'));
    bron.setToday('2027-03-20');
    const res = await stuur(advies('DEFINITIEF', 'VMBO_GL_TL_LWOO', '2027-03-18'));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'BRON-15', pointer: '/resultaat/schooladvies/advies' }),
    ]);
    expect(bron.store.resultaat('11AA', BSN, '1', 'SCHOOLADVIES_DEFINITIEF')).toBeUndefined();
  });

  it('treats "met lwoo" as the same level: equal is allowed (BRON-15)', async () => {
    bron.setToday('2027-01-20');
    await stuur(advies('VOORLOPIG', 'VMBO_KB_LWOO', '2027-01-15'));
    bron.setToday('2027-03-20');
    expect((await stuur(advies('DEFINITIEF', 'VMBO_KB', '2027-03-18'))).status).toBe(201);
  });

  it('gives a melding for an adviesdatum outside its window and for an exchange after 14 days (BRON-15)', async () => {
    bron.setToday('2027-02-20');
    const res = await stuur(advies('VOORLOPIG', 'HAVO', '2027-02-02'));
    expect(res.status).toBe(201);
    expect(codes(res.body)).toEqual(['BRON-15', 'BRON-15']);
  });

  it('rejects a result dated after today', async () => {
    bron.setToday('2027-01-20');
    const res = await stuur(advies('VOORLOPIG', 'HAVO', '2027-01-25'));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BRON-15', pointer: '/resultaat/schooladvies/adviesdatum' });
  });

  it('rejects a result for a pupil not in groep 8 (BRON-15)', async () => {
    await bron.served
      .as(PLAZA)
      .post(
        '/inschrijvingen',
        inschrijvingBericht(inschrijving({ ...groep8, periodes: [{ begindatum: '2026-08-01', groep: 7 }] })),
      );
    bron.setToday('2027-01-20');
    const res = await stuur(advies('VOORLOPIG', 'HAVO', '2027-01-15'));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BRON-15', pointer: '/resultaat/inschrijvingsvolgnummer' });
    expect(res.body.foutmeldingen[0].fouttekst).toMatch(/groep 7/);
  });

  it('accepts a complete doorstroomtoets and rejects levels for a verhinderde pupil and missing levels (BRON-16)', async () => {
    bron.setToday('2027-03-20');
    expect(
      (
        await stuur({
          doorstroomtoets: { uitslagdatum: '2027-03-15', verhinderd: false, rekenen: '1S', lezen: '2F', taalverzorging: '1F' },
        })
      ).status,
    ).toBe(201);
    const verhinderd = await stuur({ doorstroomtoets: { uitslagdatum: '2027-03-15', verhinderd: true, rekenen: '1F' } });
    expect(verhinderd.status).toBe(400);
    expect(verhinderd.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'BRON-16', pointer: '/resultaat/doorstroomtoets/rekenen' }),
    ]);
    const onvolledig = await stuur({ doorstroomtoets: { uitslagdatum: '2027-03-15', verhinderd: false, rekenen: '1F' } });
    expect(onvolledig.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual([
      '/resultaat/doorstroomtoets/lezen',
      '/resultaat/doorstroomtoets/taalverzorging',
    ]);
  });

  it('gives a melding for a doorstroomtoets exchanged more than 14 days after the uitslagdatum (BRON-16)', async () => {
    bron.setToday('2027-04-05');
    const res = await stuur({ doorstroomtoets: { uitslagdatum: '2027-03-15', verhinderd: true } });
    expect(res.status).toBe(201);
    expect(codes(res.body)).toEqual(['BRON-16']);
  });

  it('rejects a bad level and a bericht with both kinds of result (SCHEMA)', async () => {
    const res = await stuur({
      doorstroomtoets: { uitslagdatum: '2027-03-15', verhinderd: false, rekenen: '2F' },
      ...advies('VOORLOPIG', 'HAVO', '2027-01-15'),
    });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.every((f: { foutcode: string }) => f.foutcode === 'SCHEMA')).toBe(true);
  });

  it('refuses a vendor without mandate for the school (EK-07)', async () => {
    const res = await stuur(advies('VOORLOPIG', 'HAVO', '2026-11-20'), KWARTET);
    expect(res.status).toBe(403);
  });

  it('refuses to verwijder an inschrijving with resultaten (BRON-04)', async () => {
    bron.setToday('2027-01-20');
    await stuur(advies('VOORLOPIG', 'HAVO', '2027-01-15'));
    const res = await bron.served.as(PLAZA).post('/verwijderingen', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      verwijdering: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: '1' },
    });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0].fouttekst).toMatch(/resultaten/);
  });
});
