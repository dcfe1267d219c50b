// POST /verwijderingen (docs/services/bron.md, BRON-04): remove an inschrijving that should never have
// existed; a dubbele inschrijving it was part of is resolved (BRON-14) and bekostiging follows (BEK-09).
import {
  checkLeerling,
  fout,
  pgnSleutel,
  pgnWaarde,
  Problem,
  problems,
  type Commit,
  type Schemas,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { terugkoppeling } from '../domain/terugkoppeling.js';
import { checkVerwijdering } from '../domain/verwijdering.js';
import type { BerichtDeps } from '../deps.js';
import { schoolNamen, werkDubbeleInschrijvingenBij } from './apply-ketengevolgen.js';
import { isDefinitiefBekostigd, meldVeranderingen, statussen } from './leerling-bekostiging.js';

/** Checks that the inschrijving exists and may go (throws 404 or 400), and returns the commit that removes it. */
export async function removeInschrijving(
  deps: BerichtDeps,
  { body, school, berichtId, partij, today }: VendorBerichtContext<Schemas.BRONVerwijderingbericht>,
): Promise<Commit> {
  const { leerling, inschrijvingsvolgnummer } = body.verwijdering;
  const idFouten = checkLeerling(leerling, '/verwijdering/leerling');
  if (idFouten.length > 0) throw problems.rejected(idFouten, berichtId);
  const pgn = pgnWaarde(leerling);
  const ins = deps.store.findInschrijving(school.brin, pgn, inschrijvingsvolgnummer);
  if (!ins) {
    throw new Problem(
      404,
      [
        fout(
          'BRON-04',
          `Geen inschrijving met dit inschrijvingsvolgnummer voor deze leerling op school ${school.brin}.`,
          undefined,
          { ...pgnSleutel(leerling), inschrijvingsvolgnummer },
        ),
      ],
      berichtId,
    );
  }
  const heeftResultaten = deps.store.heeftResultaten(school.brin, pgn, inschrijvingsvolgnummer);
  const bekostigingDefinitief = isDefinitiefBekostigd(deps, pgn, school.brin, ins, today);
  const fouten = checkVerwijdering(ins, { heeftResultaten, bekostigingDefinitief }, '/verwijdering');
  if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
  const namen = await schoolNamen(deps.osr, deps.store, pgn, { [school.brin]: school.naam });
  return () => {
    const voorheen = statussen(deps, pgn, today);
    deps.store.verwijderInschrijving(school.brin, ins, { berichtId, afzender: partij, vandaag: today });
    // BRON-14: removing one side resolves a dubbele inschrijving.
    werkDubbeleInschrijvingenBij(deps.store, pgn, leerling, today, namen);
    const tk = terugkoppeling('VERWIJDERD', leerling, inschrijvingsvolgnummer, []);
    deps.store.plaatsBericht(school.brin, 'TERUGKOPPELING', {
      identificatiecodeBedrijfsdocument: berichtId,
      terugkoppeling: tk,
    });
    meldVeranderingen(deps.store, voorheen, statussen(deps, pgn, today));
    deps.pusher?.kick();
    return { status: 200, body: { identificatiecodeBedrijfsdocument: berichtId, terugkoppeling: tk } };
  };
}
