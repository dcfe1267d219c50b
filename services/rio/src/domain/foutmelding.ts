// RIO-07: every foutmelding names its foutcode, a Dutch fouttekst and 1–5 sleutelgegevens saying
// which object it is about (Problem cuts sleutelwaarden to 25 characters).
import type { Foutmelding } from '@duo-sim/shared';

export function fout(foutcode: string, fouttekst: string, sleutels: Record<string, string>, pointer?: string): Foutmelding {
  return {
    foutcode,
    fouttekst,
    ...(pointer === undefined ? {} : { pointer }),
    sleutelgegevens: Object.entries(sleutels)
      .slice(0, 5)
      .map(([sleutelnaam, sleutelwaarde]) => ({ sleutelnaam, sleutelwaarde })),
  };
}
