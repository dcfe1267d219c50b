// The inspector's filters over the console's window of the merged journal.
import { schoolOinFromBrin, SERVICES, type Party, type ServiceName } from '@duo-sim/shared';
import { uitkomstVan, type Uitkomst } from './exchanges.js';
import type { ConsoleEntry } from './feed.js';

export interface Filters {
  dienst?: ServiceName;
  partij?: string;
  school?: string;
  uitkomst?: Uitkomst;
  foutcode?: string;
  bericht?: string;
  leerling?: string;
  datum?: string;
  /** Also the console's own reads as the operator. */
  consoleVerkeer?: boolean;
}

const UITKOMSTEN: readonly string[] = ['ok', 'afgewezen', 'fout'];

/** Query parameters to filters; empty and unknown values are ignored (a filter form leaves fields empty). */
export function filtersFrom(query: Record<string, unknown>): Filters {
  const text = (k: string) => {
    const v = query[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;
  };
  const f: Filters = {};
  const dienst = text('dienst');
  if (dienst && (SERVICES as readonly string[]).includes(dienst)) f.dienst = dienst as ServiceName;
  const uitkomst = text('uitkomst');
  if (uitkomst && UITKOMSTEN.includes(uitkomst)) f.uitkomst = uitkomst as Uitkomst;
  for (const k of ['partij', 'school', 'foutcode', 'bericht', 'leerling', 'datum'] as const) {
    const v = text(k);
    if (v) f[k] = v;
  }
  if (query.consoleVerkeer === 'ja') f.consoleVerkeer = true;
  return f;
}

export function matcher(f: Filters, parties: readonly Party[], operatorOin: string): (e: ConsoleEntry) => boolean {
  const partijen = f.partij
    ? new Set(
        parties.filter((p) => p.oin === f.partij || p.naam.toLowerCase().includes(f.partij!.toLowerCase())).map((p) => p.oin),
      )
    : undefined;
  const school = f.school?.toUpperCase();
  const schoolOin = school && /^\d{2}[A-Z]{2}$/.test(school) ? schoolOinFromBrin(school) : school;
  return (e) => {
    if (!f.consoleVerkeer && e.partij === operatorOin && e.operatie.startsWith('GET ')) return false;
    if (f.dienst && e.service !== f.dienst) return false;
    if (partijen && !(e.partij && partijen.has(e.partij))) return false;
    if (school && e.namens !== schoolOin && !e.operatie.includes(`/${school}`)) return false;
    if (f.uitkomst && uitkomstVan(e.status) !== f.uitkomst) return false;
    if (f.foutcode && !e.foutcodes.some((c) => c.toUpperCase() === f.foutcode!.toUpperCase())) return false;
    if (f.bericht && e.identificatiecodeBedrijfsdocument !== f.bericht) return false;
    if (f.datum && e.vandaag !== f.datum) return false;
    if (f.leerling && !JSON.stringify([e.verzoek, e.antwoord]).includes(f.leerling)) return false;
    return true;
  };
}
