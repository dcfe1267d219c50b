// GET /vestigingserkenningen/{vestigingscode} (docs/services/rio.md, RIO-01, RIO-08).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readVestigingserkenning } from '../use-cases/read-erkenningen.js';
import { codeFout } from './params.js';

export function vestigingserkenningenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/vestigingserkenningen/:code', (req, res) => {
    const code = req.params.code;
    const q = validQuery<Schemas.RIOPeildatumvraag>(deps.schemas, 'rio-peildatum-query', req, codeFout('brin6', code));
    res.status(200).json(readVestigingserkenning(deps, code, q.peildatum ?? deps.clock.today()));
  });
  return router;
}
