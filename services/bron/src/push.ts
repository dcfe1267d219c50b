// Push of mailbox berichten to the afleveradres a vendor registered in OSR (docs/services/bron.md, OSR-05):
// at least once, retried with exponential backoff within bounded tries and time, every try journaled.
// The queue is the `afleveringen` table, so what is pending survives a restart.
import {
  childSpan,
  newSpanId,
  newTraceId,
  runInTrace,
  schoolOinFromBrin,
  traceparentOf,
  type Clock,
  type Journal,
  type Logger,
  type OsrClient,
  type PushToegestaan,
  type StoringenStore,
  type StoringMark,
  type TlsMaterial,
  type TraceContext,
} from '@duo-sim/shared';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import type * as Undici from 'undici';
import type { PushConfig } from './config.js';
import { afleverFout, GEWEIGERD, guardedLookup, isAfleveradresToegestaan, type AfleverFout } from './push-guard.js';
import { createPushStoringen } from './push-storingen.js';
import type { Aflevering, AfleveringState, BronStore, MailboxBericht } from './store.js';

export interface Pusher {
  /** Something new may be due: look now rather than at the next timer. */
  kick(): void;
  /** Runs one round of due deliveries (tests call it to step through time). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export interface PusherDeps {
  store: BronStore;
  osr: OsrClient;
  journal: Journal;
  clock: Clock;
  logger: Logger;
  config: PushConfig;
  /** DUO's certificate: an https afleveradres gets a DUO client certificate, as in the real chain. */
  duoTls: TlsMaterial;
  /** BRON_PUSH_TOEGESTAAN: checked again before every delivery, on the address BRON connects to. */
  toegestaan: PushToegestaan;
  /** Push faults (docs/storingen.md), set through BRON's /_sim/storingen; none when absent. */
  storingen?: StoringenStore;
  now?: () => number;
}

const BATCH = 200;

/** The wait after try `n` (1-based): basis, 2·basis, 4·basis, … */
export function backoffMs(basisMs: number, pogingen: number): number {
  return basisMs * 2 ** Math.min(pogingen - 1, 30);
}

// undici is large (a fifth of BRON's start): loaded with the first delivery, as the service
// clients load it with the first client (shared/src/http-client.ts).
let loadedUndici: typeof Undici | undefined;
function undici(): typeof Undici {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, as http-client.ts does
  return (loadedUndici ??= require('undici') as typeof Undici);
}

/**
 * The CAs of NODE_EXTRA_CA_CERTS, read when the first delivery needs them. An unreadable file costs
 * those CAs only, as it does Node itself (which warns at the start).
 */
function extraCas(deps: PusherDeps): string[] {
  const file = deps.config.extraCaFile;
  if (!file) return [];
  try {
    return [readFileSync(file, 'utf8')];
  } catch (err) {
    deps.logger.warn({ file, err: (err as Error).message }, 'push: NODE_EXTRA_CA_CERTS not readable, its CAs are not trusted');
    return [];
  }
}

export function createPusher(deps: PusherDeps): Pusher {
  const now = deps.now ?? Date.now;
  let agent: Undici.Agent | undefined;
  const dispatcher = () =>
    (agent ??= new (undici().Agent)({
      connect: {
        // An https afleveradres may have a public CA's certificate, the simulator's, or one of a CA
        // the operator added as Node tools add one (docs/services/bron.md).
        ca: [...rootCertificates, ...extraCas(deps), deps.duoTls.ca],
        cert: deps.duoTls.cert,
        key: deps.duoTls.key,
        // The address checked is the address connected to: DNS answers are filtered, not trusted.
        lookup: guardedLookup(deps.toegestaan),
      },
      keepAliveTimeout: 10_000,
    }));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const storingen = createPushStoringen(deps.storingen);

  /** The push continues the trace of the exchange that placed the bericht. */
  function traceOf(bericht: MailboxBericht): TraceContext {
    const placed = deps.store.spoorVanBericht(bericht.berichtId);
    return placed ? childSpan(placed.traceId, placed.spanId) : childSpan(newTraceId(), null);
  }

  async function deliver(
    bericht: MailboxBericht,
    url: string,
    supplier: string,
    storing?: StoringMark,
  ): Promise<AfleverFout | null> {
    const trace = traceOf(bericht);
    const started = process.hrtime.bigint();
    let status = 0;
    let fout: AfleverFout | null = null;
    if (!isAfleveradresToegestaan(deps.toegestaan, url)) {
      fout = GEWEIGERD;
    } else {
      try {
        const res = await undici().request(url, {
          method: 'POST',
          dispatcher: dispatcher(),
          headers: {
            'content-type': 'application/json',
            'x-duo-sim-bericht-id': String(bericht.berichtId),
            traceparent: traceparentOf(trace),
          },
          body: JSON.stringify(bericht),
          // AbortSignal.timeout keeps to the millisecond; undici's own timeouts tick per second.
          signal: AbortSignal.timeout(deps.config.timeoutMs),
        });
        status = res.statusCode;
        await res.body.dump();
        if (status < 200 || status >= 300) fout = `HTTP ${status}`;
      } catch (err) {
        fout = afleverFout(err);
        // The socket error is the operator's to read; the vendor's journal gets only its class.
        deps.logger.warn({ url, berichtId: bericht.berichtId, fout, err: (err as Error).message }, 'push failed');
      }
    }
    if (fout === GEWEIGERD) deps.logger.warn({ url, berichtId: bericht.berichtId }, 'push refused: not in BRON_PUSH_TOEGESTAAN');
    deps.journal.record({
      tijdstip: deps.clock.now().toISOString(),
      vandaag: deps.clock.today(),
      partij: supplier,
      namens: schoolOinFromBrin(bericht.brin),
      operatie: `PUSH POST ${url}`,
      status,
      foutcodes: fout ? ['AFLEVERING'] : [],
      duurMs: Number(process.hrtime.bigint() - started) / 1e6,
      identificatiecodeBedrijfsdocument: null,
      verzoek: bericht,
      antwoord: fout ? { fout } : null,
      traceId: trace.traceId,
      spanId: trace.spanId,
      parentSpanId: trace.parentSpanId,
      ...(storing ? { storing } : {}),
    });
    return fout;
  }

  /** One try of one aflevering; returns its new state (written for the whole round in one transaction). */
  async function handle(
    aflevering: Aflevering,
    endpointsOf: (bericht: MailboxBericht) => Promise<Array<{ url: string; supplier_oin: string }>>,
  ): Promise<[number, AfleveringState] | undefined> {
    const bericht = deps.store.bericht(aflevering.berichtId);
    if (!bericht) return undefined;
    const eerstePoging = aflevering.eerstePoging ?? now();
    const pogingen = aflevering.pogingen + 1;
    let fout: string | null = null;
    // Only refusals failed: trying again would be refused again, so the aflevering stops here.
    let alleenGeweigerd = true;
    const afgeleverdAan = [...aflevering.afgeleverdAan];
    // A push fault postponed a delivery until then: no try is counted for it.
    let uitgesteldTot = 0;
    try {
      const endpoints = await endpointsOf(bericht);
      if (endpoints.length === 0 && afgeleverdAan.length === 0) {
        return [
          bericht.berichtId,
          { status: 'GEEN_ADRES', pogingen, volgendePoging: 0, eerstePoging, afgeleverdAan, fout: null },
        ];
      }
      for (const e of endpoints) {
        if (afgeleverdAan.includes(e.url)) continue;
        const besluit = storingen.besluit(bericht.berichtId, bericht.brin, e.url, e.supplier_oin);
        if (besluit.uitstellen !== undefined) {
          uitgesteldTot = Math.max(uitgesteldTot, now() + besluit.uitstellen);
          continue;
        }
        const f = await deliver(bericht, e.url, e.supplier_oin, besluit.mark);
        if (f === null) {
          afgeleverdAan.push(e.url);
          storingen.afgeleverd(bericht.berichtId, e.url);
          if (besluit.dubbel) await deliver(bericht, e.url, e.supplier_oin, besluit.mark);
        } else {
          fout = f;
          if (f !== GEWEIGERD) alleenGeweigerd = false;
        }
      }
    } catch (err) {
      fout = `OSR: ${(err as Error).message}`;
      alleenGeweigerd = false;
    }
    if (fout === null && uitgesteldTot > 0) {
      const state: AfleveringState = {
        status: 'OPEN',
        pogingen: aflevering.pogingen,
        volgendePoging: uitgesteldTot,
        eerstePoging,
        afgeleverdAan,
        fout: null,
      };
      storingen.houdVast(bericht.berichtId, state);
      return [bericht.berichtId, state];
    }
    if (fout === null) {
      return [bericht.berichtId, { status: 'AFGELEVERD', pogingen, volgendePoging: 0, eerstePoging, afgeleverdAan, fout: null }];
    }
    const volgende = Math.max(now() + backoffMs(deps.config.basisMs, pogingen), uitgesteldTot);
    const opgegeven = alleenGeweigerd || pogingen >= deps.config.maxPogingen || volgende - eerstePoging > deps.config.maxDuurMs;
    return [
      bericht.berichtId,
      {
        status: opgegeven ? 'OPGEGEVEN' : 'OPEN',
        pogingen,
        volgendePoging: volgende,
        eerstePoging,
        afgeleverdAan,
        fout,
      },
    ];
  }

  async function round(): Promise<void> {
    for (;;) {
      const due = deps.store.dueAfleveringen(now(), BATCH);
      if (due.length === 0) return;
      // One OSR question per school per round, not per bericht.
      const perSchool = new Map<string, Promise<Array<{ url: string; supplier_oin: string }>>>();
      const endpointsOf = (bericht: MailboxBericht) => {
        const brin = bericht.brin;
        let p = perSchool.get(brin);
        if (!p) {
          // Asked once for the school's berichten of this round, on behalf of the exchange that placed the
          // first of them: OSR journals the question as that exchange's child.
          const placed = deps.store.spoorVanBericht(bericht.berichtId);
          const ask = () => deps.osr.endpoints({ schoolOin: schoolOinFromBrin(brin), service: 'ROD_PO' });
          p = placed
            ? runInTrace(
                { traceId: placed.traceId, spanId: placed.spanId ?? newSpanId(), parentSpanId: null, remembered: [] },
                ask,
              )
            : ask();
          perSchool.set(brin, p);
        }
        return p;
      };
      const states = await Promise.all(due.map((a) => handle(a, endpointsOf)));
      deps.store.transaction(() => {
        for (const s of states) if (s) deps.store.werkAfleveringBij(s[0], s[1]);
        // PUSH_VOLGORDE: a held bericht follows the later one that just arrived.
        for (const [id, state] of storingen.vrijgelaten(now())) deps.store.werkAfleveringBij(id, state);
      });
      if (due.length < BATCH) return;
    }
  }

  function schedule(): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    const next = deps.store.volgendeAflevering();
    if (next === null) return;
    timer = setTimeout(() => void runOnce(), Math.max(0, Math.min(next - now(), 2_147_000_000)));
    timer.unref();
  }

  function runOnce(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .catch((err: unknown) => deps.logger.error({ err }, 'push round failed'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void runOnce();
        } else schedule();
      });
    return running;
  }

  // Deliveries left open by an earlier run are picked up at start (they survive a restart).
  schedule();
  return {
    // After the commit that placed the berichten, not inside its transaction.
    kick: () => void setImmediate(() => void runOnce()),
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await agent?.close();
    },
  };
}
