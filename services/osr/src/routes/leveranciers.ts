// /api/v1/leveranciers (docs/services/osr.md, OSR-07): the operator adds a vendor of your own to the
// world, or removes one. The besturen then mandate it with POST /api/v1/mandates, as in the chain.
import { assertOperator, locals, partijOf, validBody, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { addLeverancier, removeLeverancier } from '../use-cases/add-leverancier.js';

export const leverancierOperations: readonly OperationSpec[] = [
  {
    method: 'post',
    path: '/api/v1/leveranciers',
    summary:
      'Een eigen leverancier aan de wereld toevoegen (OSR-07): OIN, certificaat (PEM en PKCS#12, wachtwoord alleen in dit antwoord), partij van de wereld en leverancier in OSR',
    wie: 'operator',
    request: 'osr-leverancier-nieuw',
    response: 'osr-leverancier',
    status: 201,
  },
  {
    method: 'delete',
    path: '/api/v1/leveranciers/{oin}',
    summary: 'Een eigen leverancier verwijderen (OSR-07): geen partij meer, certificaat ingetrokken',
    wie: 'operator',
    response: 'osr-leverancier-verwijderd',
  },
];

export function leverancierRoutes(deps: AppDeps): Router {
  const router = Router();

  router.post('/api/v1/leveranciers', async (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const body = validBody<{ naam: string; scholen: string[] }>(deps.schemas, 'osr-leverancier-nieuw', req);
    const nieuw = await addLeverancier(deps, body);
    // The password is the party's alone: the journal keeps the answer without it.
    locals(res).journaalAntwoord = { ...nieuw, wachtwoord: '(alleen in het antwoord aan de operator)' };
    res.status(201).json(nieuw);
  });

  router.delete('/api/v1/leveranciers/:oin', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    res.json(removeLeverancier(deps, req.params.oin));
  });

  return router;
}
