// The terugkoppeling BRON gives on an accepted inschrijving or verwijdering (docs/services/bron.md, EK-08,
// BRON-12): the mutatie and the meldingen. The bekostigingsstatus (BEK rules) slots in here.
import type { Foutmelding } from '@duo-sim/shared';
import type { Mutatie } from './mutatie.js';
import type { Pgn } from './types.js';

export interface Terugkoppeling {
  mutatie: Mutatie | 'VERWIJDERD';
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
  meldingen: Foutmelding[];
  bekostiging?: { status: 'BEKOSTIGD' | 'NIET_BEKOSTIGD'; soort: 'VOORLOPIG' | 'DEFINITIEF'; redenen: string[] };
}

export function terugkoppeling(
  mutatie: Terugkoppeling['mutatie'],
  leerling: Pgn,
  inschrijvingsvolgnummer: string,
  meldingen: Foutmelding[],
): Terugkoppeling {
  return { mutatie, leerling, inschrijvingsvolgnummer, meldingen };
}
