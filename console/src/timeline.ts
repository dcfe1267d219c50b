// One bericht as a timeline of everything it caused (docs/console.md): the exchanges of its trace in
// all four services, read fresh from their journals (?spoor=), ordered as a tree by parent span, with
// the answers a service remembered instead of asking, and the berichten it placed in mailboxes.
import { SERVICES, type JournalEntry, type RememberedAnswer, type ServiceName } from '@duo-sim/shared';
import { describe, type PartyLookup, type Uitwisseling } from './exchanges.js';
import type { ConsoleEntry } from './feed.js';
import { isUnreachable, type Gateway } from './gateway.js';

export interface Stap {
  uitwisseling: Uitwisseling;
  entry: ConsoleEntry;
  diepte: number;
  /** Milliseconds from the start of the trace to the start of this exchange. */
  beginMs: number;
  onthouden: Array<RememberedAnswer & { service: ServiceName | null }>;
}

export interface Postbusbericht {
  berichtId: number;
  brin: string;
  soort: string;
  aangemaakt: string;
}

export interface Tijdlijn {
  traceId: string;
  stappen: Stap[];
  postbus: Postbusbericht[];
  totaalMs: number;
  /** Services that could not be asked: their part of the trace is missing. */
  ontbreekt: ServiceName[];
}

const TRACE_ID = /^[0-9a-f]{32}$/;
export const isTraceId = (s: string) => TRACE_ID.test(s);

export interface TimelineDeps {
  gateway: Gateway;
  parties: PartyLookup;
  /** The service a peer URL belongs to (for remembered answers). */
  serviceOfUrl: (url: string) => ServiceName | null;
}

async function journalOf(deps: TimelineDeps, service: ServiceName, query: string): Promise<ConsoleEntry[] | null> {
  const res = await deps.gateway.send(service, 'GET', `/_sim/journal?${query}&limiet=1000`);
  if (isUnreachable(res) || res.status !== 200) return null;
  return (res.body as { regels: JournalEntry[] }).regels.map((r) => ({ ...r, service }));
}

/** The trace ids a bericht's exchanges carry (a bericht sent again may have several), newest last. */
export async function tracesOfBericht(deps: TimelineDeps, bericht: string): Promise<string[]> {
  const per = await Promise.all(SERVICES.map((s) => journalOf(deps, s, `bericht=${encodeURIComponent(bericht)}`)));
  const entries = per.flatMap((p) => p ?? []).sort((a, b) => a.tijdstip.localeCompare(b.tijdstip));
  return [...new Set(entries.map((e) => e.traceId).filter((t): t is string => t !== null))];
}

export async function loadTimeline(deps: TimelineDeps, traceId: string): Promise<Tijdlijn> {
  const [perService, mailbox] = await Promise.all([
    Promise.all(SERVICES.map((s) => journalOf(deps, s, `spoor=${traceId}`))),
    deps.gateway.send('bron', 'GET', `/_sim/sporen/${traceId}/berichten`),
  ]);
  const ontbreekt = SERVICES.filter((_, i) => perService[i] === null);
  const entries = perService.flatMap((p) => p ?? []);
  const bySpan = new Map(entries.filter((e) => e.spanId).map((e) => [e.spanId!, e]));
  const serviceOfSpan = (span: string) => bySpan.get(span)?.service;
  const startOf = (e: ConsoleEntry) => Date.parse(e.tijdstip) - e.duurMs;
  const t0 = Math.min(...entries.map(startOf));
  const einde = Math.max(...entries.map((e) => Date.parse(e.tijdstip)));

  // Depth-first from the roots (no known parent), children in the order they started.
  const children = new Map<string | null, ConsoleEntry[]>();
  for (const e of entries) {
    const parent = e.parentSpanId && bySpan.has(e.parentSpanId) ? e.parentSpanId : null;
    children.set(parent, [...(children.get(parent) ?? []), e]);
  }
  const stappen: Stap[] = [];
  const walk = (parent: string | null, diepte: number) => {
    for (const e of (children.get(parent) ?? []).sort((a, b) => startOf(a) - startOf(b))) {
      stappen.push({
        uitwisseling: describe(e, deps.parties, serviceOfSpan),
        entry: e,
        diepte,
        beginMs: Math.max(0, startOf(e) - t0),
        onthouden: e.uitGeheugen.map((r) => ({ ...r, service: deps.serviceOfUrl(r.peer) })),
      });
      if (e.spanId) walk(e.spanId, diepte + 1);
    }
  };
  walk(null, 0);

  const postbus =
    !isUnreachable(mailbox) && mailbox.status === 200
      ? (mailbox.body as { berichten: Postbusbericht[] }).berichten.map(({ berichtId, brin, soort, aangemaakt }) => ({
          berichtId,
          brin,
          soort,
          aangemaakt,
        }))
      : [];
  return { traceId, stappen, postbus, totaalMs: entries.length > 0 ? Math.max(1, einde - t0) : 0, ontbreekt };
}
