// The verzuimregister's domain types (docs/services/verzuim.md, docs/rules.md#verzuimregister): the
// types generated from shared/schemas/verzuim-*.json and brp-persoon.json, under the names the rules use.
import type { Schemas } from '@duo-sim/shared';

/** VZM-11: what the school reports (the `melding` of POST /meldingen). */
export type MeldingInhoud = Schemas.Verzuimmeldingbericht['melding'];

/** VZM-02: what a bericht may name; ZIEKTE and SCHORSING are authorised absence and refused. */
export type GemeldeVerzuimsoort = MeldingInhoud['verzuimsoort'];

/** VZM-02: the soorten a school reports, and a registered melding has. */
export type Verzuimsoort = Schemas.Verzuimmelding['verzuimsoort'];

/** VZM-12 */
export type MeldingStatus = Schemas.Verzuimmelding['status'];

/** ID-03: exactly one of the two. */
export type Pgn = Schemas.Pgn;

export type Contactpersoon = Schemas.Contactpersoon;

export type Woongemeente = Schemas.Woongemeente;

/** VZM-12: one change of a melding, with who and when. */
export type StatusHistorieItem = Schemas.StatusHistorieItem;

/**
 * A registered melding (schema verzuim-melding). The schema's statusHistorie is a non-empty tuple;
 * the store builds a plain list, so only that field is widened.
 */
export type Melding = Omit<Schemas.Verzuimmelding, 'statusHistorie'> & { statusHistorie: StatusHistorieItem[] };

/** A person of the BRP stub (schema brp-persoon). */
export type BrpPersoon = Schemas.BRPPersoon;
