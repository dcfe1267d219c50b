// docs/services/common.md: every foutmelding (and BRON-12 melding) names its foutcode, a Dutch one-sentence
// fouttekst, a JSON pointer into the bericht and, where useful, sleutelgegevens.
import type { Foutmelding } from '@duo-sim/shared';

export function fout(foutcode: string, fouttekst: string, pointer: string, sleutels: Record<string, string> = {}): Foutmelding {
  const sleutelgegevens = Object.entries(sleutels)
    .slice(0, 5)
    .map(([sleutelnaam, sleutelwaarde]) => ({ sleutelnaam, sleutelwaarde }));
  return { foutcode, fouttekst, pointer, ...(sleutelgegevens.length > 0 ? { sleutelgegevens } : {}) };
}
