// INFO-06: what the digital uitschrijfbewijs tells of a pupil: the inschrijving it has now and its
// last uitschrijving, nothing more.
import { isIngeschrevenOp } from './periodes.js';
import type { Inschrijving } from './types.js';

export interface SchoolInschrijvingRegel {
  brin: string;
  inschrijving: Inschrijving;
}

/**
 * INFO-06: the inschrijving the pupil has on `today` (the latest inschrijfdatum when there are
 * more), and the one with the latest uitschrijfdatum. The current one may carry its (future)
 * uitschrijfdatum already: then it is both.
 */
export function inschrijvingsstatus(
  alle: readonly SchoolInschrijvingRegel[],
  today: string,
): { actueel?: SchoolInschrijvingRegel; laatste?: SchoolInschrijvingRegel } {
  const actueel = alle
    .filter((s) => isIngeschrevenOp(s.inschrijving, today))
    .sort((a, b) => b.inschrijving.inschrijfdatum.localeCompare(a.inschrijving.inschrijfdatum))[0];
  const laatste = alle
    .filter((s) => s.inschrijving.uitschrijfdatum !== undefined)
    .sort((a, b) => b.inschrijving.uitschrijfdatum!.localeCompare(a.inschrijving.uitschrijfdatum!))[0];
  return { ...(actueel ? { actueel } : {}), ...(laatste ? { laatste } : {}) };
}
