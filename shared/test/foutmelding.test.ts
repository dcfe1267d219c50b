// The one foutmelding builder every service uses (docs/services/common.md, RIO-07, BRON-12).
import { fout, sleutelgegevens } from '@duo-sim/shared';

describe('fout', () => {
  it('names the foutcode, the fouttekst, the pointer and the object, in that order of arguments (BRON-12)', () => {
    expect(
      fout('BRON-03', 'De uitschrijfdatum ligt voor de inschrijfdatum.', '/inschrijving/uitschrijfdatum', { a: '1' }),
    ).toEqual({
      foutcode: 'BRON-03',
      fouttekst: 'De uitschrijfdatum ligt voor de inschrijfdatum.',
      pointer: '/inschrijving/uitschrijfdatum',
      sleutelgegevens: [{ sleutelnaam: 'a', sleutelwaarde: '1' }],
    });
  });

  it('leaves out the pointer of a foutmelding about no single field, and keeps the sleutelgegevens (RIO-07)', () => {
    const f = fout('A01110', 'Onderwijsbestuur 100B999 is onbekend in RIO.', undefined, { onderwijsbestuurcode: '100B999' });
    expect(f).toEqual({
      foutcode: 'A01110',
      fouttekst: 'Onderwijsbestuur 100B999 is onbekend in RIO.',
      sleutelgegevens: [{ sleutelnaam: 'onderwijsbestuurcode', sleutelwaarde: '100B999' }],
    });
    expect(f).not.toHaveProperty('pointer');
  });

  it('sends no empty sleutelgegevens list when nothing names the object', () => {
    expect(fout('VZM-06', 'De begindatum ligt na vandaag.', '/melding/begindatum')).not.toHaveProperty('sleutelgegevens');
  });

  it('names the object in at most 5 sleutelgegevens, the first ones given (RIO-07)', () => {
    const zes = { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' };
    expect(sleutelgegevens(zes).map((s) => s.sleutelnaam)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fout('RIO-07', 'Te veel.', '/x', zes).sleutelgegevens).toHaveLength(5);
  });
});
