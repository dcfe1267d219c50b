// GET /onderwijsbesturen/{onderwijsbestuurcode} (docs/services/rio.md, RIO-01, RIO-08).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import { bestuurAntwoord } from '../responses.js';
import { codeFout, notFound } from './params.js';

/** More aanbieders than any bestuur has; the bestuur read lists them all. */
const ALLE = 100_000;

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
    const peildatum = q.peildatum ?? deps.clock.today();
    const bestuur = deps.store.findBestuur(code);
    if (!bestuur) throw notFound('A01110', `Onderwijsbestuur ${code} is onbekend in RIO.`, { onderwijsbestuurcode: code });
    // RIO-08
    if (!isInBedrijfOp(bestuur, peildatum)) {
      throw notFound(
        'RIO-08',
        `Onderwijsbestuur ${code} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(bestuur)}).`,
        { onderwijsbestuurcode: code, peildatum },
      );
    }
    const aanbieders = deps.store.listAanbieders({ peildatum, bestuurcode: code, offset: 0, limit: ALLE }).items;
    res.status(200).json(bestuurAntwoord(bestuur, peildatum, aanbieders));
  });
  return router;
}
