// Server-sent events for the live view. Exchanges are sent in batches at most every FLUSH_MS; when
// more came in one batch than a person can read, the batch becomes a summary (counts per outcome
// and per arrow, plus the last few), so the page stays responsive under load.
import type { ServiceName } from '@duo-sim/shared';
import type { Request, Response } from 'express';
import { describe, type PartyLookup, type Uitkomst, type Uitwisseling } from './exchanges.js';
import type { ConsoleEntry, JournalFeed, ServiceStatus } from './feed.js';

export const FLUSH_MS = 250;
/** More than this many exchanges in one batch are summarised. */
export const READABLE_PER_BATCH = 12;
const HEARTBEAT_MS = 15_000;
/** Spans remembered to find which service asked (bounded like the window). */
const SPAN_MEMORY = 20_000;

export interface Drukte {
  aantal: number;
  perUitkomst: Record<Uitkomst, number>;
  /** "van>naar" -> count */
  perPijl: Record<string, number>;
  laatste: Uitwisseling[];
}

export interface LiveHub {
  handle(req: Request, res: Response): void;
  /** The exchanges of the window as the pages show them. */
  recent(limit: number): Uitwisseling[];
  serviceOfSpan: (spanId: string) => ServiceName | undefined;
  close(): void;
}

/** The console's own reads as the operator (world view, rule texts) would drown what the class should see. */
export const isConsoleRead = (e: ConsoleEntry, operatorOin: string) => e.partij === operatorOin && e.operatie.startsWith('GET ');

export function createLiveHub(feed: JournalFeed, parties: PartyLookup, operatorOin: string): LiveHub {
  const clients = new Set<Response>();
  const spans = new Map<string, ServiceName>();
  const remember = (entries: readonly ConsoleEntry[]) => {
    for (const e of entries) if (e.spanId) spans.set(e.spanId, e.service);
    if (spans.size > SPAN_MEMORY) {
      // Maps keep insertion order: drop the oldest half.
      let drop = spans.size / 2;
      for (const k of spans.keys()) {
        if (drop-- <= 0) break;
        spans.delete(k);
      }
    }
  };
  const serviceOfSpan = (spanId: string) => spans.get(spanId);
  let pending: ConsoleEntry[] = [];
  let timer: NodeJS.Timeout | undefined;

  const send = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of clients) res.write(frame);
  };

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    if (clients.size === 0 || batch.length === 0) return;
    const described = batch.map((e) => describe(e, parties, serviceOfSpan));
    if (described.length <= READABLE_PER_BATCH) {
      send('uitwisselingen', described);
      return;
    }
    const drukte: Drukte = { aantal: described.length, perUitkomst: { ok: 0, afgewezen: 0, fout: 0 }, perPijl: {}, laatste: [] };
    for (const u of described) {
      drukte.perUitkomst[u.uitkomst]++;
      const pijl = `${u.van}>${u.naar}`;
      drukte.perPijl[pijl] = (drukte.perPijl[pijl] ?? 0) + 1;
    }
    drukte.laatste = described.slice(-5);
    send('drukte', drukte);
  };

  remember(feed.window());
  // The simulated date of the header (views/layout.ts), as the services' journal answers give it:
  // sent when it changes, so a clock change shows without a reload.
  const unsubscribe = feed.subscribe({
    entries(entries) {
      remember(entries);
      for (const e of entries) if (!isConsoleRead(e, operatorOin)) pending.push(e);
      // Bounded even when nobody reads: only the newest batch-worth matters for a summary.
      if (pending.length > 10_000) pending = pending.slice(-10_000);
      timer ??= setTimeout(flush, FLUSH_MS);
    },
    status(status: ServiceStatus) {
      send('status', [status]);
    },
    vandaag(vandaag) {
      send('vandaag', vandaag);
    },
  });
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': hartslag\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handle(req, res) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // The browser reconnects after this long when the console restarts (not a poll: one stream).
      res.write('retry: 2000\n\n');
      res.write(`event: status\ndata: ${JSON.stringify(feed.status())}\n\n`);
      // Also on reconnecting: the date may have changed while the stream was down.
      const vandaag = feed.vandaag();
      if (vandaag) res.write(`event: vandaag\ndata: ${JSON.stringify(vandaag)}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    },
    recent(limit) {
      const shown = feed.window().filter((e) => !isConsoleRead(e, operatorOin));
      return shown.slice(Math.max(0, shown.length - limit)).map((e) => describe(e, parties, serviceOfSpan));
    },
    serviceOfSpan,
    close() {
      unsubscribe();
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
