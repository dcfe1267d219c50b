// GET /api/v1/schools (docs/services/osr.md, OSR-01) and the school's own mandate list for its bestuur.
import { locals, partijOf, problems, validQuery, type OperationSpec, type OsrDienstcode } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { mayManageMandates } from '../domain/mandates.js';
import { matchesName } from '../domain/schools.js';

interface SchoolQuery {
  brin?: string;
  oin?: string;
  oa_id?: string;
  name?: string;
}

export const schoolOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/api/v1/schools',
    summary: 'Onderwijsinstellingen, gefilterd op elke combinatie van brin, oin, oa_id en name (OSR-01)',
    wie: 'iedere partij',
    parameters: [
      { name: 'brin', in: 'query', description: 'BRIN4' },
      { name: 'oin', in: 'query', description: 'school-OIN (ID-06)' },
      { name: 'oa_id', in: 'query', description: 'RIO onderwijsaanbiedercode' },
      { name: 'name', in: 'query', description: 'deel van de naam, hoofdletters en accenten tellen niet' },
    ],
    response: 'osr-onderwijsinstellingen',
  },
  {
    method: 'get',
    path: '/api/v1/schools/{school_oin}/mandates',
    summary: 'Alle mandaten van een school, ook beëindigde, met tokens (duo-sim-aanvulling, OSR-02)',
    wie: 'het bestuur van de school, of de operator',
    parameters: [{ name: 'service', in: 'query', description: 'alleen deze dienst' }],
    response: 'osr-mandaten',
  },
];

export function schoolRoutes(deps: AppDeps): Router {
  const router = Router();

  router.get('/api/v1/schools', (req, res) => {
    const q = validQuery<SchoolQuery>(deps.schemas, 'osr-schools-query', req);
    const found = deps.store.findSchools(q).filter((s) => q.name === undefined || matchesName(s.naam, q.name));
    res.json({ onderwijsinstellingen: found });
  });

  router.get('/api/v1/schools/:school_oin/mandates', (req, res) => {
    const caller = partijOf(res);
    const school = deps.store.school(req.params.school_oin);
    const isOperator = deps.parties.isOperator(caller);
    if (!school && isOperator) {
      throw problems.notFound(
        'NIET_GEVONDEN',
        `OSR kent geen onderwijsinstelling met OIN ${req.params.school_oin}; zoek de school op met GET /api/v1/schools.`,
      );
    }
    // OSR-02: the mandates of a school are its bestuur's business; others ask OK/NOK (OSR-04). An
    // unknown OIN gets the same 403 as another bestuur's school (docs/authorization.md).
    if (!school || !mayManageMandates(caller, school, isOperator)) {
      throw problems.forbidden(
        'Alleen het bestuur van de school of de operator ziet alle mandaten van de school; vraag GET /api/v1/mandates voor OK/NOK.',
      );
    }
    locals(res).namens = school.oin;
    const q = validQuery<{ service?: OsrDienstcode }>(deps.schemas, 'osr-school-mandates-query', req);
    res.json({ mandaten: deps.store.mandatesOfSchool(school.oin, q.service) });
  });

  return router;
}
