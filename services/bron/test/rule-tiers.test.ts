// Three rules that shape every exchange with BRON rather than one field: one certificate per vendor
// (EK-02), deadlines on the simulated date of receipt (EK-09), and foutmelding versus melding (BRON-12).
import {
  bedrijfsdocument,
  BSN,
  inschrijving,
  inschrijvingBericht,
  PLAZA,
  startBron,
  VANDAAG,
  type BronUnderTest,
} from './bron-world';

describe('how BRON treats every bericht', () => {
  let bron: BronUnderTest;
  beforeAll(async () => {
    bron = await startBron();
  });
  afterAll(() => bron.close());
  beforeEach(() => bron.deps.db.exec('DELETE FROM inschrijvingen; DELETE FROM inschrijving_historie; DELETE FROM berichten'));

  const send = (body: unknown) => bron.served.as(PLAZA).post('/inschrijvingen', body);
  const overzicht = async (brin: string) =>
    (await bron.served.as(PLAZA).get(`/scholen/${brin}/inschrijvingen?peildatum=${VANDAAG}`)).body.inschrijvingen as unknown[];

  it("sends for two of the vendor's schools with the vendor's one certificate (EK-02)", async () => {
    const bijLindeboom = inschrijving({
      leerling: { burgerservicenummer: BSN },
      vestigingscode: '11AC01',
      onderwijsaanbiedercode: '110A003',
      onderwijslocatiecode: '107X004',
    });
    expect((await send(inschrijvingBericht())).status).toBe(201);
    expect((await send(inschrijvingBericht(bijLindeboom))).status).toBe(201);
    expect(await overzicht('11AA')).toHaveLength(1);
    expect(await overzicht('11AC')).toHaveLength(1);
  });

  it.each([
    ['a datumTijdBedrijfsdocument weeks before the inschrijfdatum', '2026-10-01T08:00:00Z'],
    ['a datumTijdBedrijfsdocument months after it', '2027-03-01T08:00:00Z'],
  ])('judges the BRON-13 deadline on the simulated date of receipt, not on %s (EK-09)', async (_label, datumTijd) => {
    const late = inschrijving({ inschrijfdatum: '2026-11-10', periodes: [{ begindatum: '2026-11-10', groep: 7 }] });
    const onTime = inschrijving({
      inschrijvingsvolgnummer: '2',
      inschrijfdatum: '2026-11-25',
      periodes: [{ begindatum: '2026-11-25', groep: 7 }],
    });
    const at = (ins: typeof late) => ({
      bedrijfsdocument: { ...bedrijfsdocument('11AA'), datumTijdBedrijfsdocument: datumTijd },
      inschrijving: ins,
    });

    const lateRes = await send(at(late));
    expect(lateRes.status).toBe(201);
    expect(lateRes.body.terugkoppeling.meldingen.map((m: { foutcode: string }) => m.foutcode)).toEqual(['BRON-13']);
    await send({
      bedrijfsdocument: bedrijfsdocument('11AA'),
      inschrijving: { ...late, uitschrijfdatum: '2026-11-20', redenUitschrijving: 'OVERIG' },
    });
    const onTimeRes = await send(at(onTime));
    expect(onTimeRes.status).toBe(201);
    expect(onTimeRes.body.terugkoppeling.meldingen).toEqual([]);
  });

  it('stores a bericht with a melding and answers it, and stores nothing of a bericht with a foutmelding (BRON-12)', async () => {
    const metMelding = inschrijving({ inschrijfdatum: '2026-11-10', periodes: [{ begindatum: '2026-11-10', groep: 7 }] });
    const accepted = await send(inschrijvingBericht(metMelding));
    expect(accepted.status).toBe(201);
    expect(accepted.body.terugkoppeling.meldingen).toEqual([expect.objectContaining({ foutcode: 'BRON-13' })]);
    expect(await overzicht('11AA')).toHaveLength(1);

    const rows = bron.count('inschrijvingen') + bron.count('inschrijving_historie') + bron.count('berichten');
    const metFoutmelding = inschrijving({ inschrijvingsvolgnummer: '2', periodes: [{ begindatum: '2026-11-23', groep: 9 }] });
    const rejected = await send(inschrijvingBericht(metFoutmelding));
    expect(rejected.status).toBe(400);
    expect(rejected.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(rejected.body.foutmeldingen).toEqual(
      expect.arrayContaining([expect.objectContaining({ foutcode: 'BRON-08', pointer: '/inschrijving/periodes/0/groep' })]),
    );
    expect(bron.count('inschrijvingen') + bron.count('inschrijving_historie') + bron.count('berichten')).toBe(rows);
  });
});
