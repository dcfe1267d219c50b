// BEK-09 and docs/services/bron.md: the bekostiging overview of one school for one teldatum, and which
// statuses a mutation changed (a change sends BEKOSTIGINGSMELDING to every affected school).
import { pgnWaarde } from '@duo-sim/shared';
import { STANDAARD_TELDATUM_MODUS, type TeldatumModus } from './bekostiging-teldatum.js';
import {
  BEKOSTIGING_REDENEN,
  bekostigingOp,
  type Bekostiging,
  type BekostigingReden,
  type InschrijvingBekostiging,
  type PupilRecord,
} from './bekostiging-status.js';
import type { Pgn } from './types.js';

/** docs/services/bron.md GET /scholen/{brin}/bekostiging: one line per inschrijving. */
export interface OverzichtRegel extends Bekostiging {
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
}

/** docs/services/bron.md: `{brin, teldatum, leerlingen, totalen: {bekostigd, nietBekostigd, perReden}}`. */
export interface SchoolBekostigingsoverzicht {
  brin: string;
  teldatum: string;
  leerlingen: OverzichtRegel[];
  totalen: {
    bekostigd: number;
    nietBekostigd: number;
    /** Lines per reden, only redenen that occur, in the order of BEKOSTIGING_REDENEN. */
    perReden: Partial<Record<BekostigingReden, number>>;
  };
}

/**
 * Whether a line belongs in the overview for T: the school had the pupil on T by the counted state
 * (BEK-02), or registered the pupil on T too late (BEK-08). A pupil who left before T or came after
 * it is not the school's pupil for T and is left out.
 */
function hoortBijTeldatum(u: InschrijvingBekostiging): boolean {
  return !u.redenen.includes('NIET_INGESCHREVEN_OP_TELDATUM') || u.redenen.includes('TE_LAAT_GEREGISTREERD');
}

/**
 * docs/services/bron.md bekostiging overview (BEK-02..09). `records` are the pupils with an inschrijving at the
 * school, each with ALL their inschrijvingen (BEK-03/04 look at the other schools too); lines are
 * sorted by PGN, then inschrijvingsvolgnummer.
 */
export function schoolOverzicht(
  records: readonly PupilRecord[],
  brin: string,
  teldatum: string,
  today: string,
  modus: TeldatumModus = STANDAARD_TELDATUM_MODUS,
): SchoolBekostigingsoverzicht {
  const leerlingen: OverzichtRegel[] = records
    .flatMap((r) => bekostigingOp(r, teldatum, today, modus))
    .filter((u) => u.brin === brin && hoortBijTeldatum(u))
    .map((u) => ({
      leerling: u.leerling,
      inschrijvingsvolgnummer: u.inschrijvingsvolgnummer,
      status: u.status,
      soort: u.soort,
      redenen: u.redenen,
    }))
    .sort((a, b) => {
      const pa = pgnWaarde(a.leerling);
      const pb = pgnWaarde(b.leerling);
      if (pa !== pb) return pa < pb ? -1 : 1;
      return a.inschrijvingsvolgnummer < b.inschrijvingsvolgnummer
        ? -1
        : a.inschrijvingsvolgnummer > b.inschrijvingsvolgnummer
          ? 1
          : 0;
    });

  const perReden: Partial<Record<BekostigingReden, number>> = {};
  for (const reden of BEKOSTIGING_REDENEN) {
    const n = leerlingen.filter((l) => l.redenen.includes(reden)).length;
    if (n > 0) perReden[reden] = n;
  }
  const bekostigd = leerlingen.filter((l) => l.status === 'BEKOSTIGD').length;
  return { brin, teldatum, leerlingen, totalen: { bekostigd, nietBekostigd: leerlingen.length - bekostigd, perReden } };
}

/** BEK-09: one inschrijving whose bekostigingsstatus changed; undefined = not in ROD before / after. */
export interface BekostigingVerandering {
  brin: string;
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
  voorheen?: InschrijvingBekostiging;
  nu?: InschrijvingBekostiging;
}

function sleutel(u: InschrijvingBekostiging): string {
  return `${u.brin}|${pgnWaarde(u.leerling)}|${u.inschrijvingsvolgnummer}`;
}

function gelijk(a: InschrijvingBekostiging, b: InschrijvingBekostiging): boolean {
  return (
    a.teldatum === b.teldatum &&
    a.status === b.status &&
    a.soort === b.soort &&
    a.redenen.length === b.redenen.length &&
    a.redenen.every((r, i) => r === b.redenen[i])
  );
}

/**
 * BEK-09 "a change sends BEKOSTIGINGSMELDING to every affected school": the inschrijvingen whose
 * teldatum, status, soort or redenen differ between `voorheen` and `nu` (e.g. bekostigingNu of the
 * pupil's record before and after a mutation), including ones that appeared or disappeared.
 * Order: those of `nu` first (in their order), then those only in `voorheen`.
 */
export function veranderingen(
  voorheen: readonly InschrijvingBekostiging[],
  nu: readonly InschrijvingBekostiging[],
): BekostigingVerandering[] {
  const oud = new Map(voorheen.map((u) => [sleutel(u), u]));
  const nieuw = new Set(nu.map(sleutel));
  const uit: BekostigingVerandering[] = [];
  for (const u of nu) {
    const v = oud.get(sleutel(u));
    if (v === undefined || !gelijk(v, u)) {
      uit.push({
        brin: u.brin,
        leerling: u.leerling,
        inschrijvingsvolgnummer: u.inschrijvingsvolgnummer,
        ...(v ? { voorheen: v } : {}),
        nu: u,
      });
    }
  }
  for (const v of voorheen) {
    if (!nieuw.has(sleutel(v)))
      uit.push({ brin: v.brin, leerling: v.leerling, inschrijvingsvolgnummer: v.inschrijvingsvolgnummer, voorheen: v });
  }
  return uit;
}

/** BEK-09: the schools (BRIN4) that get a BEKOSTIGINGSMELDING for these changes, sorted. */
export function betrokkenScholen(lijst: readonly BekostigingVerandering[]): string[] {
  return [...new Set(lijst.map((v) => v.brin))].sort();
}
