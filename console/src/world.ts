// The world as the services know it, read through their APIs as the operator: schools with bestuur,
// mandates and afleveradressen (OSR), the aanbieder and its locaties (RIO), inschrijvingen, mailbox and
// bekostiging (BRON), verzuimmeldingen (verzuimregister). A service that is down leaves its part empty
// with a sentence saying so.
import type { OsrSchool, ServiceName } from '@duo-sim/shared';
import { isUnreachable, type Gateway } from './gateway.js';

/** One read: the answer's body, or why there is none (Dutch). */
export type Gelezen<T> = { ok: true; body: T } | { ok: false; waarom: string };

export async function lees<T>(gateway: Gateway, service: ServiceName, path: string): Promise<Gelezen<T>> {
  const res = await gateway.send(service, 'GET', path);
  if (isUnreachable(res)) return { ok: false, waarom: `${service.toUpperCase()} is niet bereikbaar.` };
  if (res.status !== 200) {
    const tekst = (res.body as { foutmeldingen?: Array<{ fouttekst: string }> } | null)?.foutmeldingen?.[0]?.fouttekst;
    return { ok: false, waarom: tekst ?? `${service.toUpperCase()} antwoordde HTTP ${res.status}.` };
  }
  return { ok: true, body: res.body as T };
}

export async function scholen(gateway: Gateway): Promise<Gelezen<OsrSchool[]>> {
  const r = await lees<{ onderwijsinstellingen: OsrSchool[] }>(gateway, 'osr', '/api/v1/schools');
  return r.ok ? { ok: true, body: r.body.onderwijsinstellingen } : r;
}

export interface SchoolBeeld {
  school: OsrSchool;
  mandaten: Gelezen<{ mandaten: Array<Record<string, unknown>> }>;
  /** Per dienst with a push (OSR-05): ROD_PO and VERZUIM. */
  afleveradressen: Array<{ dienst: string; gelezen: Gelezen<{ endpoints: Array<Record<string, unknown>> }> }>;
  aanbieder: Gelezen<Record<string, unknown>>;
  locaties: Gelezen<{ onderwijslocatiegebruiken: Array<Record<string, unknown>> }>;
  inschrijvingen: Gelezen<{ peildatum: string; inschrijvingen: Array<Record<string, unknown>> }>;
  berichten: Gelezen<{ berichten: Array<Record<string, unknown>> }>;
  bekostiging: Gelezen<Record<string, unknown>>;
  meldingen: Gelezen<{ meldingen: Array<Record<string, unknown>> }>;
}

export async function schoolBeeld(gateway: Gateway, school: OsrSchool): Promise<SchoolBeeld> {
  const aanbieder = await lees<{ besturen?: Array<{ onderwijsbestuurcode: string }> }>(
    gateway,
    'rio',
    `/onderwijsaanbieders/${school.onderwijsaanbiedercode}`,
  );
  const bestuurcode = aanbieder.ok
    ? aanbieder.body.besturen?.[aanbieder.body.besturen.length - 1]?.onderwijsbestuurcode
    : undefined;
  const endpoints = (dienst: string) =>
    lees<{ endpoints: Array<Record<string, unknown>> }>(
      gateway,
      'osr',
      `/api/v1/endpoints?school_oin=${school.oin}&service=${dienst}`,
    );
  const [mandaten, rodPo, verzuim, locaties, inschrijvingen, berichten, bekostiging, meldingen] = await Promise.all([
    lees<{ mandaten: Array<Record<string, unknown>> }>(gateway, 'osr', `/api/v1/schools/${school.oin}/mandates`),
    endpoints('ROD_PO'),
    endpoints('VERZUIM'),
    bestuurcode
      ? lees<{ onderwijslocatiegebruiken: Array<Record<string, unknown>> }>(
          gateway,
          'rio',
          `/onderwijslocatiegebruiken?onderwijsbestuurcode=${bestuurcode}`,
        )
      : Promise.resolve<Gelezen<{ onderwijslocatiegebruiken: Array<Record<string, unknown>> }>>({
          ok: false,
          waarom: 'RIO kent geen bestuur bij deze aanbieder.',
        }),
    lees<{ peildatum: string; inschrijvingen: Array<Record<string, unknown>> }>(
      gateway,
      'bron',
      `/scholen/${school.brin}/inschrijvingen`,
    ),
    lees<{ berichten: Array<Record<string, unknown>> }>(gateway, 'bron', `/scholen/${school.brin}/berichten?limiet=1000`),
    lees<Record<string, unknown>>(gateway, 'bron', `/scholen/${school.brin}/bekostiging`),
    lees<{ meldingen: Array<Record<string, unknown>> }>(gateway, 'verzuim', `/scholen/${school.brin}/meldingen`),
  ]);
  const afleveradressen = [
    { dienst: 'ROD_PO', gelezen: rodPo },
    { dienst: 'VERZUIM', gelezen: verzuim },
  ];
  return { school, mandaten, afleveradressen, aanbieder, locaties, inschrijvingen, berichten, bekostiging, meldingen };
}
