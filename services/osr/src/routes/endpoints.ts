// /api/v1/endpoints (docs/services/osr.md, OSR-05): the mandated supplier registers an afleveradres with
// the mandate's token; anyone reads the afleveradressen valid today.
import { locals, partijOf, problems, validBody, validQuery, type OperationSpec, type OsrDienstcode } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { checkEndpointPeriod, checkEndpointUrl, endpointPeriod, endpointsValidOn, withoutPeriod } from '../domain/endpoints.js';
import { isEnded } from '../domain/mandates.js';

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
  const { store, clock, schemas } = deps;

  router.put('/api/v1/endpoints/:token', (req, res) => {
    const caller = partijOf(res);
    const mandate = store.mandateByToken(req.params.token);
    // OSR-05: only the mandated supplier registers an afleveradres, proving it with the token.
    // Another supplier's token is answered as an unknown one (docs/authorization.md).
    if (!mandate || mandate.supplier_oin !== caller) {
      throw problems.notFound(
        'NIET_GEVONDEN',
        'OSR kent geen mandaat van deze leverancier met dit token; gebruik het token uit je eigen mandaten (GET /api/v1/mandates).',
      );
    }
    locals(res).namens = mandate.school_oin;
    const today = clock.today();
    // docs/services/common.md / OSR-03: an ended mandate mandates nothing any more, its token included.
    if (isEnded(mandate, today)) {
      throw problems.forbidden(
        `Het mandaat van dit token is beëindigd op ${mandate.end_date}; er is geen mandaat om een afleveradres voor te registreren.`,
      );
    }
    const body = validBody<EndpointBody>(schemas, 'osr-endpoint-registratie', req);
    const period = endpointPeriod(body, mandate, today);
    const fouten = [...checkEndpointUrl(body.url, deps.pushToegestaan), ...checkEndpointPeriod(period, mandate, today)];
    if (fouten.length > 0) throw problems.rejected(fouten);

    const periods = store.atomically(() => {
      const kept = withoutPeriod(store.endpointsOfMandate(mandate.id), period);
      const next = [...kept, { url: body.url, ...period }].sort((a, b) => a.start_date.localeCompare(b.start_date));
      store.replaceEndpoints(mandate.id, next);
      return next;
    });
    res.json({
      school_oin: mandate.school_oin,
      service: mandate.service,
      endpoints: periods.map((p) => ({
        supplier_oin: mandate.supplier_oin,
        url: p.url,
        start_date: p.start_date,
        end_date: p.end_date,
      })),
    });
  });

  router.get('/api/v1/endpoints', (req, res) => {
    const q = validQuery<{ school_oin: string; service: OsrDienstcode }>(schemas, 'osr-endpoints-query', req);
    locals(res).namens = q.school_oin;
    const today = clock.today();
    const valid = endpointsValidOn(store.endpointsOfSchool(q.school_oin, q.service), today);
    if (valid.length === 0) {
      throw problems.notFound(
        'OSR-05',
        `Er is op ${today} geen afleveradres voor school ${q.school_oin} en dienst ${q.service}; de gemandateerde leverancier registreert er een met PUT /api/v1/endpoints/{token}.`,
      );
    }
    res.json({ school_oin: q.school_oin, service: q.service, endpoints: valid });
  });

  return router;
}
