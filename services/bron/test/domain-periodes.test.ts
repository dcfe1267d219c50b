// BRON-03 (inclusive uitschrijfdatum) and BRON-05 (a periode runs to the day before the next).
import { isIngeschrevenOp, locatieVan, periodeOp } from '../src/domain/periodes';
import type { Inschrijving } from '../src/domain/types';

const ins: Inschrijving = {
  leerling: { burgerservicenummer: '802533048' },
  inschrijvingsvolgnummer: '1',
  vestigingscode: '25BE00',
  onderwijsaanbiedercode: '110A133',
  onderwijslocatiecode: '107X215',
  soortOnderwijs: 'BAO',
  inschrijfdatum: '2024-08-01',
  uitschrijfdatum: '2026-07-31',
  periodes: [
    { begindatum: '2024-08-01', groep: 3 },
    { begindatum: '2025-08-01', groep: 4 },
    { begindatum: '2026-01-05', groep: 4, onderwijslocatiecode: '107X216' },
  ],
};

describe('isIngeschrevenOp', () => {
  it('counts the inschrijfdatum and the uitschrijfdatum itself as enrolled (BRON-03)', () => {
    expect(isIngeschrevenOp(ins, '2024-08-01')).toBe(true);
    expect(isIngeschrevenOp(ins, '2026-07-31')).toBe(true);
  });

  it('is not enrolled the day before the inschrijfdatum or the day after the uitschrijfdatum (BRON-03)', () => {
    expect(isIngeschrevenOp(ins, '2024-07-31')).toBe(false);
    expect(isIngeschrevenOp(ins, '2026-08-01')).toBe(false);
  });

  it('is enrolled indefinitely without an uitschrijfdatum (BRON-03)', () => {
    expect(isIngeschrevenOp({ inschrijfdatum: '2024-08-01' }, '2040-01-01')).toBe(true);
  });
});

describe('periodeOp', () => {
  it('gives the periode that began on or before the date, up to the day before the next (BRON-05)', () => {
    expect(periodeOp(ins, '2024-08-01')?.groep).toBe(3);
    expect(periodeOp(ins, '2025-07-31')?.groep).toBe(3);
    expect(periodeOp(ins, '2025-08-01')?.groep).toBe(4);
    expect(periodeOp(ins, '2026-01-04')?.onderwijslocatiecode).toBeUndefined();
    expect(periodeOp(ins, '2026-01-05')?.onderwijslocatiecode).toBe('107X216');
  });

  it('gives the last periode on the uitschrijfdatum and none after it (BRON-03, BRON-05)', () => {
    expect(periodeOp(ins, '2026-07-31')?.begindatum).toBe('2026-01-05');
    expect(periodeOp(ins, '2026-08-01')).toBeUndefined();
  });

  it('gives none before the inschrijfdatum (BRON-05)', () => {
    expect(periodeOp(ins, '2024-07-31')).toBeUndefined();
  });
});

describe('locatieVan', () => {
  it("uses the periode's own locatie over the inschrijving's (BRON-06)", () => {
    expect(locatieVan(ins, ins.periodes[0])).toBe('107X215');
    expect(locatieVan(ins, ins.periodes[2])).toBe('107X216');
  });
});
