// GET /instellingserkenningen/{brin} (docs/services/rio.md, RIO-01, RIO-08): the BRIN4 with its vestigingen.
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readInstellingserkenning } from '../use-cases/read-erkenningen.js';
import { codeFout } from './params.js';

export function instellingserkenningenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/instellingserkenningen/:brin', (req, res) => {
    const brin = req.params.brin;
    const q = validQuery<Schemas.RIOPeildatumvraag>(deps.schemas, 'rio-peildatum-query', req, codeFout('brin4', brin));
    res.status(200).json(readInstellingserkenning(deps, brin, q.peildatum ?? deps.clock.today()));
  });
  return router;
}
