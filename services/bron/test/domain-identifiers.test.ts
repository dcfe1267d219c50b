// ID-01, ID-02, ID-03: the leerling's persoonsgebonden nummer in a BRON bericht.
import { checkLeerling } from '@duo-sim/shared';

const P = '/inschrijving/leerling';

describe('checkLeerling', () => {
  it('accepts a BSN that passes the elfproef (ID-01)', () => {
    expect(checkLeerling({ burgerservicenummer: '111222333' }, P)).toEqual([]);
  });

  it('rejects a BSN that fails the elfproef, naming the field and the number (ID-01)', () => {
    expect(checkLeerling({ burgerservicenummer: '111222334' }, P)).toEqual([
      expect.objectContaining({
        foutcode: 'ID-01',
        pointer: '/inschrijving/leerling/burgerservicenummer',
        sleutelgegevens: [{ sleutelnaam: 'burgerservicenummer', sleutelwaarde: '111222334' }],
      }),
    ]);
  });

  it('rejects the all-zeros BSN (ID-01)', () => {
    expect(checkLeerling({ burgerservicenummer: '000000000' }, P).map((f) => f.foutcode)).toEqual(['ID-01']);
  });

  it('accepts a valid onderwijsnummer (ID-02)', () => {
    expect(checkLeerling({ onderwijsnummer: '101222331' }, P)).toEqual([]);
  });

  it('rejects a valid BSN given as onderwijsnummer (ID-02)', () => {
    expect(checkLeerling({ onderwijsnummer: '100252333' }, P)).toEqual([
      expect.objectContaining({ foutcode: 'ID-02', pointer: '/inschrijving/leerling/onderwijsnummer' }),
    ]);
  });

  it('rejects a leerling without any PGN (ID-03)', () => {
    expect(checkLeerling({}, P)).toEqual([expect.objectContaining({ foutcode: 'ID-03', pointer: P })]);
  });

  it('rejects a leerling with both a BSN and an onderwijsnummer, and still checks each number (ID-03, ID-01)', () => {
    const fouten = checkLeerling({ burgerservicenummer: '123456789', onderwijsnummer: '101222331' }, P);
    expect(fouten.map((f) => [f.foutcode, f.pointer])).toEqual([
      ['ID-03', P],
      ['ID-01', '/inschrijving/leerling/burgerservicenummer'],
    ]);
  });

  it('writes a Dutch fouttekst that says what is expected (ID-01)', () => {
    const [fout] = checkLeerling({ burgerservicenummer: '123456789' }, P);
    expect(fout?.fouttekst).toMatch(/elfproef/);
  });
});
