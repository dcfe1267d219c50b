// POST /_sim/brp-personen (operator): persons added to the BRP stub, e.g. for the ketentest
// (docs/ketentest.md). The verzuimregister has the same endpoint, so both know the same pupils.
import {
  assertOperator,
  BRP_TOEVOEGING_OPERATION,
  checkBrpToevoeging,
  partijOf,
  type CommonDeps,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import type { WereldBrp } from '../brp-toevoegingen.js';

export const brpPersonenOperations: OperationSpec[] = [BRP_TOEVOEGING_OPERATION];

export function brpPersonenRoutes(deps: CommonDeps, brp: WereldBrp): Router {
  const router = Router();
  router.post('/_sim/brp-personen', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const personen = checkBrpToevoeging(deps.schemas, req.body, (p) => brp.bekend(p));
    brp.voegToe(personen);
    res.status(201).json({ toegevoegd: personen.length });
  });
  return router;
}
