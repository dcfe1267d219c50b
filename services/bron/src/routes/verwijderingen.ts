// POST /verwijderingen (docs/services/bron.md, BRON-04): remove an inschrijving that should never have existed.
import { handleVendorBericht, pgnWaarde, type OperationSpec, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { removeInschrijving } from '../use-cases/remove-inschrijving.js';

export const verwijderingOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/verwijderingen',
    summary: 'Verwijdering inschrijving: alleen als de leerling de school nooit bezocht (BRON-04)',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-verwijdering-bericht',
    response: 'bron-terugkoppeling',
  },
];

export function verwijderingRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/verwijderingen', (req, res) =>
    handleVendorBericht<Schemas.BRONVerwijderingbericht>(deps, req, res, {
      schema: 'bron-verwijdering-bericht',
      dienst: 'ROD_PO',
      prepare: (bericht) => removeInschrijving(deps, bericht),
      // BRON_SHARDS: in the pupil's shard, after its inschrijvingen (shards.ts).
      ...(deps.shards
        ? { elsewhere: (bericht) => deps.shards!.run('verwijdering', pgnWaarde(bericht.body.verwijdering.leerling), bericht) }
        : {}),
    }),
  );
  return router;
}
