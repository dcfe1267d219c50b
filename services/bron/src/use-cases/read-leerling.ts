// What the operator and DUO's own services read of one pupil: the operator's world view of a pupil
// (every inschrijving with its history, resultaten and bekostigingsstatus now, BEK-09), and whom an
// onderwijsnummer was issued to (for the verzuimregister's routing, VZM-09).
import { problems, type Schemas } from '@duo-sim/shared';
import type { AppDeps } from '../deps.js';
import type { UitgegevenPersoon } from '../store.js';
import { statussen } from './leerling-bekostiging.js';

/** The pupil as BRON holds it; 404 when BRON never had an inschrijving of it. */
export function readLeerling(deps: AppDeps, pgn: string): Schemas.BRONLeerlingOperator {
  const sleutels = deps.store.versiesVanLeerling(pgn);
  if (sleutels.length === 0) {
    throw problems.notFound('NIET_GEVONDEN', `BRON heeft geen inschrijving van leerling ${pgn}; controleer het nummer.`);
  }
  return {
    pgn,
    inschrijvingen: sleutels.map(({ brin, volgnummer, versies }) => ({
      brin,
      inschrijvingsvolgnummer: volgnummer,
      versies,
      resultaten: Object.fromEntries(
        deps.store
          .resultaatSoorten(brin, pgn, volgnummer)
          .map((soort) => [soort, deps.store.resultaat(brin, pgn, volgnummer, soort)]),
      ),
    })),
    bekostiging: statussen(deps, pgn, deps.clock.today()),
  };
}

/** The person BRON issued `nummer` to (BRON-01, ID-02); 404 when it never did. */
export function readOnderwijsnummerhouder(deps: AppDeps, nummer: string): { onderwijsnummer: string } & UitgegevenPersoon {
  const houder = deps.store.houderVan(nummer);
  if (!houder) throw problems.notFound('NIET_GEVONDEN', 'BRON heeft dit onderwijsnummer niet toegekend.');
  return { onderwijsnummer: nummer, ...houder };
}
