// One inschrijving against the pupil's others and the calendar: no overlap at one school (BRON-02)
// and the reporting deadlines (BRON-13).
import { daysBetween, fout, type Foutmelding } from '@duo-sim/shared';
import { INSCHRIJVING_POINTER as P, inschrijvingSleutel } from './inschrijving-sleutel.js';
import { locatieVan } from './periodes.js';
import type { Inschrijving, Melding } from './types.js';

/** BRON-13 (real): days DUO allows for reporting in/uitschrijfdatum, and all other pupil data. */
export const TERMIJN_IN_UITSCHRIJVING = 7;
export const TERMIJN_OVERIG = 14;

/** BRON-02 (sim): one pupil's inschrijvingen at one school do not overlap (both ends inclusive). */
export function checkOverlap(ins: Inschrijving, bestaande: readonly Inschrijving[]): Foutmelding[] {
  const sleutel = inschrijvingSleutel(ins);
  const foutmeldingen: Foutmelding[] = [];
  for (const b of bestaande) {
    if (b.inschrijvingsvolgnummer === ins.inschrijvingsvolgnummer) continue;
    const overlapt =
      ins.inschrijfdatum <= (b.uitschrijfdatum ?? '9999-12-31') && b.inschrijfdatum <= (ins.uitschrijfdatum ?? '9999-12-31');
    if (overlapt) {
      foutmeldingen.push(
        fout(
          'BRON-02',
          `De inschrijving overlapt met inschrijving ${b.inschrijvingsvolgnummer} van dezelfde leerling op deze school (${b.inschrijfdatum} t/m ${b.uitschrijfdatum ?? 'open'}); inschrijvingen van een leerling op een school mogen elkaar niet overlappen.`,
          `${P}/inschrijfdatum`,
          { ...sleutel, andereInschrijving: b.inschrijvingsvolgnummer },
        ),
      );
    }
  }
  return foutmeldingen;
}

/**
 * BRON-13 (sim): counted from the event date to `today`; late is a melding, still accepted. A
 * standlevering resends the whole inschrijving, so only dates that are new or changed compared
 * with the stored version (`vorige`) are judged.
 */
export function checkTermijnen(ins: Inschrijving, today: string, vorige: Inschrijving | undefined): Melding[] {
  const meldingen: Melding[] = [];
  const sleutel = inschrijvingSleutel(ins);
  const te = (datum: string, termijn: number) => daysBetween(datum, today) > termijn;
  if (
    (vorige === undefined || vorige.inschrijfdatum !== ins.inschrijfdatum) &&
    te(ins.inschrijfdatum, TERMIJN_IN_UITSCHRIJVING)
  ) {
    meldingen.push(telaat('inschrijfdatum', ins.inschrijfdatum, TERMIJN_IN_UITSCHRIJVING, `${P}/inschrijfdatum`, sleutel));
  }
  if (
    ins.uitschrijfdatum !== undefined &&
    vorige?.uitschrijfdatum !== ins.uitschrijfdatum &&
    te(ins.uitschrijfdatum, TERMIJN_IN_UITSCHRIJVING)
  ) {
    meldingen.push(telaat('uitschrijfdatum', ins.uitschrijfdatum, TERMIJN_IN_UITSCHRIJVING, `${P}/uitschrijfdatum`, sleutel));
  }
  ins.periodes.forEach((p, i) => {
    // The first periode's begindatum is the inschrijfdatum, judged above with its own termijn.
    if (p.begindatum === ins.inschrijfdatum) return;
    const bekend = vorige?.periodes.some(
      (v) => v.begindatum === p.begindatum && v.groep === p.groep && locatieVan(vorige, v) === locatieVan(ins, p),
    );
    if (!bekend && te(p.begindatum, TERMIJN_OVERIG)) {
      meldingen.push(telaat(`periode ${i + 1}`, p.begindatum, TERMIJN_OVERIG, `${P}/periodes/${i}/begindatum`, sleutel));
    }
  });
  return meldingen;
}

function telaat(wat: string, datum: string, termijn: number, pointer: string, sleutel: Record<string, string>): Melding {
  return fout(
    'BRON-13',
    `De ${wat} (${datum}) is later dan ${termijn} dagen na die datum aangeleverd; lever dit voortaan binnen ${termijn} dagen aan.`,
    pointer,
    sleutel,
  );
}
