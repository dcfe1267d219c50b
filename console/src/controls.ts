// The operator's controls over the chain, as the CLI has them: the simulated date on all four
// services, and reset to the seed world. Each call is sent to every service; the answer says per
// service what happened, so one service that is down does not hide the others.
import { SERVICES, type ServiceName } from '@duo-sim/shared';
import { isUnreachable, type Gateway } from './gateway.js';

export interface PerDienst {
  service: ServiceName;
  ok: boolean;
  /** The date the service has now, or what went wrong (Dutch). */
  tekst: string;
}

export interface Controls {
  klok(): Promise<PerDienst[]>;
  zetKlok(vandaag: string, traceId?: string): Promise<PerDienst[]>;
  reset(traceId?: string): Promise<PerDienst[]>;
}

function describeAnswer(service: ServiceName, res: Awaited<ReturnType<Gateway['send']>>): PerDienst {
  if (isUnreachable(res)) return { service, ok: false, tekst: `niet bereikbaar (${res.onbereikbaar})` };
  const body = res.body as { vandaag?: string; foutmeldingen?: Array<{ fouttekst: string }> } | null;
  if (res.status >= 400) return { service, ok: false, tekst: body?.foutmeldingen?.[0]?.fouttekst ?? `HTTP ${res.status}` };
  return { service, ok: true, tekst: body?.vandaag ?? 'ok' };
}

export function createControls(gateway: Gateway): Controls {
  const onAll = (method: string, path: string, body?: unknown, traceId?: string) =>
    Promise.all(
      SERVICES.map(async (s) =>
        describeAnswer(s, await gateway.send(s, method, path, { body, ...(traceId ? { traceId } : {}) })),
      ),
    );
  return {
    klok: () => onAll('GET', '/_sim/clock'),
    zetKlok: (vandaag, traceId) => onAll('PUT', '/_sim/clock', { vandaag }, traceId),
    reset: (traceId) => onAll('POST', '/_sim/reset', {}, traceId),
  };
}
