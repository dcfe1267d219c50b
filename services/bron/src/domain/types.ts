// BRON domain types (docs/services/bron.md, BRON-09/10/11): the types generated from
// shared/schemas/bron-inschrijving.json, under the names the rules use. The rule functions receive
// data that passed that schema.
import type { Foutmelding, Schemas } from '@duo-sim/shared';

/** ID-03: exactly one persoonsgebonden nummer (the schema enforces it; ID-03 re-checks it). */
export type Pgn = Schemas.Pgn;

export type SoortOnderwijs = Schemas.SoortOnderwijs;

export type Inschrijving = Schemas.BRONInschrijving;

/** BRON-05: one slice of an inschrijving with one groep and locatie. */
export type Periode = Inschrijving['periodes'][number];

/** BRON-11 (sim) */
export type RedenUitschrijving = NonNullable<Inschrijving['redenUitschrijving']>;

export const REDENEN_UITSCHRIJVING: readonly RedenUitschrijving[] = [
  'ANDERE_SCHOOL',
  'VERHUIZING_BUITENLAND',
  'VRIJSTELLING',
  'OVERLEDEN',
  'EINDE_PO',
  'OVERIG',
];

/** BRON-12: a melding has the shape of a foutmelding, but the bericht is accepted. */
export type Melding = Foutmelding;
