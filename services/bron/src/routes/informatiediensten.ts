// POST /informatiediensten/inschrijvingsstatus (docs/services/bron.md, INFO-06): the digital uitschrijfbewijs
// for a school about to enrol a pupil. Only the current inschrijving and the last uitschrijving, and
// only when the geboortedatum matches; the journal keeps every question.
import { handleVendorBericht, type OperationSpec, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { answerInschrijvingsstatus } from '../use-cases/answer-inschrijvingsstatus.js';

export const informatiedienstOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/informatiediensten/inschrijvingsstatus',
    summary: 'Inschrijvingsstatus (digitaal uitschrijfbewijs): actuele inschrijving en laatste uitschrijving van een leerling',
    wie: 'leverancier met mandaat ROD_PO voor een po-school',
    request: 'bron-inschrijvingsstatus-bericht',
    response: 'bron-inschrijvingsstatus',
  },
];

export function informatiedienstRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/informatiediensten/inschrijvingsstatus', (req, res) =>
    handleVendorBericht<Schemas.BRONInschrijvingsstatusvraag>(deps, req, res, {
      schema: 'bron-inschrijvingsstatus-bericht',
      dienst: 'ROD_PO',
      prepare: (vraag) => answerInschrijvingsstatus(deps, vraag),
    }),
  );
  return router;
}
