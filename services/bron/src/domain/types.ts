// BRON domain types (CONTRACT §4, DOMAIN.md BRON-09/10/11). They mirror
// shared/schemas/bron-inschrijving.json; the rule functions receive data that passed that schema.
import type { Foutmelding } from '@duo-sim/shared';

/** ID-03: exactly one persoonsgebonden nummer (the schema enforces it; ID-03 re-checks it). */
export interface Pgn {
  burgerservicenummer?: string;
  onderwijsnummer?: string;
}

export type SoortOnderwijs = 'BAO' | 'SBAO' | 'SO' | 'VSO';

/** BRON-11 (sim) */
export type RedenUitschrijving = 'ANDERE_SCHOOL' | 'VERHUIZING_BUITENLAND' | 'VRIJSTELLING' | 'OVERLEDEN' | 'EINDE_PO' | 'OVERIG';

export const REDENEN_UITSCHRIJVING: readonly RedenUitschrijving[] = [
  'ANDERE_SCHOOL',
  'VERHUIZING_BUITENLAND',
  'VRIJSTELLING',
  'OVERLEDEN',
  'EINDE_PO',
  'OVERIG',
];

/** BRON-05: one slice of an inschrijving with one groep and locatie. */
export interface Periode {
  begindatum: string;
  groep: number;
  /** Overrides the inschrijving's onderwijslocatiecode from this begindatum (BRON-06). */
  onderwijslocatiecode?: string;
}

export interface Inschrijving {
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
  vestigingscode: string;
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
  soortOnderwijs: SoortOnderwijs;
  inschrijfdatum: string;
  /** BRON-03: the last valid day, inclusive. */
  uitschrijfdatum?: string;
  redenUitschrijving?: RedenUitschrijving;
  /** BRON-09 (sim default true). */
  indicatieBekostiging?: boolean;
  /** BRON-09 (sim, BEK-06). */
  ongeoorloofdVerzuimMeerDanHelft?: boolean;
  periodes: Periode[];
  // BRON-09: BAO/SBAO only
  nnca?: boolean;
  voorschoolsProgramma?: boolean;
  maandenVoorschools?: number;
  vroegschoolsProgramma?: { begindatum: string; einddatum?: string };
  ontwikkelingsperspectief?: boolean;
  opdc?: boolean;
  // BRON-10: SO/VSO only
  tlvBeschikkingsnummer?: string;
  soortVerblijf?: string;
  experiment?: string;
  onderwijsconcept?: string;
}

/** BRON-12: a melding has the shape of a foutmelding, but the bericht is accepted. */
export type Melding = Foutmelding;
