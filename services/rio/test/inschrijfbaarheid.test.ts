// GET /inschrijfbaarheid (RIO-11): the question BRON and the verzuimregister ask. 200 with every
// reason in RIO-11's order and codes; 400 only for a malformed question.
import { bestuurOin, codes, OIN, schemaFouten, startRio, type Rio } from './helpers';

let rio: Rio;
beforeAll(async () => {
  rio = await startRio();
});
afterAll(() => rio.close());

const vraag = (a: string, x: string, v: string, peildatum?: string) =>
  rio.served
    .as(OIN.duo)
    .get(
      `/inschrijfbaarheid?onderwijsaanbiedercode=${a}&onderwijslocatiecode=${x}&vestigingscode=${v}${peildatum ? `&peildatum=${peildatum}` : ''}`,
    );

it('answers inschrijfbaar for an aanbieder, its locatie and its vestiging active on the date (RIO-11)', async () => {
  const res = await vraag('110A001', '107X001', '11AA00');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ inschrijfbaar: true, peildatum: '2026-11-28', foutmeldingen: [] });
  expect(schemaFouten(rio.deps.schemas, 'rio-inschrijfbaarheid', res.body)).toEqual([]);
});

it('answers 200 with every unknown object at once: N09440, A01060, A01040 (RIO-11 steps 1–3)', async () => {
  const res = await vraag('999A999', '999X999', '99ZZ00');
  expect(res.status).toBe(200);
  expect(res.body.inschrijfbaar).toBe(false);
  expect(codes(res.body)).toEqual(['N09440', 'A01060', 'A01040']);
  expect(res.body.foutmeldingen[0].sleutelgegevens).toEqual([
    { sleutelnaam: 'onderwijsaanbiedercode', sleutelwaarde: '999A999' },
  ]);
  expect(schemaFouten(rio.deps.schemas, 'rio-inschrijfbaarheid', res.body)).toEqual([]);
});

it.each([
  ['the day before in-bedrijf', '2012-07-31', false],
  ['the in-bedrijf day', '2012-08-01', true],
])('answers a nevenvestiging on %s: inschrijfbaar %s (RIO-03, RIO-11)', async (_label, peildatum, inschrijfbaar) => {
  const res = await vraag('110A003', '107X004', '11AC01', peildatum);
  expect(res.body.inschrijfbaar).toBe(inschrijfbaar);
  if (!inschrijfbaar) expect(codes(res.body)).toEqual(['RIO-11', 'RIO-11']);
});

it.each([
  ['the day before uit-bedrijf', '2025-07-31', true],
  ['the uit-bedrijf day', '2025-08-01', false],
])('answers a school that closed on %s: inschrijfbaar %s (RIO-03, RIO-11)', async (_label, peildatum, inschrijfbaar) => {
  const res = await vraag('110A009', '107X010', '13CC00', peildatum);
  expect(res.body.inschrijfbaar).toBe(inschrijfbaar);
  if (!inschrijfbaar) expect(codes(res.body)).toEqual(['RIO-11', 'RIO-11', 'A01130', 'RIO-11']);
});

it('answers A01130 for a locatie that no bestuur of the aanbieder uses (RIO-11 step 4)', async () => {
  const res = await vraag('110A001', '107X005', '11AA00');
  expect(codes(res.body)).toEqual(['A01130']);
  expect(res.body.foutmeldingen[0].sleutelgegevens).toEqual(
    expect.arrayContaining([{ sleutelnaam: 'onderwijslocatiecode', sleutelwaarde: '107X005' }]),
  );
});

it('answers RIO-11 for a vestiging of another school at this locatie (RIO-11 step 5)', async () => {
  const res = await vraag('110A001', '107X001', '11AB00');
  expect(res.body.inschrijfbaar).toBe(false);
  expect(codes(res.body)).toEqual(['RIO-11', 'RIO-11']);
});

it('defaults the peildatum to the simulated date', async () => {
  rio.deps.clock.set('2025-07-31');
  try {
    const res = await vraag('110A009', '107X010', '13CC00');
    expect(res.body).toMatchObject({ inschrijfbaar: true, peildatum: '2025-07-31' });
  } finally {
    rio.deps.clock.set('2026-11-28');
  }
});

it('honours a change by the very next question: a gebruik ended by its bestuur (docs/architecture.md#peer-answers-cached-in-one-process-never-stale)', async () => {
  const wereld = rio.seed();
  const put = await rio.served.as(bestuurOin(wereld, '100B002')).put('/onderwijslocatiegebruiken/100B002-107X005', {
    onderwijsbestuurcode: '100B002',
    onderwijslocatiecode: '107X005',
    inBedrijfdatum: '2005-08-01',
    uitBedrijfdatum: '2027-01-01',
    naam: 'RKBS Sint Joris',
    juridischeRelaties: [{ vestigingserkenningscode: '12BA00', begindatum: '2005-08-01', einddatum: '2027-01-01' }],
  });
  expect(put.status).toBe(200);
  expect((await vraag('110A004', '107X005', '12BA00', '2026-12-31')).body.inschrijfbaar).toBe(true);
  const na = await vraag('110A004', '107X005', '12BA00', '2027-01-01');
  expect(na.body.inschrijfbaar).toBe(false);
  expect(codes(na.body)).toEqual(['RIO-11']);
  expect(na.body.foutmeldingen[0].fouttekst).toMatch(/niet in bedrijf/);
  await rio.served.as(OIN.operator).post('/_sim/reset', {});
});

it('refuses a malformed question with 400, every parameter at once', async () => {
  const res = await rio.served
    .as(OIN.duo)
    .get('/inschrijfbaarheid?onderwijsaanbiedercode=110X001&vestigingscode=11AA0&peildatum=2026-13-01');
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer).sort()).toEqual([
    '?onderwijsaanbiedercode',
    '?onderwijslocatiecode',
    '?peildatum',
    '?vestigingscode',
  ]);
});

it('refuses a repeated parameter with 400 rather than guessing', async () => {
  const res = await rio.served
    .as(OIN.duo)
    .get(
      '/inschrijfbaarheid?onderwijsaanbiedercode=110A001&onderwijsaanbiedercode=110A002&onderwijslocatiecode=107X001&vestigingscode=11AA00',
    );
  expect(res.status).toBe(400);
  expect(res.body.foutmeldingen[0].pointer).toBe('?onderwijsaanbiedercode');
});
