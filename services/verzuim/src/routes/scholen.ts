// GET /scholen/{brin}/meldingen (docs/services/verzuim.md): a school's meldingen, for its vendor (VZM-01: the
// school sees the status), DUO and the operator.
import { isBrin4, partijOf, problems, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import type { MeldingStatus } from '../domain/types.js';
import { assertMayReadSchool, readSchoolMeldingen } from '../use-cases/read-meldingen.js';

export const schoolOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/scholen/{brin}/meldingen',
    summary: 'De meldingen van een school, oudste eerst, met statusHistorie; ?status= filtert (VZM-01, VZM-12)',
    wie: 'de leverancier met een mandaat VERZUIM voor de school, DUO of de operator',
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

export function schoolRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/scholen/:brin/meldingen', async (req, res) => {
    const brin = req.params.brin;
    if (!isBrin4(brin))
      throw problems.notFound('NIET_GEVONDEN', `Geen school met BRIN ${brin}; een BRIN is 2 cijfers en 2 hoofdletters.`);
    await assertMayReadSchool(deps, partijOf(res), brin);
    const q = validQuery<{ status?: MeldingStatus }>(deps.schemas, 'verzuim-meldingen-query', req);
    res.json(readSchoolMeldingen(deps, brin, q.status));
  });
  return router;
}
