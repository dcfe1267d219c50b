// PUT /api/v1/endpoints/{token} (docs/services/osr.md, OSR-05): the mandated supplier registers an
// afleveradres with the mandate's token; it replaces the mandate's afleveradressen for the days it covers.
import { problems, type OsrMandaat, type Schemas } from '@duo-sim/shared';
import {
  checkEndpointPeriod,
  checkEndpointUrl,
  endpointPeriod,
  withoutPeriod,
  type EndpointRequest,
} from '../domain/endpoint.js';
import { isEnded } from '../domain/mandate.js';
import type { AppDeps } from '../deps.js';

/**
 * OSR-05: the mandate of the token, when the caller is its supplier. Another supplier's token is
 * answered as an unknown one (docs/authorization.md).
 */
export function findOwnMandate({ store }: AppDeps, caller: string, token: string): OsrMandaat {
  const mandate = store.mandateByToken(token);
  if (!mandate || mandate.supplier_oin !== caller) {
    throw problems.notFound(
      'NIET_GEVONDEN',
      'OSR kent geen mandaat van deze leverancier met dit token; gebruik het token uit je eigen mandaten (GET /api/v1/mandates).',
    );
  }
  return mandate;
}

/** docs/services/common.md / OSR-03: an ended mandate mandates nothing any more, its token included. */
export function assertMandateLasts({ clock }: AppDeps, mandate: OsrMandaat): void {
  if (isEnded(mandate, clock.today())) {
    throw problems.forbidden(
      `Het mandaat van dit token is beëindigd op ${mandate.end_date}; er is geen mandaat om een afleveradres voor te registreren.`,
    );
  }
}

export function registerEndpoint(
  deps: AppDeps,
  mandate: OsrMandaat,
  body: EndpointRequest & { url: string },
): Schemas.OSRAfleveradressen {
  const { store, clock } = deps;
  const today = clock.today();
  const period = endpointPeriod(body, mandate, today);
  const fouten = [...checkEndpointUrl(body.url, deps.pushToegestaan), ...checkEndpointPeriod(period, mandate, today)];
  if (fouten.length > 0) throw problems.rejected(fouten);

  const periods = store.atomically(() => {
    const kept = withoutPeriod(store.endpointsOfMandate(mandate.id), period);
    const next = [...kept, { url: body.url, ...period }].sort((a, b) => a.start_date.localeCompare(b.start_date));
    store.replaceEndpoints(mandate.id, next);
    return next;
  });
  return {
    school_oin: mandate.school_oin,
    service: mandate.service,
    endpoints: periods.map((p) => ({
      supplier_oin: mandate.supplier_oin,
      url: p.url,
      start_date: p.start_date,
      end_date: p.end_date,
    })),
  };
}
