// POST /inschrijvingen (docs/services/bron.md): one inschrijving as a standlevering (BRON-02), checked against
// the identifiers, the BRON rules and RIO (BRON-06), answered with the terugkoppeling at once and in
// the school's mailbox (EK-08). GET /scholen/{brin}/inschrijvingen: the registratieoverzicht.
import {
  assertMayReadForSchool,
  BRIN4_PATTERN,
  checkLeerling,
  DUO_OIN,
  fout,
  handleVendorBericht,
  partijOf,
  pathFout,
  pgnSleutel,
  pgnWaarde,
  problems,
  validQuery,
  type Bedrijfsdocument,
  type Foutmelding,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import { geboortegegevensVan, isKnownPgn, type UitgegevenOnderwijsnummers } from '../domain/identificatie.js';
import { checkInschrijving, rioChecksFor } from '../domain/inschrijving.js';
import { bepaalMutatie } from '../domain/mutatie.js';
import { terugkoppeling } from '../domain/terugkoppeling.js';
import type { Inschrijving } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { schoolNamen, toSchool, vervang, verwerkKetengevolgen, type OpLeerling } from '../keten.js';
import { meldVeranderingen, metVersie, naWijziging, pupilRecord, statussen } from '../bekostiging.js';

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

interface InschrijvingBericht {
  bedrijfsdocument: Bedrijfsdocument;
  inschrijving: Inschrijving;
}

/** BRON-02: the pupil's other inschrijvingen at this school, and the stored one under this key. */
function opSchool(stand: OpLeerling, brin: string, ins: Inschrijving): { bestaande: Inschrijving[]; vorige?: Inschrijving } {
  const bestaande: Inschrijving[] = [];
  let vorige: Inschrijving | undefined;
  for (const s of stand) {
    if (s.brin !== brin) continue;
    if (s.inschrijving.inschrijvingsvolgnummer === ins.inschrijvingsvolgnummer) vorige = s.inschrijving;
    else bestaande.push(s.inschrijving);
  }
  return vorige ? { bestaande, vorige } : { bestaande };
}

export function issuedNumbers(deps: AppDeps): UitgegevenOnderwijsnummers {
  return {
    findByPerson: (sleutel) => deps.store.onderwijsnummerVan(sleutel),
    findByNummer: (nummer) => deps.store.persoonsleutelVan(nummer),
  };
}

export function isDuoOrOperator(deps: AppDeps) {
  return (oin: string) => oin === DUO_OIN || deps.parties.isOperator(oin);
}

export function inschrijvingRoutes(deps: AppDeps): Router {
  const router = Router();
  const issued = issuedNumbers(deps);

  router.post('/inschrijvingen', (req, res) =>
    handleVendorBericht<InschrijvingBericht>(deps, req, res, {
      schema: 'bron-inschrijving-bericht',
      dienst: 'ROD_PO',
      async prepare({ body, school, berichtId, partij, vandaag }) {
        const ins = body.inschrijving;
        const brin = school.brin;
        const pgn = pgnWaarde(ins.leerling);
        // Rules that need a valid PGN (BRON-01, BRON-07's age) are skipped when it is not: checkInschrijving
        // reports ID-01/02/03, and "identificeer de leerling eerst" would point the wrong way.
        const pgnGeldig = checkLeerling(ins.leerling, '').length === 0;
        const kandidaten = pgnGeldig ? deps.brp.metPgn(ins.leerling) : [];
        const fouten: Foutmelding[] = [];
        // BRON-01: only a pupil the BRP stub knows, or one BRON gave an onderwijsnummer.
        if (pgnGeldig && !isKnownPgn(ins.leerling, kandidaten, issued)) {
          fouten.push(
            fout(
              'BRON-01',
              'Deze leerling is niet bekend; identificeer de leerling eerst met POST /identificaties.',
              '/inschrijving/leerling',
              pgnSleutel(ins.leerling),
            ),
          );
        }
        const geboortedatum = pgnGeldig ? geboortegegevensVan(ins.leerling, kandidaten, issued)?.geboortedatum : undefined;
        // The pupil is read here, and again inside the commit only when something was stored for it since.
        const gelezen = deps.store.versieVanLeerling(pgn);
        const opLeerling = deps.store.inschrijvingenVanLeerling(pgn);
        const check = (stand: OpLeerling) =>
          checkInschrijving(ins, {
            today: vandaag,
            schoolBrin: brin,
            ...(geboortedatum !== undefined ? { geboortedatum } : {}),
            ...opSchool(stand, brin, ins),
          });
        fouten.push(...check(opLeerling).foutmeldingen);
        // BRON-06: RIO only when the vestiging belongs to the school (EK-03 already says what is wrong otherwise).
        if (ins.vestigingscode.startsWith(brin)) {
          const antwoorden = await Promise.all(
            rioChecksFor(ins).map(async (c) => ({ c, a: await deps.rio.inschrijfbaarheid(c) })),
          );
          for (const { c, a } of antwoorden) {
            for (const f of a.foutmeldingen)
              fouten.push({ ...f, pointer: c.pointer, fouttekst: `${f.fouttekst} (peildatum ${c.peildatum})` });
          }
        }
        if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
        const namen = await schoolNamen(deps.osr, deps.store, pgn, { [brin]: school.naam }, opLeerling);

        return () => {
          // Inside the transaction: while RIO and OSR were asked, a concurrent bericht for this pupil
          // may have landed, so BRON-02 (overlap) and BRON-13 are judged again on what is stored now.
          const stand = deps.store.versieVanLeerling(pgn) === gelezen ? opLeerling : deps.store.inschrijvingenVanLeerling(pgn);
          const uitslag = check(stand);
          if (uitslag.foutmeldingen.length > 0) throw problems.rejected(uitslag.foutmeldingen, berichtId);
          const huidig = opSchool(stand, brin, ins).vorige;
          const voor = pupilRecord(deps, pgn);
          const voorheen = statussen(deps, pgn, vandaag, voor);
          const mutatie = bepaalMutatie(huidig, ins);
          deps.store.slaInschrijvingOp(brin, ins, mutatie, { berichtId, afzender: partij, vandaag });
          const keten = verwerkKetengevolgen(
            deps.store,
            pgn,
            { brin, ins },
            huidig,
            vandaag,
            namen,
            vervang(stand.map(toSchool), { brin, ins }),
          );
          // BEK-09: the status in the terugkoppeling, and a BEKOSTIGINGSMELDING to every school whose status changed.
          let na = metVersie(voor, brin, ins, vandaag);
          if (keten.correctie) na = metVersie(na, keten.correctie.brin, keten.correctie.ins, vandaag);
          const { bekostiging, statussen: nu } = naWijziging(deps, na, brin, ins.inschrijvingsvolgnummer, vandaag);
          const tk = {
            ...terugkoppeling(mutatie, ins.leerling, ins.inschrijvingsvolgnummer, uitslag.meldingen),
            ...(bekostiging ? { bekostiging } : {}),
          };
          deps.store.plaatsBericht(brin, 'TERUGKOPPELING', { identificatiecodeBedrijfsdocument: berichtId, terugkoppeling: tk });
          keten.plaatsBerichten();
          meldVeranderingen(deps.store, voorheen, nu);
          deps.pusher?.kick();
          return {
            status: huidig === undefined ? 201 : 200,
            body: { identificatiecodeBedrijfsdocument: berichtId, terugkoppeling: tk },
          };
        };
      },
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
    await assertMayReadForSchool(
      { osr: deps.osr, clock: deps.clock, isDuoOrOperator: isDuoOrOperator(deps) },
      partijOf(res),
      brin,
      'ROD_PO',
    );
    const peildatum = query.peildatum ?? deps.clock.today();
    res.json({ brin, peildatum, inschrijvingen: deps.store.inschrijvingenOp(brin, peildatum) });
  });
  return router;
}
