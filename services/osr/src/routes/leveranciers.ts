// /api/v1/leveranciers (docs/services/osr.md, OSR-07): the operator adds a vendor of your own to the
// world, or removes one. The besturen then mandate it with POST /api/v1/mandates, as in the chain.
import { assertOperator, isOin, locals, partijOf, problems, validBody, type OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { checkNieuweLeverancier } from '../domain/leveranciers.js';
import type { EigenLeveranciers } from '../eigen-leveranciers.js';

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
  const { store, parties, schemas, eigenLeveranciers } = deps;

  const beschikbaar = (): EigenLeveranciers => {
    // An OSR made without a world folder (some tests) cannot issue certificates.
    if (!eigenLeveranciers) throw problems.notFound('NIET_GEVONDEN', 'Deze OSR kan geen leveranciers toevoegen.');
    return eigenLeveranciers;
  };

  router.post('/api/v1/leveranciers', async (req, res) => {
    assertOperator(parties, partijOf(res));
    const body = validBody<{ naam: string; scholen: string[] }>(schemas, 'osr-leverancier-nieuw', req);
    const scholen = body.scholen.map((brin) => store.findSchools({ brin })[0]);
    const fouten = checkNieuweLeverancier(body, {
      partijNamen: parties.all().map((p) => p.naam),
      kentSchool: (brin) => store.findSchools({ brin }).length > 0,
    });
    if (fouten.length > 0) throw problems.rejected(fouten);
    const nieuw = await beschikbaar().voegToe(
      body.naam,
      scholen.filter((s) => s !== undefined),
    );
    // The password is the party's alone: the journal keeps the answer without it.
    locals(res).journaalAntwoord = { ...nieuw, wachtwoord: '(alleen in het antwoord aan de operator)' };
    res.status(201).json(nieuw);
  });

  router.delete('/api/v1/leveranciers/:oin', (req, res) => {
    assertOperator(parties, partijOf(res));
    const oin = req.params.oin;
    const verwijderd = isOin(oin) ? beschikbaar().verwijder(oin) : undefined;
    if (!verwijderd) {
      throw problems.notFound(
        'NIET_GEVONDEN',
        `Er is geen eigen leverancier met OIN ${oin}; de leveranciers van de seed blijven.`,
      );
    }
    res.json(verwijderd);
  });

  return router;
}
