// GET /gemeenten/{gemeentecode}/meldingen (docs/services/verzuim.md): the leerplichtambtenaar fetches the meldingen
// routed to its gemeente (VZM-01, VZM-09), and only those.
import { partijOf, problems, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import type { MeldingStatus } from '../domain/types.js';
import { gemeentenVan, isDuoOrOperator } from './access.js';

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
    const partij = partijOf(res);
    const code = req.params.gemeentecode;
    const eigen = deps.parties.get(partij);
    const magLezen = isDuoOrOperator(deps, partij) || (eigen?.rol === 'gemeente' && eigen.gemeentecode === code);
    if (!magLezen) throw problems.forbidden(`Alleen gemeente ${code} zelf leest de meldingen die naar haar zijn doorgezet.`);
    if (!gemeentenVan(deps).some((g) => g.gemeentecode === code)) {
      throw problems.notFound('NIET_GEVONDEN', `Gemeente ${code} is niet aangesloten op het verzuimregister.`);
    }
    const q = validQuery<{ status?: MeldingStatus }>(deps.schemas, 'verzuim-meldingen-query', req);
    res.json({
      gemeentecode: code,
      ...(q.status ? { status: q.status } : {}),
      meldingen: deps.store.meldingenVanGemeente(code, q.status),
    });
  });
  return router;
}
