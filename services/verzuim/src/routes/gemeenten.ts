// GET /gemeenten/{gemeentecode}/meldingen (docs/services/verzuim.md): the leerplichtambtenaar fetches the meldingen
// routed to its gemeente (VZM-01, VZM-09), and only those.
import { partijOf, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import type { MeldingStatus } from '../domain/types.js';
import { assertMayReadGemeente, readGemeenteMeldingen } from '../use-cases/read-meldingen.js';

export const gemeenteOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/gemeenten/{gemeentecode}/meldingen',
    summary: 'De meldingen doorgezet naar deze woongemeente, oudste eerst, met statusHistorie; ?status= filtert (VZM-09)',
    wie: 'die gemeente, DUO of de operator',
    parameters: [
      {
        name: 'status',
        in: 'query',
        description: 'GEREGISTREERD, INGETROKKEN, IN_BEHANDELING, AFGESLOTEN of TER_KENNISGEVING_AANGENOMEN',
      },
    ],
    response: 'verzuim-meldingen',
  },
];

export function gemeenteRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/gemeenten/:gemeentecode/meldingen', (req, res) => {
    const code = req.params.gemeentecode;
    assertMayReadGemeente(deps, partijOf(res), code);
    const q = validQuery<{ status?: MeldingStatus }>(deps.schemas, 'verzuim-meldingen-query', req);
    res.json(readGemeenteMeldingen(deps, code, q.status));
  });
  return router;
}
