// "Onderhoud voor iedereen": the teacher puts BRON and the verzuimregister in maintenance for five
// minutes through their storingen API (PUT /_sim/storingen as the operator, docs/storingen.md once
// merged). Only the two services participants talk to: ONDERHOUD on OSR would make BRON answer INT500.
import type { ServiceName } from '@duo-sim/shared';
import type { PerDienst } from '../controls.js';
import { isUnreachable, type Gateway } from '../gateway.js';

export const ONDERHOUD_MINUTEN = 5;
const DIENSTEN: ServiceName[] = ['bron', 'verzuim'];

export async function onderhoudVoorIedereen(gateway: Gateway, nu = new Date()): Promise<PerDienst[]> {
  const tot = new Date(nu.getTime() + ONDERHOUD_MINUTEN * 60_000).toISOString();
  const body = { soort: 'ONDERHOUD', tot, retryAfterSeconden: ONDERHOUD_MINUTEN * 60 };
  return Promise.all(
    DIENSTEN.map(async (service): Promise<PerDienst> => {
      const res = await gateway.send(service, 'PUT', '/_sim/storingen', { body });
      if (isUnreachable(res)) return { service, ok: false, tekst: `niet bereikbaar (${res.onbereikbaar})` };
      if (res.status === 201) return { service, ok: true, tekst: `onderhoud tot ${tot}` };
      const fout = (res.body as { foutmeldingen?: Array<{ fouttekst: string }> } | null)?.foutmeldingen?.[0]?.fouttekst;
      return { service, ok: false, tekst: `geen storing gezet (HTTP ${res.status}${fout ? `: ${fout}` : ''})` };
    }),
  );
}
