/* Generated from shared/schemas by `npm run generate:types`. Do not edit. */

/**
 * Every person of the BRP stub (fixtures/brp-personen.json, CONTRACT §0).
 */
export type BRPStub = BRPPersoon[];
/**
 * Every party of the seed world (fixtures/parties.json, CONTRACT §0).
 */
export type Partijen = Partij[];

export interface AlleSchemas {
  'brp-personen'?: BRPStub;
  'brp-persoon'?: BRPPersoon;
  common?: GemeenschappelijkeDefinities;
  health?: Health;
  instellingserkenning?: Instellingserkenning;
  onderwijsaanbieder?: Onderwijsaanbieder;
  onderwijsbestuur?: Onderwijsbestuur;
  onderwijslocatie?: Onderwijslocatie;
  onderwijslocatiegebruik?: Onderwijslocatiegebruik;
  'osr-dienst'?: OSRDienst;
  'osr-mandaat'?: OSRMandaat;
  'osr-onderwijsinstelling'?: OSROnderwijsinstelling;
  'osr-wereld'?: OSRWereld;
  parties?: Partijen;
  party?: Partij;
  problem?: Problem;
  'rio-wereld'?: RIOWereld;
  'sim-clock'?: GesimuleerdeKlok;
  vestigingserkenning?: Vestigingserkenning;
}
/**
 * A person in the BRP stub (CONTRACT §0, fixtures/brp-personen.json). At most one persoonsgebonden nummer (ID-03); a person with neither gets an onderwijsnummer from BRON identification (BRON-01, ID-02).
 */
export interface BRPPersoon {
  /**
   * ID-01; the elfproef is a rule check, not a schema check.
   */
  burgerservicenummer?: string;
  /**
   * ID-02
   */
  onderwijsnummer?: string;
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  geboortedatum: string;
  /**
   * M man, V vrouw, X onbepaald, O onbekend (BRP waardelijst).
   */
  geslacht: 'M' | 'V' | 'X' | 'O';
  /**
   * Woonadres; gemeentecode is the woongemeente that verzuimmeldingen are routed to (VZM-09).
   */
  adres: {
    /**
     * ID-08
     */
    postcode: string;
    /**
     * ID-08
     */
    huisnummer: number;
    woonplaats: string;
    /**
     * CBS gemeentecode
     */
    gemeentecode: string;
  };
}
/**
 * Identifiers and values shared by every duo-sim message (DOMAIN.md §3).
 */
export interface GemeenschappelijkeDefinities {
  [k: string]: unknown;
}
/**
 * GET /health of every service (CONTRACT §6).
 */
export interface Health {
  status: 'ok';
  service: 'rio' | 'osr' | 'bron' | 'verzuim';
  versie: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  vandaag: string;
}
/**
 * RIO instellingserkenning (RIO-01): the legal recognition of a school under its BRIN4, held by a bevoegd gezag. End dates are exclusive and periodes join without gaps (RIO-03).
 */
export interface Instellingserkenning {
  /**
   * ID-04
   */
  code: string;
  /**
   * ID-04
   */
  bevoegdGezagNummer: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
  /**
   * @minItems 1
   */
  soortOnderwijs: ['BAO' | 'SBAO' | 'SO' | 'VSO', ...('BAO' | 'SBAO' | 'SO' | 'VSO')[]];
  /**
   * @minItems 1
   */
  periodes: [Periode, ...Periode[]];
}
/**
 * A slice of an erkenning's life with one set of names; einddatum exclusive (RIO-03). Shared by vestigingserkenningen.
 */
export interface Periode {
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
  naamLang: string;
  naamKort: string;
  /**
   * Wet op het primair onderwijs, Wet op de expertisecentra.
   */
  wet: 'WPO' | 'WEC';
  bekostigingscode?: string;
  richtingen: string[];
}
/**
 * RIO onderwijsaanbieder (RIO-01): what a bestuur sets up to provide education, linked to its BRIN4 by a juridische relatie (RIO-10). End dates are exclusive and periodes join without gaps (RIO-03).
 */
export interface Onderwijsaanbieder {
  /**
   * ID-07
   */
  onderwijsaanbiedercode: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  uitBedrijfdatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Periode1, ...Periode1[]];
  /**
   * @minItems 1
   */
  besturen: [BestuurRelatie, ...BestuurRelatie[]];
  /**
   * @minItems 1
   */
  juridischeRelaties: [JuridischeRelatie, ...JuridischeRelatie[]];
}
/**
 * A slice of the aanbieder's life with one name; einddatum exclusive (RIO-03).
 */
export interface Periode1 {
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
  naam: string;
}
/**
 * The onderwijsbestuur that runs the aanbieder in this period.
 */
export interface BestuurRelatie {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
}
/**
 * RIO-10: the aanbieder's link to an instellingserkenning (BRIN4).
 */
export interface JuridischeRelatie {
  /**
   * ID-04
   */
  instellingserkenningscode: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
}
/**
 * RIO onderwijsbestuur (RIO-01): the bevoegd gezag as a real-world organisation. End dates are exclusive and periodes join without gaps (RIO-03).
 */
export interface Onderwijsbestuur {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * ID-05
   */
  oin: string;
  /**
   * ID-04
   */
  bevoegdGezagNummer: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  uitBedrijfdatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Periode2, ...Periode2[]];
}
/**
 * A slice of the bestuur's life with one name; einddatum exclusive (RIO-03).
 */
export interface Periode2 {
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
  naam: string;
  internationaleNaam?: string;
}
/**
 * RIO onderwijslocatie (RIO-01): a physical address where education is given. It has no dates of its own; its use by a bestuur is an onderwijslocatiegebruik.
 */
export interface Onderwijslocatie {
  /**
   * ID-07
   */
  onderwijslocatiecode: string;
  /**
   * ID-08
   */
  postcode: string;
  /**
   * ID-08
   */
  huisnummer: number;
  toevoeging?: string;
  plaatsnaam: string;
  /**
   * BAG identificatie (16 digits) of the verblijfsobject.
   */
  bagId?: string;
  /**
   * WGS84 position, within the Netherlands.
   */
  gps: {
    latitude: number;
    longitude: number;
  };
}
/**
 * RIO onderwijslocatiegebruik (RIO-01, RIO-04): one bestuur's use of one onderwijslocatie, tied to a BRIN6 by a juridische relatie (RIO-10). End dates are exclusive (RIO-03).
 */
export interface Onderwijslocatiegebruik {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * ID-07
   */
  onderwijslocatiecode: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  uitBedrijfdatum?: string;
  naam: string;
  /**
   * @minItems 1
   */
  juridischeRelaties: [JuridischeRelatie1, ...JuridischeRelatie1[]];
}
/**
 * RIO-10: the gebruik's link to a vestigingserkenning (BRIN6).
 */
export interface JuridischeRelatie1 {
  /**
   * ID-04
   */
  vestigingserkenningscode: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
}
/**
 * A dienst in OSR (OSR-01, OSR-06): code, name and the namespace that identifies its version. The codes and namespaces are duo-sim's own (sim).
 */
export interface OSRDienst {
  code: 'ROD_PO' | 'VERZUIM' | 'RIO';
  naam: string;
  namespace: string;
}
/**
 * A school's mandate for one supplier and one dienst (OSR-01). Active on d iff start_date <= d < end_date; end_date is exclusive and absent (or null) while open (OSR-03).
 */
export interface OSRMandaat {
  /**
   * ID-09
   */
  id: string;
  /**
   * ID-06
   */
  school_oin: string;
  /**
   * ID-05
   */
  supplier_oin: string;
  service: 'ROD_PO' | 'VERZUIM' | 'RIO';
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  start_date: string;
  end_date?: string | null;
  /**
   * Opaque; proves the mandate when the supplier registers an afleveradres (OSR-05).
   */
  token: string;
}
/**
 * A school in OSR (OSR-01): its OIN (ID-06), BRIN4, name and RIO aanbiedercode, and the bestuur it belongs to.
 */
export interface OSROnderwijsinstelling {
  /**
   * ID-06: 00000007 + 000 + BRIN4 + 00000.
   */
  oin: string;
  /**
   * ID-04
   */
  brin: string;
  naam: string;
  /**
   * ID-07
   */
  onderwijsaanbiedercode: string;
  bestuur: {
    /**
     * ID-05
     */
    oin: string;
    naam: string;
    /**
     * ID-04
     */
    bevoegdGezagNummer: string;
  };
}
/**
 * The OSR register of a seed world (fixtures/osr.json): diensten, schools, suppliers and mandates.
 */
export interface OSRWereld {
  diensten: OSRDienst[];
  onderwijsinstellingen: OSROnderwijsinstelling[];
  leveranciers: {
    /**
     * ID-05
     */
    oin: string;
    naam: string;
  }[];
  mandaten: OSRMandaat[];
}
/**
 * A party of the seed world that holds a client certificate (CONTRACT §0, fixtures/parties.json). A gemeente carries its CBS gemeentecode; no other party does.
 */
export interface Partij {
  /**
   * ID-05
   */
  oin: string;
  naam: string;
  rol: 'leverancier' | 'bestuur' | 'gemeente' | 'duo' | 'operator';
  /**
   * CBS gemeentecode
   */
  gemeentecode?: string;
}
/**
 * application/problem+json with DUO-style foutmeldingen (CONTRACT §1 Errors).
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  identificatiecodeBedrijfsdocument?: string;
  foutmeldingen: Foutmelding[];
}
export interface Foutmelding {
  foutcode: string;
  fouttekst: string;
  pointer?: string;
  sleutelgegevens?: {
    sleutelnaam: string;
    sleutelwaarde: string;
  }[];
}
/**
 * The RIO register of a seed world (fixtures/rio.json): every object RIO starts with.
 */
export interface RIOWereld {
  onderwijsbesturen: Onderwijsbestuur[];
  onderwijsaanbieders: Onderwijsaanbieder[];
  onderwijslocaties: Onderwijslocatie[];
  onderwijslocatiegebruiken: Onderwijslocatiegebruik[];
  instellingserkenningen: Instellingserkenning[];
  vestigingserkenningen: Vestigingserkenning[];
}
/**
 * RIO vestigingserkenning (RIO-01): a recognised vestiging (BRIN6) of an instellingserkenning, hoofd- or nevenvestiging. End dates are exclusive and periodes join without gaps (RIO-03).
 */
export interface Vestigingserkenning {
  /**
   * ID-04
   */
  code: string;
  /**
   * ID-04
   */
  instellingserkenningscode: string;
  soort: 'HOOFDVESTIGING' | 'NEVENVESTIGING';
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  einddatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Periode, ...Periode[]];
}
/**
 * GET and PUT /_sim/clock (CONTRACT §6, DESIGN decision 7).
 */
export interface GesimuleerdeKlok {
  /**
   * Calendar date, JJJJ-MM-DD.
   */
  vandaag: string;
}
