// Follows the four services' journals with the long-poll GET /_sim/journal?na=&wacht= and keeps the
// newest entries of all four in one bounded window (the console never holds more). A service whose
// long-poll fails is marked down and asked again a second later; the others go on.
import { SERVICES, type JournalEntry, type ServiceName } from '@duo-sim/shared';
import { isUnreachable, type Gateway } from './gateway.js';

export interface ConsoleEntry extends JournalEntry {
  service: ServiceName;
}

export interface ServiceStatus {
  service: ServiceName;
  bereikbaar: boolean;
  /** Why it is down, in the service client's words. */
  fout?: string;
  sinds: string;
}

export interface FeedListener {
  entries?(entries: ConsoleEntry[]): void;
  status?(status: ServiceStatus): void;
  /** The simulated date changed (or was first heard). */
  vandaag?(vandaag: string): void;
}

export interface JournalFeed {
  start(): void;
  stop(): Promise<void>;
  /** Entries in the window, oldest first. */
  window(): readonly ConsoleEntry[];
  status(): ServiceStatus[];
  /** The simulated date as a service's last journal answer gave it; undefined before the first. */
  vandaag(): string | undefined;
  subscribe(listener: FeedListener): () => void;
}

export interface FeedOptions {
  gateway: Gateway;
  /** At most this many entries in memory (CONSOLE_VENSTER). */
  venster: number;
  /** Long-poll wait in seconds (the services allow up to 30). */
  wachtS?: number;
  retryMs?: number;
}

const PAGE = 1000;

export function createJournalFeed(options: FeedOptions): JournalFeed {
  const wachtS = options.wachtS ?? 25;
  const retryMs = options.retryMs ?? 1000;
  let entries: ConsoleEntry[] = [];
  let vandaag: string | undefined;
  const listeners = new Set<FeedListener>();
  const statuses = new Map<ServiceName, ServiceStatus>(
    SERVICES.map((s) => [s, { service: s, bereikbaar: false, fout: 'nog niet gevraagd', sinds: new Date().toISOString() }]),
  );
  let running = false;
  const loops: Promise<void>[] = [];
  const aborts = new Set<() => void>();

  const setStatus = (service: ServiceName, bereikbaar: boolean, fout?: string) => {
    const before = statuses.get(service)!;
    if (before.bereikbaar === bereikbaar && before.fout === fout) return;
    const next: ServiceStatus = { service, bereikbaar, ...(fout ? { fout } : {}), sinds: new Date().toISOString() };
    statuses.set(service, next);
    for (const l of listeners) l.status?.(next);
  };

  const add = (service: ServiceName, regels: JournalEntry[]) => {
    if (regels.length === 0) return;
    const fresh = regels.map((r) => ({ ...r, service }));
    entries.push(...fresh);
    // Trim in batches, so a busy chain does not copy the window for every entry.
    if (entries.length > options.venster * 1.1) entries = entries.slice(entries.length - options.venster);
    for (const l of listeners) l.entries?.(fresh);
  };

  // Every journal answer carries the date, also an empty one: a fresh chain's header has it at once.
  const hear = (datum: string | undefined) => {
    if (datum === undefined || datum === vandaag) return;
    vandaag = datum;
    for (const l of listeners) l.vandaag?.(datum);
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      const abort = () => {
        clearTimeout(t);
        resolve();
      };
      aborts.add(abort);
    });

  async function follow(service: ServiceName): Promise<void> {
    let na = 0;
    // Read what is there page by page without waiting; then wait for what comes.
    let catchingUp = true;
    while (running) {
      const wacht = catchingUp ? 0 : wachtS;
      const res = await options.gateway.send(service, 'GET', `/_sim/journal?na=${na}&limiet=${PAGE}&wacht=${wacht}`, {
        timeoutMs: (wachtS + 10) * 1000,
      });
      if (!running) return;
      if (isUnreachable(res) || res.status !== 200) {
        setStatus(service, false, isUnreachable(res) ? res.onbereikbaar : `HTTP ${res.status}`);
        await sleep(retryMs);
        continue;
      }
      setStatus(service, true);
      const body = res.body as { regels: JournalEntry[]; volgende: number; vandaag?: string };
      add(service, body.regels);
      hear(body.vandaag);
      na = body.volgende;
      catchingUp = body.regels.length === PAGE;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      for (const s of SERVICES) loops.push(follow(s));
    },
    async stop() {
      running = false;
      for (const abort of aborts) abort();
      await options.gateway.close();
      await Promise.allSettled(loops);
    },
    window: () => entries,
    status: () => SERVICES.map((s) => statuses.get(s)!),
    vandaag: () => vandaag,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
