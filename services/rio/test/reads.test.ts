// The reads of docs/services/rio.md, in-process against the seed world: peildatum semantics (RIO-08), 404s
// with RIO's foutcodes, bad input as 400, and every answer valid against its own schema.
import { NEGATIVE } from '@duo-sim/test-support';
import { codes, OIN, schemaFouten, startRio, type Rio } from './helpers';

let rio: Rio;
beforeAll(async () => {
  rio = await startRio();
});
afterAll(() => rio.close());

const get = (path: string, as = OIN.leverancier) => rio.served.as(as).get(path);
const valid = (name: string, body: unknown) => expect(schemaFouten(rio.deps.schemas, name, body)).toEqual([]);

describe('GET /onderwijsbesturen/{code}', () => {
  it('returns the bestuur with its periodes, the naam on the peildatum and its aanbieders then (RIO-08)', async () => {
    const res = await get('/onderwijsbesturen/100B001');
    expect(res.status).toBe(200);
    valid('rio-onderwijsbestuur-antwoord', res.body);
    expect(res.body).toMatchObject({
      onderwijsbestuurcode: '100B001',
      peildatum: '2026-11-28',
      naam: 'Stichting Domstad Kindcentra',
    });
    expect(res.body.onderwijsaanbieders).toEqual([
      { onderwijsaanbiedercode: '110A001', naam: 'OBS De Vlinderboom' },
      { onderwijsaanbiedercode: '110A002', naam: 'CBS Het Zonnehuis' },
      { onderwijsaanbiedercode: '110A003', naam: 'Basisschool De Lindeboom' },
    ]);
  });

  it('gives the naam of the periode valid on the peildatum, all periodes still listed (RIO-08)', async () => {
    const oud = await get('/onderwijsbesturen/100B002?peildatum=2015-12-31');
    expect(oud.body.naam).toBe('Vereniging Keistadscholen');
    const nieuw = await get('/onderwijsbesturen/100B002?peildatum=2016-01-01');
    expect(nieuw.body.naam).toBe('Stichting Keistad Onderwijs');
    expect(nieuw.body.periodes).toHaveLength(2);
  });

  it('lists only the aanbieders in bedrijf on the peildatum (the uit-bedrijf day excluded)', async () => {
    const voor = await get('/onderwijsbesturen/100B003?peildatum=2025-07-31');
    expect(voor.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).toContain(
      '110A009',
    );
    const op = await get('/onderwijsbesturen/100B003?peildatum=2025-08-01');
    expect(op.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).not.toContain(
      '110A009',
    );
  });

  it('answers 404 A01110 for an unknown bestuur and 404 RIO-08 before its inBedrijfdatum', async () => {
    const onbekend = await get('/onderwijsbesturen/999B999');
    expect(onbekend.status).toBe(404);
    expect(onbekend.body.foutmeldingen[0]).toMatchObject({
      foutcode: 'A01110',
      sleutelgegevens: [{ sleutelnaam: 'onderwijsbestuurcode', sleutelwaarde: '999B999' }],
    });
    const tevroeg = await get('/onderwijsbesturen/100B001?peildatum=2004-12-31');
    expect(tevroeg.status).toBe(404);
    expect(codes(tevroeg.body)).toEqual(['RIO-08']);
    expect((await get('/onderwijsbesturen/100B001?peildatum=2005-01-01')).status).toBe(200);
  });

  it('refuses a malformed code and a malformed peildatum together with 400', async () => {
    const res = await get('/onderwijsbesturen/100A001?peildatum=2026-02-30');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({
        foutcode: 'SCHEMA',
        sleutelgegevens: [{ sleutelnaam: 'onderwijsbestuurcode', sleutelwaarde: '100A001' }],
      }),
      expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?peildatum' }),
    ]);
  });

  it('refuses an unknown query parameter with 400', async () => {
    const res = await get('/onderwijsbesturen/100B001?peildatun=2026-01-01');
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?peildatun' })]);
  });
});

describe('GET /onderwijsaanbieders/{code}', () => {
  it('returns the aanbieder with periodes, besturen and juridische relaties (RIO-10)', async () => {
    const res = await get('/onderwijsaanbieders/110A003');
    expect(res.status).toBe(200);
    valid('rio-onderwijsaanbieder-antwoord', res.body);
    expect(res.body).toMatchObject({
      onderwijsaanbiedercode: '110A003',
      naam: 'Basisschool De Lindeboom',
      besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2005-08-01' }],
      juridischeRelaties: [{ instellingserkenningscode: '11AC', begindatum: '2005-08-01' }],
    });
    expect(res.body.periodes).toHaveLength(2);
  });

  it.each([
    ['the day before in-bedrijf', '2005-07-31', 404],
    ['the in-bedrijf day', '2005-08-01', 200],
    ['the day before uit-bedrijf', '2025-07-31', 200],
    ['the uit-bedrijf day', '2025-08-01', 404],
  ])('answers %s with %i (RIO-03, RIO-08)', async (_label, peildatum, status) => {
    const res = await get(`/onderwijsaanbieders/110A009?peildatum=${peildatum}`);
    expect(res.status).toBe(status);
    if (status === 404) expect(codes(res.body)).toEqual(['RIO-08']);
    else expect(res.body.naam).toBe('OBS De Boomgaard');
  });

  it('defaults the peildatum to the simulated date', async () => {
    const res = await get('/onderwijsaanbieders/110A009');
    expect(res.status).toBe(404);
    rio.deps.clock.set('2025-07-31');
    try {
      const gisteren = await get('/onderwijsaanbieders/110A009');
      expect(gisteren.status).toBe(200);
      expect(gisteren.body.peildatum).toBe('2025-07-31');
    } finally {
      rio.deps.clock.set('2026-11-28');
    }
  });

  it('answers 404 N09440 for an unknown aanbieder and 400 for a malformed code', async () => {
    const onbekend = await get('/onderwijsaanbieders/999A999');
    expect(onbekend.status).toBe(404);
    expect(codes(onbekend.body)).toEqual(['N09440']);
    const fout = await get('/onderwijsaanbieders/110a003');
    expect(fout.status).toBe(400);
    expect(codes(fout.body)).toEqual(['SCHEMA']);
  });
});

describe('GET /onderwijsaanbieders (paged)', () => {
  it('pages the aanbieders in bedrijf on the peildatum, in code order', async () => {
    const p1 = await get('/onderwijsaanbieders?paginagrootte=3');
    expect(p1.status).toBe(200);
    valid('rio-onderwijsaanbieders-pagina', p1.body);
    expect(p1.body).toMatchObject({ pagina: 1, paginagrootte: 3, totaal: 8, volgendePagina: 2 });
    expect(p1.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).toEqual([
      '110A001',
      '110A002',
      '110A003',
    ]);
    const p3 = await get('/onderwijsaanbieders?paginagrootte=3&pagina=3');
    expect(p3.body).toMatchObject({ pagina: 3, volgendePagina: null });
    expect(p3.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).toEqual([
      '110A007',
      '110A008',
    ]);
    const voorbij = await get('/onderwijsaanbieders?paginagrootte=3&pagina=9');
    expect(voorbij.body).toMatchObject({ onderwijsaanbieders: [], volgendePagina: null, totaal: 8 });
  });

  it.each([
    ['the day before uit-bedrijf', '2025-07-31', 9],
    ['the uit-bedrijf day', '2025-08-01', 8],
    ['the day before the first in-bedrijf', '2005-07-31', 0],
    ['the in-bedrijf day', '2005-08-01', 9],
  ])('counts the aanbieders in bedrijf on %s (RIO-03)', async (_label, peildatum, totaal) => {
    const res = await get(`/onderwijsaanbieders?peildatum=${peildatum}`);
    expect(res.body.totaal).toBe(totaal);
    expect(res.body.onderwijsaanbieders).toHaveLength(totaal);
  });

  it('filters on the bestuur linked on the peildatum', async () => {
    const res = await get('/onderwijsaanbieders?onderwijsbestuurcode=100B003&peildatum=2025-07-31');
    expect(res.body.onderwijsaanbieders.map((a: { onderwijsaanbiedercode: string }) => a.onderwijsaanbiedercode)).toEqual([
      '110A007',
      '110A008',
      '110A009',
    ]);
    expect(res.body).toMatchObject({ onderwijsbestuurcode: '100B003', totaal: 3, volgendePagina: null });
    const unknown = await get('/onderwijsaanbieders?onderwijsbestuurcode=999B999');
    expect(unknown.status).toBe(404);
    expect(codes(unknown.body)).toEqual(['A01110']);
  });

  it('pages by 100 when no paginagrootte is given, and takes up to 500 (docs/services/rio.md)', async () => {
    const standaard = await get('/onderwijsaanbieders');
    expect(standaard.body).toMatchObject({ pagina: 1, paginagrootte: 100, totaal: 8, volgendePagina: null });
    expect((await get('/onderwijsaanbieders?paginagrootte=500')).body).toMatchObject({ paginagrootte: 500, totaal: 8 });
  });

  it('refuses a bad page, page size and bestuur code together with 400', async () => {
    const res = await get('/onderwijsaanbieders?pagina=0&paginagrootte=501&onderwijsbestuurcode=B');
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer).sort()).toEqual([
      '?onderwijsbestuurcode',
      '?pagina',
      '?paginagrootte',
    ]);
  });
});

describe('GET /onderwijslocaties/{code}', () => {
  it('returns the address, BAG id and GPS, whatever the peildatum (a locatie has no dates, RIO-01)', async () => {
    const res = await get('/onderwijslocaties/107X004?peildatum=1990-01-01');
    expect(res.status).toBe(200);
    valid('onderwijslocatie', res.body);
    expect(res.body).toMatchObject({
      onderwijslocatiecode: '107X004',
      postcode: '3577NM',
      toevoeging: 'A',
      bagId: '0344010001112146',
    });
  });

  it('answers 404 A01060 for an unknown locatie and 400 for a malformed code', async () => {
    expect(codes((await get('/onderwijslocaties/999X999')).body)).toEqual(['A01060']);
    expect((await get('/onderwijslocaties/999X999')).status).toBe(404);
    expect((await get('/onderwijslocaties/X')).status).toBe(400);
  });
});

describe('GET /onderwijslocatiegebruiken', () => {
  it('returns one gebruik with its dates and BRIN6 relaties (RIO-10)', async () => {
    const res = await get('/onderwijslocatiegebruiken/100B001-107X004');
    expect(res.status).toBe(200);
    valid('rio-onderwijslocatiegebruik-antwoord', res.body);
    expect(res.body).toMatchObject({
      inBedrijfdatum: '2012-08-01',
      juridischeRelaties: [{ vestigingserkenningscode: '11AC01', begindatum: '2012-08-01' }],
    });
  });

  it.each([
    ['the day before in-bedrijf', '100B001-107X004', '2012-07-31', 404],
    ['the in-bedrijf day', '100B001-107X004', '2012-08-01', 200],
    ['the day before uit-bedrijf', '100B003-107X010', '2025-07-31', 200],
    ['the uit-bedrijf day', '100B003-107X010', '2025-08-01', 404],
  ])('answers %s with %i (RIO-08)', async (_l, sleutel, peildatum, status) => {
    const res = await get(`/onderwijslocatiegebruiken/${sleutel}?peildatum=${peildatum}`);
    expect(res.status).toBe(status);
    if (status === 404) expect(codes(res.body)).toEqual(['RIO-08']);
  });

  it('answers 404 A01130 for a pair without gebruik and 400 for a malformed key', async () => {
    const geen = await get('/onderwijslocatiegebruiken/100B002-107X001');
    expect(geen.status).toBe(404);
    expect(codes(geen.body)).toEqual(['A01130']);
    const fout = await get('/onderwijslocatiegebruiken/100B001_107X001');
    expect(fout.status).toBe(400);
    expect(fout.body.foutmeldingen[0].sleutelgegevens).toEqual([
      { sleutelnaam: 'onderwijslocatiegebruik', sleutelwaarde: '100B001_107X001' },
    ]);
  });

  it('lists the gebruiken of a bestuur in bedrijf on the peildatum', async () => {
    const res = await get('/onderwijslocatiegebruiken?onderwijsbestuurcode=100B003');
    expect(res.status).toBe(200);
    valid('rio-onderwijslocatiegebruiken', res.body);
    expect(res.body.onderwijslocatiegebruiken.map((g: { onderwijslocatiecode: string }) => g.onderwijslocatiecode)).toEqual([
      '107X008',
      '107X009',
    ]);
    const toen = await get('/onderwijslocatiegebruiken?onderwijsbestuurcode=100B003&peildatum=2025-07-31');
    expect(toen.body.onderwijslocatiegebruiken).toHaveLength(3);
    const uitDag = await get('/onderwijslocatiegebruiken?onderwijsbestuurcode=100B003&peildatum=2025-08-01');
    expect(uitDag.body.onderwijslocatiegebruiken).toHaveLength(2);
    expect(
      (await get('/onderwijslocatiegebruiken?vestigingscode=13CC00&peildatum=2025-08-01')).body.onderwijslocatiegebruiken,
    ).toEqual([]);
    expect(
      (await get('/onderwijslocatiegebruiken?vestigingscode=13CC00&peildatum=2025-07-31')).body.onderwijslocatiegebruiken,
    ).toHaveLength(1);
  });

  it('lists the gebruiken of a vestiging by a relatie valid on the peildatum, and of both filters', async () => {
    const res = await get('/onderwijslocatiegebruiken?vestigingscode=11AC01');
    expect(
      res.body.onderwijslocatiegebruiken.map(
        (g: { onderwijsbestuurcode: string; onderwijslocatiecode: string }) =>
          `${g.onderwijsbestuurcode}-${g.onderwijslocatiecode}`,
      ),
    ).toEqual(['100B001-107X004']);
    expect(
      (await get('/onderwijslocatiegebruiken?vestigingscode=11AC01&peildatum=2012-07-31')).body.onderwijslocatiegebruiken,
    ).toEqual([]);
    expect(
      (await get('/onderwijslocatiegebruiken?vestigingscode=11AC01&onderwijsbestuurcode=100B002')).body.onderwijslocatiegebruiken,
    ).toEqual([]);
  });

  it('needs a bestuur or a vestiging, and 404s an unknown one', async () => {
    const geen = await get('/onderwijslocatiegebruiken');
    expect(geen.status).toBe(400);
    expect(geen.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?' })]);
    expect(codes((await get('/onderwijslocatiegebruiken?vestigingscode=99ZZ00')).body)).toEqual(['A01040']);
    expect(codes((await get('/onderwijslocatiegebruiken?onderwijsbestuurcode=999B999')).body)).toEqual(['A01110']);
  });
});

describe('GET /vestigingserkenningen/{code} and /instellingserkenningen/{brin}', () => {
  it('returns a vestiging with its periodes and the names on the peildatum', async () => {
    const res = await get('/vestigingserkenningen/11AC01?peildatum=2018-07-31');
    expect(res.status).toBe(200);
    valid('rio-vestigingserkenning-antwoord', res.body);
    expect(res.body).toMatchObject({
      soort: 'NEVENVESTIGING',
      naamKort: 'De Linde Leidsche Rijn',
      instellingserkenningscode: '11AC',
    });
  });

  it.each([
    ['2012-07-31', 404],
    ['2012-08-01', 200],
  ])('answers a vestiging on %s with %i (RIO-08)', async (peildatum, status) => {
    const res = await get(`/vestigingserkenningen/11AC01?peildatum=${peildatum}`);
    expect(res.status).toBe(status);
  });

  it('answers 404 A01040 for an unknown vestiging and RIO-08 for one whose erkenning ended', async () => {
    expect(codes((await get('/vestigingserkenningen/99ZZ00')).body)).toEqual(['A01040']);
    expect(codes((await get('/vestigingserkenningen/13CC00')).body)).toEqual(['RIO-08']);
    expect((await get('/vestigingserkenningen/13CC')).status).toBe(400);
  });

  it('returns a BRIN4 with the vestigingen recognised on the peildatum', async () => {
    const res = await get('/instellingserkenningen/11AC');
    expect(res.status).toBe(200);
    valid('rio-instellingserkenning-antwoord', res.body);
    expect(res.body.vestigingen).toEqual([
      { code: '11AC00', soort: 'HOOFDVESTIGING', naamKort: 'Basisschool De Lindeboom' },
      { code: '11AC01', soort: 'NEVENVESTIGING', naamKort: 'De Lindeboom Leidsche Rijn' },
    ]);
    const toen = await get('/instellingserkenningen/11AC?peildatum=2010-01-01');
    expect(toen.body).toMatchObject({ naamKort: 'Basisschool De Linde', vestigingen: [{ code: '11AC00' }] });
  });

  it('answers 404 A01030 for an unknown BRIN4, RIO-08 for an ended one, 400 for a malformed one', async () => {
    expect(codes((await get('/instellingserkenningen/99ZZ')).body)).toEqual(['A01030']);
    expect(codes((await get('/instellingserkenningen/13CC')).body)).toEqual(['RIO-08']);
    expect((await get('/instellingserkenningen/13CC?peildatum=2025-07-31')).status).toBe(200);
    expect((await get('/instellingserkenningen/13cc')).status).toBe(400);
  });
});

describe('who may read (docs/services/rio.md: any party)', () => {
  it.each([
    ['a vendor', OIN.leverancier],
    ['DUO', OIN.duo],
    ['a gemeente', OIN.gemeente],
    ['a party with a valid certificate the world does not know', NEGATIVE.stranger.oin],
  ])('lets %s read', async (_label, oin) => {
    expect((await get('/onderwijsaanbieders/110A001', oin)).status).toBe(200);
  });

  // Over mTLS the handshake refuses it before any app (shared/test/service-app.test.ts); an app that
  // is reached without a certificate all the same refuses it too.
  it('refuses a caller without a certificate with 401 EK0030', async () => {
    const res = await rio.served.anonymous().get('/onderwijsaanbieders/110A001');
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(['EK0030']);
  });

  it('refuses a revoked certificate with 401 EK0030', async () => {
    const res = await get('/onderwijsaanbieders/110A001', NEGATIVE.revoked.oin);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(['EK0030']);
  });
});
