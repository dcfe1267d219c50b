// The schools in OSR (docs/services/osr.md, OSR-01), and one school's mandates for its bestuur (OSR-02).
import { problems, type OsrDienstcode, type OsrMandaat, type OsrSchool } from '@duo-sim/shared';
import { mayManageMandates } from '../domain/mandate.js';
import { matchesName } from '../domain/school.js';
import type { AppDeps } from '../deps.js';

export interface SchoolQuery {
  brin?: string;
  oin?: string;
  oa_id?: string;
  name?: string;
}

/** Every school matching each filter given; the name matches in part, ignoring case and accents. */
export function findSchools({ store }: AppDeps, q: SchoolQuery): OsrSchool[] {
  return store.findSchools(q).filter((s) => q.name === undefined || matchesName(s.naam, q.name));
}

/**
 * OSR-02: the school whose mandates the caller may list. The operator hears that an OIN is unknown;
 * anyone else gets the same 403 for it as for another bestuur's school (docs/authorization.md).
 */
export function findManagedSchool({ store, parties }: AppDeps, caller: string, schoolOin: string): OsrSchool {
  const school = store.school(schoolOin);
  const isOperator = parties.isOperator(caller);
  if (!school && isOperator) {
    throw problems.notFound(
      'NIET_GEVONDEN',
      `OSR kent geen onderwijsinstelling met OIN ${schoolOin}; zoek de school op met GET /api/v1/schools.`,
    );
  }
  // OSR-02: the mandates of a school are its bestuur's business; others ask OK/NOK (OSR-04).
  if (!school || !mayManageMandates(caller, school, isOperator)) {
    throw problems.forbidden(
      'Alleen het bestuur van de school of de operator ziet alle mandaten van de school; vraag GET /api/v1/mandates voor OK/NOK.',
    );
  }
  return school;
}

/** All mandates of the school, ended ones too, with their tokens. */
export function readSchoolMandates({ store }: AppDeps, school: OsrSchool, service?: OsrDienstcode): OsrMandaat[] {
  return store.mandatesOfSchool(school.oin, service);
}
