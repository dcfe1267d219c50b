// /api/v1/endpoints (docs/services/osr.md, OSR-05): the mandated supplier registers an afleveradres with
// the mandate's token; anyone reads the afleveradressen valid today.
import { locals, partijOf, validBody, validQuery, type OperationSpec, type OsrDienstcode } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readEndpoints } from '../use-cases/read-endpoints.js';
import { assertMandateLasts, findOwnMandate, registerEndpoint } from '../use-cases/register-endpoint.js';

interface EndpointBody {
  url: string;
  start_date?: string;
  end_date?: string | null;
}

export const endpointOperations: readonly OperationSpec[] = [
  {
    method: 'put',
    path: '/api/v1/endpoints/{token}',
    summary:
      'Afleveradres registreren voor het mandaat van dit token; vervangt de bestaande afleveradressen van dat mandaat voor de gedekte dagen (OSR-05)',
    wie: 'de gemandateerde leverancier',
    request: 'osr-endpoint-registratie',
    response: 'osr-endpoints',
  },
  {
    method: 'get',
    path: '/api/v1/endpoints',
    summary: 'De afleveradressen van een school en dienst die vandaag gelden, een per gemandateerde leverancier (OSR-05)',
    wie: 'iedere partij',
    parameters: [
      { name: 'school_oin', in: 'query', required: true, description: 'school-OIN' },
      { name: 'service', in: 'query', required: true, description: 'ROD_PO, VERZUIM of RIO' },
    ],
    response: 'osr-endpoints',
  },
];

export function endpointRoutes(deps: AppDeps): Router {
  const router = Router();
  const { schemas } = deps;

  router.put('/api/v1/endpoints/:token', (req, res) => {
    const mandate = findOwnMandate(deps, partijOf(res), req.params.token);
    locals(res).namens = mandate.school_oin;
    assertMandateLasts(deps, mandate);
    const body = validBody<EndpointBody>(schemas, 'osr-endpoint-registratie', req);
    res.json(registerEndpoint(deps, mandate, body));
  });

  router.get('/api/v1/endpoints', (req, res) => {
    const q = validQuery<{ school_oin: string; service: OsrDienstcode }>(schemas, 'osr-endpoints-query', req);
    locals(res).namens = q.school_oin;
    res.json(readEndpoints(deps, q.school_oin, q.service));
  });

  return router;
}
