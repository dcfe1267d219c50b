// GET /api/v1/endpoints (docs/services/osr.md, OSR-05): the afleveradressen of a school and dienst valid
// today, one per mandated supplier; anyone may ask.
import { problems, type OsrDienstcode, type Schemas } from '@duo-sim/shared';
import { endpointsValidOn } from '../domain/endpoint.js';
import type { AppDeps } from '../deps.js';

export function readEndpoints({ store, clock }: AppDeps, schoolOin: string, service: OsrDienstcode): Schemas.OSRAfleveradressen {
  const today = clock.today();
  const valid = endpointsValidOn(store.endpointsOfSchool(schoolOin, service), today);
  if (valid.length === 0) {
    throw problems.notFound(
      'OSR-05',
      `Er is op ${today} geen afleveradres voor school ${schoolOin} en dienst ${service}; de gemandateerde leverancier registreert er een met PUT /api/v1/endpoints/{token}.`,
    );
  }
  return { school_oin: schoolOin, service, endpoints: valid };
}
