// The OSR rules about mandates (docs/rules.md#osr-onderwijs-serviceregister), as pure functions of data and the simulated date.
import { isActiveExclusive, type Foutmelding, type OsrMandaat, type OsrSchool } from '@duo-sim/shared';

/** A date range with an exclusive end; null = open (OSR-03). */
export interface Period {
  start_date: string;
  end_date: string | null;
}

// OSR-03: a mandate is active on d iff start_date ≤ d < end_date.
export function isMandateActive(m: Period, d: string): boolean {
  return isActiveExclusive(m.start_date, m.end_date, d);
}

// OSR-03: two periods with exclusive ends share at least one day.
export function periodsOverlap(a: Period, b: Period): boolean {
  return (b.end_date === null || a.start_date < b.end_date) && (a.end_date === null || b.start_date < a.end_date);
}

// OSR-02 (sim): the school's own bestuur, by its certificate, or the operator manages its mandates.
export function mayManageMandates(callerOin: string, school: Pick<OsrSchool, 'bestuur'>, callerIsOperator: boolean): boolean {
  return callerIsOperator || school.bestuur.oin === callerOin;
}

export interface MandateReferences {
  schoolKnown: boolean;
  supplierKnown: boolean;
  dienstKnown: boolean;
}

// OSR-01: a mandate ties a known school, a known supplier and a known dienst together.
export function checkMandateReferences(
  refs: MandateReferences,
  body: { school_oin: string; supplier_oin: string; service: string },
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (!refs.schoolKnown) {
    fouten.push({
      foutcode: 'OSR-01',
      fouttekst: `OSR kent geen onderwijsinstelling met OIN ${body.school_oin}; zoek de school op met GET /api/v1/schools.`,
      pointer: '/school_oin',
      sleutelgegevens: [{ sleutelnaam: 'school_oin', sleutelwaarde: body.school_oin }],
    });
  }
  if (!refs.supplierKnown) {
    fouten.push({
      foutcode: 'OSR-01',
      fouttekst: `OSR kent geen leverancier met OIN ${body.supplier_oin}; een mandaat geldt alleen voor een geregistreerde leverancier.`,
      pointer: '/supplier_oin',
      sleutelgegevens: [{ sleutelnaam: 'supplier_oin', sleutelwaarde: body.supplier_oin }],
    });
  }
  if (!refs.dienstKnown) {
    fouten.push({
      foutcode: 'OSR-01',
      fouttekst: `OSR kent geen dienst ${body.service}; zie GET /api/v1/services.`,
      pointer: '/service',
      sleutelgegevens: [{ sleutelnaam: 'service', sleutelwaarde: body.service }],
    });
  }
  return fouten;
}

// OSR-03: the period of a new mandate. (sim) It starts today or later: a mandate in the past would
// change what OSR already answered about that past, and mandates keep their history (OSR-02).
export function checkNewMandatePeriod(p: Period, today: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (p.start_date < today) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `start_date ${p.start_date} ligt voor de gesimuleerde datum ${today}; een mandaat begint vandaag of later.`,
      pointer: '/start_date',
    });
  }
  if (p.end_date !== null && p.end_date <= p.start_date) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `end_date ${p.end_date} moet na start_date ${p.start_date} liggen; de einddatum telt zelf niet meer mee.`,
      pointer: '/end_date',
    });
  }
  return fouten;
}

// OSR-03 (sim): a mandate ended on or before today is history and is not changed any more.
export function isEnded(m: Period, today: string): boolean {
  return m.end_date !== null && m.end_date <= today;
}

// OSR-02, OSR-03: ending a mandate. The end lies after its start and not before today, so what OSR
// answered for earlier days stays true; ending it today makes it invalid today.
export function checkEndDate(m: Period, endDate: string, today: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (endDate <= m.start_date) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `end_date ${endDate} moet na start_date ${m.start_date} van het mandaat liggen.`,
      pointer: '/end_date',
    });
  }
  if (endDate < today) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `end_date ${endDate} ligt voor de gesimuleerde datum ${today}; beëindig een mandaat vandaag of later.`,
      pointer: '/end_date',
    });
  }
  return fouten;
}

// OSR-03: no two mandates for the same (school, supplier, dienst) overlap.
export function overlapFouten(p: Period, sameTriple: readonly OsrMandaat[], pointer: string): Foutmelding[] {
  return sameTriple
    .filter((other) => periodsOverlap(p, other))
    .map((other) => ({
      foutcode: 'OSR-03',
      fouttekst: `Er is al een mandaat voor deze school, leverancier en dienst van ${other.start_date} tot ${other.end_date ?? 'onbepaalde tijd'}; mandaten voor dezelfde combinatie mogen elkaar niet overlappen.`,
      pointer,
      sleutelgegevens: [{ sleutelnaam: 'id', sleutelwaarde: other.id }],
    }));
}

export interface MandateQuery {
  school_oin?: string;
  supplier_oin?: string;
  service?: string;
  reference_date?: string;
}

export type MandateView = 'supplier' | 'third-party';

// OSR-04: the supplier asking about itself gets details; any other party only OK/NOK. A supplier
// that leaves supplier_oin out asks about itself.
export function mandateViewFor(callerOin: string, query: MandateQuery, callerIsSupplier: boolean): MandateView {
  if (query.supplier_oin !== undefined) return query.supplier_oin === callerOin ? 'supplier' : 'third-party';
  return callerIsSupplier ? 'supplier' : 'third-party';
}

// OSR-04: a third party asks about one (school, supplier, dienst) and names all three.
export function checkThirdPartyQuery(query: MandateQuery): Foutmelding[] {
  return (['school_oin', 'supplier_oin', 'service'] as const)
    .filter((name) => query[name] === undefined)
    .map((name) => ({
      foutcode: 'OSR-04',
      fouttekst: `Parameter ${name} ontbreekt; een mandaatcheck noemt school_oin, supplier_oin en service.`,
      pointer: `?${name}`,
    }));
}

// OSR-04: the supplier's own mandates that match the query and are valid on the reference date.
export function selectOwnMandates(mandates: readonly OsrMandaat[], query: MandateQuery, referenceDate: string): OsrMandaat[] {
  return mandates.filter(
    (m) =>
      (query.school_oin === undefined || m.school_oin === query.school_oin) &&
      (query.service === undefined || m.service === query.service) &&
      isMandateActive(m, referenceDate),
  );
}
