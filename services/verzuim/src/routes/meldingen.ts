// /meldingen (docs/services/verzuim.md): a school reports absence through its vendor (VZM-01), the register
// routes it to the woongemeente (VZM-09); the school may set an einddatum or withdraw, the gemeente
// moves it forward (VZM-12); both read it.
import {
  checkLeerling,
  handleVendorBericht,
  partijOf,
  Problem,
  problems,
  validBody,
  type Bedrijfsdocument,
  type Foutmelding,
  type OperationSpec,
  type ReplayGuard,
} from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import {
  checkEinddatum,
  checkEinddatumInKeten,
  checkLrvEinddatum,
  checkNieuweMelding,
  inschrijvingOp,
} from '../domain/melding.js';
import { matchOpPersoonsgegevens, routeer } from '../domain/routing.js';
import { checkEinddatumWijziging, checkStatusMove } from '../domain/status.js';
import type { BrpPersoon, Melding, MeldingInhoud, MeldingStatus, Pgn, Verzuimsoort } from '../domain/types.js';
import { gemeentenVan, isWoongemeente, leesbareMelding, meldingOnbekend } from './access.js';

interface MeldingBericht {
  bedrijfsdocument: Bedrijfsdocument;
  melding: MeldingInhoud;
}

interface MeldingWijziging {
  bedrijfsdocument: Bedrijfsdocument;
  einddatum?: string;
  status?: 'INGETROKKEN';
}

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
  const { store, clock, schemas, bron } = deps;

  /** The pupil in the BRP stub; one known only by onderwijsnummer through BRON (VZM-09). */
  const zoekPersoon = async (pgn: Pgn): Promise<BrpPersoon | null> => {
    const direct = store.persoonMetPgn(pgn);
    if (direct) return direct;
    if (pgn.onderwijsnummer === undefined) return null;
    const bekend = await bron.persoonVanOnderwijsnummer(pgn.onderwijsnummer);
    if (!bekend) return null;
    return matchOpPersoonsgegevens(store.personenGeborenOp(bekend.geboortedatum, bekend.achternaam), bekend);
  };

  router.post('/meldingen', (req, res) =>
    handleVendorBericht<MeldingBericht>(deps, req, res, {
      schema: 'verzuim-melding-bericht',
      dienst: 'VERZUIM',
      prepare: async ({ body, partij, school, berichtId, vandaag }) => {
        const m = body.melding;
        // Rules that need a valid PGN (enrolment, routing, age) are skipped when it is not (ID-01, ID-02).
        const pgnGeldig = checkLeerling(m.leerling, '/melding/leerling').length === 0;
        const eigenVestiging = m.vestigingscode.startsWith(school.brin);
        // VZM-08: asked of BRON with DUO's certificate, on the begindatum.
        const inschrijving =
          pgnGeldig && eigenVestiging
            ? inschrijvingOp(await bron.inschrijvingenOp(school.brin, m.begindatum), m, m.begindatum)
            : undefined;
        const persoon = pgnGeldig ? await zoekPersoon(m.leerling) : null;
        const routering = pgnGeldig ? routeer(persoon, gemeentenVan(deps)) : null;
        const uitkomst = checkNieuweMelding(m, {
          vandaag,
          schoolBrin: school.brin,
          vorige: m.vervolgOp === undefined ? undefined : store.melding(m.vervolgOp),
          inschrijving,
          persoon,
        });
        const fouten = [...uitkomst.fouten, ...(routering?.fouten ?? [])];
        if (fouten.length > 0 || !routering?.woongemeente) throw problems.rejected(fouten, berichtId);
        const woongemeente = routering.woongemeente;

        return () => {
          const melding = store.registreer(
            {
              ...m,
              verzuimsoort: m.verzuimsoort as Verzuimsoort,
              brin: school.brin,
              woongemeente,
              registratiedatum: vandaag,
              meldingen: uitkomst.meldingen,
            },
            { door: partij, namens: school.oin, rol: 'school', tijdstip: clock.now().toISOString(), vandaag },
          );
          return {
            status: 201,
            body: {
              identificatiecodeBedrijfsdocument: berichtId,
              meldingsnummer: melding.meldingsnummer,
              status: melding.status,
              woongemeente: melding.woongemeente,
              meldingen: melding.meldingen,
            },
          };
        };
      },
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
        prepare: ({ body, partij, school, berichtId, vandaag }) => {
          const nr = req.params.meldingsnummer;
          const melding = store.melding(nr);
          // Another school's melding is answered as one that does not exist (docs/authorization.md).
          if (!melding || melding.brin !== school.brin) throw meldingOnbekend(nr, berichtId);
          // VZM-12: the move must fit the status the melding has when it is stored, not only now.
          const conflict = (actueel: Melding): Foutmelding | null =>
            body.status !== undefined
              ? checkStatusMove('school', actueel.status, body.status)
              : checkEinddatumWijziging(actueel.status);
          const eerst = conflict(melding);
          if (eerst) throw new Problem(409, [eerst], berichtId);

          if (body.einddatum !== undefined) {
            const einddatum = body.einddatum;
            const fouten = [
              ...checkEinddatum(melding.begindatum, einddatum, vandaag, '/einddatum'),
              ...(melding.verzuimsoort === 'LANGDURIG_RELATIEF'
                ? checkLrvEinddatum(melding.begindatum, einddatum, '/einddatum')
                : []),
              ...checkEinddatumInKeten(
                einddatum,
                melding.vervolgOp === undefined ? undefined : store.melding(melding.vervolgOp),
                store.vervolgenOp(nr),
              ),
            ];
            if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
          }

          return () => {
            const actueel = store.melding(nr)!;
            const laat = conflict(actueel);
            if (laat) throw new Problem(409, [laat], berichtId);
            const item = {
              door: partij,
              namens: school.oin,
              rol: 'school' as const,
              tijdstip: clock.now().toISOString(),
              vandaag,
            };
            const gewijzigd =
              body.einddatum !== undefined
                ? store.setEinddatum(nr, body.einddatum, { ...item, wijziging: 'EINDDATUM', status: actueel.status })
                : store.setStatus(nr, { ...item, wijziging: 'STATUS', status: 'INGETROKKEN' });
            return { status: 200, body: { identificatiecodeBedrijfsdocument: berichtId, melding: gewijzigd } };
          };
        },
      },
    ),
  );

  router.get('/meldingen/:meldingsnummer', async (req, res) => {
    res.json(await leesbareMelding(deps, partijOf(res), req.params.meldingsnummer));
  });

  router.patch('/meldingen/:meldingsnummer/status', async (req, res) => {
    const partij = partijOf(res);
    const nr = req.params.meldingsnummer;
    // A party that may not read the melding hears that it does not exist; one that may, why not.
    const melding = await leesbareMelding(deps, partij, nr);
    // VZM-12: only the gemeente the melding was routed to treats it (VZM-09).
    if (!isWoongemeente(deps, partij, melding)) {
      throw problems.forbidden('Alleen de woongemeente waarheen de melding is doorgezet, zet haar status.');
    }
    const body = validBody<{ status: MeldingStatus }>(schemas, 'verzuim-status-wijziging', req);
    const gewijzigd = store.atomically(() => {
      const actueel = store.melding(nr)!;
      const conflict = checkStatusMove('gemeente', actueel.status, body.status);
      if (conflict) throw new Problem(409, [conflict]);
      const vandaag = clock.today();
      return store.setStatus(nr, {
        wijziging: 'STATUS',
        status: body.status,
        door: partij,
        rol: 'gemeente',
        tijdstip: clock.now().toISOString(),
        vandaag,
      });
    });
    res.json(gewijzigd);
  });

  return router;
}
