// BRON-01 Identificeren persoon (docs/services/bron.md POST /identificaties), against the BRP stub and the
// onderwijsnummers duo-sim issued before. Issuing the number itself (a sequence through
// onderwijsnummerFor, ID-02) stays in the store: this module only says when a new one is needed.
import type { Schemas } from '@duo-sim/shared';
import type { Pgn } from './types.js';

export type BrpPersoon = Schemas.BRPPersoon;
export type Geslacht = BrpPersoon['geslacht'];

export interface PersoonMetPgn extends Pgn {
  geboortedatum: string;
  geslacht: Geslacht;
}

export interface PersoonZonderPgn {
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  geboortedatum: string;
  geslacht: Geslacht;
  adres?: { postcode: string; huisnummer: number; huisnummertoevoeging?: string };
  buitenlandsAdres?: { landcode: string; [veld: string]: unknown };
}

export type TeIdentificerenPersoon = PersoonMetPgn | PersoonZonderPgn;

/** The onderwijsnummers duo-sim issued (ID-02 sim), as the store keeps them. */
export interface UitgegevenOnderwijsnummers {
  /** The number issued earlier to the person with this persoonsleutel. */
  findByPerson(persoonsleutel: string): string | undefined;
  /** The persoonsleutel an issued number belongs to; undefined when never issued. */
  findByNummer(onderwijsnummer: string): string | undefined;
}

export type IdentificatieResultaat = 'GEIDENTIFICEERD' | 'ONDERWIJSNUMMER_TOEGEKEND' | 'NIET_GEIDENTIFICEERD';

export interface Identificatie {
  resultaat: IdentificatieResultaat;
  leerling?: Pgn;
  /** Set when a number was newly drawn: the store records it under this persoonsleutel. */
  nieuwOnderwijsnummer?: { nummer: string; persoonsleutel: string };
}

function isMetPgn(p: TeIdentificerenPersoon): p is PersoonMetPgn {
  return 'burgerservicenummer' in p || 'onderwijsnummer' in p;
}

/** Case, accents and spacing do not tell two people apart (a LAS may type `Özdemir` as `ozdemir `). */
function normaliseer(naam: string | undefined): string {
  return (naam ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * ID-02 (sim): the key under which an issued onderwijsnummer is remembered, so that the same person
 * gets the same number again: normalised achternaam, voorvoegsel, voornamen, then geboortedatum and
 * geslacht (always the last two fields, see persoonsleutelGegevens).
 */
export function persoonsleutel(
  p: Pick<PersoonZonderPgn, 'achternaam' | 'voorvoegsel' | 'voornamen' | 'geboortedatum' | 'geslacht'>,
): string {
  return [normaliseer(p.achternaam), normaliseer(p.voorvoegsel), normaliseer(p.voornamen), p.geboortedatum, p.geslacht].join('|');
}

/** The geboortedatum and geslacht inside a persoonsleutel. */
export function persoonsleutelGegevens(sleutel: string): { geboortedatum: string; geslacht: string } {
  const delen = sleutel.split('|');
  return { geboortedatum: delen[delen.length - 2] ?? '', geslacht: delen[delen.length - 1] ?? '' };
}

function inStub(pgn: Pgn, brp: readonly BrpPersoon[]): BrpPersoon | undefined {
  if (pgn.burgerservicenummer !== undefined) return brp.find((b) => b.burgerservicenummer === pgn.burgerservicenummer);
  if (pgn.onderwijsnummer !== undefined) return brp.find((b) => b.onderwijsnummer === pgn.onderwijsnummer);
  return undefined;
}

/** BRON-01 (sim) */
export function identificeer(
  persoon: TeIdentificerenPersoon,
  brp: readonly BrpPersoon[],
  issued: UitgegevenOnderwijsnummers,
  nextNumber: () => string,
): Identificatie {
  if (isMetPgn(persoon)) {
    // Met PGN: the number must exist, and geboortedatum and geslacht must agree with it.
    const bekend = geboortegegevensVan(persoon, brp, issued);
    if (bekend !== undefined && bekend.geboortedatum === persoon.geboortedatum && bekend.geslacht === persoon.geslacht) {
      const leerling: Pgn =
        persoon.burgerservicenummer !== undefined
          ? { burgerservicenummer: persoon.burgerservicenummer }
          : { onderwijsnummer: persoon.onderwijsnummer };
      return { resultaat: 'GEIDENTIFICEERD', leerling };
    }
    return { resultaat: 'NIET_GEIDENTIFICEERD' };
  }

  // Zonder PGN: exactly one person in the BRP with this name, geboortedatum and geslacht.
  const sleutel = persoonsleutel(persoon);
  const matches = brp.filter((b) => persoonsleutel(b) === sleutel);
  const enige = matches.length === 1 ? matches[0] : undefined;
  if (enige?.burgerservicenummer !== undefined)
    return { resultaat: 'GEIDENTIFICEERD', leerling: { burgerservicenummer: enige.burgerservicenummer } };
  if (enige?.onderwijsnummer !== undefined)
    return { resultaat: 'GEIDENTIFICEERD', leerling: { onderwijsnummer: enige.onderwijsnummer } };

  // No BSN to give (no match, several matches, or a BRP person without BSN): an onderwijsnummer,
  // the same one again for the same person (ID-02 sim).
  const eerder = issued.findByPerson(sleutel);
  if (eerder !== undefined) return { resultaat: 'ONDERWIJSNUMMER_TOEGEKEND', leerling: { onderwijsnummer: eerder } };
  const nummer = nextNumber();
  return {
    resultaat: 'ONDERWIJSNUMMER_TOEGEKEND',
    leerling: { onderwijsnummer: nummer },
    nieuwOnderwijsnummer: { nummer, persoonsleutel: sleutel },
  };
}

/** Geboortedatum and geslacht of a known PGN (BRP stub first, then issued onderwijsnummers). */
export function geboortegegevensVan(
  pgn: Pgn,
  brp: readonly BrpPersoon[],
  issued: UitgegevenOnderwijsnummers,
): { geboortedatum: string; geslacht: string } | undefined {
  const stub = inStub(pgn, brp);
  if (stub !== undefined) return { geboortedatum: stub.geboortedatum, geslacht: stub.geslacht };
  if (pgn.onderwijsnummer !== undefined) {
    const sleutel = issued.findByNummer(pgn.onderwijsnummer);
    if (sleutel !== undefined) return persoonsleutelGegevens(sleutel);
  }
  return undefined;
}

/** BRON-01 (sim): an inschrijving needs a PGN that is in the BRP stub or was issued by duo-sim. */
export function isKnownPgn(pgn: Pgn, brp: readonly BrpPersoon[], issued: UitgegevenOnderwijsnummers): boolean {
  return geboortegegevensVan(pgn, brp, issued) !== undefined;
}
