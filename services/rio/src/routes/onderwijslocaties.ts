// GET /onderwijslocaties/{onderwijslocatiecode} (docs/services/rio.md). A locatie has no dates of its own
// (RIO-01): it is found whatever the peildatum, which is accepted for uniformity and ignored.
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { notFound } from '../responses.js';
import { codeFout } from './params.js';

export function onderwijslocatiesRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/onderwijslocaties/:code', (req, res) => {
    const code = req.params.code;
    validQuery<Schemas.RIOPeildatumvraag>(deps.schemas, 'rio-peildatum-query', req, codeFout('onderwijslocatiecode', code));
    const locatie = deps.store.findLocatie(code);
    if (!locatie) throw notFound('A01060', `Onderwijslocatie ${code} is onbekend in RIO.`, { onderwijslocatiecode: code });
    res.status(200).json(locatie);
  });
  return router;
}
