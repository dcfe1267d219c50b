// POST /api/v1/mandates (docs/services/osr.md, OSR-01..03): a bestuur mandates a supplier for one of its
// schools and a dienst; the answer carries the mandate's id and its token.
import { randomBytes, randomUUID } from 'node:crypto';
import { problems, type OsrDienstcode, type OsrMandaat, type OsrSchool } from '@duo-sim/shared';
import {
  checkMandateReferences,
  checkNewMandatePeriod,
  mayManageMandates,
  overlapFouten,
  type Period,
} from '../domain/mandate.js';
import type { AppDeps } from '../deps.js';

export interface NewMandate {
  school_oin: string;
  supplier_oin: string;
  service: OsrDienstcode;
  start_date?: string;
  end_date?: string | null;
}

/** OSR-01: an unguessable token, 32 hex characters, that proves the mandate (OSR-05). */
function newToken(): string {
  return randomBytes(16).toString('hex');
}

/** OSR-02: only a bestuur (for its own schools) or the operator creates mandates; checked before the body is read. */
export function assertMayCreateMandates({ parties }: AppDeps, caller: string): void {
  if (!parties.isOperator(caller) && !parties.hasRol(caller, 'bestuur')) {
    throw problems.forbidden('Alleen het bestuur van de school of de operator maakt een mandaat aan.');
  }
}

export function createMandate(deps: AppDeps, caller: string, body: NewMandate): OsrMandaat {
  const { store, clock, parties } = deps;
  const isOperator = parties.isOperator(caller);
  const school: OsrSchool | undefined = store.school(body.school_oin);
  // Another bestuur's school and a school OSR does not know get the same answer: the operator
  // alone hears (400, OSR-01) that a school is unknown (docs/authorization.md).
  if (!isOperator && (!school || !mayManageMandates(caller, school, false))) {
    throw problems.forbidden('Een bestuur mandateert alleen voor zijn eigen scholen.');
  }
  const today = clock.today();
  const period: Period = { start_date: body.start_date ?? today, end_date: body.end_date ?? null };

  return store.atomically((): OsrMandaat => {
    const periodFouten = checkNewMandatePeriod(period, today);
    const fouten = [
      ...checkMandateReferences(
        {
          schoolKnown: school !== undefined,
          supplierKnown: store.hasLeverancier(body.supplier_oin),
          dienstKnown: store.hasDienst(body.service),
        },
        body,
      ),
      ...periodFouten,
      // An inverted period overlaps nothing meaningfully; its own foutmelding says enough.
      ...(periodFouten.some((f) => f.pointer === '/end_date')
        ? []
        : overlapFouten(period, store.mandatesOfTriple(body.school_oin, body.supplier_oin, body.service), '/start_date')),
    ];
    if (fouten.length > 0) throw problems.rejected(fouten);
    const created: OsrMandaat = {
      id: randomUUID(),
      school_oin: body.school_oin,
      supplier_oin: body.supplier_oin,
      service: body.service,
      start_date: period.start_date,
      end_date: period.end_date,
      token: newToken(),
    };
    store.insertMandate(created);
    return created;
  });
}
