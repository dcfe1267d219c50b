/* Generated from shared/schemas by `npm run generate:types`. Do not edit. */

/**
 * BAO basisonderwijs, SBAO speciaal basisonderwijs (WPO); SO and VSO (voortgezet) speciaal onderwijs (WEC).
 */
export type SoortOnderwijs = 'BAO' | 'SBAO' | 'SO' | 'VSO';
export type BRONResultaat =
  | {
      schooladvies: unknown;
    }
  | {
      doorstroomtoets: unknown;
    };
/**
 * Every person of the BRP stub (fixtures/brp-personen.json, docs/architecture.md).
 */
export type BRPStub = BRPPersoon[];
export type Dienstcode = 'ROD_PO' | 'VERZUIM' | 'RIO';
/**
 * Answer of GET /api/v1/mandates (OSR-04): the supplier asking about itself gets its mandates (osr-mandaten); any other party gets only OK or NOK (osr-mandaatcheck).
 */
export type OSRMandaatantwoord = OSRMandaatcheck | OSRMandaten;
/**
 * Every party of the seed world (fixtures/parties.json, docs/architecture.md).
 */
export type Partijen = Partij[];
/**
 * Body of PATCH /meldingen/{meldingsnummer} (docs/services/verzuim.md, VZM-12): the school, through its vendor, adds or changes the einddatum, or withdraws the melding; exactly one of the two per bericht.
 */
export type VerzuimmeldingWijzigen = {
  bedrijfsdocument: Bedrijfsdocument;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  /**
   * VZM-12: the school withdraws its melding.
   */
  status?: 'INGETROKKEN';
} & (
  | {
      einddatum: unknown;
    }
  | {
      status: unknown;
    }
);

export interface AlleSchemas {
  'bron-bekostiging'?: BRONBekostigingsoverzicht;
  'bron-bekostiging-query'?: BRONBekostigingsvraag;
  'bron-berichten'?: BRONBerichtenbus;
  'bron-berichten-query'?: BRONBerichtenvraag;
  'bron-identificatie-antwoord'?: BRONIdentificatieantwoord;
  'bron-identificatie-bericht'?: BRONIdentificatiebericht;
  'bron-inschrijving'?: BRONInschrijving;
  'bron-inschrijving-bericht'?: BRONInschrijvingbericht;
  'bron-inschrijvingsstatus'?: BRONInschrijvingsstatus;
  'bron-inschrijvingsstatus-bericht'?: BRONInschrijvingsstatusvraag;
  'bron-leerling'?: BRONLeerlingOperator;
  'bron-onderwijsnummer'?: BRONOnderwijsnummerhouder;
  'bron-peildatum-query'?: BRONPeildatumvraag;
  'bron-registratieoverzicht'?: BRONRegistratieoverzicht;
  'bron-resultaat-bericht'?: BRONResultaatbericht;
  'bron-spoor-berichten'?: BRONBerichtenVanEenSpoor;
  'bron-terugkoppeling'?: BRONTerugkoppelingantwoord;
  'bron-verwijdering-bericht'?: BRONVerwijderingbericht;
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
  'osr-diensten'?: OSRDiensten;
  'osr-endpoint-registratie'?: OSRAfleveradresRegistreren;
  'osr-endpoints'?: OSRAfleveradressen;
  'osr-endpoints-query'?: OSRAfleveradresvraag;
  'osr-leverancier'?: EigenLeverancier;
  'osr-leverancier-nieuw'?: EigenLeverancierToevoegen;
  'osr-leverancier-verwijderd'?: EigenLeverancierVerwijderd;
  'osr-mandaat'?: OSRMandaat;
  'osr-mandaat-einde'?: OSRMandaatBeeindigen;
  'osr-mandaat-nieuw'?: OSRMandaatAanmaken;
  'osr-mandaatantwoord'?: OSRMandaatantwoord;
  'osr-mandaatcheck'?: OSRMandaatcheck;
  'osr-mandaten'?: OSRMandaten;
  'osr-mandates-query'?: OSRMandaatvraag;
  'osr-onderwijsinstelling'?: OSROnderwijsinstelling;
  'osr-onderwijsinstellingen'?: OSROnderwijsinstellingen;
  'osr-school-mandates-query'?: OSRMandatenVanEenSchoolZoekvraag;
  'osr-schools-query'?: OSRScholenZoekvraag;
  'osr-wereld'?: OSRWereld;
  parties?: Partijen;
  party?: Partij;
  problem?: Problem;
  regel?: Regel;
  regels?: Regels;
  'rio-inschrijfbaarheid'?: RIOInschrijfbaarheid;
  'rio-inschrijfbaarheid-query'?: RIOInschrijfbaarheidsvraag;
  'rio-instellingserkenning-antwoord'?: RIOInstellingserkenningAntwoord;
  'rio-onderwijsaanbieder-aanlevering'?: RIOOnderwijsaanbiederAanlevering;
  'rio-onderwijsaanbieder-antwoord'?: RIOOnderwijsaanbiederAntwoord;
  'rio-onderwijsaanbieder-goedgekeurd'?: RIOOnderwijsaanbiederGoedgekeurd;
  'rio-onderwijsaanbieders-pagina'?: RIOOnderwijsaanbiedersPagina;
  'rio-onderwijsaanbieders-query'?: RIOOnderwijsaanbiedersvraag;
  'rio-onderwijsbestuur-antwoord'?: RIOOnderwijsbestuurAntwoord;
  'rio-onderwijslocatiegebruik-aanlevering'?: RIOOnderwijslocatiegebruikAanlevering;
  'rio-onderwijslocatiegebruik-antwoord'?: RIOOnderwijslocatiegebruikAntwoord;
  'rio-onderwijslocatiegebruik-goedgekeurd'?: RIOOnderwijslocatiegebruikGoedgekeurd;
  'rio-onderwijslocatiegebruiken'?: RIOOnderwijslocatiegebruiken;
  'rio-onderwijslocatiegebruiken-query'?: RIOOnderwijslocatiegebruikenvraag;
  'rio-peildatum-query'?: RIOPeildatumvraag;
  'rio-vestigingserkenning-antwoord'?: RIOVestigingserkenningAntwoord;
  'rio-wereld'?: RIOWereld;
  'rio-wijzigingen'?: RIOWijzigingen;
  'rio-wijzigingen-query'?: RIOWijzigingenvraag;
  'sim-clock'?: GesimuleerdeKlok;
  'sim-storing'?: Storing;
  'sim-storing-nieuw'?: StoringZetten;
  'sim-storingen'?: Storingen;
  'verzuim-melding'?: Verzuimmelding;
  'verzuim-melding-antwoord'?: VerzuimmeldingGewijzigd;
  'verzuim-melding-bericht'?: Verzuimmeldingbericht;
  'verzuim-melding-wijziging'?: VerzuimmeldingWijzigen;
  'verzuim-meldingen'?: Verzuimmeldingen;
  'verzuim-meldingen-query'?: VerzuimmeldingenZoekvraag;
  'verzuim-registratie'?: VerzuimmeldingGeregistreerd;
  'verzuim-status-wijziging'?: VerzuimmeldingBehandelen;
  vestigingserkenning?: Vestigingserkenning;
  'workshop-opdrachten'?: Workshopopdrachten;
}
/**
 * GET /scholen/{brin}/bekostiging?teldatum= (docs/services/bron.md, BEK-01..09): per pupil the bekostigingsstatus with redenen, and totals.
 */
export interface BRONBekostigingsoverzicht {
  /**
   * ID-04
   */
  brin: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  teldatum: string;
  leerlingen: {
    leerling: Pgn;
    inschrijvingsvolgnummer: string;
    status: 'BEKOSTIGD' | 'NIET_BEKOSTIGD';
    soort: 'VOORLOPIG' | 'DEFINITIEF';
    redenen: string[];
  }[];
  totalen: {
    bekostigd: number;
    nietBekostigd: number;
    perReden: {
      [k: string]: number;
    };
  };
}
/**
 * ID-03: exactly one persoonsgebonden nummer.
 */
export interface Pgn {
  /**
   * ID-01; the elfproef is a rule check, not a schema check.
   */
  burgerservicenummer?: string;
  /**
   * ID-02
   */
  onderwijsnummer?: string;
}
/**
 * Query of GET /scholen/{brin}/bekostiging: teldatum (1 February, or 1 October in legacy mode) defaults to the relevant teldatum (BEK-09).
 */
export interface BRONBekostigingsvraag {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  teldatum?: string;
}
/**
 * GET /scholen/{brin}/berichten (docs/services/bron.md, BRON-18): the school's mailbox, oldest first; pass volgende as na to read on. A push to the afleveradres carries one bericht with its brin.
 */
export interface BRONBerichtenbus {
  berichten: BRONBericht[];
  volgende: number;
}
export interface BRONBericht {
  berichtId: number;
  /**
   * ID-04
   */
  brin?: string;
  soort:
    | 'TERUGKOPPELING'
    | 'BEKOSTIGINGSMELDING'
    | 'KENNISGEVING_INSCHRIJVING'
    | 'KENNISGEVING_UITSCHRIJVING'
    | 'DUBBELE_INSCHRIJVING'
    | 'SIGNAAL';
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  aangemaakt: string;
  inhoud: {};
}
/**
 * Query of GET /scholen/{brin}/berichten: na is the cursor (the volgende of the previous answer, 0 or absent for the start), limiet 1-1000 (default 100).
 */
export interface BRONBerichtenvraag {
  na?: string;
  limiet?: string;
}
/**
 * Answer to POST /identificaties (docs/services/bron.md, BRON-01).
 */
export interface BRONIdentificatieantwoord {
  identificatiecodeBedrijfsdocument: string;
  resultaat: 'GEIDENTIFICEERD' | 'ONDERWIJSNUMMER_TOEGEKEND' | 'NIET_GEIDENTIFICEERD';
  leerling?: Pgn;
}
/**
 * Body of POST /identificaties (docs/services/bron.md, BRON-01): identificeren persoon met PGN (burgerservicenummer or onderwijsnummer, geboortedatum, geslacht) or zonder PGN (name, geboortedatum, geslacht and a Dutch or a foreign address).
 */
export interface BRONIdentificatiebericht {
  bedrijfsdocument: Bedrijfsdocument;
  /**
   * Zonder PGN when achternaam is given, else met PGN (if/then/else rather than oneOf, so that a bad persoon is reported against the one form it was meant as).
   */
  persoon: {};
}
/**
 * Header of every bericht (docs/rules.md#edukoppeling-transport-and-envelope, docs/services/common.md).
 */
export interface Bedrijfsdocument {
  identificatiecodeBedrijfsdocument: string;
  verzendendeInstantie: string;
  ontvangendeInstantie: string;
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  datumTijdBedrijfsdocument: string;
}
/**
 * One inschrijving of a pupil at a school, as a standlevering (docs/services/bron.md, BRON-02, BRON-09/10/11). The schema allows every field; which fields suit which soortOnderwijs, and how dates relate, are rule checks (BRON-03, -05, -08, -09, -10, -11) with their own foutcodes.
 */
export interface BRONInschrijving {
  leerling: Pgn;
  /**
   * BRON-02: school-chosen key, unique per school and pupil.
   */
  inschrijvingsvolgnummer: string;
  /**
   * ID-04
   */
  vestigingscode: string;
  /**
   * ID-07
   */
  onderwijsaanbiedercode: string;
  /**
   * ID-07
   */
  onderwijslocatiecode: string;
  soortOnderwijs: SoortOnderwijs;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inschrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitschrijfdatum?: string;
  /**
   * BRON-11 (sim): only together with an uitschrijfdatum.
   */
  redenUitschrijving?: 'ANDERE_SCHOOL' | 'VERHUIZING_BUITENLAND' | 'VRIJSTELLING' | 'OVERLEDEN' | 'EINDE_PO' | 'OVERIG';
  /**
   * BRON-09, BEK-05; absent means true (sim).
   */
  indicatieBekostiging?: boolean;
  /**
   * BRON-09 (sim), BEK-06.
   */
  ongeoorloofdVerzuimMeerDanHelft?: boolean;
  /**
   * BRON-05: the first begins on the inschrijfdatum, begindata strictly increasing; a periode runs to the day before the next.
   *
   * @minItems 1
   */
  periodes: [
    {
      /**
       * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
       */
      begindatum: string;
      /**
       * BRON-08: 1–8 for BAO, SBAO and SO; 1–12 for VSO.
       */
      groep: number;
      /**
       * ID-07
       */
      onderwijslocatiecode?: string;
    },
    ...{
      /**
       * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
       */
      begindatum: string;
      /**
       * BRON-08: 1–8 for BAO, SBAO and SO; 1–12 for VSO.
       */
      groep: number;
      /**
       * ID-07
       */
      onderwijslocatiecode?: string;
    }[],
  ];
  /**
   * BRON-09, BAO/SBAO only: niet-Nederlandse culturele achtergrond.
   */
  nnca?: boolean;
  /**
   * BRON-09, BAO/SBAO only.
   */
  voorschoolsProgramma?: boolean;
  /**
   * BRON-09, BAO/SBAO only; only with voorschoolsProgramma true.
   */
  maandenVoorschools?: number;
  /**
   * BRON-09, BAO/SBAO only.
   */
  vroegschoolsProgramma?: {
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    begindatum: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    einddatum?: string;
  };
  /**
   * BRON-09, BAO/SBAO only.
   */
  ontwikkelingsperspectief?: boolean;
  /**
   * BRON-09, BAO/SBAO only: onderwijs in een orthopedagogisch-didactisch centrum.
   */
  opdc?: boolean;
  /**
   * BRON-10, SO/VSO only: number of the toelaatbaarheidsverklaring.
   */
  tlvBeschikkingsnummer?: string;
  /**
   * BRON-10, SO/VSO only.
   */
  soortVerblijf?: string;
  /**
   * BRON-10, SO/VSO only.
   */
  experiment?: string;
  /**
   * BRON-10, SO/VSO only.
   */
  onderwijsconcept?: string;
}
/**
 * Body of POST /inschrijvingen (docs/services/bron.md): the bedrijfsdocument and one inschrijving as a standlevering (BRON-02).
 */
export interface BRONInschrijvingbericht {
  bedrijfsdocument: Bedrijfsdocument;
  inschrijving: BRONInschrijving;
}
/**
 * Answer of POST /informatiediensten/inschrijvingsstatus (docs/services/bron.md, INFO-06): the pupil's current inschrijving and last uitschrijving, nothing more.
 */
export interface BRONInschrijvingsstatus {
  identificatiecodeBedrijfsdocument: string;
  leerling: Pgn;
  actueleInschrijving: null | {
    /**
     * ID-04
     */
    brin: string;
    naam: string;
    /**
     * ID-04
     */
    vestigingscode: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    inschrijfdatum: string;
  };
  laatsteUitschrijving: null | {
    /**
     * ID-04
     */
    brin: string;
    naam: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    inschrijfdatum: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    uitschrijfdatum: string;
  };
}
/**
 * Body of POST /informatiediensten/inschrijvingsstatus (docs/services/bron.md, INFO-06): a school about to enrol a pupil asks for the digital uitschrijfbewijs; the geboortedatum must match.
 */
export interface BRONInschrijvingsstatusvraag {
  bedrijfsdocument: Bedrijfsdocument;
  leerling: Pgn;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  geboortedatum: string;
}
/**
 * GET /_sim/leerlingen/{pgn}: every inschrijving of one pupil with its history (null: removed), its resultaten per soort, and the bekostigingsstatus now (BEK-09). For the console's world view (docs/console.md).
 */
export interface BRONLeerlingOperator {
  pgn: string;
  inschrijvingen: {
    /**
     * ID-04
     */
    brin: string;
    inschrijvingsvolgnummer: string;
    versies: {
      vandaag: string;
      inschrijving: {} | null;
    }[];
    resultaten: {};
  }[];
  bekostiging: {}[];
}
/**
 * GET /onderwijsnummers/{nummer} (duo-sim, DUO's services only): the person an onderwijsnummer was issued to by identificatie zonder PGN (BRON-01, ID-02), so the verzuimregister can route a melding (VZM-09).
 */
export interface BRONOnderwijsnummerhouder {
  /**
   * ID-02
   */
  onderwijsnummer: string;
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  geboortedatum: string;
  /**
   * M man, V vrouw, X onbepaald, O onbekend (BRP waardelijst).
   */
  geslacht: 'M' | 'V' | 'X' | 'O';
}
/**
 * Query of GET /scholen/{brin}/inschrijvingen: peildatum defaults to the simulated date.
 */
export interface BRONPeildatumvraag {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum?: string;
}
/**
 * GET /scholen/{brin}/inschrijvingen?peildatum= (docs/services/bron.md): every inschrijving of the school ingeschreven on the peildatum (inschrijfdatum <= peildatum <= uitschrijfdatum, BRON-03), as accepted.
 */
export interface BRONRegistratieoverzicht {
  /**
   * ID-04
   */
  brin: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  inschrijvingen: BRONInschrijving[];
}
/**
 * Body of POST /resultaten (docs/services/bron.md): a schooladvies (BRON-15) or a doorstroomtoets result (BRON-16) for a pupil in groep 8, named by the inschrijving's key (BRON-02). One result per bericht.
 */
export interface BRONResultaatbericht {
  bedrijfsdocument: Bedrijfsdocument;
  resultaat: BRONResultaat;
}
/**
 * GET /_sim/sporen/{traceId}/berichten (operator): the mailbox berichten that one exchange's trace placed, in every school's mailbox, oldest first (docs/console.md).
 */
export interface BRONBerichtenVanEenSpoor {
  spoor: string;
  berichten: BRONBericht[];
}
/**
 * Answer to POST /inschrijvingen and POST /verwijderingen (docs/services/bron.md, EK-08): the terugkoppeling at once; the same goes to the school's mailbox as TERUGKOPPELING.
 */
export interface BRONTerugkoppelingantwoord {
  identificatiecodeBedrijfsdocument: string;
  terugkoppeling: BRONTerugkoppeling;
}
export interface BRONTerugkoppeling {
  mutatie: 'TOEGEVOEGD' | 'GEWIJZIGD' | 'UITGESCHREVEN' | 'VERWIJDERD';
  leerling?: Pgn;
  inschrijvingsvolgnummer?: string;
  meldingen: Foutmelding[];
  /**
   * BEK-09: the bekostigingsstatus of this inschrijving for the relevant teldatum; absent for a verwijdering and a resultaat.
   */
  bekostiging?: {
    status: 'BEKOSTIGD' | 'NIET_BEKOSTIGD';
    soort: 'VOORLOPIG' | 'DEFINITIEF';
    redenen: string[];
  };
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
 * Body of POST /verwijderingen (docs/services/bron.md, BRON-04): remove an inschrijving that should never have existed, named by its key (BRON-02).
 */
export interface BRONVerwijderingbericht {
  bedrijfsdocument: Bedrijfsdocument;
  verwijdering: BRONVerwijdering;
}
export interface BRONVerwijdering {
  leerling: Pgn;
  inschrijvingsvolgnummer: string;
}
/**
 * A person in the BRP stub (docs/architecture.md, fixtures/brp-personen.json). At most one persoonsgebonden nummer (ID-03); a person with neither gets an onderwijsnummer from BRON identification (BRON-01, ID-02).
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
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
 * Identifiers and values shared by every duo-sim message (docs/rules.md#identifiers).
 */
export interface GemeenschappelijkeDefinities {
  [k: string]: unknown;
}
/**
 * GET /health of every service (docs/services/common.md).
 */
export interface Health {
  status: 'ok';
  service: 'rio' | 'osr' | 'bron' | 'verzuim';
  versie: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  /**
   * @minItems 1
   */
  soortOnderwijs: [SoortOnderwijs, ...SoortOnderwijs[]];
  /**
   * @minItems 1
   */
  periodes: [Erkenningsperiode, ...Erkenningsperiode[]];
}
/**
 * A slice of an erkenning's life with one set of names; einddatum exclusive (RIO-03). Shared by vestigingserkenningen.
 */
export interface Erkenningsperiode {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Aanbiederperiode, ...Aanbiederperiode[]];
  /**
   * @minItems 1
   */
  besturen: [AanbiederBestuurRelatie, ...AanbiederBestuurRelatie[]];
  /**
   * @minItems 1
   */
  juridischeRelaties: [AanbiederJuridischeRelatie, ...AanbiederJuridischeRelatie[]];
}
/**
 * A slice of the aanbieder's life with one name; einddatum exclusive (RIO-03).
 */
export interface Aanbiederperiode {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  naam: string;
}
/**
 * The onderwijsbestuur that runs the aanbieder in this period.
 */
export interface AanbiederBestuurRelatie {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
}
/**
 * RIO-10: the aanbieder's link to an instellingserkenning (BRIN4).
 */
export interface AanbiederJuridischeRelatie {
  /**
   * ID-04
   */
  instellingserkenningscode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Bestuursperiode, ...Bestuursperiode[]];
}
/**
 * A slice of the bestuur's life with one name; einddatum exclusive (RIO-03).
 */
export interface Bestuursperiode {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
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
  gps: Gps;
}
/**
 * WGS84 position, within the Netherlands.
 */
export interface Gps {
  latitude: number;
  longitude: number;
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  naam: string;
  /**
   * @minItems 1
   */
  juridischeRelaties: [GebruikJuridischeRelatie, ...GebruikJuridischeRelatie[]];
}
/**
 * RIO-10: the gebruik's link to a vestigingserkenning (BRIN6).
 */
export interface GebruikJuridischeRelatie {
  /**
   * ID-04
   */
  vestigingserkenningscode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
}
/**
 * A dienst in OSR (OSR-01, OSR-06): code, name and the namespace that identifies its version. The codes and namespaces are duo-sim's own (sim).
 */
export interface OSRDienst {
  code: Dienstcode;
  naam: string;
  namespace: string;
}
/**
 * Answer of GET /api/v1/services: every dienst OSR knows, with its code, name and namespace (OSR-01, OSR-06).
 */
export interface OSRDiensten {
  diensten: OSRDienst[];
}
/**
 * Body of PUT /api/v1/endpoints/{token} (OSR-05): the afleveradres of the mandate the token proves, from start_date (default: the simulated date, or the mandate's start when later) to the exclusive end_date. https://, or http:// on localhost or 127.0.0.1 only; no user name or password in the URL.
 */
export interface OSRAfleveradresRegistreren {
  url: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  start_date?: string;
  end_date?: string | null;
}
/**
 * Afleveradressen of a school and dienst (OSR-05). GET /api/v1/endpoints: the ones valid on the simulated date, one per supplier holding a valid mandate that registered one. PUT /api/v1/endpoints/{token}: every period of that mandate after the change. Never a token.
 */
export interface OSRAfleveradressen {
  /**
   * ID-06
   */
  school_oin: string;
  service: Dienstcode;
  endpoints: {
    /**
     * ID-05
     */
    supplier_oin: string;
    url: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    start_date: string;
    end_date: string | null;
  }[];
}
/**
 * Query parameters of GET /api/v1/endpoints (OSR-05): the school and the dienst.
 */
export interface OSRAfleveradresvraag {
  /**
   * ID-06
   */
  school_oin: string;
  service: Dienstcode;
}
/**
 * Answer of POST /api/v1/leveranciers (OSR-07): the new vendor's OIN, its schools with their besturen (who mandate it next), its certificate files in the world's pki folder, and the PKCS#12 password, given only in this answer (the journal keeps the answer without it).
 */
export interface EigenLeverancier {
  /**
   * ID-05
   */
  oin: string;
  naam: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  sinds: string;
  scholen: {
    /**
     * ID-04
     */
    brin: string;
    /**
     * ID-06
     */
    school_oin: string;
    /**
     * ID-05
     */
    bestuur_oin: string;
  }[];
  bestanden: {
    /**
     * PEM certificate, signed by the world's CA
     */
    certificaat: string;
    /**
     * PEM private key
     */
    sleutel: string;
    /**
     * key, certificate and CA as PKCS#12
     */
    pkcs12: string;
  };
  /**
   * The .p12 password; stored nowhere
   */
  wachtwoord: string;
}
/**
 * Body of POST /api/v1/leveranciers (OSR-07, operator only): a vendor of your own for this world, with a name no party has yet and the BRINs of the schools whose besturen will mandate it for ROD_PO and VERZUIM (docs/services/osr.md).
 */
export interface EigenLeverancierToevoegen {
  naam: string;
  /**
   * @minItems 1
   * @maxItems 1000
   */
  scholen: [string, ...string[]];
}
/**
 * Answer of DELETE /api/v1/leveranciers/{oin} (OSR-07): the vendor is no party of the world any more and its certificate is revoked; its OSR rows go at the next reset (mandates are never deleted, OSR-02).
 */
export interface EigenLeverancierVerwijderd {
  /**
   * ID-05
   */
  oin: string;
  naam: string;
  /**
   * SHA-256 fingerprint of the revoked certificate
   */
  ingetrokken: string;
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
  service: Dienstcode;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  start_date: string;
  end_date?: string | null;
  /**
   * Opaque; proves the mandate when the supplier registers an afleveradres (OSR-05).
   */
  token: string;
}
/**
 * Body of PATCH /api/v1/mandates/{id}: the exclusive end_date of the mandate (OSR-02: mandates are ended, never deleted). It must lie after start_date and not before the simulated date; a mandate ended today is no longer valid today (OSR-03).
 */
export interface OSRMandaatBeeindigen {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  end_date: string;
}
/**
 * Body of POST /api/v1/mandates (OSR-01, OSR-02): the school's bestuur (or the operator) mandates a supplier for one dienst. start_date defaults to the simulated date and may not lie before it; end_date (exclusive, optional) must lie after start_date (OSR-03). OSR assigns id and token.
 */
export interface OSRMandaatAanmaken {
  /**
   * ID-06
   */
  school_oin: string;
  /**
   * ID-05
   */
  supplier_oin: string;
  service: Dienstcode;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  start_date?: string;
  end_date?: string | null;
}
/**
 * What a third party (DUO's services, a gemeente, a bestuur, another vendor) hears from GET /api/v1/mandates: OK when the supplier holds a mandate for the school and dienst valid on reference_date, else NOK, and nothing more (OSR-04).
 */
export interface OSRMandaatcheck {
  result: 'OK' | 'NOK';
}
/**
 * Mandates with their details and tokens (OSR-04): the supplier's own mandates valid on reference_date (GET /api/v1/mandates), or every mandate of a school, ended ones included, for its bestuur and the operator (GET /api/v1/schools/{school_oin}/mandates).
 */
export interface OSRMandaten {
  mandaten: OSRMandaat[];
}
/**
 * Query parameters of GET /api/v1/mandates (OSR-04). reference_date defaults to the simulated date. A third party must give school_oin, supplier_oin and service; the supplier asking about itself may leave any of them out.
 */
export interface OSRMandaatvraag {
  /**
   * ID-06
   */
  school_oin?: string;
  /**
   * ID-05
   */
  supplier_oin?: string;
  service?: Dienstcode;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  reference_date?: string;
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
 * Answer of GET /api/v1/schools: the schools that match every given filter (OSR-01), ordered by BRIN; an empty list when none match.
 */
export interface OSROnderwijsinstellingen {
  onderwijsinstellingen: OSROnderwijsinstelling[];
}
/**
 * Query parameters of GET /api/v1/schools/{school_oin}/mandates (duo-sim addition for the bestuur and the operator): an optional dienst.
 */
export interface OSRMandatenVanEenSchoolZoekvraag {
  service?: Dienstcode;
}
/**
 * Query parameters of GET /api/v1/schools: any AND-combination of brin, oin, oa_id (RIO onderwijsaanbiedercode) and name (OSR-01). name matches any part of the naam, ignoring case and accents.
 */
export interface OSRScholenZoekvraag {
  /**
   * ID-04
   */
  brin?: string;
  /**
   * ID-05
   */
  oin?: string;
  /**
   * ID-07
   */
  oa_id?: string;
  name?: string;
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
 * A party of the seed world that holds a client certificate (docs/architecture.md, fixtures/parties.json). A gemeente carries its CBS gemeentecode; no other party does.
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
 * application/problem+json with DUO-style foutmeldingen (docs/services/common.md#errors).
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  identificatiecodeBedrijfsdocument?: string;
  foutmeldingen: Foutmelding[];
}
/**
 * One rule of the rule registry as a service shows it (GET /regels/{id}); docs/rules.md has the same rules with their code and tests.
 */
export interface Regel {
  id: string;
  titel: string;
  tekst: string;
  /**
   * ECHT: the real chain's rule; SIM: the simulator's simplification or invention; ECHT_MET_SIM: a real rule with simulated details.
   */
  herkomst: 'ECHT' | 'SIM' | 'ECHT_MET_SIM';
  /**
   * What the simulator simplifies or invents (Dutch).
   */
  simulatie?: string;
  /**
   * Codes a party can receive because of this rule: foutcodes, RIO codes, SIGNAAL codes, bekostiging redenen.
   */
  foutcodes: string[];
  /**
   * Only for a rule the simulator does not check: NIET_GEBOUWD (not modelled) or ACHTERGROND (context).
   */
  soort?: 'NIET_GEBOUWD' | 'ACHTERGROND';
}
/**
 * GET /regels: the rules this service applies, in registry order (docs/services/common.md).
 */
export interface Regels {
  service: 'rio' | 'osr' | 'bron' | 'verzuim';
  regels: Regel[];
}
/**
 * GET /inschrijfbaarheid (RIO-11): whether aanbieder, locatie and vestiging are inschrijfbaar together on the peildatum, with every reason why not (RIO's foutcodes, else RIO-11). Always HTTP 200: it is a question, not a rejection.
 */
export interface RIOInschrijfbaarheid {
  inschrijfbaar: boolean;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  foutmeldingen: Foutmelding[];
}
/**
 * Query parameters of GET /inschrijfbaarheid (RIO-11): may a pupil be enrolled at this aanbieder, locatie and vestiging on the peildatum.
 */
export interface RIOInschrijfbaarheidsvraag {
  /**
   * ID-07
   */
  onderwijsaanbiedercode: string;
  /**
   * ID-07
   */
  onderwijslocatiecode: string;
  /**
   * ID-04
   */
  vestigingscode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum?: string;
}
/**
 * GET /instellingserkenningen/{brin} (docs/services/rio.md): the erkenning of a school (BRIN4) with all its periodes, the names valid on the peildatum, and its vestigingen (BRIN6) recognised on that date (RIO-01, RIO-08).
 */
export interface RIOInstellingserkenningAntwoord {
  /**
   * ID-04
   */
  code: string;
  /**
   * ID-04
   */
  bevoegdGezagNummer: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  soortOnderwijs: SoortOnderwijs[];
  periodes: Erkenningsperiode[];
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  naamLang?: string;
  naamKort?: string;
  vestigingen: {
    /**
     * ID-04
     */
    code: string;
    soort: 'HOOFDVESTIGING' | 'NEVENVESTIGING';
    naamKort?: string;
  }[];
}
/**
 * POST /onderwijsaanbieders and PUT /onderwijsaanbieders/{code} (RIO-07): a standlevering, the aanbieder's whole state. POST leaves onderwijsaanbiedercode out (RIO assigns it, RIO-02); PUT may repeat it, equal to the code in the path.
 */
export interface RIOOnderwijsaanbiederAanlevering {
  /**
   * ID-07
   */
  onderwijsaanbiedercode?: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  /**
   * @minItems 1
   * @maxItems 200
   */
  periodes: [Aanbiederperiode, ...Aanbiederperiode[]];
  /**
   * @minItems 1
   * @maxItems 200
   */
  besturen: [AanbiederBestuurRelatie, ...AanbiederBestuurRelatie[]];
  /**
   * @minItems 1
   * @maxItems 200
   */
  juridischeRelaties: [AanbiederJuridischeRelatie, ...AanbiederJuridischeRelatie[]];
}
/**
 * GET /onderwijsaanbieders/{onderwijsaanbiedercode} (docs/services/rio.md): the aanbieder with all its periodes, besturen and juridische relaties (BRIN4, RIO-10), and the naam valid on the peildatum (RIO-08).
 */
export interface RIOOnderwijsaanbiederAntwoord {
  /**
   * ID-07
   */
  onderwijsaanbiedercode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  periodes: Aanbiederperiode[];
  besturen: AanbiederBestuurRelatie[];
  juridischeRelaties: AanbiederJuridischeRelatie[];
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  /**
   * The naam of the periode valid on the peildatum.
   */
  naam?: string;
}
/**
 * The answer to an accepted aanlevering of an onderwijsaanbieder (RIO-07): requestGoedgekeurd and the aanbieder as stored, with its code.
 */
export interface RIOOnderwijsaanbiederGoedgekeurd {
  requestGoedgekeurd: true;
  onderwijsaanbieder: Onderwijsaanbieder;
}
/**
 * GET /onderwijsaanbieders (docs/services/rio.md): one page of the aanbieders active on the peildatum, ordered by code; volgendePagina is null on the last page.
 */
export interface RIOOnderwijsaanbiedersPagina {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  /**
   * ID-07
   */
  onderwijsbestuurcode?: string;
  pagina: number;
  paginagrootte: number;
  totaal: number;
  volgendePagina: number | null;
  onderwijsaanbieders: RIOOnderwijsaanbiederAntwoord[];
}
/**
 * Query parameters of GET /onderwijsaanbieders (docs/services/rio.md): the aanbieders active on the peildatum, optionally only those linked to one onderwijsbestuur on that date, one page at a time.
 */
export interface RIOOnderwijsaanbiedersvraag {
  /**
   * ID-07
   */
  onderwijsbestuurcode?: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum?: string;
  /**
   * Page number, from 1 (default 1).
   */
  pagina?: string;
  /**
   * 1–500, default 100.
   */
  paginagrootte?: string;
}
/**
 * GET /onderwijsbesturen/{onderwijsbestuurcode} (docs/services/rio.md): the bestuur with all its periodes, the naam valid on the peildatum, and the aanbieders linked to it on that date (RIO-01, RIO-08).
 */
export interface RIOOnderwijsbestuurAntwoord {
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  periodes: Bestuursperiode[];
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  /**
   * The naam of the periode valid on the peildatum.
   */
  naam?: string;
  internationaleNaam?: string;
  onderwijsaanbieders: {
    /**
     * ID-07
     */
    onderwijsaanbiedercode: string;
    /**
     * The naam of the periode valid on the peildatum.
     */
    naam?: string;
  }[];
}
/**
 * POST /onderwijslocatiegebruiken and PUT /onderwijslocatiegebruiken/{bestuur}-{locatie} (RIO-07): a standlevering of the gebruik. Give either onderwijslocatiecode (an existing locatie) or, on POST only, onderwijslocatie (an address: a new locatie gets a code, RIO-02; a known address reuses its locatie).
 */
export interface RIOOnderwijslocatiegebruikAanlevering {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * ID-07
   */
  onderwijslocatiecode?: string;
  /**
   * The address of a new onderwijslocatie (RIO-01).
   */
  onderwijslocatie?: {
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
    bagId?: string;
    gps: Gps;
  };
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  naam: string;
  /**
   * @minItems 1
   * @maxItems 200
   */
  juridischeRelaties: [GebruikJuridischeRelatie, ...GebruikJuridischeRelatie[]];
}
/**
 * GET /onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode} (docs/services/rio.md): the gebruik with its dates and juridische relaties (BRIN6, RIO-10), as valid on the peildatum (RIO-08).
 */
export interface RIOOnderwijslocatiegebruikAntwoord {
  /**
   * ID-07
   */
  onderwijsbestuurcode: string;
  /**
   * ID-07
   */
  onderwijslocatiecode: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  inBedrijfdatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  uitBedrijfdatum?: string;
  naam: string;
  juridischeRelaties: GebruikJuridischeRelatie[];
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
}
/**
 * The answer to an accepted aanlevering of an onderwijslocatiegebruik (RIO-07): requestGoedgekeurd, the gebruik as stored and its onderwijslocatie (nieuweOnderwijslocatie tells whether RIO made it for this aanlevering).
 */
export interface RIOOnderwijslocatiegebruikGoedgekeurd {
  requestGoedgekeurd: true;
  onderwijslocatiegebruik: Onderwijslocatiegebruik;
  onderwijslocatie: Onderwijslocatie;
  nieuweOnderwijslocatie: boolean;
}
/**
 * GET /onderwijslocatiegebruiken?onderwijsbestuurcode=&vestigingscode= (docs/services/rio.md): the gebruiken active on the peildatum of a bestuur, or tied to a vestiging by a juridische relatie valid on that date, ordered by bestuur and locatie.
 */
export interface RIOOnderwijslocatiegebruiken {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  /**
   * ID-07
   */
  onderwijsbestuurcode?: string;
  /**
   * ID-04
   */
  vestigingscode?: string;
  onderwijslocatiegebruiken: RIOOnderwijslocatiegebruikAntwoord[];
}
/**
 * Query parameters of GET /onderwijslocatiegebruiken (docs/services/rio.md): the gebruiken of a bestuur, of a vestiging (BRIN6), or of both, active on the peildatum. At least one of onderwijsbestuurcode and vestigingscode is needed.
 */
export interface RIOOnderwijslocatiegebruikenvraag {
  /**
   * ID-07
   */
  onderwijsbestuurcode?: string;
  /**
   * ID-04
   */
  vestigingscode?: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum?: string;
}
/**
 * Query parameters of the RIO reads of one object (docs/services/rio.md): only the peildatum (RIO-08), which defaults to the simulated date.
 */
export interface RIOPeildatumvraag {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum?: string;
}
/**
 * GET /vestigingserkenningen/{vestigingscode} (docs/services/rio.md): the erkenning of a vestiging (BRIN6) with all its periodes, and the names valid on the peildatum (RIO-01, RIO-08).
 */
export interface RIOVestigingserkenningAntwoord {
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  periodes: Erkenningsperiode[];
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  peildatum: string;
  naamLang?: string;
  naamKort?: string;
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
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  /**
   * @minItems 1
   */
  periodes: [Erkenningsperiode, ...Erkenningsperiode[]];
}
/**
 * GET /wijzigingen (RIO-09): every change made through the beheer-berichten at or after `sinds`, oldest first, 500 per page; volgendePagina is null on the last page. The seed world itself is not in the feed.
 */
export interface RIOWijzigingen {
  sinds?: string;
  pagina: number;
  paginagrootte: 500;
  volgendePagina: number | null;
  wijzigingen: {
    soortWijziging: 'TOEGEVOEGD' | 'GEWIJZIGD' | 'VERWIJDERD';
    objectsoort: 'onderwijsaanbieder' | 'onderwijslocatie' | 'onderwijslocatiegebruik';
    /**
     * The object's code; for a gebruik {onderwijsbestuurcode}-{onderwijslocatiecode}.
     */
    code: string;
    /**
     * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    tijdstip: string;
  }[];
}
/**
 * Query parameters of GET /wijzigingen (RIO-09): the changes made at or after `sinds` (a date-time with time zone, or a date meaning its midnight UTC; default: all), 500 per page.
 */
export interface RIOWijzigingenvraag {
  sinds?: {
    [k: string]: unknown;
  } & string;
  /**
   * Page number, from 1 (default 1).
   */
  pagina?: string;
}
/**
 * GET and PUT /_sim/clock (docs/services/common.md, docs/architecture.md decision 7).
 */
export interface GesimuleerdeKlok {
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  vandaag: string;
}
/**
 * A fault as stored (answer of PUT /_sim/storingen, item of GET /_sim/storingen; docs/storingen.md). resterend counts the matching requests left when aantal was given; tot is a real instant, not the simulated date.
 */
export interface Storing {
  id: string;
  soort: 'ONDERHOUD' | 'INT500' | 'VERTRAGING' | 'VERBROKEN' | 'TIME_OUT' | 'PUSH_VERTRAAGD' | 'PUSH_DUBBEL' | 'PUSH_VOLGORDE';
  /**
   * Method and path template as in this service's /openapi.json, e.g. "POST /inschrijvingen".
   */
  operatie?: string;
  /**
   * ID-05
   */
  leverancier?: string;
  /**
   * ID-04
   */
  school?: string;
  vertragingMs?: number;
  aantal?: number;
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  tot?: string;
  retryAfterSeconden?: number;
  naVerwerking?: boolean;
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  aangemaakt: string;
  resterend?: number;
}
/**
 * Body of PUT /_sim/storingen (docs/storingen.md): one fault on this service's own operations. Exactly one of aantal and tot; vertragingMs is required for VERTRAGING and PUSH_VERTRAAGD; the PUSH_* soorten exist on BRON only. A vendor may leave leverancier out (its own OIN is filled in) and may name no other.
 */
export interface StoringZetten {
  soort: 'ONDERHOUD' | 'INT500' | 'VERTRAGING' | 'VERBROKEN' | 'TIME_OUT' | 'PUSH_VERTRAAGD' | 'PUSH_DUBBEL' | 'PUSH_VOLGORDE';
  /**
   * Method and path template as in this service's /openapi.json, e.g. "POST /inschrijvingen".
   */
  operatie?: string;
  /**
   * ID-05
   */
  leverancier?: string;
  /**
   * ID-04
   */
  school?: string;
  vertragingMs?: number;
  aantal?: number;
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  tot?: string;
  retryAfterSeconden?: number;
  /**
   * VERBROKEN only: break the answer after the bericht was processed and stored.
   */
  naVerwerking?: boolean;
}
/**
 * GET /_sim/storingen: the active faults the caller may see (the operator all, a vendor its own; docs/storingen.md).
 */
export interface Storingen {
  storingen: Storing[];
}
/**
 * A verzuimmelding as the verzuimregister holds it (docs/services/verzuim.md): the reported contents (VZM-11), the woongemeente it was routed to at registration (VZM-09), its status and every change (VZM-12).
 */
export interface Verzuimmelding {
  /**
   * VZM-10 (sim): assigned by the verzuimregister on registration.
   */
  meldingsnummer: string;
  /**
   * ID-04
   */
  brin: string;
  leerling: Pgn;
  /**
   * ID-04
   */
  vestigingscode: string;
  verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN' | 'LANGDURIG_RELATIEF' | 'LUXE' | 'RMC' | 'OVERIG';
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  begindatum: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  aantalUren?: number;
  /**
   * VZM-10 (sim): assigned by the verzuimregister on registration.
   */
  vervolgOp?: string;
  toelichting?: string;
  contactpersoon: Contactpersoon;
  /**
   * VZM-12
   */
  status: 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
  woongemeente: Woongemeente;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  registratiedatum: string;
  /**
   * BRON-12-style meldingen given at registration: accepted, but please check (VZM-03, VZM-06, VZM-07, VZM-11).
   */
  meldingen: Foutmelding[];
  /**
   * VZM-12: every change, oldest first.
   *
   * @minItems 1
   */
  statusHistorie: [StatusHistorieItem, ...StatusHistorieItem[]];
}
/**
 * VZM-11: someone who knows the pupil (e.g. the mentor), reachable by telefoon or email.
 */
export interface Contactpersoon {
  naam: string;
  telefoon?: string;
  email?: string;
}
/**
 * VZM-09: the gemeente the melding was routed to; a later move does not reroute.
 */
export interface Woongemeente {
  /**
   * CBS gemeentecode
   */
  code: string;
  naam: string;
}
export interface StatusHistorieItem {
  /**
   * What changed: the melding was registered, its status moved, or its einddatum was set.
   */
  wijziging: 'REGISTRATIE' | 'STATUS' | 'EINDDATUM';
  /**
   * VZM-12
   */
  status: 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  einddatum?: string;
  /**
   * ID-05
   */
  door: string;
  /**
   * ID-05
   */
  namens?: string;
  rol: 'school' | 'gemeente' | 'duo';
  /**
   * RFC 3339 date-time with time zone; its date from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  tijdstip: string;
  /**
   * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
   */
  vandaag: string;
}
/**
 * Answer 200 to PATCH /meldingen/{meldingsnummer} (docs/services/verzuim.md): the bericht's id and the melding as it now is.
 */
export interface VerzuimmeldingGewijzigd {
  identificatiecodeBedrijfsdocument: string;
  melding: Verzuimmelding;
}
/**
 * Body of POST /meldingen (docs/services/verzuim.md): the bedrijfsdocument and one verzuimmelding (VZM-11). How dates, hours and soort relate are rule checks (VZM-02…08) with their own foutcodes.
 */
export interface Verzuimmeldingbericht {
  bedrijfsdocument: Bedrijfsdocument;
  melding: {
    leerling: Pgn;
    /**
     * ID-04
     */
    vestigingscode: string;
    /**
     * VZM-02. ZIEKTE and SCHORSING are authorised absence: the schema knows them so that the rule can say why they are not reportable (foutcode VZM-02).
     */
    verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN' | 'LANGDURIG_RELATIEF' | 'LUXE' | 'RMC' | 'OVERIG' | 'ZIEKTE' | 'SCHORSING';
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    begindatum: string;
    /**
     * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
     */
    einddatum?: string;
    /**
     * Clock hours of unauthorised absence (VZM-03: at least 16 for ZESTIEN_UUR_VIER_WEKEN).
     */
    aantalUren?: number;
    /**
     * VZM-10 (sim): assigned by the verzuimregister on registration.
     */
    vervolgOp?: string;
    toelichting?: string;
    contactpersoon: Contactpersoon;
  };
}
/**
 * Answer to GET /scholen/{brin}/meldingen (with brin) and GET /gemeenten/{gemeentecode}/meldingen (with gemeentecode), oldest first (docs/services/verzuim.md).
 */
export interface Verzuimmeldingen {
  /**
   * ID-04
   */
  brin?: string;
  /**
   * CBS gemeentecode
   */
  gemeentecode?: string;
  /**
   * VZM-12
   */
  status?: 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
  meldingen: Verzuimmelding[];
}
/**
 * Query of GET /scholen/{brin}/meldingen and GET /gemeenten/{gemeentecode}/meldingen (docs/services/verzuim.md).
 */
export interface VerzuimmeldingenZoekvraag {
  /**
   * VZM-12
   */
  status?: 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
}
/**
 * Answer 201 to POST /meldingen (docs/services/verzuim.md): the meldingsnummer (VZM-10), the woongemeente it is routed to (VZM-09), and meldingen (accepted, please check).
 */
export interface VerzuimmeldingGeregistreerd {
  identificatiecodeBedrijfsdocument: string;
  /**
   * VZM-10 (sim): assigned by the verzuimregister on registration.
   */
  meldingsnummer: string;
  status: 'GEREGISTREERD';
  woongemeente: Woongemeente;
  meldingen: Foutmelding[];
}
/**
 * Body of PATCH /meldingen/{meldingsnummer}/status (docs/services/verzuim.md, VZM-12): the woongemeente moves the melding forward.
 */
export interface VerzuimmeldingBehandelen {
  status: 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
}
/**
 * The opdrachten of a workshop (fixtures/workshops/*.json, docs/workshop.md): each a Dutch text with placeholders ({school1.brin}, {leerling2.naam}, {buur.naam}, {vorige.leerling3.bsn}) and a goal, a list of stappen the console finds in this order in the journal.
 */
export interface Workshopopdrachten {
  naam: string;
  /**
   * @minItems 1
   * @maxItems 30
   */
  opdrachten: [
    {
      id: string;
      titel: string;
      tekst: string;
      antwoord: string;
      /**
       * @minItems 1
       * @maxItems 10
       */
      doel:
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ];
    },
    ...{
      id: string;
      titel: string;
      tekst: string;
      antwoord: string;
      /**
       * @minItems 1
       * @maxItems 10
       */
      doel:
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ]
        | [
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
            {
              wie?: 'zelf' | 'buur' | 'vorige';
              service: 'rio' | 'osr' | 'bron' | 'verzuim';
              operatie: string;
              /**
               * @minItems 2
               * @maxItems 2
               */
              status: [unknown, unknown];
              /**
               * @maxItems 10
               */
              bevat?:
                | []
                | [string]
                | [string, string]
                | [string, string, string]
                | [string, string, string, string]
                | [string, string, string, string, string]
                | [string, string, string, string, string, string]
                | [string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string]
                | [string, string, string, string, string, string, string, string, string, string];
              /**
               * Calendar date, JJJJ-MM-DD, from 1900-01-01 to 2999-12-31 (docs/reliability.md).
               */
              vandaagVanaf?: string;
            },
          ];
    }[],
  ];
}
