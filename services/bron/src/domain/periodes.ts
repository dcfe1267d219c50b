// BRON-03 and BRON-05: which periode runs on a date, and whether the pupil is enrolled on it.
// Verzuim and bekostiging ask these questions of an inschrijving that already passed the rules.
import type { Inschrijving, Periode } from './types.js';

/** BRON-03: inschrijfdatum ≤ d ≤ uitschrijfdatum — the uitschrijfdatum is the last valid day (inclusive). */
export function isIngeschrevenOp(inschrijving: Pick<Inschrijving, 'inschrijfdatum' | 'uitschrijfdatum'>, date: string): boolean {
  return (
    inschrijving.inschrijfdatum <= date && (inschrijving.uitschrijfdatum === undefined || date <= inschrijving.uitschrijfdatum)
  );
}

/**
 * BRON-05: the periode running on `date` — the last one that began on or before it (a periode runs
 * to the day before the next begins); none outside the inschrijving (BRON-03).
 */
export function periodeOp(
  inschrijving: Pick<Inschrijving, 'inschrijfdatum' | 'uitschrijfdatum' | 'periodes'>,
  date: string,
): Periode | undefined {
  if (!isIngeschrevenOp(inschrijving, date)) return undefined;
  let running: Periode | undefined;
  for (const p of inschrijving.periodes) {
    if (p.begindatum <= date && (running === undefined || p.begindatum > running.begindatum)) running = p;
  }
  return running;
}

/** BRON-05/06: the locatie of a periode — its own onderwijslocatiecode overrides the inschrijving's. */
export function locatieVan(inschrijving: Pick<Inschrijving, 'onderwijslocatiecode'>, periode: Periode): string {
  return periode.onderwijslocatiecode ?? inschrijving.onderwijslocatiecode;
}
