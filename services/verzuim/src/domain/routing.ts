// Who the pupil is and where the melding goes (VZM-08, VZM-09), as pure functions of the
// BRP stub, the parties of the world and a date.
import { ageOn, fout, type Foutmelding, type Party } from '@duo-sim/shared';
import type { BrpPersoon, Woongemeente } from './types.js';

/** What BRON knows of the holder of an onderwijsnummer (BRON-01). */
export interface Persoonsgegevens {
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  geboortedatum: string;
  geslacht: string;
}

// VZM-09 (sim): a pupil known only by an onderwijsnummer is found in the BRP stub by name,
// geboortedatum and geslacht, the way BRON identified it (BRON-01); only an unambiguous match counts.
export function matchOpPersoonsgegevens(kandidaten: readonly BrpPersoon[], p: Persoonsgegevens): BrpPersoon | null {
  const gelijk = kandidaten.filter(
    (k) =>
      k.achternaam === p.achternaam &&
      (k.voorvoegsel ?? '') === (p.voorvoegsel ?? '') &&
      k.voornamen === p.voornamen &&
      k.geboortedatum === p.geboortedatum &&
      k.geslacht === p.geslacht,
  );
  return gelijk.length === 1 ? gelijk[0]! : null;
}

export type Routering = { woongemeente: Woongemeente; fouten: [] } | { woongemeente: null; fouten: Foutmelding[] };

// VZM-09 (sim): the woongemeente is the gemeente of the pupil's BRP address at registration, and the
// melding goes to the gemeente party with that gemeentecode. No address or no such gemeente in the
// world: nobody could receive the melding, so it is refused rather than stored unrouted.
export function routeer(persoon: BrpPersoon | null, gemeenten: readonly Party[], pointer = '/melding/leerling'): Routering {
  if (!persoon) {
    return {
      woongemeente: null,
      fouten: [
        fout(
          'VZM-09',
          'De leerling staat niet in de BRP; zonder woonadres kan de melding niet naar een woongemeente, controleer het persoonsgebonden nummer.',
          pointer,
        ),
      ],
    };
  }
  const code = persoon.adres.gemeentecode;
  const gemeente = gemeenten.find((g) => g.rol === 'gemeente' && g.gemeentecode === code);
  if (!gemeente) {
    return {
      woongemeente: null,
      fouten: [
        fout(
          'VZM-09',
          `Woongemeente ${code} van de leerling is niet aangesloten op het verzuimregister; de melding kan niet worden doorgezet.`,
          pointer,
          {
            gemeentecode: code,
          },
        ),
      ],
    };
  }
  return { woongemeente: { code, naam: gemeente.naam }, fouten: [] };
}

// VZM-08 (real): leerplicht starts on the first schoolday of the month after the 5th birthday.
// (sim) The first day of that month: duo-sim has no school calendar.
export function leerplichtigVanaf(geboortedatum: string): string {
  const [y, m] = geboortedatum.split('-').map(Number) as [number, number];
  const jaar = y + 5 + (m === 12 ? 1 : 0);
  const maand = m === 12 ? 1 : m + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-01`;
}

/** Whole years on `datum` (ageOn, with 29 February handled there). */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  return ageOn(geboortedatum, datum);
}
