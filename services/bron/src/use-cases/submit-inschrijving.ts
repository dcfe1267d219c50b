// POST /inschrijvingen (docs/services/bron.md): one inschrijving as a standlevering (BRON-02), checked
// against the identifiers, the BRON rules and RIO (BRON-06), answered with the terugkoppeling at once
// and in the school's mailbox (EK-08), with what it means for bekostiging (BEK-09) and for the
// pupil's other schools (INFO-03..05, BRON-14).
import {
  checkLeerling,
  fout,
  pgnSleutel,
  pgnWaarde,
  problems,
  type Commit,
  type Foutmelding,
  type Schemas,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { geboortegegevensVan, isKnownPgn } from '../domain/identificatie.js';
import { checkInschrijving, rioChecksFor } from '../domain/inschrijving.js';
import { bepaalMutatie } from '../domain/mutatie.js';
import { terugkoppeling } from '../domain/terugkoppeling.js';
import type { Inschrijving } from '../domain/types.js';
import type { BerichtDeps } from '../deps.js';
import { schoolNamen, toSchool, vervang, verwerkKetengevolgen, type OpLeerling } from './apply-ketengevolgen.js';
import { issuedNumbers } from './issued-numbers.js';
import { meldVeranderingen, metVersie, naWijziging, pupilRecord, statussen } from './leerling-bekostiging.js';

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

/** BRON-06: every reason RIO gives why the inschrijving's aanbieder, locatie or vestiging is not inschrijfbaar. */
async function askRio(deps: BerichtDeps, ins: Inschrijving): Promise<Foutmelding[]> {
  const antwoorden = await Promise.all(rioChecksFor(ins).map(async (c) => ({ c, a: await deps.rio.inschrijfbaarheid(c) })));
  return antwoorden.flatMap(({ c, a }) =>
    a.foutmeldingen.map((f) => ({ ...f, pointer: c.pointer, fouttekst: `${f.fouttekst} (peildatum ${c.peildatum})` })),
  );
}

/**
 * Checks the inschrijving (throws the 400 with every foutmelding) and returns its commit: stores it
 * and places the terugkoppeling, the kennisgevingen, signalen and bekostigingsmeldingen it causes.
 */
export async function submitInschrijving(
  deps: BerichtDeps,
  { body, school, berichtId, partij, today }: VendorBerichtContext<Schemas.BRONInschrijvingbericht>,
): Promise<Commit> {
  const ins = body.inschrijving;
  const brin = school.brin;
  const pgn = pgnWaarde(ins.leerling);
  const issued = issuedNumbers(deps.store);
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
      today,
      schoolBrin: brin,
      ...(geboortedatum !== undefined ? { geboortedatum } : {}),
      ...opSchool(stand, brin, ins),
    });
  fouten.push(...check(opLeerling).foutmeldingen);
  // BRON-06: RIO only when the vestiging belongs to the school (EK-03 already says what is wrong otherwise).
  if (ins.vestigingscode.startsWith(brin)) fouten.push(...(await askRio(deps, ins)));
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
    const voorheen = statussen(deps, pgn, today, voor);
    const mutatie = bepaalMutatie(huidig, ins);
    deps.store.slaInschrijvingOp(brin, ins, mutatie, { berichtId, afzender: partij, vandaag: today });
    const keten = verwerkKetengevolgen(
      deps.store,
      pgn,
      { brin, ins },
      huidig,
      today,
      namen,
      vervang(stand.map(toSchool), { brin, ins }),
    );
    // BEK-09: the status in the terugkoppeling, and a BEKOSTIGINGSMELDING to every school whose status changed.
    let na = metVersie(voor, brin, ins, today);
    if (keten.correctie) na = metVersie(na, keten.correctie.brin, keten.correctie.ins, today);
    const { bekostiging, statussen: nu } = naWijziging(deps, na, brin, ins.inschrijvingsvolgnummer, today);
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
}
