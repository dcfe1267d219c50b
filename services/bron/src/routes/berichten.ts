// GET /scholen/{brin}/berichten (docs/services/bron.md, BRON-18): the school's mailbox, read by cursor.
// berichtIds only grow and a bericht is committed in one synchronous transaction, so "after the
// cursor" never skips one that lands while a vendor reads, and never repeats one.
import { assertOperator, BRIN4_PATTERN, partijOf, pathFout, problems, validQuery, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readBerichten, readSpoorBerichten } from '../use-cases/read-school.js';
import { assertMayReadSchool } from './school-guard.js';

export const berichtenOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/scholen/{brin}/berichten',
    summary: 'De berichtenbus van de school, oudste eerst; lees verder met na = volgende',
    wie: 'leverancier met mandaat ROD_PO voor de school; operator',
    parameters: [
      { name: 'na', in: 'query', description: 'cursor: volgende uit het vorige antwoord (0 = vanaf het begin)' },
      { name: 'limiet', in: 'query', description: '1–1000, standaard 100' },
    ],
    response: 'bron-berichten',
  },
  {
    method: 'get',
    path: '/_sim/sporen/{traceId}/berichten',
    summary: 'De berichten die één spoor (W3C trace-id) in de berichtenbussen van scholen zette, oudste eerst',
    wie: 'operator',
    response: 'bron-spoor-berichten',
  },
];

const TRACE_ID = /^[0-9a-f]{32}$/;

export function berichtenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/scholen/:brin/berichten', async (req, res) => {
    const brin = req.params.brin;
    const query = validQuery<{ na?: string; limiet?: string }>(
      deps.schemas,
      'bron-berichten-query',
      req,
      pathFout('brin', brin, BRIN4_PATTERN),
    );
    await assertMayReadSchool(deps, res, brin);
    res.json(readBerichten(deps, brin, Number(query.na ?? 0), Number(query.limiet ?? 100)));
  });
  router.get('/_sim/sporen/:traceId/berichten', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const traceId = req.params.traceId;
    const fouten = pathFout('traceId', traceId, TRACE_ID);
    if (fouten.length > 0) throw problems.rejected(fouten);
    res.json(readSpoorBerichten(deps, traceId));
  });
  return router;
}
