// What the pages show of one journal entry: who called whom (a party, or a service when the entry
// was asked by another service in the same trace), the outcome class, and the names of the parties.
import type { PartyRegistry, ServiceName, StoringMark } from '@duo-sim/shared';
import type { ConsoleEntry } from './feed.js';

export type Uitkomst = 'ok' | 'afgewezen' | 'fout';

export interface Uitwisseling {
  id: string;
  service: ServiceName;
  seq: number;
  tijdstip: string;
  vandaag: string;
  /** Diagram node the arrow starts at: a party OIN or a service name. */
  van: string;
  /** Diagram node the arrow ends at. */
  naar: string;
  partij: string | null;
  partijNaam: string;
  operatie: string;
  status: number;
  uitkomst: Uitkomst;
  foutcodes: string[];
  duurMs: number;
  traceId: string | null;
  bericht: string | null;
  /** The injected fault that hit this exchange (docs/storingen.md): shown as a badge, never mistaken for the chain's own failure. */
  storing: StoringMark | null;
}

export function uitkomstVan(status: number): Uitkomst {
  if (status >= 200 && status < 400) return 'ok';
  if (status >= 400 && status < 500) return 'afgewezen';
  return 'fout';
}

/** Dutch words for an outcome; the pages show them next to the colour and the symbol. */
export const UITKOMST_TEKST: Record<Uitkomst, string> = { ok: 'gelukt', afgewezen: 'geweigerd', fout: 'fout' };

/** How the console names a party: the world's registry, which sees vendors added while it runs. */
export type PartyLookup = Pick<PartyRegistry, 'get'>;

export function partyName(parties: PartyLookup, oin: string | null): string {
  if (oin === null) return 'onbekend';
  return parties.get(oin)?.naam ?? oin;
}

export const isPush = (e: Pick<ConsoleEntry, 'operatie'>) => e.operatie.startsWith('PUSH ');

/**
 * @param serviceOfSpan the service that journaled a span, for entries asked by another service
 *   (DUO's certificate) in the same trace.
 */
export function describe(
  e: ConsoleEntry,
  parties: PartyLookup,
  serviceOfSpan: (spanId: string) => ServiceName | undefined,
): Uitwisseling {
  const byService = e.parentSpanId ? serviceOfSpan(e.parentSpanId) : undefined;
  const push = isPush(e);
  // A push goes from BRON to the vendor's afleveradres; the vendor is `partij`.
  const van = push ? e.service : (byService ?? e.partij ?? 'onbekend');
  const naar = push ? (e.partij ?? 'onbekend') : e.service;
  return {
    id: `${e.service}:${e.seq}`,
    service: e.service,
    seq: e.seq,
    tijdstip: e.tijdstip,
    vandaag: e.vandaag,
    van,
    naar,
    partij: e.partij,
    partijNaam: byService && !push ? byService.toUpperCase() : partyName(parties, e.partij),
    operatie: e.operatie,
    status: e.status,
    uitkomst: uitkomstVan(e.status),
    foutcodes: e.foutcodes,
    duurMs: Math.round(e.duurMs * 10) / 10,
    traceId: e.traceId,
    bericht: e.identificatiecodeBedrijfsdocument,
    // Entries of a service without the storing column (an older journal) have none.
    storing: e.storing ?? null,
  };
}
