// The envelope's fault codes (EK-10): each broken header field has its own code and pointer, and a
// bericht with several broken fields hears of all of them at once.
import { checkBedrijfsdocument, DUO_OIN } from '@duo-sim/shared';

const goed = {
  identificatiecodeBedrijfsdocument: '7b6f0e4a-2c1d-4e8f-9a3b-5c6d7e8f9001',
  verzendendeInstantie: '0000000700011AA00000',
  ontvangendeInstantie: DUO_OIN,
  datumTijdBedrijfsdocument: '2026-11-28T10:15:00Z',
};

describe('the fault codes of the envelope (EK-10)', () => {
  it('accepts a well-formed bedrijfsdocument', () => {
    expect(checkBedrijfsdocument(goed)).toEqual([]);
  });

  it.each([
    ['EK0021', 'a sender that is not a school OIN', { verzendendeInstantie: '00000099100000010000' }, '/verzendendeInstantie'],
    ['EK0022', 'a receiver that is not DUO', { ontvangendeInstantie: '00000099100000010000' }, '/ontvangendeInstantie'],
    [
      'EK0023',
      'an id that is not a UUID',
      { identificatiecodeBedrijfsdocument: 'bericht-1' },
      '/identificatiecodeBedrijfsdocument',
    ],
  ])('gives %s for %s, with a pointer to the field', (foutcode, _label, fout, pointer) => {
    expect(checkBedrijfsdocument({ ...goed, ...fout })).toEqual([
      expect.objectContaining({ foutcode, pointer: `/bedrijfsdocument${pointer}`, fouttekst: expect.stringMatching(/\.$/) }),
    ]);
  });

  it('reports EK0021, EK0022 and EK0023 together for a header that breaks all three', () => {
    const fouten = checkBedrijfsdocument({
      ...goed,
      identificatiecodeBedrijfsdocument: 'x',
      verzendendeInstantie: 'y',
      ontvangendeInstantie: 'z',
    });
    expect(fouten.map((f) => f.foutcode).sort()).toEqual(['EK0021', 'EK0022', 'EK0023']);
  });
});
