// BEK-02..BEK-09: the po-bekostigen engine. The bekostigingsstatus of each of one pupil's
// inschrijvingen for a teldatum, as a pure function of the inschrijvingen with their history, the
// pupil's geboortedatum, the teldatum, today (the simulated date) and the teldatum mode (BEK-01).
import { ageOn } from '@duo-sim/shared';
import {
  deadline,
  relevanteTeldatum,
  soortOp,
  STANDAARD_TELDATUM_MODUS,
  verstrekenTeldata,
  type BekostigingSoort,
  type TeldatumModus,
} from './bekostiging-teldatum.js';
import { isIngeschrevenOp } from './periodes.js';
import type { Inschrijving, Pgn } from './types.js';

export type BekostigingStatus = 'BEKOSTIGD' | 'NIET_BEKOSTIGD';

/**
 * The (sim) reden codes of BEK-02…08, in the fixed order in which `redenen` lists them: the order of the
 * rules that give them (BEK-02 … BEK-08).
 */
export const BEKOSTIGING_REDENEN = [
  'NIET_INGESCHREVEN_OP_TELDATUM', // BEK-02
  'GETELD_OP_ANDERE_SCHOOL', // BEK-03
  'DUBBELE_INSCHRIJVING', // BEK-04
  'INDICATIE_BEKOSTIGING_NEE', // BEK-05
  'VERZUIM_MEER_DAN_HELFT', // BEK-06
  'JONGER_DAN_4', // BEK-07
  'TE_LAAT_GEREGISTREERD', // BEK-08
] as const;

export type BekostigingReden = (typeof BEKOSTIGING_REDENEN)[number];

/** One accepted mutation of an inschrijving key (the store's inschrijving_historie). */
export interface InschrijvingVersie {
  /** The simulated date on which BRON accepted it. */
  vandaag: string;
  /** The inschrijving as it stood after the mutation; null = verwijderd (BRON-04). */
  inschrijving: Inschrijving | null;
}

/** One inschrijving key (BRIN4 + PGN + volgnummer, BRON-02) of the pupil, with its history. */
export interface InschrijvingMetHistorie {
  /** BRIN4 of the school. */
  brin: string;
  /** The current state; null when the inschrijving was removed since (then only its history counts). */
  inschrijving: Inschrijving | null;
  /** The simulated date of the first accepted aanlevering of this key (BEK-03 "earliest accepted"). */
  geaccepteerd: string;
  /**
   * Every accepted mutation in the order BRON accepted them (BEK-08). Empty means the current state
   * is the only version, accepted on `geaccepteerd`.
   */
  versies: readonly InschrijvingVersie[];
}

/** Everything BRON knows about one pupil that bekostiging needs. */
export interface PupilRecord {
  /** From the BRP stub or the identificatie; BEK-07 gives no reden when unknown. */
  geboortedatum?: string;
  /** All the pupil's inschrijvingen, at every school (BEK-03, BEK-04 look across schools). */
  inschrijvingen: readonly InschrijvingMetHistorie[];
}

/** BEK-09: the bekostigingsstatus as the terugkoppeling carries it (docs/services/bron.md). */
export interface Bekostiging {
  status: BekostigingStatus;
  soort: BekostigingSoort;
  redenen: BekostigingReden[];
}

/** BEK-09: the bekostigingsstatus of one inschrijving for one teldatum. */
export interface InschrijvingBekostiging extends Bekostiging {
  brin: string;
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
  teldatum: string;
}

/** BEK-08: the versions in acceptance order; an empty history is the current state alone. */
function versiesVan(e: InschrijvingMetHistorie): readonly InschrijvingVersie[] {
  return e.versies.length > 0 ? e.versies : [{ vandaag: e.geaccepteerd, inschrijving: e.inschrijving }];
}

/**
 * BEK-08: the inschrijving as it stood at the end of day `grens` — the last version (in acceptance
 * order) accepted on or before it; null when it was not in ROD then (not yet sent, or removed).
 */
export function standOp(e: InschrijvingMetHistorie, grens: string): Inschrijving | null {
  let stand: Inschrijving | null = null;
  for (const v of versiesVan(e)) if (v.vandaag <= grens) stand = v.inschrijving;
  return stand;
}

interface Kandidaat {
  e: InschrijvingMetHistorie;
  /** BEK-08: the state that counts for T; null = not in ROD by the deadline. */
  geteld: Inschrijving | null;
  /** The state to report on and to judge BEK-05..07 on. */
  stand: Inschrijving;
  /** BEK-02 on the counted state. */
  ingeschreven: boolean;
}

/** BEK-03 (sim): latest inschrijfdatum first, then earliest accepted; brin and volgnummer only make it total. */
function winnaarEerst(a: Kandidaat, b: Kandidaat): number {
  if (a.stand.inschrijfdatum !== b.stand.inschrijfdatum) return a.stand.inschrijfdatum > b.stand.inschrijfdatum ? -1 : 1;
  if (a.e.geaccepteerd !== b.e.geaccepteerd) return a.e.geaccepteerd < b.e.geaccepteerd ? -1 : 1;
  if (a.e.brin !== b.e.brin) return a.e.brin < b.e.brin ? -1 : 1;
  const va = a.stand.inschrijvingsvolgnummer;
  const vb = b.stand.inschrijvingsvolgnummer;
  return va === vb ? 0 : va < vb ? -1 : 1;
}

function inVasteVolgorde(redenen: Iterable<BekostigingReden>): BekostigingReden[] {
  const set = new Set(redenen);
  return BEKOSTIGING_REDENEN.filter((r) => set.has(r));
}

/**
 * BEK-02..BEK-09: the bekostigingsstatus of every inschrijving of the pupil for teldatum `teldatum`,
 * in the order of `record.inschrijvingen`. An inschrijving that is not in ROD (removed, and while
 * voorlopig: not yet there; once definitief: neither by the deadline nor now) is left out.
 *
 * - soort (BEK-09): VOORLOPIG up to and including the deadline, DEFINITIEF after it.
 * - counted state (BEK-08): while voorlopig, the current state; once definitief, the state as it
 *   stood on the deadline day. A later inschrijving or change does not count for T; when it would
 *   have made the pupil enrolled on T, the reden is TE_LAAT_GEREGISTREERD.
 * - redenen: every reden that applies, in the order of BEKOSTIGING_REDENEN; BEKOSTIGD iff none.
 */
export function bekostigingOp(
  record: PupilRecord,
  teldatum: string,
  today: string,
  modus: TeldatumModus = STANDAARD_TELDATUM_MODUS,
): InschrijvingBekostiging[] {
  const soort = soortOp(teldatum, today, modus);
  const grens = deadline(teldatum, modus);

  const kandidaten: Kandidaat[] = [];
  for (const e of record.inschrijvingen) {
    const geteld = soort === 'VOORLOPIG' ? e.inschrijving : standOp(e, grens);
    const stand = geteld ?? e.inschrijving;
    if (stand === null) continue;
    kandidaten.push({ e, geteld, stand, ingeschreven: geteld !== null && isIngeschrevenOp(geteld, teldatum) });
  }

  // BEK-02 (also for a future T: an open inschrijving is enrolled on it, BEK-09).
  const opTeldatum = kandidaten.filter((k) => k.ingeschreven);
  // BEK-04: an overlap covering T = enrolled on T at two different schools.
  const dubbel = new Set(opTeldatum.map((k) => k.e.brin)).size > 1;
  // BEK-03: one school per pupil. (BRON-02 keeps one school's inschrijvingen from overlapping, so in
  // practice the losers are at another school.)
  const winnaar = [...opTeldatum].sort(winnaarEerst)[0];
  // BEK-07: the fourth birthday on T itself counts as 4 (one pupil, so one answer for all).
  const jongerDan4 = record.geboortedatum !== undefined && ageOn(record.geboortedatum, teldatum) < 4;

  return kandidaten.map((k) => {
    const redenen: BekostigingReden[] = [];
    if (!k.ingeschreven) {
      // BEK-08: the current state would enroll the pupil on T, the counted one does not — so an
      // inschrijving or change accepted after the deadline (while voorlopig the two are the same).
      const teLaat = k.e.inschrijving !== null && isIngeschrevenOp(k.e.inschrijving, teldatum);
      // BEK-02: the counted state is not enrolled on T. Not in ROD at all by the deadline but enrolled
      // on T now: BEK-08 alone explains it.
      if (!(k.geteld === null && teLaat)) redenen.push('NIET_INGESCHREVEN_OP_TELDATUM');
      if (teLaat) redenen.push('TE_LAAT_GEREGISTREERD');
    } else if (dubbel && soort === 'VOORLOPIG') {
      // BEK-04: unresolved overlap while voorlopig → every involved inschrijving.
      redenen.push('DUBBELE_INSCHRIJVING');
    } else if (k !== winnaar) {
      // BEK-03; and BEK-04 "unresolved at the deadline, BEK-03 decides".
      redenen.push('GETELD_OP_ANDERE_SCHOOL');
    }
    // BEK-05: absent means true (BRON-09 sim).
    if (k.stand.indicatieBekostiging === false) redenen.push('INDICATIE_BEKOSTIGING_NEE');
    // BEK-06 (sim): the LAS states it.
    if (k.stand.ongeoorloofdVerzuimMeerDanHelft === true) redenen.push('VERZUIM_MEER_DAN_HELFT');
    if (jongerDan4) redenen.push('JONGER_DAN_4');

    const geordend = inVasteVolgorde(redenen);
    return {
      brin: k.e.brin,
      leerling: k.stand.leerling,
      inschrijvingsvolgnummer: k.stand.inschrijvingsvolgnummer,
      teldatum,
      status: geordend.length === 0 ? 'BEKOSTIGD' : 'NIET_BEKOSTIGD',
      soort,
      redenen: geordend,
    };
  });
}

/** BEK-09: every inschrijving's status for the relevant teldatum on `today`. */
export function bekostigingNu(
  record: PupilRecord,
  today: string,
  modus: TeldatumModus = STANDAARD_TELDATUM_MODUS,
): InschrijvingBekostiging[] {
  return bekostigingOp(record, relevanteTeldatum(today, modus), today, modus);
}

/**
 * BEK-09 "each exchange returns it": the `bekostiging` of the terugkoppeling for one inschrijving,
 * for the relevant teldatum; undefined when that inschrijving is not in ROD (e.g. just removed).
 */
export function bekostigingVan(
  record: PupilRecord,
  brin: string,
  inschrijvingsvolgnummer: string,
  today: string,
  modus: TeldatumModus = STANDAARD_TELDATUM_MODUS,
): Bekostiging | undefined {
  const uitkomst = bekostigingNu(record, today, modus).find(
    (u) => u.brin === brin && u.inschrijvingsvolgnummer === inschrijvingsvolgnummer,
  );
  return uitkomst === undefined ? undefined : { status: uitkomst.status, soort: uitkomst.soort, redenen: uitkomst.redenen };
}

/**
 * BRON-04 (sim) "has a DEFINITIEF bekostigingsstatus": for some teldatum whose deadline passed, this
 * inschrijving was in ROD by the deadline and enrolled on that teldatum — so it was counted for it
 * (funded or not). An inschrijving that was only ever registered too late, or never covered a
 * teldatum, has no definitief status that would forbid its verwijdering.
 */
export function heeftDefinitieveStatus(
  e: InschrijvingMetHistorie,
  today: string,
  modus: TeldatumModus = STANDAARD_TELDATUM_MODUS,
): boolean {
  const data = versiesVan(e)
    .map((v) => v.inschrijving?.inschrijfdatum)
    .filter((d): d is string => d !== undefined);
  if (data.length === 0) return false;
  const vanafJaar = Number(data.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  return verstrekenTeldata(vanafJaar, today, modus).some((t) => {
    const stand = standOp(e, deadline(t, modus));
    return stand !== null && isIngeschrevenOp(stand, t);
  });
}
