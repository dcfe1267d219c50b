// BRON-17 (real numbers, sim timing): signalen to the school about a groep-8 pupil whose resultaten
// are missing. 168: no schooladvies after 14 February (the voorlopig advies is exchanged by then,
// BRON-15); 166: no doorstroomtoets after 29 March (results by 15 March plus 14 days, BRON-16);
// 167 is not used. Pure functions of dates and what the store holds.
import { addDays } from '@duo-sim/shared';
import { periodeOp } from './periodes.js';
import type { Inschrijving } from './types.js';

export type SignaalCode = '166' | '168';

export interface Signaalmoment {
  code: SignaalCode;
  /** The last day that is not yet "after": 14 February or 29 March of the calendar year. */
  grens: string;
  /** The first day the signaal is about (the day after `grens`); the pupil is judged on this day. */
  peildatum: string;
}

const MOMENTEN: ReadonlyArray<{ code: SignaalCode; maandDag: string }> = [
  { code: '168', maandDag: '02-14' },
  { code: '166', maandDag: '03-29' },
];

/**
 * BRON-17: the moments the simulated clock passed going forward from `from` to `to`, oldest first
 * (a moment is passed when `from` ≤ its grens < `to`). Moving back passes none.
 */
export function gepasseerdeSignaalmomenten(from: string, to: string): Signaalmoment[] {
  if (to <= from) return [];
  const momenten: Signaalmoment[] = [];
  for (let jaar = Number(from.slice(0, 4)); jaar <= Number(to.slice(0, 4)); jaar++) {
    for (const m of MOMENTEN) {
      const grens = `${String(jaar).padStart(4, '0')}-${m.maandDag}`;
      if (from <= grens && grens < to) momenten.push({ code: m.code, grens, peildatum: addDays(grens, 1) });
    }
  }
  return momenten.sort((a, b) => (a.grens < b.grens ? -1 : a.grens > b.grens ? 1 : 0));
}

/** What the store holds of one inschrijving's resultaten (BRON-15, BRON-16). */
export interface Resultaten {
  schooladvies: boolean;
  doorstroomtoets: boolean;
}

/** BRON-17: whether this inschrijving gets signaal `moment.code`: groep 8 on the peildatum and the resultaat missing. */
export function krijgtSignaal(ins: Inschrijving, resultaten: Resultaten, moment: Signaalmoment): boolean {
  if (periodeOp(ins, moment.peildatum)?.groep !== 8) return false;
  return moment.code === '168' ? !resultaten.schooladvies : !resultaten.doorstroomtoets;
}

/** BRON-17: the SIGNAAL's text per code. */
export const SIGNAAL_TEKST: Record<SignaalCode, string> = {
  '168': 'Voor deze leerling in groep 8 is na 14 februari nog geen schooladvies ontvangen.',
  '166': 'Voor deze leerling in groep 8 zijn na 29 maart nog geen toetsgegevens (doorstroomtoets) ontvangen.',
};
