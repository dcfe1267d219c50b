// GET /wijzigingen (RIO-09): every change made through the beheer-berichten, in order, with
// soortWijziging, objectsoort, code and tijdstip (the simulated instant), at or after `sinds`,
// 500 per page. The seed world itself is not in the feed; a reset empties it.
import { bestuurOin, OIN, schemaFouten, startRio, type Rio } from './helpers';

let rio: Rio;
let B1: string;
beforeAll(async () => {
  rio = await startRio();
  B1 = bestuurOin(rio.seed(), '100B001');
});
afterAll(() => rio.close());
beforeEach(() => {
  rio.store.loadWorld(rio.seed());
  rio.deps.clock.set('2026-11-28');
});

const feed = (query = '') => rio.served.as(OIN.leverancier).get(`/wijzigingen${query}`);
const aanbieder = {
  inBedrijfdatum: '2027-08-01',
  periodes: [{ begindatum: '2027-08-01', naam: 'IKC Nieuw' }],
  besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2027-08-01' }],
  juridischeRelaties: [{ instellingserkenningscode: '11AA', begindatum: '2027-08-01' }],
};
const adres = { postcode: '3584CS', huisnummer: 9, plaatsnaam: 'Utrecht', gps: { latitude: 52.0866, longitude: 5.1699 } };

it('starts empty: the seed world is the starting state, not a change', async () => {
  const res = await feed();
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ pagina: 1, paginagrootte: 500, volgendePagina: null, wijzigingen: [] });
  expect(schemaFouten(rio.deps.schemas, 'rio-wijzigingen', res.body)).toEqual([]);
});

it('lists every mutation in order, with the simulated instant as tijdstip (RIO-09)', async () => {
  const post = await rio.served.as(B1).post('/onderwijsaanbieders', aanbieder);
  const code = post.body.onderwijsaanbieder.onderwijsaanbiedercode;
  rio.deps.clock.set('2026-12-01');
  await rio.served
    .as(B1)
    .put(`/onderwijsaanbieders/${code}`, { ...aanbieder, periodes: [{ begindatum: '2027-08-01', naam: 'IKC Nieuw en Anders' }] });
  const gebruik = await rio.served.as(B1).post('/onderwijslocatiegebruiken', {
    onderwijsbestuurcode: '100B001',
    onderwijslocatie: adres,
    inBedrijfdatum: '2027-08-01',
    naam: 'IKC Nieuw',
    juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2027-08-01' }],
  });
  const x = gebruik.body.onderwijslocatie.onderwijslocatiecode;
  const res = await feed();
  expect(res.body.wijzigingen).toEqual([
    { soortWijziging: 'TOEGEVOEGD', objectsoort: 'onderwijsaanbieder', code, tijdstip: '2026-11-28T12:00:00.000Z' },
    { soortWijziging: 'GEWIJZIGD', objectsoort: 'onderwijsaanbieder', code, tijdstip: '2026-12-01T12:00:00.000Z' },
    { soortWijziging: 'TOEGEVOEGD', objectsoort: 'onderwijslocatie', code: x, tijdstip: '2026-12-01T12:00:00.000Z' },
    {
      soortWijziging: 'TOEGEVOEGD',
      objectsoort: 'onderwijslocatiegebruik',
      code: `100B001-${x}`,
      tijdstip: '2026-12-01T12:00:00.000Z',
    },
  ]);
  expect(schemaFouten(rio.deps.schemas, 'rio-wijzigingen', res.body)).toEqual([]);
});

it('leaves out a standlevering that changed nothing, and a rejected one', async () => {
  const lindeboom = {
    inBedrijfdatum: '2005-08-01',
    periodes: [
      { begindatum: '2005-08-01', einddatum: '2018-08-01', naam: 'Basisschool De Linde' },
      { begindatum: '2018-08-01', naam: 'Basisschool De Lindeboom' },
    ],
    besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2005-08-01' }],
    juridischeRelaties: [{ instellingserkenningscode: '11AC', begindatum: '2005-08-01' }],
  };
  expect((await rio.served.as(B1).put('/onderwijsaanbieders/110A003', lindeboom)).status).toBe(200);
  expect(
    (await rio.served.as(B1).put('/onderwijsaanbieders/110A003', { ...lindeboom, inBedrijfdatum: '2006-08-01' })).status,
  ).toBe(400);
  expect((await feed()).body.wijzigingen).toEqual([]);
});

it('filters on sinds, inclusive, as a date-time with offset, a date, or with an unencoded +', async () => {
  await rio.served.as(B1).post('/onderwijsaanbieders', aanbieder);
  rio.deps.clock.set('2026-12-01');
  await rio.served.as(B1).post('/onderwijsaanbieders', aanbieder);
  expect((await feed('?sinds=2026-12-01T12:00:00Z')).body.wijzigingen).toHaveLength(1);
  expect((await feed('?sinds=2026-12-01T12:00:00.001Z')).body.wijzigingen).toHaveLength(0);
  expect((await feed('?sinds=2026-12-01T13:00:00%2B01:00')).body.wijzigingen).toHaveLength(1);
  expect((await feed('?sinds=2026-12-01T13:00:00+01:00')).body.wijzigingen).toHaveLength(1);
  const datum = await feed('?sinds=2026-11-29');
  expect(datum.body).toMatchObject({ sinds: '2026-11-29T00:00:00.000Z' });
  expect(datum.body.wijzigingen).toHaveLength(1);
  expect((await feed('?sinds=2026-11-28')).body.wijzigingen).toHaveLength(2);
  const ver = await feed('?sinds=2999-12-31T23:00:00-05:00');
  expect(ver.body).toMatchObject({ sinds: '3000-01-01T04:00:00.000Z', wijzigingen: [] });
  // Dates outside 1900–2999, also in a date-time, are refused (docs/reliability.md).
  const buiten = await feed('?sinds=9999-12-31T23:00:00-05:00');
  expect(buiten.status).toBe(400);
  expect(buiten.body.foutmeldingen[0].pointer).toBe('?sinds');
});

it('pages by 500, oldest first (RIO-09)', async () => {
  for (let i = 0; i < 501; i++)
    rio.store.insertLocatie({ ...adres, huisnummer: 1000 + i }, `2026-11-28T12:00:00.${String(i % 1000).padStart(3, '0')}Z`);
  const p1 = await feed();
  expect(p1.body.wijzigingen).toHaveLength(500);
  expect(p1.body).toMatchObject({ pagina: 1, volgendePagina: 2 });
  const p2 = await feed('?pagina=2');
  expect(p2.body).toMatchObject({ pagina: 2, volgendePagina: null });
  expect(p2.body.wijzigingen).toHaveLength(1);
  const alle = [...p1.body.wijzigingen, ...p2.body.wijzigingen].map((w: { code: string }) => w.code);
  expect(new Set(alle).size).toBe(501);
  expect(alle).toEqual([...alle].sort());
});

it('empties on a reset, back to the seed world', async () => {
  await rio.served.as(B1).post('/onderwijsaanbieders', aanbieder);
  expect((await feed()).body.wijzigingen).toHaveLength(1);
  expect((await rio.served.as(OIN.operator).post('/_sim/reset', {})).status).toBe(200);
  expect((await feed()).body.wijzigingen).toEqual([]);
});

it('refuses a malformed sinds or pagina with 400', async () => {
  const res = await feed('?sinds=gisteren&pagina=nul');
  expect(res.status).toBe(400);
  expect([...new Set(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer))]).toEqual(['?sinds', '?pagina']);
});

it('answers any party (docs/services/rio.md)', async () => {
  expect((await rio.served.as(OIN.duo).get('/wijzigingen')).status).toBe(200);
  expect((await rio.served.as(OIN.gemeente).get('/wijzigingen')).status).toBe(200);
});
