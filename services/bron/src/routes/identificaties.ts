// POST /identificaties (docs/services/bron.md, BRON-01): identificeren persoon met of zonder PGN.
import { handleVendorBericht, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { identifyPersoon, type IdentificatieBericht } from '../use-cases/identify-persoon.js';

export const identificatieOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/identificaties',
    summary: 'Identificeren persoon, met of zonder PGN (BRON-01)',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-identificatie-bericht',
    response: 'bron-identificatie-antwoord',
  },
];

export function identificatieRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/identificaties', (req, res) =>
    handleVendorBericht<IdentificatieBericht>(deps, req, res, {
      schema: 'bron-identificatie-bericht',
      dienst: 'ROD_PO',
      prepare: (bericht) => identifyPersoon(deps, bericht),
    }),
  );
  return router;
}
