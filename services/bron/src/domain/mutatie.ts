// BRON-02: which mutation an aanlevering (a standlevering of the whole inschrijving) is.
import type { Inschrijving } from './types.js';

export type Mutatie = 'TOEGEVOEGD' | 'GEWIJZIGD' | 'UITGESCHREVEN';

/** BRON-02: T when the key is new; U = A that newly sets the uitschrijfdatum; else A. */
export function bepaalMutatie(previous: Inschrijving | undefined, next: Inschrijving): Mutatie {
  if (previous === undefined) return 'TOEGEVOEGD';
  if (previous.uitschrijfdatum === undefined && next.uitschrijfdatum !== undefined) return 'UITGESCHREVEN';
  return 'GEWIJZIGD';
}
