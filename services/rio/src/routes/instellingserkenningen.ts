// GET /instellingserkenningen/{brin} (docs/services/rio.md, RIO-01, RIO-08): the BRIN4 with its vestigingen.
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { beschrijf, isGeldigOp } from '../domain/peildatum.js';
import { instellingAntwoord } from '../responses.js';
import { codeFout, notFound } from './params.js';

export function instellingserkenningenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/instellingserkenningen/:brin', (req, res) => {
    const brin = req.params.brin;
    const q = validQuery<Schemas.RIOPeildatumvraag>(deps.schemas, 'rio-peildatum-query', req, codeFout('brin4', brin));
    const peildatum = q.peildatum ?? deps.clock.today();
    const erkenning = deps.store.findInstellingserkenning(brin);
    if (!erkenning)
      throw notFound('A01030', `Instellingserkenning (BRIN) ${brin} is onbekend.`, { instellingserkenningscode: brin });
    // RIO-08
    if (!isGeldigOp(erkenning, peildatum)) {
      throw notFound('RIO-08', `BRIN ${brin} is op ${peildatum} niet erkend (erkend ${beschrijf(erkenning)}).`, {
        instellingserkenningscode: brin,
        peildatum,
      });
    }
    res.status(200).json(instellingAntwoord(erkenning, peildatum, deps.store.listVestigingserkenningenOf(brin)));
  });
  return router;
}
