// The shape of a ketentest run (kept in <dataDir>/ketentest/<OIN>.json) and of its report.
import type { ServiceName } from '@duo-sim/shared';

/** What each case asks of the LAS; the order is the order the cases are numbered in. */
export const GEVAL_SOORTEN = [
  'IDENTIFICEREN',
  'INSCHRIJVEN',
  'GROEP_WIJZIGEN',
  'UITSCHRIJVEN',
  'VERWIJDEREN',
  'RESULTATEN',
  'KENNISGEVING',
  'DUBBELE_INSCHRIJVING',
  'BERICHTENBUS',
  'ONDERHOUD',
  'VERZUIM',
] as const;
export type GevalSoort = (typeof GEVAL_SOORTEN)[number];

export interface KetenSchool {
  brin: string;
  oin: string;
  naam: string;
  vestigingscode: string;
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
  soortOnderwijs: string;
}

export interface Leerling {
  /** Absent for the pupil without a BSN (IDENTIFICEREN). */
  burgerservicenummer?: string;
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  geboortedatum: string;
  geslacht: 'M' | 'V';
}

export interface Periode {
  begindatum: string;
  groep: number;
}

/** An inschrijving the setup made for the case (as the vendor or the other school's vendor). */
export interface BestaandeInschrijving {
  inschrijvingsvolgnummer: string;
  inschrijfdatum: string;
  periodes: Periode[];
}

export interface Geval {
  /** `KT-01` …: how the case is named in the instructions, the report and the JUnit XML. */
  code: string;
  soort: GevalSoort;
  titel: string;
  /** What the LAS must do, in Dutch, with the data it needs. */
  opdracht: string[];
  school: KetenSchool;
  leerling?: Leerling;
  /** The inschrijving at `school` the case starts from. */
  bestaand?: BestaandeInschrijving;
  /** Data the LAS is given (dates, groep, reden). */
  gegevens: Record<string, string | number>;
  /** What the grader expects and the LAS must find out itself (e.g. from a kennisgeving). */
  verwacht?: Record<string, string | number>;
  andereSchool?: { brin: string; naam: string };
}

export interface KetentestRun {
  versie: 1;
  id: string;
  leverancier: { oin: string; naam: string };
  /** Real time of the start. */
  gestart: string;
  /** The simulated date at the start. */
  vandaag: string;
  /** BRIN4 of the schools the vendor holds a mandate for: requests for any other school are graded. */
  scholen: string[];
  /** The last journal seq per service before the LAS's turn: the grader reads what comes after. */
  journaalStart: Record<ServiceName, number>;
  /** Mailbox cursor per school at the start: where the LAS begins reading (BERICHTENBUS). */
  berichtenbusStart: Record<string, number>;
  /** The ids of the faults the start set on BRON (ended when the vendor starts afresh). */
  storingen: string[];
  gevallen: Geval[];
}

export type Oordeel = 'GESLAAGD' | 'GEZAKT' | 'NIET_GEPROBEERD';

/** One journal entry shown as evidence. */
export interface Bewijs {
  service: ServiceName;
  seq: number;
  tijdstip: string;
  operatie: string;
  status: number;
  foutcodes: string[];
  duurMs: number;
  bericht: string | null;
  /** The injected fault that hit this exchange (its soort), if any. */
  storing?: string;
}

export interface Uitslag {
  code: string;
  titel: string;
  oordeel: Oordeel;
  /** One or more Dutch sentences: why this verdict. */
  reden: string;
  bewijs: Bewijs[];
  /** The rules broken, with their text from GET /regels. */
  regels: Array<{ id: string; tekst: string }>;
}

export interface Rapport {
  run: Pick<KetentestRun, 'id' | 'leverancier' | 'gestart' | 'vandaag'>;
  gemaakt: string;
  gevallen: Uitslag[];
  gedrag: Uitslag[];
  geslaagd: boolean;
}
