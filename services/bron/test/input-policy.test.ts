// Input the schemas used to accept and the rules then mishandled (issue 13, docs/reliability.md):
// dates outside 1900–2999 and rules that assumed a valid persoonsgebonden nummer.
import {
  bedrijfsdocument,
  BSN,
  GEBOORTEDATUM,
  inschrijving,
  inschrijvingBericht,
  PLAZA,
  startBron,
  type BronUnderTest,
} from './bron-world';

/** Fails the elfproef (ID-01). */
const BSN_ZONDER_ELFPROEF = '123456789';

describe('BRON input policy (issue 13)', () => {
  let bron: BronUnderTest;
  beforeAll(async () => {
    bron = await startBron();
  });
  afterAll(() => bron.close());
  const plaza = () => bron.served.as(PLAZA);
  const stored = () => ['inschrijvingen', 'inschrijving_historie', 'berichten', 'resultaten'].map((t) => bron.count(t)).join(',');
  const pairs = (body: { foutmeldingen: Array<{ foutcode: string; pointer?: string }> }) =>
    body.foutmeldingen.map((f) => [f.foutcode, f.pointer]);

  it('refuses years before 1900 in every date of an inschrijving with 400 and a pointer, not 500 (item 1)', async () => {
    const before = stored();
    const res = await plaza().post(
      '/inschrijvingen',
      inschrijvingBericht(
        inschrijving({
          inschrijfdatum: '0050-06-15',
          uitschrijfdatum: '0099-12-31',
          periodes: [{ begindatum: '0000-06-15', groep: 7 }],
        }),
      ),
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pairs(res.body)).toEqual([
      ['SCHEMA', '/inschrijving/inschrijfdatum'],
      ['SCHEMA', '/inschrijving/uitschrijfdatum'],
      ['SCHEMA', '/inschrijving/periodes/0/begindatum'],
    ]);
    expect(res.body.foutmeldingen[0].fouttekst).toContain('1900-01-01 tot en met 2999-12-31');
    expect(stored()).toBe(before);
  });

  it('refuses an adviesdatum in year 50 and an uitslagdatum after 2999 with 400 (item 1)', async () => {
    const resultaat = (r: Record<string, unknown>) => ({
      bedrijfsdocument: bedrijfsdocument('11AA'),
      resultaat: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: '1', ...r },
    });
    const advies = await plaza().post(
      '/resultaten',
      resultaat({ schooladvies: { soort: 'VOORLOPIG', advies: 'HAVO', adviesdatum: '0050-01-15' } }),
    );
    expect([advies.status, pairs(advies.body)]).toEqual([400, [['SCHEMA', '/resultaat/schooladvies/adviesdatum']]]);
    const toets = await plaza().post(
      '/resultaten',
      resultaat({ doorstroomtoets: { uitslagdatum: '3000-01-01', verhinderd: true } }),
    );
    expect([toets.status, pairs(toets.body)]).toEqual([400, [['SCHEMA', '/resultaat/doorstroomtoets/uitslagdatum']]]);
  });

  it('refuses a peildatum outside the range in the query with 400 ?peildatum (item 1)', async () => {
    const res = await plaza().get('/scholen/11AA/inschrijvingen?peildatum=0050-06-15');
    expect([res.status, pairs(res.body)]).toEqual([400, [['SCHEMA', '?peildatum']]]);
  });

  it('gives only ID-01 for a BSN that fails the elfproef, not BRON-01 "identificeer eerst" (item 15)', async () => {
    const before = stored();
    const res = await plaza().post(
      '/inschrijvingen',
      inschrijvingBericht(inschrijving({ leerling: { burgerservicenummer: BSN_ZONDER_ELFPROEF } })),
    );
    expect(res.status).toBe(400);
    expect(pairs(res.body)).toEqual([['ID-01', '/inschrijving/leerling/burgerservicenummer']]);
    expect(stored()).toBe(before);
  });

  it('still gives BRON-01 for a valid BSN that nobody identified', async () => {
    const res = await plaza().post(
      '/inschrijvingen',
      inschrijvingBericht(inschrijving({ leerling: { burgerservicenummer: '100252333' } })),
    );
    expect(res.status).toBe(400);
    expect(pairs(res.body)).toContainEqual(['BRON-01', '/inschrijving/leerling']);
  });

  it('answers an inschrijvingsstatus question with an invalid BSN 400 ID-01, not 404 "niets gevonden" (item 15)', async () => {
    const res = await plaza().post('/informatiediensten/inschrijvingsstatus', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      leerling: { burgerservicenummer: BSN_ZONDER_ELFPROEF },
      geboortedatum: GEBOORTEDATUM,
    });
    expect([res.status, pairs(res.body)]).toEqual([400, [['ID-01', '/leerling/burgerservicenummer']]]);
  });
});
