// GET /scholen/{brin}/bekostiging?teldatum= (docs/services/bron.md, BEK-01..09): the school's pupils with
// their bekostigingsstatus and redenen for a teldatum, and the totals.
import {
  assertMayReadForSchool,
  BRIN4_PATTERN,
  partijOf,
  pathFout,
  problems,
  validQuery,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import { isTeldatum, relevanteTeldatum } from '../domain/bekostiging-teldatum.js';
import { schoolOverzicht } from '../domain/bekostiging-overzicht.js';
import { pupilRecord } from '../bekostiging.js';
import type { AppDeps } from '../deps.js';
import { isDuoOrOperator } from './inschrijvingen.js';

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
    if (query.teldatum !== undefined && !isTeldatum(query.teldatum, deps.teldatumModus)) {
      throw problems.rejected([
        {
          foutcode: 'BEK-01',
          fouttekst: `${query.teldatum} is geen teldatum; de teldatum is ${deps.teldatumModus === 'OKTOBER' ? '1 oktober' : '1 februari'}.`,
          pointer: '?teldatum',
        },
      ]);
    }
    await assertMayReadForSchool(
      { osr: deps.osr, clock: deps.clock, isDuoOrOperator: isDuoOrOperator(deps) },
      partijOf(res),
      brin,
      'ROD_PO',
    );
    const today = deps.clock.today();
    const teldatum = query.teldatum ?? relevanteTeldatum(today, deps.teldatumModus);
    const records = deps.store.leerlingenVanSchool(brin).map((pgn) => pupilRecord(deps, pgn));
    res.json(schoolOverzicht(records, brin, teldatum, today, deps.teldatumModus));
  });
  return router;
}
