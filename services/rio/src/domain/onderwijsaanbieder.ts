// The rules an aanlevering of an onderwijsaanbieder must pass (RIO-07: a standlevering of the
// whole object), all reported at once. Pure: the besturen and instellingserkenningen it refers to
// are passed in.
import { fout, type Foutmelding } from '@duo-sim/shared';
import { checkPeriodes } from './periodes.js';
import { beschrijf } from './peildatum.js';
import { checkRelaties } from './relaties.js';
import type { Instellingserkenning, Onderwijsaanbieder, OnderwijsaanbiederInhoud, Onderwijsbestuur } from './types.js';

export interface AanbiederVerwijzingen {
  besturen: ReadonlyMap<string, Onderwijsbestuur>;
  instellingserkenningen: ReadonlyMap<string, Instellingserkenning>;
}

export function checkOnderwijsaanbieder(
  aanbieder: OnderwijsaanbiederInhoud & { onderwijsaanbiedercode?: string },
  verwijzingen: AanbiederVerwijzingen,
): Foutmelding[] {
  const sleutel: Record<string, string> = aanbieder.onderwijsaanbiedercode
    ? { onderwijsaanbiedercode: aanbieder.onderwijsaanbiedercode }
    : {};
  const fouten: Foutmelding[] = [];

  // RIO-03 (N04010)
  if (aanbieder.uitBedrijfdatum !== undefined && aanbieder.uitBedrijfdatum <= aanbieder.inBedrijfdatum) {
    fouten.push(
      fout(
        'N04010',
        `De uitBedrijfdatum ${aanbieder.uitBedrijfdatum} ligt niet na de inBedrijfdatum ${aanbieder.inBedrijfdatum}.`,
        '/uitBedrijfdatum',
        { ...sleutel, uitBedrijfdatum: aanbieder.uitBedrijfdatum },
      ),
    );
  }
  // RIO-03 (N05010, N05030, N05050, N05060)
  fouten.push(...checkPeriodes(aanbieder.periodes, aanbieder, '/periodes', sleutel));

  aanbieder.besturen.forEach((relatie, i) => {
    const code = relatie.onderwijsbestuurcode;
    const bestuur = verwijzingen.besturen.get(code);
    const sleutels = { ...sleutel, onderwijsbestuurcode: code };
    if (!bestuur) {
      // RIO-01 (A01110)
      fouten.push(
        fout('A01110', `Onderwijsbestuur ${code} is onbekend in RIO.`, `/besturen/${i}/onderwijsbestuurcode`, sleutels),
      );
      return;
    }
    // RIO-04 (N01410, borrowed from the locatiegebruik): a relatie lies within the bestuur's life.
    if (relatie.begindatum < bestuur.inBedrijfdatum) {
      fouten.push(
        fout(
          'N01410',
          `De relatie met onderwijsbestuur ${code} begint op ${relatie.begindatum}, voor diens inBedrijfdatum ${bestuur.inBedrijfdatum}.`,
          `/besturen/${i}/begindatum`,
          sleutels,
        ),
      );
    }
    // RIO-05 (N04410): the bestuur ends while this aanbieder would still be its aanbieder.
    if (
      bestuur.uitBedrijfdatum !== undefined &&
      (relatie.einddatum === undefined || relatie.einddatum > bestuur.uitBedrijfdatum)
    ) {
      fouten.push(
        fout(
          'N04410',
          `Onderwijsbestuur ${code} gaat uit bedrijf op ${bestuur.uitBedrijfdatum}; de relatie met deze aanbieder moet dan geëindigd zijn (nu ${relatie.einddatum === undefined ? 'open' : `tot ${relatie.einddatum}`}).`,
          `/besturen/${i}`,
          sleutels,
        ),
      );
    }
  });
  fouten.push(
    ...checkRelaties(
      aanbieder.besturen,
      { sleutelnaam: 'onderwijsbestuurcode', code: (r) => r.onderwijsbestuurcode },
      aanbieder,
      '/besturen',
      sleutel,
    ),
  );

  aanbieder.juridischeRelaties.forEach((relatie, i) => {
    const brin = relatie.instellingserkenningscode;
    const erkenning = verwijzingen.instellingserkenningen.get(brin);
    const sleutels = { ...sleutel, instellingserkenningscode: brin };
    if (!erkenning) {
      // RIO-10 (A01030)
      fouten.push(
        fout(
          'A01030',
          `Instellingserkenning (BRIN) ${brin} is onbekend.`,
          `/juridischeRelaties/${i}/instellingserkenningscode`,
          sleutels,
        ),
      );
      return;
    }
    // RIO-10 (A01031): the erkenning must hold for the whole relatie.
    const binnen =
      relatie.begindatum >= erkenning.begindatum &&
      (erkenning.einddatum === undefined || (relatie.einddatum !== undefined && relatie.einddatum <= erkenning.einddatum));
    if (!binnen) {
      fouten.push(
        fout(
          'A01031',
          `BRIN ${brin} is erkend ${beschrijf(erkenning)}; de juridische relatie ${beschrijf(relatie)} valt daarbuiten.`,
          `/juridischeRelaties/${i}`,
          sleutels,
        ),
      );
    }
  });
  fouten.push(
    ...checkRelaties(
      aanbieder.juridischeRelaties,
      { sleutelnaam: 'instellingserkenningscode', code: (r) => r.instellingserkenningscode },
      aanbieder,
      '/juridischeRelaties',
      sleutel,
    ),
  );
  return fouten;
}

/** The codes of the besturen and BRIN4s an aanbieder refers to, to load them for the check. */
export function verwijzingenVan(aanbieder: Pick<Onderwijsaanbieder, 'besturen' | 'juridischeRelaties'>): {
  besturen: string[];
  brins: string[];
} {
  return {
    besturen: [...new Set(aanbieder.besturen.map((r) => r.onderwijsbestuurcode))],
    brins: [...new Set(aanbieder.juridischeRelaties.map((r) => r.instellingserkenningscode))],
  };
}
