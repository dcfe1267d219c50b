// PATCH /api/v1/mandates/{id} (docs/services/osr.md, OSR-02, OSR-03): the school's bestuur or the
// operator ends a mandate by setting its end_date; mandates are never deleted.
import { problems, type OsrMandaat } from '@duo-sim/shared';
import { checkEndDate, isEnded, mayManageMandates, overlapFouten } from '../domain/mandate.js';
import type { AppDeps } from '../deps.js';

/**
 * OSR-02: the mandate, when the caller may manage it. To anyone else a mandate of another school is
 * answered as one that does not exist (docs/authorization.md).
 */
export function findManagedMandate({ store, parties }: AppDeps, caller: string, id: string): OsrMandaat {
  const found = store.mandate(id);
  if (!found || !mayManageMandates(caller, store.school(found.school_oin)!, parties.isOperator(caller))) {
    throw problems.notFound('NIET_GEVONDEN', `OSR kent geen mandaat met id ${id} dat deze partij mag beheren.`);
  }
  return found;
}

export function endMandate({ store, clock }: AppDeps, found: OsrMandaat, endDate: string): OsrMandaat {
  const today = clock.today();
  return store.atomically((): OsrMandaat => {
    const current = store.mandate(found.id)!;
    if (isEnded(current, today)) {
      throw problems.conflict(
        'OSR-03',
        `Dit mandaat is beëindigd op ${current.end_date}; het verandert niet meer, maak zo nodig een nieuw mandaat aan.`,
      );
    }
    const endFouten = checkEndDate(current, endDate, today);
    const others = store
      .mandatesOfTriple(current.school_oin, current.supplier_oin, current.service)
      .filter((m) => m.id !== current.id);
    const fouten =
      endFouten.length > 0
        ? endFouten
        : overlapFouten({ start_date: current.start_date, end_date: endDate }, others, '/end_date');
    if (fouten.length > 0) throw problems.rejected(fouten);
    store.setEndDate(current.id, endDate);
    return { ...current, end_date: endDate };
  });
}
