// BEK-01, BEK-08 and BEK-09: the po-bekostigen calendar — which teldatum, its deadline, and whether
// the status for it is still voorlopig. Pure functions of a date and the configured mode.
import { addDays, fout, isIsoDate, weekday, type Foutmelding } from '@duo-sim/shared';

/**
 * BEK-01 (sim: chosen by configuration): `FEBRUARI` = one teldatum on 1 February (real since 2023,
 * the default); `OKTOBER` = the legacy teldatum 1 October with data in by 1 December (real before 2023).
 */
export type TeldatumModus = 'FEBRUARI' | 'OKTOBER';

export const TELDATUM_MODI: readonly TeldatumModus[] = ['FEBRUARI', 'OKTOBER'];

/** BEK-01: 1 February since 2023. */
export const STANDAARD_TELDATUM_MODUS: TeldatumModus = 'FEBRUARI';

/** BEK-09 */
export type BekostigingSoort = 'VOORLOPIG' | 'DEFINITIEF';

/** BEK-08 (sim): data for T must be in ROD within this many days after T. */
export const DEADLINE_DAGEN = 28;

/** BEK-01: the teldatum of calendar year `jaar` in this mode. */
export function teldatumIn(jaar: number, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): string {
  return `${String(jaar).padStart(4, '0')}-${modus === 'OKTOBER' ? '10' : '02'}-01`;
}

/** BEK-01: whether `datum` is a teldatum in this mode (1 February, or 1 October in legacy mode). */
export function isTeldatum(datum: string, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): boolean {
  return isIsoDate(datum) && datum === teldatumIn(Number(datum.slice(0, 4)), modus);
}

/**
 * BEK-08: the last day on which data for teldatum `teldatum` counts. FEBRUARI (sim): T + 28 days,
 * moved to the next Monday when that is a Saturday or Sunday (2025: Sat 1 March → Mon 3 March, which
 * is DUO's real 2025 date). OKTOBER (real): 1 December of T's year, not moved (BEK-08 names the
 * fixed date; the weekend shift belongs to the sim four-week rule).
 */
export function deadline(teldatum: string, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): string {
  if (modus === 'OKTOBER') return `${teldatum.slice(0, 4)}-12-01`;
  // Asked for every version of every inschrijving of a pupil on each bericht, for a handful of teldata.
  let d = deadlines.get(teldatum);
  if (d === undefined) {
    const dag = addDays(teldatum, DEADLINE_DAGEN);
    const wd = weekday(dag);
    d = wd === 6 ? addDays(dag, 2) : wd === 0 ? addDays(dag, 1) : dag;
    if (deadlines.size < 1_000) deadlines.set(teldatum, d);
  }
  return d;
}
const deadlines = new Map<string, string>();

/**
 * BEK-09: the relevant teldatum on `today` — the earliest teldatum whose deadline has not passed
 * (the deadline day itself still belongs to T, BEK-08 "within"). This may be a future teldatum.
 */
export function relevanteTeldatum(today: string, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): string {
  const jaar = Number(today.slice(0, 4));
  // Every deadline lies in the teldatum's own year, so this year's or next year's teldatum answers.
  for (const j of [jaar - 1, jaar, jaar + 1]) {
    const t = teldatumIn(j, modus);
    if (today <= deadline(t, modus)) return t;
  }
  return teldatumIn(jaar + 1, modus);
}

/**
 * BEK-09: VOORLOPIG up to and including the BEK-08 deadline, DEFINITIEF after it. A function of today
 * only, so moving the clock back before the deadline makes a definitief status voorlopig again.
 */
export function soortOp(teldatum: string, today: string, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): BekostigingSoort {
  return today <= deadline(teldatum, modus) ? 'VOORLOPIG' : 'DEFINITIEF';
}

/** BEK-09: the teldata whose deadline passed on `today`, from the teldatum of year `vanafJaar` on, oldest first. */
export function verstrekenTeldata(vanafJaar: number, today: string, modus: TeldatumModus = STANDAARD_TELDATUM_MODUS): string[] {
  const teldata: string[] = [];
  for (let j = vanafJaar; j <= Number(today.slice(0, 4)); j++) {
    const t = teldatumIn(j, modus);
    if (soortOp(t, today, modus) === 'DEFINITIEF') teldata.push(t);
  }
  return teldata;
}

/** BEK-09: the teldata whose deadline lies between two dates: their soort flips when the clock crosses it. */
export function gekruisteTeldata(from: string, to: string, modus: TeldatumModus): string[] {
  const [lo, hi] = from < to ? [from, to] : [to, from];
  const teldata: string[] = [];
  for (let jaar = Number(lo.slice(0, 4)) - 1; jaar <= Number(hi.slice(0, 4)) + 1; jaar++) {
    const t = teldatumIn(jaar, modus);
    if (soortOp(t, from, modus) !== soortOp(t, to, modus)) teldata.push(t);
  }
  return teldata;
}

/** BEK-01: a teldatum asked for is the one of the modus: 1 February, or 1 October in the legacy modus. */
export function checkTeldatum(teldatum: string, modus: TeldatumModus): Foutmelding[] {
  if (isTeldatum(teldatum, modus)) return [];
  return [
    fout(
      'BEK-01',
      `${teldatum} is geen teldatum; de teldatum is ${modus === 'OKTOBER' ? '1 oktober' : '1 februari'}.`,
      '?teldatum',
    ),
  ];
}
