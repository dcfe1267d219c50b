// GET /onderwijsbesturen/{onderwijsbestuurcode} (docs/services/rio.md, RIO-01, RIO-08).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readOnderwijsbestuur } from '../use-cases/read-onderwijsbestuur.js';
import { codeFout } from './params.js';

export function onderwijsbesturenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/onderwijsbesturen/:code', (req, res) => {
    const code = req.params.code;
    const q = validQuery<Schemas.RIOPeildatumvraag>(
      deps.schemas,
      'rio-peildatum-query',
      req,
      codeFout('onderwijsbestuurcode', code),
    );
    res.status(200).json(readOnderwijsbestuur(deps, code, q.peildatum ?? deps.clock.today()));
  });
  return router;
}
