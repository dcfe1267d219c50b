// POST /_sim/brp-personen (operator): persons added to the BRP stub, e.g. for the ketentest
// (docs/ketentest.md); BRON has the same endpoint, so both know the same pupils. Gone after a reset.
import { assertOperator, checkBrpToevoeging, partijOf } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';

export function brpPersonenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/_sim/brp-personen', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const personen = checkBrpToevoeging(deps.schemas, req.body, (p) =>
      Boolean(
        deps.store.persoonMetPgn(
          p.burgerservicenummer !== undefined
            ? { burgerservicenummer: p.burgerservicenummer }
            : { onderwijsnummer: p.onderwijsnummer! },
        ),
      ),
    );
    deps.store.voegPersonenToe(personen);
    res.status(201).json({ toegevoegd: personen.length });
  });
  return router;
}
