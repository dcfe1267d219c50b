// The OSR rules about afleveradressen (docs/rules.md#osr-onderwijs-serviceregister, OSR-05), as pure functions.
import type { Foutmelding, OsrEndpoint, OsrMandaat, PushToegestaan } from '@duo-sim/shared';
import { isMandateActive, type Period } from './mandate.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

// OSR-05 (sim): https://, or http:// on localhost/127.0.0.1 only (a local receiver). Anyone may read
// an afleveradres, so a user name or password in it would be published: refused as well. BRON posts
// to it with DUO's certificate, so only hosts the operator allows (BRON_PUSH_TOEGESTAAN) are taken.
export function checkEndpointUrl(url: string, toegestaan: PushToegestaan): Foutmelding[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ foutcode: 'OSR-05', fouttekst: 'url is geen geldige URL; verwacht https://host/pad.', pointer: '/url' }];
  }
  const fouten: Foutmelding[] = [];
  const httpLocal = parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
  // One foutmelding about the host: whether it is allowed at all comes before how it is reached.
  if (!toegestaan.allowsHost(parsed.hostname)) {
    fouten.push({
      foutcode: 'OSR-05',
      fouttekst: `Host ${parsed.hostname || '(leeg)'} is geen toegestaan afleveradres in deze simulator; gebruik een host uit BRON_PUSH_TOEGESTAAN (standaard localhost, 127.0.0.0/8 of ::1).`,
      pointer: '/url',
    });
  } else if (parsed.protocol !== 'https:' && !httpLocal) {
    fouten.push({
      foutcode: 'OSR-05',
      fouttekst: 'Een afleveradres begint met https://, of met http:// alleen op localhost of 127.0.0.1.',
      pointer: '/url',
    });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    fouten.push({
      foutcode: 'OSR-05',
      fouttekst: 'Een afleveradres is voor iedereen leesbaar; zet er geen gebruikersnaam of wachtwoord in.',
      pointer: '/url',
    });
  }
  return fouten;
}

export interface EndpointRequest {
  start_date?: string | undefined;
  end_date?: string | null | undefined;
}

// OSR-05: without a start_date the afleveradres starts today, or when the mandate starts if later.
export function endpointPeriod(body: EndpointRequest, mandate: Period, today: string): Period {
  const start = body.start_date ?? (mandate.start_date > today ? mandate.start_date : today);
  return { start_date: start, end_date: body.end_date ?? null };
}

// OSR-03 by analogy (end exclusive, after the start, no rewriting of the past) and OSR-05 (an
// afleveradres belongs to its mandate, so it starts while the mandate is valid).
export function checkEndpointPeriod(p: Period, mandate: Period, today: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (p.start_date < today) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `start_date ${p.start_date} ligt voor de gesimuleerde datum ${today}; een afleveradres geldt vanaf vandaag of later.`,
      pointer: '/start_date',
    });
  }
  if (p.end_date !== null && p.end_date <= p.start_date) {
    fouten.push({
      foutcode: 'OSR-03',
      fouttekst: `end_date ${p.end_date} moet na start_date ${p.start_date} liggen; de einddatum telt zelf niet meer mee.`,
      pointer: '/end_date',
    });
  }
  if (!isMandateActive(mandate, p.start_date)) {
    fouten.push({
      foutcode: 'OSR-05',
      fouttekst: `Het mandaat geldt niet op ${p.start_date} (van ${mandate.start_date} tot ${mandate.end_date ?? 'onbepaalde tijd'}); een afleveradres begint binnen zijn mandaat.`,
      pointer: '/start_date',
    });
  }
  return fouten;
}

/**
 * OSR-05: a new registration replaces the mandate's afleveradressen for the days it covers. What
 * remains of the existing periods outside [start, end) is kept; the new period is not included.
 */
export function withoutPeriod<T extends Period>(existing: readonly T[], cut: Period): T[] {
  const out: T[] = [];
  for (const e of existing) {
    if (e.start_date < cut.start_date) {
      const end = e.end_date === null || e.end_date > cut.start_date ? cut.start_date : e.end_date;
      out.push({ ...e, end_date: end });
    }
    if (cut.end_date !== null && (e.end_date === null || e.end_date > cut.end_date)) {
      const start = e.start_date > cut.end_date ? e.start_date : cut.end_date;
      out.push({ ...e, start_date: start });
    }
  }
  return out.sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0));
}

export interface EndpointWithMandate extends OsrEndpoint {
  mandate: Pick<OsrMandaat, 'start_date' | 'end_date'>;
}

// OSR-05 with OSR-03: an afleveradres is valid on d while it and its mandate are both valid on d.
export function endpointsValidOn(candidates: readonly EndpointWithMandate[], d: string): OsrEndpoint[] {
  return candidates
    .filter((c) => isMandateActive(c, d) && isMandateActive(c.mandate, d))
    .map(({ supplier_oin, url, start_date, end_date }) => ({ supplier_oin, url, start_date, end_date }));
}
