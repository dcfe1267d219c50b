// The dates of one inschrijving: the uitschrijfdatum (BRON-03), the periodes (BRON-05, with each
// periode's groep, BRON-08) and the pupil's age on the inschrijfdatum (BRON-07).
import { ageOn, fout, type Foutmelding } from '@duo-sim/shared';
import { INSCHRIJVING_POINTER as P, inschrijvingSleutel } from './inschrijving-sleutel.js';
import { checkGroep, isBaoSbao } from './inschrijving-velden.js';
import { locatieVan } from './periodes.js';
import type { Inschrijving, Melding } from './types.js';

/** BRON-03: the uitschrijfdatum is the last day of inschrijving, so equal to the inschrijfdatum is one day. */
export function checkUitschrijfdatum(ins: Inschrijving): Foutmelding[] {
  if (ins.uitschrijfdatum === undefined || ins.uitschrijfdatum >= ins.inschrijfdatum) return [];
  return [
    fout(
      'BRON-03',
      `De uitschrijfdatum ${ins.uitschrijfdatum} ligt voor de inschrijfdatum ${ins.inschrijfdatum}; de uitschrijfdatum is de laatste dag van inschrijving, op of na de inschrijfdatum.`,
      `${P}/uitschrijfdatum`,
      inschrijvingSleutel(ins),
    ),
  ];
}

/**
 * BRON-05: the first periode starts on the inschrijfdatum, begindata rise strictly and none lies
 * after the uitschrijfdatum; (sim) a periode that changes neither groep nor locatie is a melding.
 * BRON-08 is judged per periode on the way, so each periode's foutmeldingen stay together.
 */
export function checkPeriodes(ins: Inschrijving): { foutmeldingen: Foutmelding[]; meldingen: Melding[] } {
  const foutmeldingen: Foutmelding[] = [];
  const meldingen: Melding[] = [];
  const sleutel = inschrijvingSleutel(ins);
  ins.periodes.forEach((p, i) => {
    const at = `${P}/periodes/${i}`;
    const metBegin = { ...sleutel, begindatum: p.begindatum };
    if (i === 0 && p.begindatum !== ins.inschrijfdatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `De eerste periode begint op ${p.begindatum}; zij moet beginnen op de inschrijfdatum ${ins.inschrijfdatum}.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    const vorige = i > 0 ? ins.periodes[i - 1] : undefined;
    if (vorige !== undefined && p.begindatum <= vorige.begindatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} begint op ${p.begindatum}, niet na de vorige periode (${vorige.begindatum}); begindata van periodes moeten strikt oplopen.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    if (ins.uitschrijfdatum !== undefined && p.begindatum > ins.uitschrijfdatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} begint op ${p.begindatum}, na de uitschrijfdatum ${ins.uitschrijfdatum}; een periode begint uiterlijk op de uitschrijfdatum.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    // BRON-05 (sim): a new periode is for a change of groep or locatie; no change → melding.
    if (vorige !== undefined && vorige.groep === p.groep && locatieVan(ins, vorige) === locatieVan(ins, p)) {
      meldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} heeft dezelfde groep ${p.groep} en locatie ${locatieVan(ins, p)} als de vorige; een nieuwe periode hoort bij een wijziging van groep of locatie.`,
          at,
          metBegin,
        ),
      );
    }
    foutmeldingen.push(...checkGroep(ins.soortOnderwijs, p.groep, `${at}/groep`, metBegin));
  });
  return { foutmeldingen, meldingen };
}

/** BRON-07: BAO/SBAO pupils are at least 4 on the inschrijfdatum (no age check for SO/VSO); skipped without a geboortedatum. */
export function checkLeeftijd(ins: Inschrijving, geboortedatum: string | undefined): Foutmelding[] {
  if (!isBaoSbao(ins.soortOnderwijs) || geboortedatum === undefined || ageOn(geboortedatum, ins.inschrijfdatum) >= 4) {
    return [];
  }
  return [
    fout(
      'BRON-07',
      `De leerling (geboren ${geboortedatum}) is op de inschrijfdatum ${ins.inschrijfdatum} nog geen 4 jaar; in het (speciaal) basisonderwijs is een leerling bij inschrijving minstens 4.`,
      `${P}/inschrijfdatum`,
      inschrijvingSleutel(ins),
    ),
  ];
}
