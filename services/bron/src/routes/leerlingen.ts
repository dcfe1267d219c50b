// GET /_sim/leerlingen/{pgn} (operator): one pupil as BRON holds it, for the console's world view:
// every inschrijving with its whole history, the resultaten per inschrijving and the bekostigingsstatus
// now (BEK-09). Operator only: a vendor reads a pupil through its school (registratieoverzicht).
import { assertOperator, partijOf, pathFout, problems, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readLeerling } from '../use-cases/read-leerling.js';

export const leerlingOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/_sim/leerlingen/{pgn}',
    summary: 'Eén leerling (BSN of onderwijsnummer) met al haar inschrijvingen en hun historie, resultaten en bekostigingsstatus',
    wie: 'operator',
    response: 'bron-leerling',
  },
];

const PGN = /^\d{9}$/;

export function leerlingRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/_sim/leerlingen/:pgn', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const pgn = req.params.pgn;
    const fouten = pathFout('pgn', pgn, PGN, 'burgerservicenummer of onderwijsnummer');
    if (fouten.length > 0) throw problems.rejected(fouten);
    res.json(readLeerling(deps, pgn));
  });
  return router;
}
