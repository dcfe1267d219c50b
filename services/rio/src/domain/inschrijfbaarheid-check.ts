// RIO-11 (sim): may a pupil be enrolled at aanbieder A, locatie X and vestiging V on date d?
// BRON and the verzuimregister ask this for every inschrijving, so every reason is reported at
// once, in the order and with the foutcodes of RIO-11 (docs/rules.md).
import { fout, type Foutmelding } from '@duo-sim/shared';
import { beschrijf, isGeldigOp, isInBedrijfOp } from './peildatum.js';
import type { Onderwijsaanbieder, Onderwijslocatie, Onderwijslocatiegebruik, Vestigingserkenning } from './types.js';

export interface InschrijfbaarheidsVraag {
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
  vestigingscode: string;
  peildatum: string;
}

/** What RIO holds about the three codes: absent objects are unknown. */
export interface InschrijfbaarheidsGegevens {
  aanbieder: Onderwijsaanbieder | undefined;
  locatie: Onderwijslocatie | undefined;
  vestiging: Vestigingserkenning | undefined;
  /** Every gebruik of locatie X, by any bestuur. */
  gebruikenVanLocatie: readonly Onderwijslocatiegebruik[];
}

export function checkInschrijfbaarheid(vraag: InschrijfbaarheidsVraag, gegevens: InschrijfbaarheidsGegevens): Foutmelding[] {
  const { onderwijsaanbiedercode: a, onderwijslocatiecode: x, vestigingscode: v, peildatum: d } = vraag;
  const { aanbieder, locatie, vestiging } = gegevens;
  const fouten: Foutmelding[] = [];

  // 1. The aanbieder.
  if (!aanbieder) {
    fouten.push(fout('N09440', `Onderwijsaanbieder ${a} is onbekend in RIO.`, undefined, { onderwijsaanbiedercode: a }));
  } else if (!isInBedrijfOp(aanbieder, d)) {
    fouten.push(
      fout('RIO-11', `Onderwijsaanbieder ${a} is op ${d} niet in bedrijf (in bedrijf ${beschrijf(aanbieder)}).`, undefined, {
        onderwijsaanbiedercode: a,
        peildatum: d,
      }),
    );
  }

  // 2. The locatie (it has no dates of its own, RIO-01).
  if (!locatie) {
    fouten.push(fout('A01060', `Onderwijslocatie ${x} is onbekend in RIO.`, undefined, { onderwijslocatiecode: x }));
  }

  // 3. The vestiging and its erkenning.
  if (!vestiging) {
    fouten.push(fout('A01040', `Vestiging (BRIN6) ${v} is onbekend.`, undefined, { vestigingscode: v }));
  } else if (!isGeldigOp(vestiging, d)) {
    fouten.push(
      fout('RIO-11', `De erkenning van vestiging ${v} is op ${d} niet geldig (erkend ${beschrijf(vestiging)}).`, undefined, {
        vestigingscode: v,
        peildatum: d,
      }),
    );
  }

  // 4. A gebruik of X by a bestuur that is linked to A on d (the aanbieder's besturen relatie
  //    valid on d), in bedrijf on d.
  let actieveGebruiken: Onderwijslocatiegebruik[] = [];
  if (aanbieder && locatie) {
    const besturen = new Set(aanbieder.besturen.filter((r) => isGeldigOp(r, d)).map((r) => r.onderwijsbestuurcode));
    const gebruiken = gegevens.gebruikenVanLocatie.filter((g) => besturen.has(g.onderwijsbestuurcode));
    actieveGebruiken = gebruiken.filter((g) => isInBedrijfOp(g, d));
    if (gebruiken.length === 0) {
      const wie =
        besturen.size === 0
          ? `aanbieder ${a} heeft op ${d} geen bestuur`
          : `bestuur ${[...besturen].join(', ')} van aanbieder ${a} gebruikt deze locatie niet`;
      fouten.push(
        fout(
          'A01130',
          `Er is geen onderwijslocatiegebruik van locatie ${x} voor een bestuur van aanbieder ${a} op ${d}: ${wie}.`,
          undefined,
          { onderwijsaanbiedercode: a, onderwijslocatiecode: x, peildatum: d },
        ),
      );
    } else if (actieveGebruiken.length === 0) {
      const g = gebruiken[0]!;
      fouten.push(
        fout(
          'RIO-11',
          `Het gebruik van locatie ${x} door bestuur ${g.onderwijsbestuurcode} is op ${d} niet in bedrijf (in bedrijf ${beschrijf(g)}).`,
          undefined,
          { onderwijsbestuurcode: g.onderwijsbestuurcode, onderwijslocatiecode: x, peildatum: d },
        ),
      );
    }
  }

  // 5. The BRIN mapping (RIO-10): the gebruik to V, and the aanbieder to V's BRIN4, both on d.
  if (vestiging) {
    const metV = actieveGebruiken.some((g) =>
      g.juridischeRelaties.some((r) => r.vestigingserkenningscode === v && isGeldigOp(r, d)),
    );
    if (actieveGebruiken.length > 0 && !metV) {
      const g = actieveGebruiken[0]!;
      fouten.push(
        fout(
          'RIO-11',
          `Het gebruik van locatie ${x} door bestuur ${g.onderwijsbestuurcode} hoort op ${d} niet bij vestiging ${v}.`,
          undefined,
          { onderwijsbestuurcode: g.onderwijsbestuurcode, onderwijslocatiecode: x, vestigingscode: v, peildatum: d },
        ),
      );
    }
    const brin = vestiging.instellingserkenningscode;
    if (aanbieder && !aanbieder.juridischeRelaties.some((r) => r.instellingserkenningscode === brin && isGeldigOp(r, d))) {
      fouten.push(
        fout(
          'RIO-11',
          `Onderwijsaanbieder ${a} heeft op ${d} geen juridische relatie met BRIN ${brin} van vestiging ${v}.`,
          undefined,
          {
            onderwijsaanbiedercode: a,
            instellingserkenningscode: brin,
            peildatum: d,
          },
        ),
      );
    }
  }
  return fouten;
}
