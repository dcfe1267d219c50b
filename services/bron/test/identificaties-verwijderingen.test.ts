// POST /identificaties (BRON-01) and POST /verwijderingen (BRON-04) over mTLS.
import { isOnderwijsnummer } from '@duo-sim/shared';
import {
  bedrijfsdocument,
  BSN,
  DUO_OIN,
  GEBOORTEDATUM,
  inschrijving,
  inschrijvingBericht,
  KWARTET,
  OPERATOR,
  PLAZA,
  startBron,
  type BronUnderTest,
} from './bron-world';

describe('BRON identificaties (BRON-01)', () => {
  let bron: BronUnderTest;
  beforeAll(async () => {
    bron = await startBron();
  });
  afterAll(() => bron.close());
  const identificeer = (persoon: object) =>
    bron.served.as(PLAZA).post('/identificaties', { bedrijfsdocument: bedrijfsdocument('11AA'), persoon });

  it('identifies a pupil met PGN when geboortedatum and geslacht match the BRP', async () => {
    const res = await identificeer({ burgerservicenummer: BSN, geboortedatum: GEBOORTEDATUM, geslacht: 'M' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resultaat: 'GEIDENTIFICEERD', leerling: { burgerservicenummer: BSN } });
  });

  it('does not identify a met-PGN pupil whose geboortedatum differs', async () => {
    const res = await identificeer({ burgerservicenummer: BSN, geboortedatum: '2016-01-16', geslacht: 'M' });
    expect(res.status).toBe(200);
    expect(res.body.resultaat).toBe('NIET_GEIDENTIFICEERD');
    expect(res.body.leerling).toBeUndefined();
  });

  it('rejects a met-PGN question with a BSN that fails the elfproef (ID-01)', async () => {
    const res = await identificeer({ burgerservicenummer: '111222334', geboortedatum: GEBOORTEDATUM, geslacht: 'M' });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'ID-01' });
  });

  it('finds the BSN of a pupil zonder PGN by name, geboortedatum and geslacht (case and spacing ignored)', async () => {
    const res = await identificeer({
      achternaam: 'DEMIR',
      voornamen: ' Thijs',
      geboortedatum: GEBOORTEDATUM,
      geslacht: 'M',
      adres: { postcode: '3511BV', huisnummer: 31 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resultaat: 'GEIDENTIFICEERD', leerling: { burgerservicenummer: BSN } });
  });

  it('gives an onderwijsnummer when the name does not match the BRP person', async () => {
    const res = await identificeer({
      achternaam: 'Demir',
      voornamen: 'Thijmen',
      geboortedatum: GEBOORTEDATUM,
      geslacht: 'M',
      adres: { postcode: '3511BV', huisnummer: 31 },
    });
    expect(res.status).toBe(200);
    expect(res.body.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
  });

  it('gives a pupil without BSN an onderwijsnummer that passes ID-02, the same one again, and accepts its inschrijving', async () => {
    const persoon = {
      achternaam: 'Nieuwkomer',
      voornamen: 'Sara',
      geboortedatum: '2019-05-05',
      geslacht: 'V',
      buitenlandsAdres: { landcode: '9089' },
    };
    const first = await identificeer(persoon);
    expect(first.body.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
    const nummer = first.body.leerling.onderwijsnummer as string;
    expect(isOnderwijsnummer(nummer)).toBe(true);
    const again = await identificeer({ ...persoon, achternaam: 'NIEUWKOMER ' });
    expect(again.body.leerling).toEqual({ onderwijsnummer: nummer });
    const other = await identificeer({ ...persoon, voornamen: 'Sanne' });
    expect(other.body.leerling.onderwijsnummer).not.toBe(nummer);

    const ins = inschrijving({ leerling: { onderwijsnummer: nummer }, periodes: [{ begindatum: '2026-11-23', groep: 3 }] });
    const res = await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(ins));
    expect(res.status).toBe(201);

    // DUO's services may ask whom the number belongs to (for verzuim routing); a vendor may not.
    const houder = await bron.served.as(DUO_OIN).get(`/onderwijsnummers/${nummer}`);
    expect(houder.status).toBe(200);
    expect(houder.body).toEqual({
      onderwijsnummer: nummer,
      achternaam: 'Nieuwkomer',
      voornamen: 'Sara',
      geboortedatum: '2019-05-05',
      geslacht: 'V',
    });
    expect((await bron.served.as(PLAZA).get(`/onderwijsnummers/${nummer}`)).status).toBe(403);
    expect((await bron.served.as(OPERATOR).get('/onderwijsnummers/100000004')).status).toBe(404);
  });

  it('refuses identification for a school the vendor has no mandate for (EK-07)', async () => {
    const res = await bron.served.as(KWARTET).post('/identificaties', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      persoon: { burgerservicenummer: BSN, geboortedatum: GEBOORTEDATUM, geslacht: 'M' },
    });
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
  });

  it('rejects a persoon with neither PGN nor name (SCHEMA)', async () => {
    const res = await identificeer({ geboortedatum: GEBOORTEDATUM });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.every((f: { foutcode: string }) => f.foutcode === 'SCHEMA')).toBe(true);
  });
});

describe('onderwijsnummers after a reset (docs/services/bron.md: the sequence starts again)', () => {
  it('hands out the first number again, and forgets whom the old ones were given to', async () => {
    const bron = await startBron();
    try {
      const identificeer = async (voornamen: string) =>
        (
          await bron.served.as(PLAZA).post('/identificaties', {
            bedrijfsdocument: bedrijfsdocument('11AA'),
            persoon: {
              achternaam: 'Nieuwkomer',
              voornamen,
              geboortedatum: '2019-05-05',
              geslacht: 'V',
              buitenlandsAdres: { landcode: '9089' },
            },
          })
        ).body.leerling.onderwijsnummer as string;
      const eerste = await identificeer('Sara');
      const tweede = await identificeer('Sanne');
      expect(tweede).not.toBe(eerste);
      expect((await bron.served.as(OPERATOR).post('/_sim/reset')).status).toBe(200);
      expect((await bron.served.as(OPERATOR).get(`/onderwijsnummers/${tweede}`)).status).toBe(404);
      expect(await identificeer('Sanne')).toBe(eerste);
    } finally {
      await bron.close();
    }
  });
});
describe('BRON verwijderingen (BRON-04)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const verwijder = (volgnummer = '1', caller = PLAZA) =>
    bron.served.as(caller).post('/verwijderingen', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      verwijdering: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: volgnummer },
    });

  it('removes an inschrijving with one periode, keeps its history and tells the school', async () => {
    await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    const res = await verwijder();
    expect(res.status).toBe(200);
    expect(res.body.terugkoppeling.mutatie).toBe('VERWIJDERD');
    expect(bron.count('inschrijvingen')).toBe(0);
    expect(bron.store.historie('11AA', BSN, '1').map((h) => h.mutatie)).toEqual(['TOEGEVOEGD', 'VERWIJDERD']);
    const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten');
    expect(
      box.body.berichten.map((b: { inhoud: { terugkoppeling: { mutatie: string } } }) => b.inhoud.terugkoppeling.mutatie),
    ).toEqual(['TOEGEVOEGD', 'VERWIJDERD']);
  });

  it('refuses to remove an inschrijving the pupil attended (two periodes) and keeps it (BRON-04)', async () => {
    await bron.served.as(PLAZA).post(
      '/inschrijvingen',
      inschrijvingBericht(
        inschrijving({
          periodes: [
            { begindatum: '2026-11-23', groep: 7 },
            { begindatum: '2026-11-25', groep: 8 },
          ],
        }),
      ),
    );
    const res = await verwijder();
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BRON-04', pointer: '/verwijdering' });
    expect(bron.count('inschrijvingen')).toBe(1);
  });

  it('answers 404 for an inschrijving that does not exist', async () => {
    const res = await verwijder('7');
    expect(res.status).toBe(404);
    expect(res.body.foutmeldingen[0].foutcode).toBe('BRON-04');
  });

  it('refuses a vendor without mandate for the school (EK-07)', async () => {
    await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    const res = await verwijder('1', KWARTET);
    expect(res.status).toBe(403);
    expect(bron.count('inschrijvingen')).toBe(1);
  });
});
