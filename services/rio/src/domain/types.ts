// The RIO objects (RIO-01) as the shared JSON Schemas define them; the generated types are the
// single source, these names only make the service code read as the domain does.
import type { Schemas } from '@duo-sim/shared';

export type Onderwijsbestuur = Schemas.Onderwijsbestuur;
export type Onderwijsaanbieder = Schemas.Onderwijsaanbieder;
export type Onderwijslocatie = Schemas.Onderwijslocatie;
export type Onderwijslocatiegebruik = Schemas.Onderwijslocatiegebruik;
export type Instellingserkenning = Schemas.Instellingserkenning;
export type Vestigingserkenning = Schemas.Vestigingserkenning;
export type RioWereld = Schemas.RIOWereld;

export type BestuurRelatie = Schemas.AanbiederBestuurRelatie;
export type InstellingsRelatie = Schemas.AanbiederJuridischeRelatie;
export type VestigingsRelatie = Schemas.GebruikJuridischeRelatie;

/** An aanbieder as a bestuur delivers it (RIO-07): everything but the code RIO assigns (RIO-02). */
export type OnderwijsaanbiederInhoud = Omit<Onderwijsaanbieder, 'onderwijsaanbiedercode'>;

/** The address of a new onderwijslocatie: everything but the code RIO assigns (RIO-02). */
export type OnderwijslocatieAdres = Omit<Onderwijslocatie, 'onderwijslocatiecode'>;

/** Something with a life: in bedrijf from inBedrijfdatum, uit bedrijf from uitBedrijfdatum (RIO-03). */
export interface Levensloop {
  inBedrijfdatum: string;
  uitBedrijfdatum?: string;
}

/** A periode or relatie: valid from begindatum, up to but not including einddatum (RIO-03). */
export interface Geldigheid {
  begindatum: string;
  einddatum?: string;
}
