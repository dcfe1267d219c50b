// POST /identificaties (docs/services/bron.md, BRON-01): identificeren persoon met of zonder PGN,
// against the BRP stub; a person without a PGN gets an onderwijsnummer (ID-02 sim).
import { checkLeerling, problems, type Bedrijfsdocument, type Commit, type VendorBerichtContext } from '@duo-sim/shared';
import { identificeer, persoonsleutel, type TeIdentificerenPersoon } from '../domain/identificatie.js';
import type { AppDeps } from '../deps.js';
import { issuedNumbers, nextOnderwijsnummer } from './issued-numbers.js';

/**
 * Schema bron-identificatie-bericht. Written out because the schema's if/then/else (met or zonder
 * PGN) generates no type for the persoon.
 */
export interface IdentificatieBericht {
  bedrijfsdocument: Bedrijfsdocument;
  persoon: TeIdentificerenPersoon;
}

/** Rejects a malformed PGN (400) and returns the commit that identifies the person, issuing a number when needed. */
export function identifyPersoon(deps: AppDeps, { body, berichtId }: VendorBerichtContext<IdentificatieBericht>): Commit {
  const persoon = body.persoon;
  if ('burgerservicenummer' in persoon || 'onderwijsnummer' in persoon) {
    // ID-01/02: a met-PGN question with a malformed number is rejected, not "not identified".
    const fouten = checkLeerling(persoon, '/persoon');
    if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
  }
  const kandidaten = 'achternaam' in persoon ? deps.brp.metSleutel(persoonsleutel(persoon)) : deps.brp.metPgn(persoon);
  return () => {
    // The number is drawn inside the transaction, so two concurrent identificaties never share one.
    const uitslag = identificeer(persoon, kandidaten, issuedNumbers(deps.store), () => nextOnderwijsnummer(deps.store));
    if (uitslag.nieuwOnderwijsnummer && 'achternaam' in persoon) {
      const { achternaam, voorvoegsel, voornamen, geboortedatum, geslacht } = persoon;
      deps.store.registreerOnderwijsnummer(uitslag.nieuwOnderwijsnummer.nummer, uitslag.nieuwOnderwijsnummer.persoonsleutel, {
        achternaam,
        ...(voorvoegsel !== undefined ? { voorvoegsel } : {}),
        voornamen,
        geboortedatum,
        geslacht,
      });
    }
    return {
      status: 200,
      body: {
        identificatiecodeBedrijfsdocument: berichtId,
        resultaat: uitslag.resultaat,
        ...(uitslag.leerling ? { leerling: uitslag.leerling } : {}),
      },
    };
  };
}
