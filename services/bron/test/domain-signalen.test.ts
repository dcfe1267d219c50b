// BRON-17 (real numbers, sim timing): which moments the clock passed, and who gets a signaal.
import { gepasseerdeSignaalmomenten, krijgtSignaal } from '../src/domain/signalen';
import { inschrijving } from './bron-world';

const groep8 = inschrijving({ inschrijfdatum: '2026-08-01', periodes: [{ begindatum: '2026-08-01', groep: 8 }] });
const codes = (from: string, to: string) => gepasseerdeSignaalmomenten(from, to).map((m) => `${m.code} ${m.peildatum}`);

describe('BRON-17 signaalmomenten', () => {
  it('passes 14 February (168) and 29 March (166) going forward, oldest first, judged the day after', () => {
    expect(codes('2027-01-20', '2027-02-15')).toEqual(['168 2027-02-15']);
    expect(codes('2027-01-20', '2027-05-01')).toEqual(['168 2027-02-15', '166 2027-03-30']);
    expect(codes('2026-12-01', '2028-02-20')).toEqual(['168 2027-02-15', '166 2027-03-30', '168 2028-02-15']);
  });

  it('counts the day itself as not yet after: from 14 February it passes, from 15 February not', () => {
    expect(codes('2027-02-14', '2027-02-15')).toEqual(['168 2027-02-15']);
    expect(codes('2027-02-13', '2027-02-14')).toEqual([]);
    expect(codes('2027-02-15', '2027-03-29')).toEqual([]);
  });

  it('passes nothing when the clock moves back', () => {
    expect(codes('2027-05-01', '2027-01-01')).toEqual([]);
  });
});

describe('BRON-17 krijgtSignaal', () => {
  const [m168, m166] = gepasseerdeSignaalmomenten('2027-01-01', '2027-04-01') as [never, never];
  const geen = { schooladvies: false, doorstroomtoets: false };

  it('168: a groep-8 pupil without schooladvies; none with one', () => {
    expect(krijgtSignaal(groep8, geen, m168)).toBe(true);
    expect(krijgtSignaal(groep8, { ...geen, schooladvies: true }, m168)).toBe(false);
  });

  it('166: a groep-8 pupil without doorstroomtoets; none with one', () => {
    expect(krijgtSignaal(groep8, { ...geen, schooladvies: true }, m166)).toBe(true);
    expect(krijgtSignaal(groep8, { schooladvies: true, doorstroomtoets: true }, m166)).toBe(false);
  });

  it('none for a pupil in another groep, or not enrolled on the peildatum', () => {
    const groep7 = inschrijving({ inschrijfdatum: '2026-08-01', periodes: [{ begindatum: '2026-08-01', groep: 7 }] });
    expect(krijgtSignaal(groep7, geen, m168)).toBe(false);
    expect(krijgtSignaal({ ...groep8, uitschrijfdatum: '2027-02-14' }, geen, m168)).toBe(false);
    expect(krijgtSignaal({ ...groep8, uitschrijfdatum: '2027-02-15' }, geen, m168)).toBe(true);
  });
});
