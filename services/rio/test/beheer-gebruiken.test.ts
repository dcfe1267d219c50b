// Beheer of onderwijslocatiegebruiken (RIO-07): POST a new gebruik, a new address becomes a new
// locatie with an X code (RIO-02); one gebruik per (bestuur, locatie) (RIO-04); PUT a
// standlevering; only the bestuur of the gebruik or the operator (AUT401).
import { bestuurOin, codes, OIN, schemaFouten, startRio, type Rio } from './helpers';

let rio: Rio;
let B1: string;
let B2: string;
beforeAll(async () => {
  rio = await startRio();
  B1 = bestuurOin(rio.seed(), '100B001');
  B2 = bestuurOin(rio.seed(), '100B002');
});
afterAll(() => rio.close());
beforeEach(() => rio.store.loadWorld(rio.seed()));

const adres = {
  postcode: '3584CS',
  huisnummer: 7,
  toevoeging: 'bis',
  plaatsnaam: 'Utrecht',
  gps: { latitude: 52.0866, longitude: 5.1699 },
};
const gebruik = (extra: Record<string, unknown> = {}) => ({
  onderwijsbestuurcode: '100B001',
  inBedrijfdatum: '2027-08-01',
  naam: 'De Vlinderboom, dependance',
  juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2027-08-01' }],
  ...extra,
});
/** The seed's 100B001-107X001 as a standlevering. */
const vlinderboom = (extra: Record<string, unknown> = {}) => ({
  onderwijsbestuurcode: '100B001',
  onderwijslocatiecode: '107X001',
  inBedrijfdatum: '2005-08-01',
  naam: 'OBS De Vlinderboom',
  juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2005-08-01' }],
  ...extra,
});
const rows = () => [rio.count('onderwijslocatiegebruiken'), rio.count('onderwijslocaties'), rio.count('wijzigingen')];
const vraag = (a: string, x: string, v: string, d: string) =>
  rio.served
    .as(OIN.duo)
    .get(`/inschrijfbaarheid?onderwijsaanbiedercode=${a}&onderwijslocatiecode=${x}&vestigingscode=${v}&peildatum=${d}`);

describe('POST /onderwijslocatiegebruiken', () => {
  it('stores a gebruik of an existing locatie and answers 201; the aanbieder becomes inschrijfbaar there', async () => {
    expect((await vraag('110A001', '107X005', '11AA00', '2027-08-01')).body.inschrijfbaar).toBe(false);
    const res = await rio.served.as(B1).post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatiecode: '107X005' }));
    expect(res.status).toBe(201);
    expect(schemaFouten(rio.deps.schemas, 'rio-onderwijslocatiegebruik-goedgekeurd', res.body)).toEqual([]);
    expect(res.headers.location).toBe('/onderwijslocatiegebruiken/100B001-107X005');
    expect(res.body).toMatchObject({
      requestGoedgekeurd: true,
      nieuweOnderwijslocatie: false,
      onderwijslocatie: { onderwijslocatiecode: '107X005' },
    });
    expect((await vraag('110A001', '107X005', '11AA00', '2027-08-01')).body).toMatchObject({
      inschrijfbaar: true,
      foutmeldingen: [],
    });
    expect((await vraag('110A001', '107X005', '11AA00', '2027-07-31')).body.inschrijfbaar).toBe(false);
  });

  it('makes a new locatie with the next X code from 900 for a new address (RIO-02)', async () => {
    const res = await rio.served.as(B1).post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatie: adres }));
    expect(res.status).toBe(201);
    const code = res.body.onderwijslocatie.onderwijslocatiecode as string;
    expect(code).toMatch(/^9\d\dX\d{3}$/);
    expect(res.body).toMatchObject({ nieuweOnderwijslocatie: true, onderwijslocatiegebruik: { onderwijslocatiecode: code } });
    const locatie = await rio.served.as(OIN.leverancier).get(`/onderwijslocaties/${code}`);
    expect(locatie.body).toEqual({ onderwijslocatiecode: code, ...adres });
    const tweede = await rio.served.as(B2).post(
      '/onderwijslocatiegebruiken',
      gebruik({
        onderwijsbestuurcode: '100B002',
        onderwijslocatie: { ...adres, huisnummer: 8 },
        juridischeRelaties: [{ vestigingserkenningscode: '12BA00', begindatum: '2027-08-01' }],
      }),
    );
    expect(Number((tweede.body.onderwijslocatie.onderwijslocatiecode as string).replace('X', ''))).toBe(
      Number(code.replace('X', '')) + 1,
    );
  });

  it('reuses the locatie of a known address instead of making a second one', async () => {
    const seedAdres = {
      postcode: '3560TM',
      huisnummer: 244,
      plaatsnaam: 'Utrecht',
      gps: { latitude: 52.098791, longitude: 5.105121 },
    };
    const before = rio.count('onderwijslocaties');
    const res = await rio.served.as(B2).post(
      '/onderwijslocatiegebruiken',
      gebruik({
        onderwijsbestuurcode: '100B002',
        onderwijslocatie: seedAdres,
        juridischeRelaties: [{ vestigingserkenningscode: '12BA00', begindatum: '2027-08-01' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ nieuweOnderwijslocatie: false, onderwijslocatie: { onderwijslocatiecode: '107X001' } });
    expect(rio.count('onderwijslocaties')).toBe(before);
  });

  it('refuses a second gebruik of one locatie by one bestuur with 409 N01020 (RIO-04)', async () => {
    const before = rows();
    const res = await rio.served.as(B1).post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatiecode: '107X001' }));
    expect(res.status).toBe(409);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({
        foutcode: 'N01020',
        sleutelgegevens: expect.arrayContaining([{ sleutelnaam: 'onderwijslocatiecode', sleutelwaarde: '107X001' }]),
      }),
    ]);
    expect(rows()).toEqual(before);
  });

  it('refuses both a locatiecode and an address, and neither, with 400', async () => {
    const beide = await rio.served
      .as(B1)
      .post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatiecode: '107X005', onderwijslocatie: adres }));
    expect(beide.status).toBe(400);
    expect(beide.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/onderwijslocatie' })]);
    const geen = await rio.served.as(B1).post('/onderwijslocatiegebruiken', gebruik());
    expect(geen.status).toBe(400);
    expect(geen.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/' })]);
  });

  it('refuses schema violations with 400, every one listed, and stores nothing', async () => {
    const before = rows();
    const res = await rio.served.as(B1).post(
      '/onderwijslocatiegebruiken',
      gebruik({
        onderwijslocatie: { ...adres, postcode: '0123 AB', gps: { latitude: 10, longitude: 5 } },
        naam: '',
        juridischeRelaties: [],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual(
      expect.arrayContaining(['/onderwijslocatie/postcode', '/onderwijslocatie/gps/latitude', '/naam', '/juridischeRelaties']),
    );
    expect(rows()).toEqual(before);
  });

  it('refuses an unknown locatie (A01060), an unknown BRIN6 (A01040) and a gebruik outside the bestuur’s life (N01410) at once, storing nothing', async () => {
    const before = rows();
    const res = await rio.served.as(B1).post(
      '/onderwijslocatiegebruiken',
      gebruik({
        onderwijslocatiecode: '999X999',
        inBedrijfdatum: '2004-08-01',
        juridischeRelaties: [{ vestigingserkenningscode: '99ZZ00', begindatum: '2004-08-01' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['A01060', 'N01410', 'A01040']);
    expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual([
      '/onderwijslocatiecode',
      '/inBedrijfdatum',
      '/juridischeRelaties/0/vestigingserkenningscode',
    ]);
    expect(rows()).toEqual(before);
  });

  it('stores no new locatie when the gebruik for a new address is refused', async () => {
    const before = rows();
    const res = await rio.served
      .as(B1)
      .post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatie: adres, uitBedrijfdatum: '2027-01-01' }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toContain('N04010');
    expect(rows()).toEqual(before);
  });

  it.each([
    ['a vendor', () => OIN.leverancier],
    ['DUO', () => OIN.duo],
    ['another bestuur', () => B2],
  ])('refuses %s with 403 AUT401 (RIO-07)', async (_label, who) => {
    const before = rows();
    const res = await rio.served.as(who()).post('/onderwijslocatiegebruiken', gebruik({ onderwijslocatie: adres }));
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
    expect(rows()).toEqual(before);
  });

  it('refuses a bestuur tying its gebruik to a vestiging of another bevoegd gezag with 403 AUT401 (RIO-07)', async () => {
    const res = await rio.served.as(B1).post(
      '/onderwijslocatiegebruiken',
      gebruik({
        onderwijslocatiecode: '107X005',
        juridischeRelaties: [{ vestigingserkenningscode: '12BA00', begindatum: '2027-08-01' }],
      }),
    );
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'AUT401', pointer: '/juridischeRelaties/0/vestigingserkenningscode' }),
    ]);
  });
});

describe('PUT /onderwijslocatiegebruiken/{bestuur}-{locatie}', () => {
  it('replaces the gebruik (standlevering): ended, it is not found on its uit-bedrijf day (RIO-03, RIO-08)', async () => {
    const body = vlinderboom({
      uitBedrijfdatum: '2027-08-01',
      juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2005-08-01', einddatum: '2027-08-01' }],
    });
    const res = await rio.served.as(B1).put('/onderwijslocatiegebruiken/100B001-107X001', body);
    expect(res.status).toBe(200);
    expect(schemaFouten(rio.deps.schemas, 'rio-onderwijslocatiegebruik-goedgekeurd', res.body)).toEqual([]);
    expect(res.body.onderwijslocatiegebruik).toEqual(body);
    expect((await rio.served.as(OIN.duo).get('/onderwijslocatiegebruiken/100B001-107X001?peildatum=2027-07-31')).status).toBe(
      200,
    );
    expect((await rio.served.as(OIN.duo).get('/onderwijslocatiegebruiken/100B001-107X001?peildatum=2027-08-01')).status).toBe(
      404,
    );
  });

  it('moves a gebruik to another vestiging of its own school from a date (RIO-10)', async () => {
    const res = await rio.served.as(B1).put('/onderwijslocatiegebruiken/100B001-107X004', {
      onderwijsbestuurcode: '100B001',
      inBedrijfdatum: '2012-08-01',
      naam: 'De Lindeboom Leidsche Rijn',
      juridischeRelaties: [
        { vestigingserkenningscode: '11AC01', begindatum: '2012-08-01', einddatum: '2027-01-01' },
        { vestigingserkenningscode: '11AC00', begindatum: '2027-01-01' },
      ],
    });
    expect(res.status).toBe(200);
    expect((await vraag('110A003', '107X004', '11AC01', '2026-12-31')).body.inschrijfbaar).toBe(true);
    expect(codes((await vraag('110A003', '107X004', '11AC01', '2027-01-01')).body)).toEqual(['RIO-11']);
    expect((await vraag('110A003', '107X004', '11AC00', '2027-01-01')).body.inschrijfbaar).toBe(true);
    const vanVestiging = async (d: string) =>
      (await rio.served.as(OIN.duo).get(`/onderwijslocatiegebruiken?vestigingscode=11AC01&peildatum=${d}`)).body
        .onderwijslocatiegebruiken;
    expect(await vanVestiging('2026-12-31')).toHaveLength(1);
    expect(await vanVestiging('2027-01-01')).toEqual([]);
    const hoofd = await rio.served.as(OIN.duo).get('/onderwijslocatiegebruiken?vestigingscode=11AC00&peildatum=2027-01-01');
    expect(hoofd.body.onderwijslocatiegebruiken.map((g: { onderwijslocatiecode: string }) => g.onderwijslocatiecode)).toEqual([
      '107X003',
      '107X004',
    ]);
  });

  it('refuses codes in the body other than those in the path, and a new address, with 400 RIO-07', async () => {
    const res = await rio.served
      .as(B1)
      .put(
        '/onderwijslocatiegebruiken/100B001-107X001',
        vlinderboom({ onderwijsbestuurcode: '100B002', onderwijslocatiecode: '107X002', onderwijslocatie: adres }),
      );
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => [f.foutcode, f.pointer])).toEqual([
      ['RIO-07', '/onderwijsbestuurcode'],
      ['RIO-07', '/onderwijslocatiecode'],
      ['RIO-07', '/onderwijslocatie'],
    ]);
  });

  it('refuses relaties that end before they start or overlap (J06010, J06020)', async () => {
    const res = await rio.served.as(B1).put(
      '/onderwijslocatiegebruiken/100B001-107X001',
      vlinderboom({
        juridischeRelaties: [
          { vestigingserkenningscode: '11AA00', begindatum: '2005-08-01' },
          { vestigingserkenningscode: '11AA00', begindatum: '2010-08-01', einddatum: '2009-01-01' },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['J06010', 'J06020']);
  });

  it('answers 404 A01130 for a gebruik that does not exist, and 400 for a malformed key', async () => {
    const res = await rio.served
      .as(B1)
      .put('/onderwijslocatiegebruiken/100B001-107X005', vlinderboom({ onderwijslocatiecode: '107X005' }));
    expect(res.status).toBe(404);
    expect(codes(res.body)).toEqual(['A01130']);
    expect((await rio.served.as(B1).put('/onderwijslocatiegebruiken/107X001', vlinderboom())).status).toBe(400);
  });

  it.each([
    ['another bestuur', () => B2],
    ['a vendor', () => OIN.leverancier],
  ])('refuses %s with 403 AUT401 (RIO-07)', async (_label, who) => {
    const before = rows();
    const res = await rio.served.as(who()).put('/onderwijslocatiegebruiken/100B001-107X001', vlinderboom({ naam: 'Gekaapt' }));
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
    expect(rows()).toEqual(before);
  });

  it('lets the operator change any gebruik', async () => {
    expect(
      (
        await rio.served
          .as(OIN.operator)
          .put('/onderwijslocatiegebruiken/100B001-107X001', vlinderboom({ naam: 'OBS De Vlinderboom (hoofdgebouw)' }))
      ).status,
    ).toBe(200);
  });
});
