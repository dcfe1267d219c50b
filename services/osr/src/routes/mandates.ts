// /api/v1/mandates (docs/services/osr.md): the mandate check (OSR-04) and creating and ending mandates
// by the school's bestuur or the operator (OSR-02).
import { locals, partijOf, validBody, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import type { MandateQuery } from '../domain/mandate.js';
import { checkMandate } from '../use-cases/check-mandate.js';
import { assertMayCreateMandates, createMandate, type NewMandate } from '../use-cases/create-mandate.js';
import { endMandate, findManagedMandate } from '../use-cases/end-mandate.js';

export const mandateOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/api/v1/mandates',
    summary:
      'Mandaatcheck (OSR-04): de leverancier zelf krijgt zijn mandaten geldig op reference_date (of 404 mandate not found), iedere andere partij alleen OK of NOK',
    wie: 'iedere partij; details alleen voor de leverancier zelf',
    parameters: [
      { name: 'school_oin', in: 'query', description: 'school-OIN; verplicht voor een derde partij' },
      { name: 'supplier_oin', in: 'query', description: 'OIN van de leverancier; verplicht voor een derde partij' },
      { name: 'service', in: 'query', description: 'ROD_PO, VERZUIM of RIO; verplicht voor een derde partij' },
      { name: 'reference_date', in: 'query', description: 'JJJJ-MM-DD, standaard de gesimuleerde datum' },
    ],
    response: 'osr-mandaatantwoord',
  },
  {
    method: 'post',
    path: '/api/v1/mandates',
    summary: 'Mandaat aanmaken voor een leverancier, school en dienst; antwoord met id en token (OSR-01, OSR-02, OSR-03)',
    wie: 'het bestuur van de school, of de operator',
    request: 'osr-mandaat-nieuw',
    response: 'osr-mandaat',
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/v1/mandates/{id}',
    summary: 'Mandaat beëindigen: end_date zetten; mandaten worden nooit verwijderd (OSR-02, OSR-03)',
    wie: 'het bestuur van de school, of de operator',
    request: 'osr-mandaat-einde',
    response: 'osr-mandaat',
  },
];

export function mandateRoutes(deps: AppDeps): Router {
  const router = Router();
  const { clock, schemas } = deps;

  router.get('/api/v1/mandates', (req, res) => {
    const q = validQuery<MandateQuery>(schemas, 'osr-mandates-query', req);
    if (q.school_oin !== undefined) locals(res).namens = q.school_oin;
    res.json(checkMandate(deps, partijOf(res), q, q.reference_date ?? clock.today()));
  });

  router.post('/api/v1/mandates', (req, res) => {
    const caller = partijOf(res);
    assertMayCreateMandates(deps, caller);
    const body = validBody<NewMandate>(schemas, 'osr-mandaat-nieuw', req);
    locals(res).namens = body.school_oin;
    res.status(201).json(createMandate(deps, caller, body));
  });

  router.patch('/api/v1/mandates/:id', (req, res) => {
    const found = findManagedMandate(deps, partijOf(res), req.params.id);
    // Only now: the journal of the caller must not name the school of a mandate it may not know.
    locals(res).namens = found.school_oin;
    const body = validBody<{ end_date: string }>(schemas, 'osr-mandaat-einde', req);
    res.json(endMandate(deps, found, body.end_date));
  });

  return router;
}
