// GET /vestigingserkenningen/{vestigingscode} (docs/services/rio.md, RIO-01, RIO-08).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { beschrijf, isGeldigOp } from '../domain/peildatum.js';
import { vestigingAntwoord } from '../responses.js';
import { codeFout, notFound } from './params.js';

export function vestigingserkenningenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/vestigingserkenningen/:code', (req, res) => {
    const code = req.params.code;
    const q = validQuery<Schemas.RIOPeildatumvraag>(deps.schemas, 'rio-peildatum-query', req, codeFout('brin6', code));
    const peildatum = q.peildatum ?? deps.clock.today();
    const vestiging = deps.store.findVestigingserkenning(code);
    if (!vestiging) throw notFound('A01040', `Vestiging (BRIN6) ${code} is onbekend.`, { vestigingscode: code });
    // RIO-08
    if (!isGeldigOp(vestiging, peildatum)) {
      throw notFound('RIO-08', `Vestiging ${code} is op ${peildatum} niet erkend (erkend ${beschrijf(vestiging)}).`, {
        vestigingscode: code,
        peildatum,
      });
    }
    res.status(200).json(vestigingAntwoord(vestiging, peildatum));
  });
  return router;
}
