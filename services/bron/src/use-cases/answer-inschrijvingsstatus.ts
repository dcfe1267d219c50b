// POST /informatiediensten/inschrijvingsstatus (docs/services/bron.md, INFO-06): the digital
// uitschrijfbewijs for a school about to enrol a pupil. Only the current inschrijving and the last
// uitschrijving, and only when the geboortedatum matches; the journal keeps every question.
import {
  checkLeerling,
  pgnWaarde,
  Problem,
  problems,
  type Commit,
  type Schemas,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { geboortegegevensVan } from '../domain/identificatie.js';
import { inschrijvingsstatus } from '../domain/inschrijvingsstatus.js';
import type { AppDeps } from '../deps.js';
import { schoolNamen } from './apply-ketengevolgen.js';
import { issuedNumbers } from './issued-numbers.js';

/** The answer (a 404 INFO-06 when the pupil and geboortedatum do not match); nothing is stored. */
export async function answerInschrijvingsstatus(
  deps: AppDeps,
  { body, berichtId, today }: VendorBerichtContext<Schemas.BRONInschrijvingsstatusvraag>,
): Promise<Commit> {
  // ID-01/02/03: a malformed number is the question's fault, not "nothing found"; the elfproef is public.
  const idFouten = checkLeerling(body.leerling, '/leerling');
  if (idFouten.length > 0) throw problems.rejected(idFouten, berichtId);
  const bekend = geboortegegevensVan(body.leerling, deps.brp.metPgn(body.leerling), issuedNumbers(deps.store));
  if (!bekend || bekend.geboortedatum !== body.geboortedatum) {
    // INFO-06: an unknown pupil and a wrong geboortedatum look the same, and say nothing more.
    throw new Problem(
      404,
      [{ foutcode: 'INFO-06', fouttekst: 'Geen inschrijvingsgegevens gevonden voor deze leerling en geboortedatum.' }],
      berichtId,
    );
  }
  const pgn = pgnWaarde(body.leerling);
  const { actueel, laatste } = inschrijvingsstatus(deps.store.inschrijvingenVanLeerling(pgn), today);
  const namen = await schoolNamen(deps.osr, deps.store, pgn, {});
  const antwoord: Schemas.BRONInschrijvingsstatus = {
    identificatiecodeBedrijfsdocument: berichtId,
    leerling: body.leerling,
    actueleInschrijving: actueel
      ? {
          brin: actueel.brin,
          naam: namen.get(actueel.brin) ?? actueel.brin,
          vestigingscode: actueel.inschrijving.vestigingscode,
          inschrijfdatum: actueel.inschrijving.inschrijfdatum,
        }
      : null,
    laatsteUitschrijving: laatste
      ? {
          brin: laatste.brin,
          naam: namen.get(laatste.brin) ?? laatste.brin,
          inschrijfdatum: laatste.inschrijving.inschrijfdatum,
          uitschrijfdatum: laatste.inschrijving.uitschrijfdatum!,
        }
      : null,
  };
  return () => ({ status: 200, body: antwoord });
}
