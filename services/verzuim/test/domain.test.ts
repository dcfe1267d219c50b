// The verzuim rules as pure functions (docs/rules.md#verzuimregister): dates, werkdagen, leerplicht, routing, status.
import type { Party } from '@duo-sim/shared';
import { checkMeldtermijn, isIngeschrevenOp, werkdagenNa } from '../src/domain/melding';
import { leerplichtigVanaf, matchOpPersoonsgegevens, routeer } from '../src/domain/routing';
import { checkEinddatumWijziging, checkStatusMove, isOpen } from '../src/domain/status';
import type { BrpPersoon, MeldingInhoud } from '../src/domain/types';

const persoon = (over: Partial<BrpPersoon> = {}): BrpPersoon => ({
  achternaam: 'Visser',
  voornamen: 'Milan',
  geboortedatum: '2016-02-10',
  geslacht: 'M',
  adres: { postcode: '3583XK', huisnummer: 171, woonplaats: 'Utrecht', gemeentecode: '0344' },
  ...over,
});

describe('werkdagenNa (VZM-07)', () => {
  it.each([
    ['2026-11-27', '2026-11-27', 0],
    ['2026-11-27', '2026-11-30', 1], // Friday -> Monday: Saturday and Sunday do not count
    ['2026-11-20', '2026-11-27', 5],
    ['2026-11-16', '2026-11-27', 9],
  ])('counts Mon–Fri after %s up to %s as %i', (na, tot, n) => {
    expect(werkdagenNa(na, tot)).toBe(n);
  });

  it('calls a 16-uur melding late from the 6th werkdag after the einddatum on', () => {
    const m = { verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN', begindatum: '2026-11-02', einddatum: '2026-11-20' } as MeldingInhoud;
    expect(checkMeldtermijn(m, '2026-11-27')).toEqual([]);
    expect(checkMeldtermijn(m, '2026-11-30')).toEqual([expect.objectContaining({ foutcode: 'VZM-07' })]);
  });
});

describe('leerplichtigVanaf (VZM-08)', () => {
  it.each([
    ['2021-03-10', '2026-04-01'],
    ['2021-04-01', '2026-05-01'],
    ['2021-12-31', '2027-01-01'],
  ])('born %s: leerplichtig from %s (first of the month after the 5th birthday)', (geboren, vanaf) => {
    expect(leerplichtigVanaf(geboren)).toBe(vanaf);
  });
});

describe('isIngeschrevenOp (BRON-03)', () => {
  it('counts the uitschrijfdatum as the last day ingeschreven', () => {
    const i = { inschrijfdatum: '2024-08-01', uitschrijfdatum: '2026-11-02' };
    expect(isIngeschrevenOp(i, '2024-07-31')).toBe(false);
    expect(isIngeschrevenOp(i, '2024-08-01')).toBe(true);
    expect(isIngeschrevenOp(i, '2026-11-02')).toBe(true);
    expect(isIngeschrevenOp(i, '2026-11-03')).toBe(false);
  });
});

describe('routing (VZM-09)', () => {
  const gemeenten: Party[] = [{ oin: '00000099300003440000', naam: 'Gemeente Utrecht', rol: 'gemeente', gemeentecode: '0344' }];

  it('routes to the gemeente party with the gemeentecode of the BRP address', () => {
    expect(routeer(persoon(), gemeenten)).toEqual({ woongemeente: { code: '0344', naam: 'Gemeente Utrecht' }, fouten: [] });
  });

  it('refuses a pupil without BRP address, and a gemeente outside the world', () => {
    expect(routeer(null, gemeenten).fouten).toEqual([expect.objectContaining({ foutcode: 'VZM-09' })]);
    const amsterdam = persoon({ adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' } });
    expect(routeer(amsterdam, gemeenten).fouten).toEqual([expect.objectContaining({ foutcode: 'VZM-09' })]);
  });

  it('matches an onderwijsnummer’s holder on name, voorvoegsel, geboortedatum and geslacht, only when unambiguous', () => {
    const milan = persoon();
    const gegevens = { achternaam: 'Visser', voornamen: 'Milan', geboortedatum: '2016-02-10', geslacht: 'M' };
    expect(matchOpPersoonsgegevens([milan], gegevens)).toBe(milan);
    expect(matchOpPersoonsgegevens([milan], { ...gegevens, voorvoegsel: 'de' })).toBeNull();
    expect(matchOpPersoonsgegevens([milan, persoon()], gegevens)).toBeNull();
  });
});

describe('the status machine (VZM-12)', () => {
  it('calls GEREGISTREERD and IN_BEHANDELING open, the rest closed', () => {
    expect(
      ['GEREGISTREERD', 'IN_BEHANDELING', 'INGETROKKEN', 'AFGESLOTEN', 'TER_KENNISGEVING_AANGENOMEN'].map((s) =>
        isOpen(s as never),
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it('lets the school only withdraw, and the gemeente never withdraw or go back', () => {
    expect(checkStatusMove('school', 'IN_BEHANDELING', 'INGETROKKEN')).toBeNull();
    expect(checkStatusMove('school', 'GEREGISTREERD', 'AFGESLOTEN')).toMatchObject({ foutcode: 'VZM-12' });
    expect(checkStatusMove('gemeente', 'GEREGISTREERD', 'INGETROKKEN')).toMatchObject({ foutcode: 'VZM-12' });
    expect(checkStatusMove('gemeente', 'IN_BEHANDELING', 'GEREGISTREERD')).toMatchObject({ foutcode: 'VZM-12' });
    expect(checkStatusMove('gemeente', 'IN_BEHANDELING', 'IN_BEHANDELING')).toMatchObject({ foutcode: 'VZM-12' });
  });

  it('allows an einddatum change only while open', () => {
    expect(checkEinddatumWijziging('IN_BEHANDELING')).toBeNull();
    expect(checkEinddatumWijziging('AFGESLOTEN')).toMatchObject({ foutcode: 'VZM-12', pointer: '/einddatum' });
  });
});
