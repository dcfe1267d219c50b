// POST /informatiediensten/inschrijvingsstatus (docs/services/bron.md, INFO-06): the digital uitschrijfbewijs
// for a school about to enrol a pupil. Only the current inschrijving and the last uitschrijving, and
// only when the geboortedatum matches; the journal keeps every question.
import {
  checkLeerling,
  handleVendorBericht,
  pgnWaarde,
  Problem,
  problems,
  type Bedrijfsdocument,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import { geboortegegevensVan } from '../domain/identificatie.js';
import { isIngeschrevenOp } from '../domain/periodes.js';
import type { Pgn } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { schoolNamen } from '../keten.js';
import { issuedNumbers } from './inschrijvingen.js';

export const informatiedienstOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/informatiediensten/inschrijvingsstatus',
    summary: 'Inschrijvingsstatus (digitaal uitschrijfbewijs): actuele inschrijving en laatste uitschrijving van een leerling',
    wie: 'leverancier met mandaat ROD_PO voor een po-school',
    request: 'bron-inschrijvingsstatus-bericht',
    response: 'bron-inschrijvingsstatus',
  },
];

interface StatusVraag {
  bedrijfsdocument: Bedrijfsdocument;
  leerling: Pgn;
  geboortedatum: string;
}

export function informatiedienstRoutes(deps: AppDeps): Router {
  const router = Router();
  const issued = issuedNumbers(deps);
  router.post('/informatiediensten/inschrijvingsstatus', (req, res) =>
    handleVendorBericht<StatusVraag>(deps, req, res, {
      schema: 'bron-inschrijvingsstatus-bericht',
      dienst: 'ROD_PO',
      async prepare({ body, berichtId, vandaag }) {
        // ID-01/02/03: a malformed number is the question's fault, not "nothing found"; the elfproef is public.
        const idFouten = checkLeerling(body.leerling, '/leerling');
        if (idFouten.length > 0) throw problems.rejected(idFouten, berichtId);
        const bekend = geboortegegevensVan(body.leerling, deps.brp.metPgn(body.leerling), issued);
        if (!bekend || bekend.geboortedatum !== body.geboortedatum) {
          // INFO-06: an unknown pupil and a wrong geboortedatum look the same, and say nothing more.
          throw new Problem(
            404,
            [{ foutcode: 'INFO-06', fouttekst: 'Geen inschrijvingsgegevens gevonden voor deze leerling en geboortedatum.' }],
            berichtId,
          );
        }
        const pgn = pgnWaarde(body.leerling);
        const alle = deps.store.inschrijvingenVanLeerling(pgn);
        const actueel = alle
          .filter((s) => isIngeschrevenOp(s.inschrijving, vandaag))
          .sort((a, b) => b.inschrijving.inschrijfdatum.localeCompare(a.inschrijving.inschrijfdatum))[0];
        const laatste = alle
          // The current inschrijving may carry its (future) uitschrijfdatum already: then it is both.
          .filter((s) => s.inschrijving.uitschrijfdatum !== undefined)
          .sort((a, b) => b.inschrijving.uitschrijfdatum!.localeCompare(a.inschrijving.uitschrijfdatum!))[0];
        const namen = await schoolNamen(deps.osr, deps.store, pgn, {});
        const body200 = {
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
        return () => ({ status: 200, body: body200 });
      },
    }),
  );
  return router;
}
