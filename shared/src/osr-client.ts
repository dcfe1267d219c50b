// The client BRON and verzuim use to ask OSR (docs/services/osr.md): "may this vendor act for this school
// for this dienst today" is one call. A mandate created or ended in OSR is honoured by the very next
// question (docs/services/osr.md, docs/architecture.md#peer-answers-cached-in-one-process-never-stale): the ServiceClient keeps answers only while OSR's change signal says
// nothing changed, and only when OSR runs in the same process (change-signal.ts).
import type * as Schemas from './generated/schemas.js';
import { PeerAnswerError, type ServiceClient } from './http-client.js';

// OSR's answers under the names the services use; the schemas in shared/schemas/osr-*.json define them.

/** OSR-06 (sim): ROD_PO, VERZUIM or RIO. */
export type OsrDienstcode = Schemas.Dienstcode;
/** A dienst (OSR-01, OSR-06): `GET /api/v1/services`. */
export type OsrDienst = Schemas.OSRDienst;
/** An onderwijsinstelling (OSR-01): `GET /api/v1/schools`. */
export type OsrSchool = Schemas.OSROnderwijsinstelling;
/**
 * A mandate (OSR-01) as OSR stores and answers it: its end_date, exclusive (OSR-03), is always
 * there, null while the mandate is open; the schema lets a seed world leave it out.
 */
export type OsrMandaat = Schemas.OSRMandaat & { end_date: string | null };
/** An afleveradres (OSR-05): `GET /api/v1/endpoints`. */
export type OsrEndpoint = Schemas.OSRAfleveradressen['endpoints'][number];

/** The question of the mandate check (OSR-04), in the caller's words; the client makes the query of it. */
export interface MandateQuestion {
  supplierOin: string;
  schoolOin: string;
  service: OsrDienstcode;
  /** `YYYY-MM-DD`; OSR uses its simulated date when omitted. */
  referenceDate?: string;
}

export interface OsrClient {
  /** OSR-04: does `supplierOin` hold a mandate for the school and dienst on the date? */
  hasMandate(question: MandateQuestion): Promise<boolean>;
  /** OSR-01: the school with this OIN and/or BRIN4 (AND), or null when OSR does not know it. */
  findSchool(by: { oin?: string; brin?: string }): Promise<OsrSchool | null>;
  /** OSR-05: the afleveradressen valid today for the school and dienst; [] when none. */
  endpoints(by: { schoolOin: string; service: OsrDienstcode }): Promise<OsrEndpoint[]>;
}

/** OSR answered, but not as the contract says it answers a well-formed question. */
export class OsrError extends PeerAnswerError {
  constructor(status: number, body: unknown) {
    super('OSR', status, body);
    this.name = 'OsrError';
  }
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  return q.toString();
}

function fail(status: number, body: unknown): never {
  throw new OsrError(status, body);
}

/**
 * Wraps a keep-alive mTLS client for OSR (normally with DUO's certificate, so OSR answers
 * OK/NOK). PeerUnavailableError from the client passes through: an unreachable OSR is not a NOK.
 */
export function createOsrClient(client: ServiceClient): OsrClient {
  // OSR's onderwijsinstellingen come from the seed world and no endpoint changes them, so a school
  // once found stays as it is: remembering it is not a stale cache (docs/services/osr.md speaks of mandates
  // and endpoints, which are always asked anew).
  const scholen = new Map<string, OsrSchool>();
  return {
    async hasMandate({ supplierOin, schoolOin, service, referenceDate }) {
      const res = await client.request<unknown>(
        'GET',
        `/api/v1/mandates?${query({ school_oin: schoolOin, supplier_oin: supplierOin, service, reference_date: referenceDate })}`,
      );
      if (res.status === 200) {
        const body = res.body as { result?: string; mandaten?: unknown[] };
        if (body.result === 'OK' || body.result === 'NOK') return body.result === 'OK';
        // The supplier's own certificate gets its mandates instead of OK/NOK (OSR-04).
        if (Array.isArray(body.mandaten)) return body.mandaten.length > 0;
      }
      // OSR-04: the supplier asking about itself hears 404 "mandate not found" when it has none.
      if (res.status === 404) return false;
      return fail(res.status, res.body);
    },

    async findSchool({ oin, brin }) {
      if (oin === undefined && brin === undefined) throw new TypeError('findSchool needs an oin or a brin');
      const key = `${oin ?? ''}|${brin ?? ''}`;
      const known = scholen.get(key);
      if (known) return known;
      const res = await client.request<{ onderwijsinstellingen: OsrSchool[] }>('GET', `/api/v1/schools?${query({ oin, brin })}`);
      if (res.status !== 200) return fail(res.status, res.body);
      const school = res.body.onderwijsinstellingen[0] ?? null;
      if (school) scholen.set(key, school);
      return school;
    },

    async endpoints({ schoolOin, service }) {
      const res = await client.request<{ endpoints: OsrEndpoint[] }>(
        'GET',
        `/api/v1/endpoints?${query({ school_oin: schoolOin, service })}`,
      );
      if (res.status === 404) return [];
      if (res.status !== 200) return fail(res.status, res.body);
      return res.body.endpoints;
    },
  };
}
