// GET /inschrijfbaarheid (RIO-11): the question BRON and the verzuimregister ask for every
// inschrijving. Always 200 with every reason, unless the question itself is malformed (400).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { answerInschrijfbaarheid } from '../use-cases/answer-inschrijfbaarheid.js';

export function inschrijfbaarheidRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/inschrijfbaarheid', (req, res) => {
    const q = validQuery<Schemas.RIOInschrijfbaarheidsvraag>(deps.schemas, 'rio-inschrijfbaarheid-query', req);
    res.status(200).json(answerInschrijfbaarheid(deps, { ...q, peildatum: q.peildatum ?? deps.clock.today() }));
  });
  return router;
}
