// The verzuimregister's domain types (docs/services/verzuim.md, docs/rules.md#verzuimregister): where a schema defines the shape,
// the type generated from shared/schemas/verzuim-*.json under the name the rules use.
import type { Foutmelding, Schemas } from '@duo-sim/shared';

/** VZM-02: the soorten a school reports. */
export const VERZUIMSOORTEN = ['ZESTIEN_UUR_VIER_WEKEN', 'LANGDURIG_RELATIEF', 'LUXE', 'RMC', 'OVERIG'] as const;
export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number];

/** VZM-11: what the school reports (the `melding` of POST /meldingen). */
export type MeldingInhoud = Schemas.Verzuimmeldingbericht['melding'];

/** VZM-02: what a bericht may name; ZIEKTE and SCHORSING are authorised absence and refused. */
export type GemeldeVerzuimsoort = MeldingInhoud['verzuimsoort'];

/** VZM-12 */
export type MeldingStatus = Schemas.Verzuimmelding['status'];

/** ID-03: exactly one of the two. */
export type Pgn = Schemas.Pgn;

export type Contactpersoon = Schemas.Contactpersoon;

export type Woongemeente = Schemas.Woongemeente;

/** VZM-12: one change of a melding, with who and when. */
export type StatusHistorieItem = Schemas.StatusHistorieItem;

export type Rol = StatusHistorieItem['rol'];

/**
 * A registered melding (schema verzuim-melding). Hand-written: the schema's statusHistorie is a
 * non-empty tuple, the store builds a plain list.
 */
export interface Melding extends Omit<MeldingInhoud, 'verzuimsoort'> {
  meldingsnummer: string;
  brin: string;
  verzuimsoort: Verzuimsoort;
  status: MeldingStatus;
  woongemeente: Woongemeente;
  registratiedatum: string;
  /** Accepted-with-warning meldingen given at registration. */
  meldingen: Foutmelding[];
  statusHistorie: StatusHistorieItem[];
}

/** A person of the BRP stub (schema brp-persoon; geslacht is kept a plain string here). */
export interface BrpPersoon {
  burgerservicenummer?: string;
  onderwijsnummer?: string;
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  geboortedatum: string;
  geslacht: string;
  adres: { postcode: string; huisnummer: number; woonplaats: string; gemeentecode: string };
}
