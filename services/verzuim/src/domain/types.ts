// The verzuimregister's domain types (CONTRACT §5, DOMAIN.md §10), spelled as the schemas spell them.
import type { Foutmelding } from '@duo-sim/shared';

/** VZM-02: the soorten a school reports. */
export const VERZUIMSOORTEN = ['ZESTIEN_UUR_VIER_WEKEN', 'LANGDURIG_RELATIEF', 'LUXE', 'RMC', 'OVERIG'] as const;
export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number];

/** VZM-02: what a bericht may name; ZIEKTE and SCHORSING are authorised absence and refused. */
export type GemeldeVerzuimsoort = Verzuimsoort | 'ZIEKTE' | 'SCHORSING';

/** VZM-12 */
export type MeldingStatus = 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';

/** ID-03: exactly one of the two. */
export interface Pgn {
  burgerservicenummer?: string;
  onderwijsnummer?: string;
}

export interface Contactpersoon {
  naam: string;
  telefoon?: string;
  email?: string;
}

/** VZM-11: what the school reports (the `melding` of POST /meldingen). */
export interface MeldingInhoud {
  leerling: Pgn;
  vestigingscode: string;
  verzuimsoort: GemeldeVerzuimsoort;
  begindatum: string;
  einddatum?: string;
  aantalUren?: number;
  vervolgOp?: string;
  toelichting?: string;
  contactpersoon: Contactpersoon;
}

export interface Woongemeente {
  code: string;
  naam: string;
}

export type Rol = 'school' | 'gemeente' | 'duo';

/** VZM-12: one change of a melding, with who and when. */
export interface StatusHistorieItem {
  wijziging: 'REGISTRATIE' | 'STATUS' | 'EINDDATUM';
  status: MeldingStatus;
  einddatum?: string;
  /** OIN of the certificate that made the change. */
  door: string;
  /** The school OIN a vendor acted for. */
  namens?: string;
  rol: Rol;
  tijdstip: string;
  vandaag: string;
}

/** A registered melding (schema verzuim-melding). */
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

/** A person of the BRP stub (schema brp-persoon). */
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
