// ID-01, ID-02 in a verzuimmelding: the same rule, with the same fouttekst, as in every BRON bericht.
import { checkLeerling, type Schemas } from '@duo-sim/shared';
import { checkNieuweMelding } from '../src/domain/melding';
import type { MeldingInhoud } from '../src/domain/types';

const melding = (leerling: Schemas.Pgn): MeldingInhoud => ({
  leerling,
  vestigingscode: '11AA00',
  verzuimsoort: 'LUXE',
  begindatum: '2026-11-02',
  contactpersoon: { naam: 'J. de Vries', telefoon: '0301234567' },
});

const fouten = (leerling: Schemas.Pgn) =>
  checkNieuweMelding(melding(leerling), {
    vandaag: '2026-11-27',
    schoolBrin: '11AA',
    vorige: undefined,
    inschrijving: undefined,
    persoon: null,
  }).fouten;

describe('the leerling of a verzuimmelding (ID-01, ID-02)', () => {
  it('refuses a BSN that fails the elfproef with the fouttekst BRON gives, naming the number (ID-01)', () => {
    expect(fouten({ burgerservicenummer: '111222334' })).toEqual([
      {
        foutcode: 'ID-01',
        fouttekst: 'Burgerservicenummer 111222334 voldoet niet aan de elfproef; verwacht 9 cijfers met een geldige elfproef.',
        pointer: '/melding/leerling/burgerservicenummer',
        sleutelgegevens: [{ sleutelnaam: 'burgerservicenummer', sleutelwaarde: '111222334' }],
      },
    ]);
  });

  it('refuses an onderwijsnummer that fails its check exactly as a BRON bericht does (ID-02)', () => {
    const leerling = { onderwijsnummer: '101222332' };
    expect(fouten(leerling)).toEqual(checkLeerling(leerling, '/melding/leerling'));
    expect(fouten(leerling)[0]?.fouttekst).toMatch(/^Onderwijsnummer 101222332 is ongeldig; verwacht 9 cijfers/);
  });

  it('accepts a BSN that passes the elfproef (ID-01)', () => {
    expect(fouten({ burgerservicenummer: '111222333' })).toEqual([]);
  });
});
