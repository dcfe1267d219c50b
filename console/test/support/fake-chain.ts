// Fake services behind the console's Gateway: each answers from memory what the console asks (the
// journal with its long-poll, /regels, /openapi.json, the clock, reset), records what was sent, and
// can be taken down. The console under test cannot tell them from the real chain's HTTP answers.
import type { JournalEntry, ServiceName } from '@duo-sim/shared';
import { SERVICES } from '@duo-sim/shared';
import type { Answer, Gateway, SendOptions, Unreachable } from '../../src/gateway';

export const OPERATOR = '00000099000000010000';
export const PLAZA = '00000099100000010000';
export const DUO = '00000001800866472000';

export interface Sent {
  service: ServiceName;
  method: string;
  path: string;
  options: SendOptions;
}

type Handler = (method: string, path: string, options: SendOptions) => Answer | undefined;

export interface FakeChain extends Gateway {
  sent: Sent[];
  journal: Record<ServiceName, JournalEntry[]>;
  down: Set<ServiceName>;
  regels: Partial<Record<ServiceName, unknown[]>>;
  clock: string;
  /** Adds a journal entry to a service and wakes its long-polls. */
  record(service: ServiceName, entry: Partial<JournalEntry>): JournalEntry;
  on(service: ServiceName, handler: Handler): void;
}

let seqs = 0;

export function createFakeChain(): FakeChain {
  const journal = Object.fromEntries(SERVICES.map((s) => [s, [] as JournalEntry[]])) as Record<ServiceName, JournalEntry[]>;
  const waiters = new Set<() => void>();
  const handlers: Array<[ServiceName, Handler]> = [];
  const chain: FakeChain = {
    operatorOin: OPERATOR,
    sent: [],
    journal,
    down: new Set(),
    regels: {},
    clock: '2026-11-28',
    record(service, partial) {
      const entry: JournalEntry = {
        seq: ++seqs,
        tijdstip: new Date().toISOString(),
        vandaag: chain.clock,
        partij: PLAZA,
        namens: null,
        operatie: 'POST /inschrijvingen',
        status: 201,
        foutcodes: [],
        duurMs: 3,
        identificatiecodeBedrijfsdocument: null,
        verzoek: null,
        antwoord: null,
        traceId: null,
        spanId: null,
        parentSpanId: null,
        uitGeheugen: [],
        storing: null,
        ...partial,
      };
      journal[service].push(entry);
      for (const w of [...waiters]) w();
      return entry;
    },
    on(service, handler) {
      handlers.push([service, handler]);
    },
    async send(service, method, path, options = {}): Promise<Answer | Unreachable> {
      chain.sent.push({ service, method, path, options });
      if (chain.down.has(service)) {
        await new Promise((r) => setTimeout(r, 5));
        return { onbereikbaar: `https://localhost:1 is niet bereikbaar: connect ECONNREFUSED (${service})` };
      }
      for (const [s, h] of handlers) {
        if (s !== service) continue;
        const a = h(method, path, options);
        if (a) return a;
      }
      const url = new URL(path, 'https://fake');
      if (url.pathname === '/_sim/journal') {
        const na = Number(url.searchParams.get('na') ?? 0);
        const wacht = Number(url.searchParams.get('wacht') ?? 0);
        const spoor = url.searchParams.get('spoor');
        const bericht = url.searchParams.get('bericht');
        const list = () =>
          journal[service].filter(
            (e) => e.seq > na && (!spoor || e.traceId === spoor) && (!bericht || e.identificatiecodeBedrijfsdocument === bericht),
          );
        if (list().length === 0 && wacht > 0) {
          await new Promise<void>((resolve) => {
            const wake = () => {
              if (list().length > 0 || chain.down.has(service)) done();
            };
            const done = () => {
              waiters.delete(wake);
              clearTimeout(t);
              resolve();
            };
            const t = setTimeout(done, Math.min(wacht * 1000, 300));
            waiters.add(wake);
          });
          if (chain.down.has(service)) return { onbereikbaar: 'verbinding verbroken' };
        }
        const regels = list().slice(0, Number(url.searchParams.get('limiet') ?? 100));
        return {
          status: 200,
          body: { regels, volgende: regels.length > 0 ? regels[regels.length - 1].seq : na, vandaag: chain.clock },
        };
      }
      if (url.pathname === '/regels') {
        const regels = chain.regels[service];
        return regels
          ? { status: 200, body: { service, regels } }
          : { status: 404, body: { foutmeldingen: [{ foutcode: 'NIET_GEVONDEN', fouttekst: 'Onbekend pad' }] } };
      }
      if (url.pathname === '/_sim/clock') {
        if (method === 'PUT') chain.clock = (options.body as { vandaag: string }).vandaag;
        return { status: 200, body: { vandaag: chain.clock } };
      }
      if (url.pathname === '/_sim/reset') return { status: 200, body: { status: 'ok', service, vandaag: chain.clock } };
      if (url.pathname === '/openapi.json') {
        return {
          status: 200,
          body: {
            openapi: '3.1.0',
            paths:
              service === 'bron'
                ? {
                    '/inschrijvingen': {
                      post: {
                        summary: 'Aanleveren inschrijving',
                        requestBody: {
                          content: { 'application/json': { schema: { $ref: '#/components/schemas/bron-inschrijving-bericht' } } },
                        },
                      },
                    },
                  }
                : {},
          },
        };
      }
      if (url.pathname.startsWith('/_sim/sporen/'))
        return { status: 200, body: { spoor: url.pathname.split('/')[3], berichten: [] } };
      return {
        status: 404,
        body: { foutmeldingen: [{ foutcode: 'NIET_GEVONDEN', fouttekst: `Onbekend pad ${method} ${url.pathname}` }] },
      };
    },
    async close() {
      for (const w of [...waiters]) w();
    },
  };
  return chain;
}
