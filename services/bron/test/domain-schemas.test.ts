// The BRON bericht schemas (docs/services/bron.md): bron-inschrijving(-bericht) and bron-identificatie-bericht.
import { createSchemaRegistry } from '@duo-sim/shared';

const schemas = createSchemaRegistry();

const bedrijfsdocument = {
  identificatiecodeBedrijfsdocument: '6f1c2a9e-1f7b-4c7e-9d55-0c2a3b4d5e6f',
  verzendendeInstantie: '0000000700025BE00000',
  ontvangendeInstantie: '00000001800866472000',
  datumTijdBedrijfsdocument: '2026-11-28T10:15:00Z',
};

const inschrijving = {
  leerling: { burgerservicenummer: '803335143' },
  inschrijvingsvolgnummer: 'LL-0001',
  vestigingscode: '25BE00',
  onderwijsaanbiedercode: '110A133',
  onderwijslocatiecode: '107X215',
  soortOnderwijs: 'BAO',
  inschrijfdatum: '2026-11-23',
  indicatieBekostiging: true,
  periodes: [{ begindatum: '2026-11-23', groep: 1 }],
};

const pointers = (name: string, data: unknown) => schemas.validate(name, data).map((f) => f.pointer);

describe('bron-inschrijving-bericht', () => {
  it('accepts a valid inschrijvingbericht (BRON-09)', () => {
    expect(schemas.validate('bron-inschrijving-bericht', { bedrijfsdocument, inschrijving })).toEqual([]);
  });

  it('accepts every optional field of BRON-09, BRON-10 and BRON-11 (their applicability is a rule check)', () => {
    const vol = {
      ...inschrijving,
      uitschrijfdatum: '2027-07-31',
      redenUitschrijving: 'EINDE_PO',
      ongeoorloofdVerzuimMeerDanHelft: false,
      periodes: [{ begindatum: '2026-11-23', groep: 1, onderwijslocatiecode: '107X216' }],
      nnca: true,
      voorschoolsProgramma: true,
      maandenVoorschools: 24,
      vroegschoolsProgramma: { begindatum: '2024-09-01', einddatum: '2026-07-31' },
      ontwikkelingsperspectief: false,
      opdc: false,
      tlvBeschikkingsnummer: 'TLV-2026-001',
      soortVerblijf: 'INTERNAAT',
      experiment: 'X',
      onderwijsconcept: 'Y',
    };
    expect(schemas.validate('bron-inschrijving-bericht', { bedrijfsdocument, inschrijving: vol })).toEqual([]);
  });

  it('reports every violation with its pointer (SCHEMA)', () => {
    const fout = {
      ...inschrijving,
      leerling: { burgerservicenummer: '803335143', onderwijsnummer: '101222331' },
      inschrijvingsvolgnummer: 'X'.repeat(21),
      vestigingscode: '25BE',
      soortOnderwijs: 'VO',
      inschrijfdatum: '2026-02-30',
      redenUitschrijving: 'WEG',
      maandenVoorschools: 25,
      periodes: [{ begindatum: '2026-11-23', groep: 13, extra: 1 }],
      gewicht: 0.3,
    };
    const f = schemas.validate('bron-inschrijving-bericht', { bedrijfsdocument, inschrijving: fout });
    expect(f.every((x) => x.foutcode === 'SCHEMA')).toBe(true);
    expect(f.map((x) => x.pointer)).toEqual(
      expect.arrayContaining([
        '/inschrijving/leerling',
        '/inschrijving/inschrijvingsvolgnummer',
        '/inschrijving/vestigingscode',
        '/inschrijving/soortOnderwijs',
        '/inschrijving/inschrijfdatum',
        '/inschrijving/redenUitschrijving',
        '/inschrijving/maandenVoorschools',
        '/inschrijving/periodes/0/groep',
        '/inschrijving/periodes/0/extra',
        '/inschrijving/gewicht',
      ]),
    );
  });

  it('requires at least one periode and the bedrijfsdocument (SCHEMA)', () => {
    expect(pointers('bron-inschrijving-bericht', { inschrijving: { ...inschrijving, periodes: [] } })).toEqual(
      expect.arrayContaining(['/bedrijfsdocument', '/inschrijving/periodes']),
    );
  });

  it('validates a bare inschrijving with a pointer prefix', () => {
    const f = schemas.validate('bron-inschrijving', { ...inschrijving, groep: 3 }, '/inschrijving');
    expect(f).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/inschrijving/groep' })]);
  });
});

describe('bron-identificatie-bericht', () => {
  const metPgn = { burgerservicenummer: '709185157', geboortedatum: '2016-02-24', geslacht: 'M' };
  const zonderPgn = {
    achternaam: 'Heijden',
    voorvoegsel: 'van der',
    voornamen: 'Noah',
    geboortedatum: '2016-02-24',
    geslacht: 'M',
    adres: { postcode: '3701MN', huisnummer: 190 },
  };

  it('accepts a persoon met PGN, and one zonder PGN with a Dutch or a foreign address (BRON-01)', () => {
    expect(schemas.validate('bron-identificatie-bericht', { bedrijfsdocument, persoon: metPgn })).toEqual([]);
    expect(
      schemas.validate('bron-identificatie-bericht', {
        bedrijfsdocument,
        persoon: { onderwijsnummer: '100000004', geboortedatum: '2016-02-24', geslacht: 'V' },
      }),
    ).toEqual([]);
    expect(schemas.validate('bron-identificatie-bericht', { bedrijfsdocument, persoon: zonderPgn })).toEqual([]);
    const { adres: _adres, ...zonderAdres } = zonderPgn;
    expect(
      schemas.validate('bron-identificatie-bericht', {
        bedrijfsdocument,
        persoon: { ...zonderAdres, buitenlandsAdres: { landcode: '9089', adresregel1: 'Hauptstraße 1' } },
      }),
    ).toEqual([]);
  });

  it('rejects a persoon met PGN with both numbers, or with neither (ID-03, SCHEMA)', () => {
    expect(
      pointers('bron-identificatie-bericht', { bedrijfsdocument, persoon: { ...metPgn, onderwijsnummer: '100000004' } }),
    ).toEqual(['/persoon']);
    expect(
      pointers('bron-identificatie-bericht', { bedrijfsdocument, persoon: { geboortedatum: '2016-02-24', geslacht: 'M' } }),
    ).toEqual(expect.arrayContaining(['/persoon/burgerservicenummer', '/persoon/onderwijsnummer']));
  });

  it('rejects a persoon zonder PGN with both addresses, or none (BRON-01, SCHEMA)', () => {
    expect(
      pointers('bron-identificatie-bericht', {
        bedrijfsdocument,
        persoon: { ...zonderPgn, buitenlandsAdres: { landcode: '5010' } },
      }),
    ).toEqual(['/persoon']);
    const { adres: _adres, ...zonderAdres } = zonderPgn;
    expect(pointers('bron-identificatie-bericht', { bedrijfsdocument, persoon: zonderAdres })).toEqual(
      expect.arrayContaining(['/persoon/adres', '/persoon/buitenlandsAdres']),
    );
  });

  it('rejects a mix of both forms against the form it was meant as (SCHEMA)', () => {
    expect(
      pointers('bron-identificatie-bericht', { bedrijfsdocument, persoon: { ...zonderPgn, burgerservicenummer: '709185157' } }),
    ).toEqual(['/persoon/burgerservicenummer']);
  });

  it('rejects a foreign address in the Netherlands (landcode 6030) and a bad postcode (SCHEMA)', () => {
    const { adres: _adres, ...zonderAdres } = zonderPgn;
    expect(
      pointers('bron-identificatie-bericht', {
        bedrijfsdocument,
        persoon: { ...zonderAdres, buitenlandsAdres: { landcode: '6030' } },
      }),
    ).toEqual(['/persoon/buitenlandsAdres/landcode']);
    expect(
      pointers('bron-identificatie-bericht', {
        bedrijfsdocument,
        persoon: { ...zonderPgn, adres: { postcode: '3701 MN', huisnummer: 190 } },
      }),
    ).toEqual(['/persoon/adres/postcode']);
  });
});
