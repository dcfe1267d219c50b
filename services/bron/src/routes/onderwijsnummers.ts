// GET /onderwijsnummers/{nummer} (duo-sim): DUO's own services ask whom an onderwijsnummer was
// issued to, so the verzuimregister can route a melding by the pupil's address (VZM-09).
import { DUO_OIN, partijOf, pathFout, problems, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readOnderwijsnummerhouder } from '../use-cases/read-leerling.js';

export const onderwijsnummerOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/onderwijsnummers/{nummer}',
    summary: 'Aan wie BRON dit onderwijsnummer toekende (voor de routering van verzuimmeldingen)',
    wie: 'DUO (de diensten onderling); operator',
    response: 'bron-onderwijsnummer',
  },
];

export function onderwijsnummerRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/onderwijsnummers/:nummer', (req, res) => {
    const partij = partijOf(res);
    if (partij !== DUO_OIN && !deps.parties.isOperator(partij)) {
      throw problems.forbidden('Alleen de diensten van DUO mogen de houder van een onderwijsnummer opvragen.');
    }
    const fouten = pathFout('onderwijsnummer', req.params.nummer, /^10[0-9]{7}$/);
    if (fouten.length > 0) throw problems.rejected(fouten);
    res.json(readOnderwijsnummerhouder(deps, req.params.nummer));
  });
  return router;
}
