// BRON-01 Identificeren persoon against the BRP stub (fixtures/brp-personen.json), ID-02 issuance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onderwijsnummerFor } from '@duo-sim/shared';
import {
  geboortegegevensVan,
  identificeer,
  isKnownPgn,
  persoonsleutel,
  type BrpPersoon,
  type UitgegevenOnderwijsnummers,
} from '../src/domain/identificatie';

const BRP = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/brp-personen.json'), 'utf8')) as BrpPersoon[];

// Noah van der Heijden, in the stub with a BSN.
const NOAH = {
  burgerservicenummer: '709185157',
  achternaam: 'Heijden',
  voorvoegsel: 'van der',
  voornamen: 'Noah',
  geboortedatum: '2016-02-24',
  geslacht: 'M' as const,
};
// Milan Visser, in the stub without any PGN.
const MILAN = { achternaam: 'Visser', voornamen: 'Milan', geboortedatum: '2016-02-10', geslacht: 'M' as const };
const NIEMAND = {
  achternaam: 'Onbekend',
  voornamen: 'Nina',
  geboortedatum: '2019-03-03',
  geslacht: 'V' as const,
  adres: { postcode: '3511AA', huisnummer: 1 },
};

/** An in-memory stand-in for the store's register of issued onderwijsnummers. */
function uitgifte() {
  const byPerson = new Map<string, string>();
  const byNummer = new Map<string, string>();
  let seq = 0;
  const issued: UitgegevenOnderwijsnummers = { findByPerson: (k) => byPerson.get(k), findByNummer: (n) => byNummer.get(n) };
  const nextNumber = () => {
    let n: string | null = null;
    while (n === null) n = onderwijsnummerFor(seq++);
    return n;
  };
  const record = (r: ReturnType<typeof identificeer>) => {
    if (r.nieuwOnderwijsnummer) {
      byPerson.set(r.nieuwOnderwijsnummer.persoonsleutel, r.nieuwOnderwijsnummer.nummer);
      byNummer.set(r.nieuwOnderwijsnummer.nummer, r.nieuwOnderwijsnummer.persoonsleutel);
    }
    return r;
  };
  return {
    issued,
    nextNumber,
    identificeer: (p: Parameters<typeof identificeer>[0], brp: BrpPersoon[] = BRP) =>
      record(identificeer(p, brp, issued, nextNumber)),
  };
}

describe('identificeer met PGN (BRON-01)', () => {
  it('identifies a BSN whose geboortedatum and geslacht match the BRP', () => {
    const u = uitgifte();
    expect(
      u.identificeer({ burgerservicenummer: NOAH.burgerservicenummer, geboortedatum: NOAH.geboortedatum, geslacht: 'M' }),
    ).toEqual({
      resultaat: 'GEIDENTIFICEERD',
      leerling: { burgerservicenummer: '709185157' },
    });
  });

  it('does not identify a BSN with another geboortedatum', () => {
    const u = uitgifte();
    expect(u.identificeer({ burgerservicenummer: NOAH.burgerservicenummer, geboortedatum: '2016-02-25', geslacht: 'M' })).toEqual(
      { resultaat: 'NIET_GEIDENTIFICEERD' },
    );
  });

  it('does not identify a BSN with another geslacht', () => {
    const u = uitgifte();
    expect(
      u.identificeer({ burgerservicenummer: NOAH.burgerservicenummer, geboortedatum: NOAH.geboortedatum, geslacht: 'V' })
        .resultaat,
    ).toBe('NIET_GEIDENTIFICEERD');
  });

  it('does not identify a valid BSN that is not in the BRP', () => {
    const u = uitgifte();
    expect(u.identificeer({ burgerservicenummer: '111222333', geboortedatum: '2016-01-01', geslacht: 'M' }).resultaat).toBe(
      'NIET_GEIDENTIFICEERD',
    );
  });

  it('identifies an onderwijsnummer duo-sim issued, with matching geboortedatum and geslacht', () => {
    const u = uitgifte();
    const toegekend = u.identificeer(MILAN).leerling!.onderwijsnummer!;
    expect(u.identificeer({ onderwijsnummer: toegekend, geboortedatum: MILAN.geboortedatum, geslacht: 'M' })).toEqual({
      resultaat: 'GEIDENTIFICEERD',
      leerling: { onderwijsnummer: toegekend },
    });
    expect(u.identificeer({ onderwijsnummer: toegekend, geboortedatum: '2016-02-11', geslacht: 'M' }).resultaat).toBe(
      'NIET_GEIDENTIFICEERD',
    );
  });

  it('does not identify an onderwijsnummer never issued', () => {
    expect(uitgifte().identificeer({ onderwijsnummer: '101222331', geboortedatum: '2016-01-01', geslacht: 'M' }).resultaat).toBe(
      'NIET_GEIDENTIFICEERD',
    );
  });
});

describe('identificeer zonder PGN (BRON-01)', () => {
  it('gives the BSN of the one BRP person with that name, geboortedatum and geslacht', () => {
    const { burgerservicenummer: _bsn, ...zonder } = NOAH;
    expect(uitgifte().identificeer({ ...zonder, adres: { postcode: '3701MN', huisnummer: 190 } })).toEqual({
      resultaat: 'GEIDENTIFICEERD',
      leerling: { burgerservicenummer: '709185157' },
    });
  });

  it('matches names regardless of case, accents and spacing', () => {
    expect(
      uitgifte().identificeer({
        achternaam: ' HEIJDEN',
        voorvoegsel: 'Van  der',
        voornamen: 'Noäh',
        geboortedatum: NOAH.geboortedatum,
        geslacht: 'M',
      }).leerling,
    ).toEqual({
      burgerservicenummer: '709185157',
    });
  });

  it('does not match when the voorvoegsel differs', () => {
    const r = uitgifte().identificeer({
      achternaam: 'Heijden',
      voornamen: 'Noah',
      geboortedatum: NOAH.geboortedatum,
      geslacht: 'M',
    });
    expect(r.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
  });

  it('issues a new onderwijsnummer when nobody matches, and tells the store to record it (ID-02)', () => {
    const r = uitgifte().identificeer(NIEMAND);
    expect(r.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
    expect(r.leerling).toEqual({ onderwijsnummer: '100000004' });
    expect(r.nieuwOnderwijsnummer).toEqual({ nummer: '100000004', persoonsleutel: persoonsleutel(NIEMAND) });
  });

  it('gives the same person the same onderwijsnummer again, without drawing a new one (ID-02)', () => {
    const u = uitgifte();
    const eerst = u.identificeer(NIEMAND);
    const weer = u.identificeer({ ...NIEMAND, achternaam: 'onbekend', adres: { postcode: '9999ZZ', huisnummer: 2 } });
    expect(weer).toEqual({ resultaat: 'ONDERWIJSNUMMER_TOEGEKEND', leerling: eerst.leerling });
    expect(u.identificeer({ ...NIEMAND, voornamen: 'Nena' }).leerling).not.toEqual(eerst.leerling);
  });

  it('issues an onderwijsnummer for a BRP person without a PGN (ID-02)', () => {
    const r = uitgifte().identificeer(MILAN);
    expect(r.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
    expect(r.nieuwOnderwijsnummer?.nummer).toMatch(/^10\d{7}$/);
  });

  it('issues an onderwijsnummer when two BRP persons match (ID-02)', () => {
    const tweeling: BrpPersoon[] = [
      {
        burgerservicenummer: '111222333',
        achternaam: 'Jansen',
        voornamen: 'Sam',
        geboortedatum: '2018-05-05',
        geslacht: 'X',
        adres: { postcode: '3511AA', huisnummer: 1, woonplaats: 'Utrecht', gemeentecode: '0344' },
      },
      {
        burgerservicenummer: '123456782',
        achternaam: 'Jansen',
        voornamen: 'Sam',
        geboortedatum: '2018-05-05',
        geslacht: 'X',
        adres: { postcode: '3511AA', huisnummer: 1, woonplaats: 'Utrecht', gemeentecode: '0344' },
      },
    ];
    const r = uitgifte().identificeer(
      { achternaam: 'Jansen', voornamen: 'Sam', geboortedatum: '2018-05-05', geslacht: 'X' },
      tweeling,
    );
    expect(r.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
    expect(r.leerling?.burgerservicenummer).toBeUndefined();
    expect(r.leerling?.onderwijsnummer).toBe(r.nieuwOnderwijsnummer?.nummer);
  });
});

describe('isKnownPgn (BRON-01)', () => {
  it('knows a BSN from the BRP stub and an onderwijsnummer duo-sim issued', () => {
    const u = uitgifte();
    const onr = u.identificeer(NIEMAND).leerling!.onderwijsnummer!;
    expect(isKnownPgn({ burgerservicenummer: '709185157' }, BRP, u.issued)).toBe(true);
    expect(isKnownPgn({ onderwijsnummer: onr }, BRP, u.issued)).toBe(true);
    expect(geboortegegevensVan({ onderwijsnummer: onr }, BRP, u.issued)).toEqual({ geboortedatum: '2019-03-03', geslacht: 'V' });
  });

  it('does not know a valid BSN outside the stub, nor an onderwijsnummer never issued', () => {
    const u = uitgifte();
    expect(isKnownPgn({ burgerservicenummer: '111222333' }, BRP, u.issued)).toBe(false);
    expect(isKnownPgn({ onderwijsnummer: '101222331' }, BRP, u.issued)).toBe(false);
  });
});
