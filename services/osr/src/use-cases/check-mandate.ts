// GET /api/v1/mandates (docs/services/osr.md, OSR-04): the mandate check. The supplier itself gets its
// mandates valid on the reference date (or 404); any other party only OK or NOK.
import { problems, type OsrMandaat } from '@duo-sim/shared';
import {
  checkThirdPartyQuery,
  isMandateActive,
  mandateViewFor,
  selectOwnMandates,
  type MandateQuery,
} from '../domain/mandate.js';
import type { AppDeps } from '../deps.js';

export type MandateCheck = { mandaten: OsrMandaat[] } | { result: 'OK' | 'NOK' };

export function checkMandate({ store, parties }: AppDeps, caller: string, q: MandateQuery, referenceDate: string): MandateCheck {
  const isSupplier = store.hasLeverancier(caller) || parties.hasRol(caller, 'leverancier');
  if (mandateViewFor(caller, q, isSupplier) === 'supplier') {
    const candidates =
      q.school_oin !== undefined && q.service !== undefined
        ? store.mandatesOfTriple(q.school_oin, caller, q.service)
        : store.mandatesOfSupplier(caller);
    const own = selectOwnMandates(candidates, q, referenceDate);
    if (own.length === 0) {
      const voor = [q.school_oin && `school ${q.school_oin}`, q.service && `dienst ${q.service}`].filter(Boolean).join(' en ');
      throw problems.notFound(
        'OSR-04',
        `mandate not found: deze leverancier heeft op ${referenceDate} geen geldig mandaat${voor ? ` voor ${voor}` : ''}.`,
      );
    }
    return { mandaten: own };
  }
  const missing = checkThirdPartyQuery(q);
  if (missing.length > 0) throw problems.rejected(missing);
  // OSR-04 (sim): for a third party, no valid mandate (or an unknown school or supplier) is NOK.
  const ok = store.mandatesOfTriple(q.school_oin!, q.supplier_oin!, q.service!).some((m) => isMandateActive(m, referenceDate));
  return { result: ok ? 'OK' : 'NOK' };
}
