// RIO-07: a bestuur may change only its own objects (AUT401). These say who owns what.
import type { BestuurRelatie } from './types.js';

/**
 * The besturen that own an aanbieder on `today`: those whose relatie has not ended by then
 * (current or future). When every relatie has ended, the bestuur(en) of the last one, so an
 * aanbieder that went out of bedrijf can still be corrected by its last bestuur.
 */
export function eigenaarsVanAanbieder(besturen: readonly BestuurRelatie[], today: string): Set<string> {
  const lopend = besturen.filter((r) => r.einddatum === undefined || r.einddatum > today);
  if (lopend.length > 0) return new Set(lopend.map((r) => r.onderwijsbestuurcode));
  const laatste = besturen.reduce((max, r) => (r.einddatum! > max ? r.einddatum! : max), '');
  return new Set(besturen.filter((r) => r.einddatum === laatste).map((r) => r.onderwijsbestuurcode));
}
