// The rules an aanlevering of an onderwijslocatiegebruik must pass (RIO-07), all reported at
// once. Pure: the bestuur, whether the locatie exists and the vestigingserkenningen it refers to
// are passed in. One gebruik per (bestuur, locatie) (RIO-04, N01020) is the caller's 409.
import { fout, type Foutmelding } from '@duo-sim/shared';
import { checkRelaties } from './relaties.js';
import type { Onderwijsbestuur, Onderwijslocatiegebruik, Vestigingserkenning } from './types.js';

export interface GebruikVerwijzingen {
  bestuur: Onderwijsbestuur | undefined;
  /** False when the aanlevering names an onderwijslocatiecode that RIO does not know (a new address is known). */
  locatieBekend: boolean;
  vestigingserkenningen: ReadonlyMap<string, Vestigingserkenning>;
}

/** A gebruik as delivered; a new locatie has no code yet. */
export type GebruikInhoud = Omit<Onderwijslocatiegebruik, 'onderwijslocatiecode'> & { onderwijslocatiecode?: string };

export function checkOnderwijslocatiegebruik(gebruik: GebruikInhoud, verwijzingen: GebruikVerwijzingen): Foutmelding[] {
  const sleutel: Record<string, string> = { onderwijsbestuurcode: gebruik.onderwijsbestuurcode };
  if (gebruik.onderwijslocatiecode !== undefined) sleutel.onderwijslocatiecode = gebruik.onderwijslocatiecode;
  const fouten: Foutmelding[] = [];
  const { bestuur } = verwijzingen;

  if (!bestuur) {
    // RIO-01 (A01110)
    fouten.push(
      fout('A01110', `Onderwijsbestuur ${gebruik.onderwijsbestuurcode} is onbekend in RIO.`, '/onderwijsbestuurcode', sleutel),
    );
  }
  if (!verwijzingen.locatieBekend) {
    // RIO-01 (A01060)
    fouten.push(
      fout(
        'A01060',
        `Onderwijslocatie ${gebruik.onderwijslocatiecode} is onbekend in RIO; geef een bestaande code of een adres voor een nieuwe locatie.`,
        '/onderwijslocatiecode',
        sleutel,
      ),
    );
  }
  // RIO-03 (N04010)
  if (gebruik.uitBedrijfdatum !== undefined && gebruik.uitBedrijfdatum <= gebruik.inBedrijfdatum) {
    fouten.push(
      fout(
        'N04010',
        `De uitBedrijfdatum ${gebruik.uitBedrijfdatum} ligt niet na de inBedrijfdatum ${gebruik.inBedrijfdatum}.`,
        '/uitBedrijfdatum',
        sleutel,
      ),
    );
  }
  // RIO-04 (N01410): the gebruik lies within the bestuur's life.
  if (bestuur && gebruik.inBedrijfdatum < bestuur.inBedrijfdatum) {
    fouten.push(
      fout(
        'N01410',
        `Het gebruik begint op ${gebruik.inBedrijfdatum}, voor de inBedrijfdatum ${bestuur.inBedrijfdatum} van onderwijsbestuur ${bestuur.onderwijsbestuurcode}.`,
        '/inBedrijfdatum',
        sleutel,
      ),
    );
  }
  if (
    bestuur?.uitBedrijfdatum !== undefined &&
    (gebruik.uitBedrijfdatum === undefined || gebruik.uitBedrijfdatum > bestuur.uitBedrijfdatum)
  ) {
    fouten.push(
      fout(
        'N01410',
        `Onderwijsbestuur ${bestuur.onderwijsbestuurcode} gaat uit bedrijf op ${bestuur.uitBedrijfdatum}; het gebruik moet dan geëindigd zijn (nu ${gebruik.uitBedrijfdatum === undefined ? 'open' : `tot ${gebruik.uitBedrijfdatum}`}).`,
        '/uitBedrijfdatum',
        sleutel,
      ),
    );
  }

  gebruik.juridischeRelaties.forEach((relatie, i) => {
    if (!verwijzingen.vestigingserkenningen.has(relatie.vestigingserkenningscode)) {
      // RIO-10 (A01040)
      fouten.push(
        fout(
          'A01040',
          `Vestiging (BRIN6) ${relatie.vestigingserkenningscode} is onbekend.`,
          `/juridischeRelaties/${i}/vestigingserkenningscode`,
          { ...sleutel, vestigingserkenningscode: relatie.vestigingserkenningscode },
        ),
      );
    }
  });
  fouten.push(
    ...checkRelaties(
      gebruik.juridischeRelaties,
      { sleutelnaam: 'vestigingserkenningscode', code: (r) => r.vestigingserkenningscode },
      gebruik,
      '/juridischeRelaties',
      sleutel,
    ),
  );
  return fouten;
}
