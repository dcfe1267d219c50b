// BRON-02 mutations and BRON-04 verwijdering.
import { bepaalMutatie } from '../src/domain/mutatie';
import { checkVerwijdering } from '../src/domain/verwijdering';
import type { Inschrijving } from '../src/domain/types';

const basis: Inschrijving = {
  leerling: { burgerservicenummer: '802533048' },
  inschrijvingsvolgnummer: '7',
  vestigingscode: '25BE00',
  onderwijsaanbiedercode: '110A133',
  onderwijslocatiecode: '107X215',
  soortOnderwijs: 'BAO',
  inschrijfdatum: '2024-08-01',
  periodes: [{ begindatum: '2024-08-01', groep: 5 }],
};
const uitgeschreven: Inschrijving = { ...basis, uitschrijfdatum: '2026-11-27', redenUitschrijving: 'VERHUIZING_BUITENLAND' };

describe('bepaalMutatie (BRON-02)', () => {
  it('is TOEGEVOEGD for a new key', () => {
    expect(bepaalMutatie(undefined, basis)).toBe('TOEGEVOEGD');
  });

  it('is TOEGEVOEGD for a new key that already carries an uitschrijfdatum', () => {
    expect(bepaalMutatie(undefined, uitgeschreven)).toBe('TOEGEVOEGD');
  });

  it('is UITGESCHREVEN when the uitschrijfdatum is newly set', () => {
    expect(bepaalMutatie(basis, uitgeschreven)).toBe('UITGESCHREVEN');
  });

  it('is GEWIJZIGD for any other change, including a changed or removed uitschrijfdatum', () => {
    expect(bepaalMutatie(basis, { ...basis, periodes: [...basis.periodes, { begindatum: '2025-08-01', groep: 6 }] })).toBe(
      'GEWIJZIGD',
    );
    expect(bepaalMutatie(uitgeschreven, { ...uitgeschreven, uitschrijfdatum: '2026-11-26' })).toBe('GEWIJZIGD');
    expect(bepaalMutatie(uitgeschreven, basis)).toBe('GEWIJZIGD');
  });
});

describe('checkVerwijdering (BRON-04)', () => {
  const geen = { heeftResultaten: false, bekostigingDefinitief: false };

  it('allows removing an inschrijving with one periode, no resultaten and no definitieve bekostiging', () => {
    expect(checkVerwijdering(basis, geen)).toEqual([]);
  });

  it('refuses an inschrijving with more than one periode', () => {
    const r = checkVerwijdering({ ...basis, periodes: [...basis.periodes, { begindatum: '2025-08-01', groep: 6 }] }, geen);
    expect(r).toEqual([
      expect.objectContaining({
        foutcode: 'BRON-04',
        pointer: '/inschrijving',
        fouttekst: expect.stringContaining('2 periodes'),
      }),
    ]);
  });

  it('refuses an inschrijving with resultaten', () => {
    expect(checkVerwijdering(basis, { ...geen, heeftResultaten: true }).map((f) => f.foutcode)).toEqual(['BRON-04']);
  });

  it('refuses an inschrijving with a DEFINITIEF bekostigingsstatus', () => {
    expect(checkVerwijdering(basis, { ...geen, bekostigingDefinitief: true })).toEqual([
      expect.objectContaining({ foutcode: 'BRON-04', fouttekst: expect.stringContaining('definitief') }),
    ]);
  });

  it('reports every reason at once, at the pointer the caller names', () => {
    const r = checkVerwijdering(
      { ...basis, periodes: [...basis.periodes, { begindatum: '2025-08-01', groep: 6 }] },
      { heeftResultaten: true, bekostigingDefinitief: true },
      '/verwijdering',
    );
    expect(r.map((f) => [f.foutcode, f.pointer])).toEqual([
      ['BRON-04', '/verwijdering'],
      ['BRON-04', '/verwijdering'],
      ['BRON-04', '/verwijdering'],
    ]);
  });
});
