// GET /scholen/{brin}/bekostiging?teldatum= (docs/services/bron.md, BEK-01..09): the school's pupils with
// their bekostigingsstatus and redenen for a teldatum, and the totals.
import { BRIN4_PATTERN, pathFout, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { chooseTeldatum, readBekostiging } from '../use-cases/read-school.js';
import { assertMayReadSchool } from './school-guard.js';

export const bekostigingOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/scholen/{brin}/bekostiging',
    summary: 'Bekostigingsstatus per leerling op een teldatum, met redenen en totalen (po-bekostigen)',
    wie: 'leverancier met mandaat ROD_PO voor de school; DUO; operator',
    parameters: [
      {
        name: 'teldatum',
        in: 'query',
        description: 'de teldatum (1 februari; 1 oktober in de oude modus); standaard de relevante teldatum',
      },
    ],
    response: 'bron-bekostiging',
  },
];

export function bekostigingRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/scholen/:brin/bekostiging', async (req, res) => {
    const brin = req.params.brin;
    const query = validQuery<{ teldatum?: string }>(
      deps.schemas,
      'bron-bekostiging-query',
      req,
      pathFout('brin', brin, BRIN4_PATTERN),
    );
    const teldatum = chooseTeldatum(deps, query.teldatum);
    await assertMayReadSchool(deps, res, brin);
    res.json(readBekostiging(deps, brin, teldatum));
  });
  return router;
}
