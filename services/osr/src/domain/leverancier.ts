// OSR-07 (sim): a vendor of your own. Pure checks of a new vendor against the world, and the mandates
// that make it part of the world again after a reset.
import type { Foutmelding, OsrDienstcode, OsrMandaat } from '@duo-sim/shared';

/** The diensten a vendor of your own is mandated for (the ones a LAS sends berichten for). */
export const EIGEN_DIENSTEN: readonly OsrDienstcode[] = ['ROD_PO', 'VERZUIM'];

/** Names compare without case and outer spaces: "mijn las" is taken when "Mijn LAS" exists. */
const vergelijkbaar = (naam: string) => naam.trim().toLocaleLowerCase('nl');

// OSR-07: the name is no party's name yet (so `--as <naam>` finds exactly one), and every BRIN is a school OSR knows.
export function checkNieuweLeverancier(
  body: { naam: string; scholen: readonly string[] },
  world: { partijNamen: readonly string[]; kentSchool: (brin: string) => boolean },
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (world.partijNamen.some((n) => vergelijkbaar(n) === vergelijkbaar(body.naam))) {
    fouten.push({
      foutcode: 'OSR-07',
      fouttekst: `Er is al een partij met de naam "${body.naam}"; kies een naam die nog geen partij van de wereld heeft.`,
      pointer: '/naam',
    });
  }
  body.scholen.forEach((brin, i) => {
    if (!world.kentSchool(brin)) {
      fouten.push({
        foutcode: 'OSR-07',
        fouttekst: `OSR kent geen school met BRIN ${brin}; kies scholen uit GET /api/v1/schools.`,
        pointer: `/scholen/${i}`,
        sleutelgegevens: [{ sleutelnaam: 'brin', sleutelwaarde: brin }],
      });
    }
  });
  return fouten;
}

/** What a reset needs to know of a vendor of your own (data/partijen.json). */
export interface EigenLeverancierInWereld {
  oin: string;
  scholen: readonly string[];
  sinds: string;
}

// OSR-07: after a reset a vendor of your own has its mandates again: ROD_PO and VERZUIM for the
// schools it was made with (those the seed still has), from the day it was made, open-ended.
export function mandatenNaReset(
  leverancier: EigenLeverancierInWereld,
  schoolOin: (brin: string) => string | undefined,
  newIds: () => { id: string; token: string },
): OsrMandaat[] {
  return leverancier.scholen.flatMap((brin) => {
    const school_oin = schoolOin(brin);
    if (school_oin === undefined) return [];
    return EIGEN_DIENSTEN.map((service) => ({
      ...newIds(),
      school_oin,
      supplier_oin: leverancier.oin,
      service,
      start_date: leverancier.sinds,
      end_date: null,
    }));
  });
}
