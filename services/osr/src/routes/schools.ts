// GET /api/v1/schools (docs/services/osr.md, OSR-01) and the school's own mandate list for its bestuur.
import { locals, partijOf, validQuery, type OperationSpec, type OsrDienstcode } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { findManagedSchool, findSchools, readSchoolMandates, type SchoolQuery } from '../use-cases/read-schools.js';

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
    res.json({ onderwijsinstellingen: findSchools(deps, q) });
  });

  router.get('/api/v1/schools/:school_oin/mandates', (req, res) => {
    const school = findManagedSchool(deps, partijOf(res), req.params.school_oin);
    locals(res).namens = school.oin;
    const q = validQuery<{ service?: OsrDienstcode }>(deps.schemas, 'osr-school-mandates-query', req);
    res.json({ mandaten: readSchoolMandates(deps, school, q.service) });
  });

  return router;
}
