// ID-01, ID-02, ID-03: the persoonsgebonden nummer of a leerling in any BRON bericht.
import { isBsn, isOnderwijsnummer, type Foutmelding } from '@duo-sim/shared';
import { fout } from './foutmelding.js';
import type { Pgn } from './types.js';

/** Every ID-01/02/03 violation of `pgn`; `pointer` is the leerling object (`/inschrijving/leerling`). */
export function checkLeerling(pgn: Pgn, pointer: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  const bsn = pgn.burgerservicenummer;
  const onr = pgn.onderwijsnummer;
  // ID-03
  if ((bsn === undefined) === (onr === undefined)) {
    fouten.push(
      fout(
        'ID-03',
        bsn === undefined
          ? 'De leerling heeft geen persoonsgebonden nummer; geef precies een van burgerservicenummer of onderwijsnummer.'
          : 'De leerling heeft zowel een burgerservicenummer als een onderwijsnummer; geef precies een van beide.',
        pointer,
      ),
    );
  }
  // ID-01
  if (bsn !== undefined && !isBsn(bsn)) {
    fouten.push(
      fout(
        'ID-01',
        `Burgerservicenummer ${bsn} voldoet niet aan de elfproef; verwacht 9 cijfers met een geldige elfproef.`,
        `${pointer}/burgerservicenummer`,
        {
          burgerservicenummer: bsn,
        },
      ),
    );
  }
  // ID-02
  if (onr !== undefined && !isOnderwijsnummer(onr)) {
    fouten.push(
      fout(
        'ID-02',
        `Onderwijsnummer ${onr} is ongeldig; verwacht 9 cijfers die met 10 beginnen en aan de onderwijsnummerproef voldoen.`,
        `${pointer}/onderwijsnummer`,
        {
          onderwijsnummer: onr,
        },
      ),
    );
  }
  return fouten;
}

/** The PGN as one string, for keys and sleutelgegevens. */
export function pgnWaarde(pgn: Pgn): string {
  return pgn.burgerservicenummer ?? pgn.onderwijsnummer ?? '';
}

/** The sleutelgegeven naming the PGN. */
export function pgnSleutel(pgn: Pgn): Record<string, string> {
  return pgn.burgerservicenummer !== undefined
    ? { burgerservicenummer: pgn.burgerservicenummer }
    : pgn.onderwijsnummer !== undefined
      ? { onderwijsnummer: pgn.onderwijsnummer }
      : {};
}
