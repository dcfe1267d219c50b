// GET /scholen/{brin}/berichten (docs/services/bron.md, BRON-18): the school's mailbox, read by cursor.
// berichtIds only grow and a bericht is committed in one synchronous transaction, so "after the
// cursor" never skips one that lands while a vendor reads, and never repeats one.
import {
  assertMayReadForSchool,
  assertOperator,
  BRIN4_PATTERN,
  partijOf,
  pathFout,
  problems,
  validQuery,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { isDuoOrOperator } from './inschrijvingen.js';

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
    await assertMayReadForSchool(
      { osr: deps.osr, clock: deps.clock, isDuoOrOperator: isDuoOrOperator(deps) },
      partijOf(res),
      brin,
      'ROD_PO',
    );
    const na = Number(query.na ?? 0);
    const berichten = deps.store.berichten(brin, na, Number(query.limiet ?? 100));
    res.json({
      berichten: berichten.map(({ berichtId, soort, aangemaakt, inhoud }) => ({ berichtId, soort, aangemaakt, inhoud })),
      volgende: berichten.length > 0 ? berichten[berichten.length - 1]!.berichtId : na,
    });
  });
  // For the console's timeline: what a bericht caused in other schools' mailboxes (INFO-03, BRON-14).
  router.get('/_sim/sporen/:traceId/berichten', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const traceId = req.params.traceId;
    const fouten = pathFout('traceId', traceId, TRACE_ID);
    if (fouten.length > 0) throw problems.rejected(fouten);
    res.json({ spoor: traceId, berichten: deps.store.berichtenVanSpoor(traceId) });
  });
  return router;
}
