// What "valid on d" means for every RIO object (RIO-03 (sim), RIO-08): in ≤ d < uit, the end
// day itself excluded, no end = open. The in-bedrijf day counts; the uit-bedrijf day does not.
import { isActiveExclusive } from '@duo-sim/shared';
import type { Geldigheid, Levensloop } from './types.js';

/** RIO-03: the object is in bedrijf on d. */
export function isInBedrijfOp(object: Levensloop, d: string): boolean {
  return isActiveExclusive(object.inBedrijfdatum, object.uitBedrijfdatum, d);
}

/** RIO-03: the periode or relatie is valid on d. */
export function isGeldigOp(item: Geldigheid, d: string): boolean {
  return isActiveExclusive(item.begindatum, item.einddatum, d);
}

/** RIO-08: the periode valid on d (periodes join without overlap, so there is at most one). */
export function geldigOp<T extends Geldigheid>(items: readonly T[], d: string): T | undefined {
  return items.find((item) => isGeldigOp(item, d));
}

/** "vanaf 2005-08-01 tot 2025-08-01" / "vanaf 2005-08-01" — for fouttekst. */
export function beschrijf(item: Geldigheid | Levensloop): string {
  const [begin, eind] = 'begindatum' in item ? [item.begindatum, item.einddatum] : [item.inBedrijfdatum, item.uitBedrijfdatum];
  return eind === undefined ? `vanaf ${begin}` : `van ${begin} tot ${eind}`;
}
