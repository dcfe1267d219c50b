// /meldingen (docs/services/verzuim.md): a school reports absence through its vendor (VZM-01), the register
// routes it to the woongemeente (VZM-09); the school may set an einddatum or withdraw, the gemeente
// moves it forward (VZM-12); both read it.
import { handleVendorBericht, partijOf, validBody, type OperationSpec, type ReplayGuard } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import type { MeldingStatus } from '../domain/types.js';
import { leesbareMelding } from '../use-cases/access.js';
import { changeMelding, type MeldingWijziging } from '../use-cases/change-melding.js';
import { assertMayMoveStatus, moveMeldingStatus } from '../use-cases/move-melding-status.js';
import { registerMelding, type MeldingBericht } from '../use-cases/register-melding.js';

const NR = { name: 'meldingsnummer', in: 'path' as const, required: true, description: 'VZM-10, bv. VZM-2026-000001' };

export const meldingOperations: readonly OperationSpec[] = [
  {
    method: 'post',
    path: '/meldingen',
    summary:
      'Verzuimmelding registreren (VZM-02…11): de leerling moet op de begindatum op die vestiging ingeschreven zijn (BRON); antwoord met meldingsnummer en woongemeente',
    wie: 'de leverancier met een mandaat VERZUIM voor de school in bedrijfsdocument.verzendendeInstantie',
    request: 'verzuim-melding-bericht',
    response: 'verzuim-registratie',
    status: 201,
  },
  {
    method: 'patch',
    path: '/meldingen/{meldingsnummer}',
    summary: 'Einddatum doorgeven of de melding intrekken (INGETROKKEN) zolang zij open is (VZM-06, VZM-12)',
    wie: 'de leverancier met een mandaat VERZUIM voor de school van de melding',
    parameters: [NR],
    request: 'verzuim-melding-wijziging',
    response: 'verzuim-melding-antwoord',
  },
  {
    method: 'get',
    path: '/meldingen/{meldingsnummer}',
    summary: 'Een melding met statusHistorie',
    wie: 'de leverancier van de school (mandaat VERZUIM), de woongemeente, DUO of de operator',
    parameters: [NR],
    response: 'verzuim-melding',
  },
  {
    method: 'patch',
    path: '/meldingen/{meldingsnummer}/status',
    summary: 'De gemeente zet de melding vooruit: IN_BEHANDELING, AFGESLOTEN of TER_KENNISGEVING_AANGENOMEN (VZM-12)',
    wie: 'de woongemeente waarheen de melding is doorgezet',
    parameters: [NR],
    request: 'verzuim-status-wijziging',
    response: 'verzuim-melding',
  },
];

/**
 * EK-06 for a bericht whose target is in the URL: the same id and body sent to another melding is
 * another bericht (409 EK-DUPLICAAT), not a resend that gets the first melding's answer.
 */
function replayPerPad(replay: ReplayGuard, pad: string): ReplayGuard {
  return {
    handle: (afzender, id, body, prepare) => replay.handle(afzender, id, { pad, body }, prepare),
    clear: () => replay.clear(),
  };
}

export function meldingRoutes(deps: AppDeps): Router {
  const router = Router();

  router.post('/meldingen', (req, res) =>
    handleVendorBericht<MeldingBericht>(deps, req, res, {
      schema: 'verzuim-melding-bericht',
      dienst: 'VERZUIM',
      prepare: (bericht) => registerMelding(deps, bericht),
    }),
  );

  router.patch('/meldingen/:meldingsnummer', (req, res) =>
    handleVendorBericht<MeldingWijziging>(
      { ...deps, replay: replayPerPad(deps.replay, `/meldingen/${req.params.meldingsnummer}`) },
      req,
      res,
      {
        schema: 'verzuim-melding-wijziging',
        dienst: 'VERZUIM',
        prepare: (bericht) => changeMelding(deps, req.params.meldingsnummer, bericht),
      },
    ),
  );

  router.get('/meldingen/:meldingsnummer', async (req, res) => {
    res.json(await leesbareMelding(deps, partijOf(res), req.params.meldingsnummer));
  });

  router.patch('/meldingen/:meldingsnummer/status', async (req, res) => {
    const partij = partijOf(res);
    const nr = req.params.meldingsnummer;
    await assertMayMoveStatus(deps, partij, nr);
    const body = validBody<{ status: MeldingStatus }>(deps.schemas, 'verzuim-status-wijziging', req);
    res.json(moveMeldingStatus(deps, partij, nr, body.status));
  });

  return router;
}
