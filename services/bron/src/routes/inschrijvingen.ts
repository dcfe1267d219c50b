// POST /inschrijvingen (docs/services/bron.md): one inschrijving as a standlevering (BRON-02), checked against
// the identifiers, the BRON rules and RIO (BRON-06), answered with the terugkoppeling at once and in
// the school's mailbox (EK-08). GET /scholen/{brin}/inschrijvingen: the registratieoverzicht.
import {
  BRIN4_PATTERN,
  handleVendorBericht,
  pathFout,
  pgnWaarde,
  validQuery,
  type OperationSpec,
  type Schemas,
} from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { readRegistratieoverzicht } from '../use-cases/read-school.js';
import { submitInschrijving } from '../use-cases/submit-inschrijving.js';
import { assertMayReadSchool } from './school-guard.js';

export const inschrijvingOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/inschrijvingen',
    summary: 'Aanleveren inschrijving (standlevering): toevoegen, wijzigen of uitschrijven',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-inschrijving-bericht',
    response: 'bron-terugkoppeling',
    status: 201,
  },
  {
    method: 'get',
    path: '/scholen/{brin}/inschrijvingen',
    summary: 'Registratieoverzicht: de inschrijvingen van de school op de peildatum',
    wie: 'leverancier met mandaat ROD_PO voor de school; DUO; operator',
    parameters: [{ name: 'peildatum', in: 'query', description: 'JJJJ-MM-DD, standaard de gesimuleerde datum' }],
    response: 'bron-registratieoverzicht',
  },
];

export function inschrijvingRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/inschrijvingen', (req, res) =>
    handleVendorBericht<Schemas.BRONInschrijvingbericht>(deps, req, res, {
      schema: 'bron-inschrijving-bericht',
      dienst: 'ROD_PO',
      prepare: (bericht) => submitInschrijving(deps, bericht),
      // BRON_SHARDS: the same use case in the shard of the pupil, so one pupil's berichten meet in one thread.
      ...(deps.shards
        ? { elsewhere: (bericht) => deps.shards!.run('inschrijving', pgnWaarde(bericht.body.inschrijving.leerling), bericht) }
        : {}),
    }),
  );
  router.get('/scholen/:brin/inschrijvingen', async (req, res) => {
    const brin = req.params.brin;
    const query = validQuery<{ peildatum?: string }>(
      deps.schemas,
      'bron-peildatum-query',
      req,
      pathFout('brin', brin, BRIN4_PATTERN),
    );
    await assertMayReadSchool(deps, res, brin);
    res.json(readRegistratieoverzicht(deps, brin, query.peildatum));
  });
  return router;
}
