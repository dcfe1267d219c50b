// Beheer of onderwijsaanbieders (RIO-07): POST a new one, RIO assigns the code (RIO-02); PUT a
// standlevering checked against the periode rules (RIO-03, RIO-05); only the owning bestuur or the
// operator (AUT401); a rejected aanlevering stores nothing.
import { NEGATIVE } from '@duo-sim/test-support';
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

const nieuw = (extra: Record<string, unknown> = {}) => ({
  inBedrijfdatum: '2027-08-01',
  periodes: [{ begindatum: '2027-08-01', naam: 'IKC De Nieuwe Vlinder' }],
  besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2027-08-01' }],
  juridischeRelaties: [{ instellingserkenningscode: '11AA', begindatum: '2027-08-01' }],
  ...extra,
});

/** The seed's 110A003 (bestuur 100B001) as a standlevering. */
const lindeboom = (extra: Record<string, unknown> = {}) => ({
  onderwijsaanbiedercode: '110A003',
  inBedrijfdatum: '2005-08-01',
  periodes: [
    { begindatum: '2005-08-01', einddatum: '2018-08-01', naam: 'Basisschool De Linde' },
    { begindatum: '2018-08-01', naam: 'Basisschool De Lindeboom' },
  ],
  besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2005-08-01' }],
  juridischeRelaties: [{ instellingserkenningscode: '11AC', begindatum: '2005-08-01' }],
  ...extra,
});

const aanbieders = () => rio.count('onderwijsaanbieders');
const feed = () => rio.count('wijzigingen');

describe('POST /onderwijsaanbieders', () => {
  it('stores a new aanbieder of the sending bestuur under the next code from 900 (RIO-02) and answers 201', async () => {
    const res = await rio.served.as(B1).post('/onderwijsaanbieders', nieuw());
    expect(res.status).toBe(201);
    expect(schemaFouten(rio.deps.schemas, 'rio-onderwijsaanbieder-goedgekeurd', res.body)).toEqual([]);
    const code = res.body.onderwijsaanbieder.onderwijsaanbiedercode;
    expect(code).toMatch(/^9\d\dA\d{3}$/);
    expect(res.headers.location).toBe(`/onderwijsaanbieders/${code}`);
    expect(res.body).toEqual({ requestGoedgekeurd: true, onderwijsaanbieder: { onderwijsaanbiedercode: code, ...nieuw() } });
    const read = await rio.served.as(OIN.leverancier).get(`/onderwijsaanbieders/${code}?peildatum=2027-08-01`);
    expect(read.status).toBe(200);
    expect(read.body.naam).toBe('IKC De Nieuwe Vlinder');
    expect((await rio.served.as(OIN.leverancier).get(`/onderwijsaanbieders/${code}?peildatum=2027-07-31`)).status).toBe(404);
  });

  it('hands out consecutive codes and never reuses one, not even after a reset (RIO-02)', async () => {
    const eerste = (await rio.served.as(B1).post('/onderwijsaanbieders', nieuw())).body.onderwijsaanbieder
      .onderwijsaanbiedercode as string;
    const tweede = (await rio.served.as(B1).post('/onderwijsaanbieders', nieuw())).body.onderwijsaanbieder
      .onderwijsaanbiedercode as string;
    const nummer = (c: string) => Number(c.replace('A', ''));
    expect(nummer(tweede)).toBe(nummer(eerste) + 1);
    await rio.served.as(OIN.operator).post('/_sim/reset', {});
    expect((await rio.served.as(OIN.leverancier).get(`/onderwijsaanbieders/${tweede}`)).status).toBe(404);
    const derde = (await rio.served.as(B1).post('/onderwijsaanbieders', nieuw())).body.onderwijsaanbieder
      .onderwijsaanbiedercode as string;
    expect(nummer(derde)).toBe(nummer(tweede) + 1);
  });

  it('gives concurrent creates distinct consecutive codes (RIO-02)', async () => {
    const before = aanbieders();
    const results = await Promise.all(Array.from({ length: 25 }, () => rio.served.as(B1).post('/onderwijsaanbieders', nieuw())));
    expect(results.map((r) => r.status)).toEqual(Array(25).fill(201));
    const nummers = results
      .map((r) => Number((r.body.onderwijsaanbieder.onderwijsaanbiedercode as string).replace('A', '')))
      .sort((a, b) => a - b);
    expect(new Set(nummers).size).toBe(25);
    expect(nummers[24] - nummers[0]).toBe(24);
    expect(aanbieders()).toBe(before + 25);
  });

  it('skips a number whose code the world already holds (RIO-02: never a collision)', async () => {
    const wereld = rio.seed();
    const bezet = { ...wereld.onderwijsaanbieders[0], onderwijsaanbiedercode: '' };
    const volgende = (await rio.served.as(B1).post('/onderwijsaanbieders', nieuw())).body.onderwijsaanbieder
      .onderwijsaanbiedercode as string;
    const n = Number(volgende.replace('A', '')) + 1;
    bezet.onderwijsaanbiedercode = `${String(n).slice(0, 3)}A${String(n).slice(3)}`;
    rio.store.loadWorld({ ...wereld, onderwijsaanbieders: [...wereld.onderwijsaanbieders, bezet] });
    const na = (await rio.served.as(B1).post('/onderwijsaanbieders', nieuw())).body.onderwijsaanbieder
      .onderwijsaanbiedercode as string;
    expect(Number(na.replace('A', ''))).toBe(n + 1);
  });

  it('refuses an aanlevering that brings its own code (RIO-02)', async () => {
    const res = await rio.served.as(B1).post('/onderwijsaanbieders', nieuw({ onderwijsaanbiedercode: '900A500' }));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'RIO-02', pointer: '/onderwijsaanbiedercode' })]);
  });

  it('refuses schema violations with 400, every one listed, and stores nothing', async () => {
    const before = [aanbieders(), feed()];
    const res = await rio.served.as(B1).post('/onderwijsaanbieders', {
      inBedrijfdatum: '2027-02-30',
      periodes: [],
      besturen: [{ onderwijsbestuurcode: 'B1' }],
      extra: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.every((f: { foutcode: string }) => f.foutcode === 'SCHEMA')).toBe(true);
    expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual(
      expect.arrayContaining([
        '/inBedrijfdatum',
        '/periodes',
        '/besturen/0/begindatum',
        '/besturen/0/onderwijsbestuurcode',
        '/juridischeRelaties',
        '/extra',
      ]),
    );
    expect([aanbieders(), feed()]).toEqual(before);
  });

  it('refuses a body that is not an object with 400', async () => {
    const res = await rio.served.as(B1).post('/onderwijsaanbieders', [nieuw()]);
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'SCHEMA', pointer: '/' });
  });

  it('refuses rule violations with 400, every one listed with RIO’s codes, and stores nothing (RIO-03, RIO-10)', async () => {
    const before = [aanbieders(), feed()];
    const res = await rio.served.as(B1).post(
      '/onderwijsaanbieders',
      nieuw({
        uitBedrijfdatum: '2027-08-01',
        periodes: [
          { begindatum: '2027-09-01', einddatum: '2028-01-01', naam: 'A' },
          { begindatum: '2028-02-01', naam: 'B' },
        ],
        besturen: [
          { onderwijsbestuurcode: '100B001', begindatum: '2027-08-01' },
          { onderwijsbestuurcode: '999B999', begindatum: '2027-08-01' },
        ],
        juridischeRelaties: [{ instellingserkenningscode: '99ZZ', begindatum: '2027-08-01', einddatum: '2027-01-01' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(
      expect.arrayContaining(['N04010', 'N05030', 'N05050', 'N05060', 'A01110', 'A01030', 'J06010']),
    );
    expect(res.body.foutmeldingen.find((f: { foutcode: string }) => f.foutcode === 'N05050')).toMatchObject({
      pointer: '/periodes/1/begindatum',
    });
    expect([aanbieders(), feed()]).toEqual(before);
  });

  it.each([
    ['a vendor', () => OIN.leverancier],
    ['DUO', () => OIN.duo],
    ['a gemeente', () => OIN.gemeente],
    ['a party the world does not know', () => NEGATIVE.stranger.oin],
  ])('refuses %s with 403 AUT401 (RIO-07)', async (_label, who) => {
    const before = aanbieders();
    const res = await rio.served.as(who()).post('/onderwijsaanbieders', nieuw());
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
    expect(aanbieders()).toBe(before);
  });

  it('refuses a bestuur delivering an aanbieder of another bestuur with 403 AUT401 (RIO-07)', async () => {
    const res = await rio.served.as(B2).post('/onderwijsaanbieders', nieuw());
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
  });

  it('refuses a bestuur tying its aanbieder to another bevoegd gezag’s BRIN4 with 403 AUT401 (RIO-07)', async () => {
    const res = await rio.served
      .as(B1)
      .post(
        '/onderwijsaanbieders',
        nieuw({ juridischeRelaties: [{ instellingserkenningscode: '12BA', begindatum: '2027-08-01' }] }),
      );
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'AUT401', pointer: '/juridischeRelaties/0/instellingserkenningscode' }),
    ]);
  });

  it('lets the operator create an aanbieder for any bestuur', async () => {
    const res = await rio.served.as(OIN.operator).post(
      '/onderwijsaanbieders',
      nieuw({
        besturen: [{ onderwijsbestuurcode: '100B002', begindatum: '2027-08-01' }],
        juridischeRelaties: [{ instellingserkenningscode: '12BA', begindatum: '2027-08-01' }],
      }),
    );
    expect(res.status).toBe(201);
  });
});

describe('PUT /onderwijsaanbieders/{code}', () => {
  it('replaces the whole aanbieder (standlevering, RIO-07): a new naam from a date', async () => {
    const body = lindeboom({
      periodes: [
        { begindatum: '2005-08-01', einddatum: '2018-08-01', naam: 'Basisschool De Linde' },
        { begindatum: '2018-08-01', einddatum: '2027-01-01', naam: 'Basisschool De Lindeboom' },
        { begindatum: '2027-01-01', naam: 'IKC De Lindeboom' },
      ],
    });
    const res = await rio.served.as(B1).put('/onderwijsaanbieders/110A003', body);
    expect(res.status).toBe(200);
    expect(schemaFouten(rio.deps.schemas, 'rio-onderwijsaanbieder-goedgekeurd', res.body)).toEqual([]);
    expect(res.body.onderwijsaanbieder).toEqual(body);
    expect((await rio.served.as(OIN.duo).get('/onderwijsaanbieders/110A003?peildatum=2027-01-01')).body.naam).toBe(
      'IKC De Lindeboom',
    );
    expect((await rio.served.as(OIN.duo).get('/onderwijsaanbieders/110A003?peildatum=2026-12-31')).body.naam).toBe(
      'Basisschool De Lindeboom',
    );
  });

  it('accepts the body without the code, and changes nothing when the state is the same', async () => {
    const { onderwijsaanbiedercode: _c, ...zonderCode } = lindeboom();
    const before = feed();
    const res = await rio.served
      .as(B1)
      .put('/onderwijsaanbieders/110A003', { ...zonderCode, periodes: [...zonderCode.periodes].reverse() });
    expect(res.status).toBe(200);
    expect(res.body.onderwijsaanbieder).toEqual(lindeboom());
    expect(feed()).toBe(before);
  });

  it('refuses periodes that do not join (RIO-03, N05050) and keeps the stored state', async () => {
    const res = await rio.served.as(B1).put(
      '/onderwijsaanbieders/110A003',
      lindeboom({
        periodes: [
          { begindatum: '2005-08-01', einddatum: '2018-08-01', naam: 'De Linde' },
          { begindatum: '2018-09-01', naam: 'De Lindeboom' },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'N05050', pointer: '/periodes/1/begindatum' })]);
    expect((await rio.served.as(OIN.duo).get('/onderwijsaanbieders/110A003')).body.naam).toBe('Basisschool De Lindeboom');
  });

  it('refuses a first periode that does not begin on the inBedrijfdatum (RIO-03, N05060)', async () => {
    const res = await rio.served
      .as(B1)
      .put('/onderwijsaanbieders/110A003', lindeboom({ periodes: [{ begindatum: '2006-08-01', naam: 'De Lindeboom' }] }));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'N05060', pointer: '/periodes/0/begindatum' })]);
  });

  it('refuses an uitBedrijfdatum not after the inBedrijfdatum (RIO-03, N04010)', async () => {
    const res = await rio.served.as(B1).put('/onderwijsaanbieders/110A003', lindeboom({ uitBedrijfdatum: '2005-08-01' }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toContain('N04010');
  });

  it('ends an aanbieder: in bedrijf the day before, not on the uitBedrijfdatum (RIO-03)', async () => {
    const res = await rio.served.as(B1).put(
      '/onderwijsaanbieders/110A003',
      lindeboom({
        uitBedrijfdatum: '2027-08-01',
        periodes: [
          { begindatum: '2005-08-01', einddatum: '2018-08-01', naam: 'Basisschool De Linde' },
          { begindatum: '2018-08-01', einddatum: '2027-08-01', naam: 'Basisschool De Lindeboom' },
        ],
        besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2005-08-01', einddatum: '2027-08-01' }],
        juridischeRelaties: [{ instellingserkenningscode: '11AC', begindatum: '2005-08-01', einddatum: '2027-08-01' }],
      }),
    );
    expect(res.status).toBe(200);
    const vraag = (d: string) =>
      rio.served
        .as(OIN.duo)
        .get(
          `/inschrijfbaarheid?onderwijsaanbiedercode=110A003&onderwijslocatiecode=107X003&vestigingscode=11AC00&peildatum=${d}`,
        );
    expect((await vraag('2027-07-31')).body.inschrijfbaar).toBe(true);
    expect((await vraag('2027-08-01')).body.inschrijfbaar).toBe(false);
  });

  it('refuses a code in the body other than the one in the path (RIO-07)', async () => {
    const res = await rio.served.as(B1).put('/onderwijsaanbieders/110A003', lindeboom({ onderwijsaanbiedercode: '110A001' }));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'RIO-07', pointer: '/onderwijsaanbiedercode' })]);
  });

  it('answers 404 N09440 for an unknown aanbieder to the operator, and 400 for a malformed code', async () => {
    const onbekend = await rio.served
      .as(OIN.operator)
      .put('/onderwijsaanbieders/999A999', lindeboom({ onderwijsaanbiedercode: undefined }));
    expect(onbekend.status).toBe(404);
    expect(codes(onbekend.body)).toEqual(['N09440']);
    expect((await rio.served.as(B1).put('/onderwijsaanbieders/abc', lindeboom())).status).toBe(400);
  });

  it('answers a bestuur the same for an unknown aanbieder as for another bestuur’s (RIO-07, no names)', async () => {
    const body = lindeboom({ onderwijsaanbiedercode: undefined });
    const onbekend = await rio.served.as(B2).put('/onderwijsaanbieders/999A999', body);
    const andermans = await rio.served.as(B2).put('/onderwijsaanbieders/110A003', body);
    expect(onbekend.status).toBe(403);
    expect(JSON.stringify(onbekend.body).replaceAll('999A999', '110A003')).toBe(JSON.stringify(andermans.body));
    expect(JSON.stringify(andermans.body)).not.toMatch(/100B00\d|Stichting|Domstad/);
  });

  it.each([
    ['another bestuur', () => B2],
    ['a vendor', () => OIN.leverancier],
    ['DUO', () => OIN.duo],
  ])('refuses %s with 403 AUT401 and keeps the stored state (RIO-07)', async (_label, who) => {
    const before = feed();
    const res = await rio.served
      .as(who())
      .put('/onderwijsaanbieders/110A003', lindeboom({ periodes: [{ begindatum: '2005-08-01', naam: 'Gekaapt' }] }));
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
    expect(feed()).toBe(before);
    expect((await rio.served.as(OIN.duo).get('/onderwijsaanbieders/110A003')).body.naam).toBe('Basisschool De Lindeboom');
  });

  it('passes an aanbieder to another bestuur: afterwards the new bestuur may change it, the old one not (RIO-07)', async () => {
    const overdracht = lindeboom({
      besturen: [
        { onderwijsbestuurcode: '100B001', begindatum: '2005-08-01', einddatum: '2026-01-01' },
        { onderwijsbestuurcode: '100B002', begindatum: '2026-01-01' },
      ],
    });
    expect((await rio.served.as(B1).put('/onderwijsaanbieders/110A003', overdracht)).status).toBe(200);
    const bestuur1 = await rio.served.as(OIN.duo).get('/onderwijsbesturen/100B001');
    expect(
      bestuur1.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode),
    ).not.toContain('110A003');
    const bestuur2 = await rio.served.as(OIN.duo).get('/onderwijsbesturen/100B002');
    expect(bestuur2.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).toContain(
      '110A003',
    );
    const vanBestuur1 = async (d: string) =>
      (
        await rio.served.as(OIN.duo).get(`/onderwijsaanbieders?onderwijsbestuurcode=100B001&peildatum=${d}`)
      ).body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode);
    expect(await vanBestuur1('2025-12-31')).toContain('110A003');
    expect(await vanBestuur1('2026-01-01')).not.toContain('110A003');
    const vanBestuur2 = await rio.served
      .as(OIN.duo)
      .get('/onderwijsaanbieders?onderwijsbestuurcode=100B002&peildatum=2026-01-01');
    expect(
      vanBestuur2.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode),
    ).toContain('110A003');
    expect((await rio.served.as(B1).put('/onderwijsaanbieders/110A003', lindeboom())).status).toBe(403);
    // The new bestuur keeps the BRIN4 relatie of the old bevoegd gezag it took over.
    expect((await rio.served.as(B2).put('/onderwijsaanbieders/110A003', overdracht)).status).toBe(200);
  });

  it('refuses a bestuur that writes itself out of its aanbieder with 403 AUT401', async () => {
    const res = await rio.served
      .as(B1)
      .put(
        '/onderwijsaanbieders/110A003',
        lindeboom({ besturen: [{ onderwijsbestuurcode: '100B002', begindatum: '2005-08-01' }] }),
      );
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['AUT401']);
  });

  it('lets the operator change any aanbieder', async () => {
    const res = await rio.served.as(OIN.operator).put('/onderwijsaanbieders/110A003', lindeboom());
    expect(res.status).toBe(200);
  });
});
