// POST /resultaten (docs/services/bron.md): schooladvies (BRON-15) and doorstroomtoets (BRON-16).
import { handleVendorBericht, pgnWaarde, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { submitResultaat, type ResultaatBericht } from '../use-cases/submit-resultaat.js';

export const resultaatOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/resultaten',
    summary: 'Schooladvies (voorlopig, definitief) of doorstroomtoets van een leerling in groep 8',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-resultaat-bericht',
    response: 'bron-terugkoppeling',
    status: 201,
  },
];

export function resultaatRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/resultaten', (req, res) =>
    handleVendorBericht<ResultaatBericht>(deps, req, res, {
      schema: 'bron-resultaat-bericht',
      dienst: 'ROD_PO',
      prepare: (bericht) => submitResultaat(deps, bericht),
      // BRON_SHARDS: in the pupil's shard, after its inschrijvingen (shards.ts).
      ...(deps.shards
        ? { elsewhere: (bericht) => deps.shards!.run('resultaat', pgnWaarde(bericht.body.resultaat.leerling), bericht) }
        : {}),
    }),
  );
  return router;
}
