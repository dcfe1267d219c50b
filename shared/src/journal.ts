// The journal (docs/architecture.md decision 8): every exchange, bounded to the last `limit` entries, readable
// by the operator in full and by each party for its own exchanges only.
import type { Db } from './db.js';
import { inSchrijfbeurt, migrate } from './db.js';
import type { StoringMark } from './storingen/types.js';
import type { RememberedAnswer } from './trace.js';

export interface JournalEntry {
  seq: number;
  tijdstip: string;
  vandaag: string;
  partij: string | null;
  namens: string | null;
  operatie: string;
  status: number;
  foutcodes: string[];
  duurMs: number;
  identificatiecodeBedrijfsdocument: string | null;
  verzoek: unknown;
  antwoord: unknown;
  /** W3C trace context of the exchange (trace.ts); null for entries written before it existed. */
  traceId: string | null;
  spanId: string | null;
  parentSpanId: string | null;
  /** Peer answers the service took from its cache instead of asking (so the trace shows them). */
  uitGeheugen: RememberedAnswer[];
  /** The injected fault that hit this exchange or push (docs/storingen.md); null for the undisturbed. */
  storing: StoringMark | null;
}

export type NewJournalEntry = Omit<
  JournalEntry,
  'seq' | 'tijdstip' | 'traceId' | 'spanId' | 'parentSpanId' | 'uitGeheugen' | 'storing'
> & {
  tijdstip?: string;
  traceId?: string | null;
  spanId?: string | null;
  parentSpanId?: string | null;
  uitGeheugen?: RememberedAnswer[];
  storing?: StoringMark | null;
  /** The bodies as JSON text when the caller has them already: saves serialising them again. */
  verzoekJson?: string | null;
  antwoordJson?: string | null;
};

export interface JournalQuery {
  na?: number;
  partij?: string;
  limiet?: number;
  /** Only the exchanges of this trace. */
  traceId?: string;
  /** Only the exchanges of this bericht (identificatiecodeBedrijfsdocument). */
  bericht?: string;
}

export interface Journal {
  /**
   * Queues the entry; it is written with the others of this event-loop turn in one transaction,
   * and `written` runs once that transaction is committed (or failed: it is logged, not retried).
   */
  record(entry: NewJournalEntry, written?: () => void): void;
  /** Writes what is queued now (before reading, and before the database closes). */
  flush(): void;
  list(query: JournalQuery): JournalEntry[];
  /**
   * Resolves once an entry after `na` is written, or after `ms`, or when `abort` fires; for the
   * long-poll of GET /_sim/journal. Wakes on any entry: the caller lists what concerns it.
   */
  waitFor(na: number, ms: number, abort?: AbortSignal): Promise<void>;
  /** The seq of the newest entry written (0 when none ever was). */
  lastSeq(): number;
  /**
   * Another connection wrote entries to this file (BRON's fronts, services/bron/src/fronts.ts):
   * take in its newest seq, so the long-polls waiting here wake for them too.
   */
  takeInOtherWrites(): void;
  clear(): void;
}

/** Bodies beyond this many characters are cut in the journal (the exchange itself is not). */
const MAX_BODY_CHARS = 16_384;
/** Pruning runs every so many inserts, so the bound costs one DELETE per batch, not per row. */
const PRUNE_EVERY = 256;

export function createJournal(db: Db, limit = 10_000): Journal {
  migrate(db, 'journal', [
    `CREATE TABLE journal (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       tijdstip TEXT NOT NULL, vandaag TEXT NOT NULL, partij TEXT, namens TEXT,
       operatie TEXT NOT NULL, status INTEGER NOT NULL, foutcodes TEXT NOT NULL, duur_ms REAL NOT NULL,
       bericht_id TEXT, verzoek TEXT, antwoord TEXT)`,
    'CREATE INDEX journal_partij ON journal (partij, seq)',
    // Trace context (trace.ts); no index: the journal is bounded, a trace is looked up rarely.
    `ALTER TABLE journal ADD COLUMN trace_id TEXT;
     ALTER TABLE journal ADD COLUMN span_id TEXT;
     ALTER TABLE journal ADD COLUMN parent_span_id TEXT;
     ALTER TABLE journal ADD COLUMN uit_geheugen TEXT;`,
    // The mark of an injected fault (docs/storingen.md), JSON {id, soort}.
    'ALTER TABLE journal ADD COLUMN storing TEXT',
  ]);
  const insert = db.prepare(
    `INSERT INTO journal (tijdstip, vandaag, partij, namens, operatie, status, foutcodes, duur_ms, bericht_id, verzoek, antwoord,
       trace_id, span_id, parent_span_id, uit_geheugen, storing)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare('DELETE FROM journal WHERE seq <= ?');
  const lastSeq = db.prepare('SELECT MAX(seq) AS seq FROM journal');
  // One statement for every filter combination: a NULL parameter means "any".
  const listWhere = db.prepare(
    `SELECT * FROM journal WHERE seq > @na AND (@partij IS NULL OR partij = @partij)
       AND (@trace IS NULL OR trace_id = @trace) AND (@bericht IS NULL OR bericht_id = @bericht)
     ORDER BY seq LIMIT @limiet`,
  );
  const listParty = db.prepare('SELECT * FROM journal WHERE partij = ? AND seq > ? ORDER BY seq LIMIT ?');
  const listAll = db.prepare('SELECT * FROM journal WHERE seq > ? ORDER BY seq LIMIT ?');
  const waiters = new Set<() => void>();
  let lastWritten = (lastSeq.get() as { seq: number | null }).seq ?? 0;
  let sinceprune = 0;
  // One transaction per event-loop turn instead of one per exchange: a commit per row was the
  // journal's main cost under load (bench/RESULTS.md). The journal middleware answers an exchange
  // only in the `written` callback, after that commit, so what a party got an answer to survives a crash: the
  // journal is a vendor's evidence.
  let pending: unknown[][] = [];
  let afterWrite: Array<() => void> = [];
  let scheduled = false;
  const writeAll = db.transaction((rows: unknown[][]) => {
    let seq = 0;
    for (const row of rows) seq = Number(insert.run(...row).lastInsertRowid);
    lastWritten = seq;
    sinceprune += rows.length;
    if (sinceprune >= PRUNE_EVERY) {
      sinceprune = 0;
      prune.run(seq - limit);
    }
  });
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const rows = pending;
    const callbacks = afterWrite;
    pending = [];
    afterWrite = [];
    try {
      if (db.open) inSchrijfbeurt(db, () => writeAll(rows));
    } finally {
      for (const done of callbacks) done();
    }
    for (const wake of [...waiters]) wake();
  };

  return {
    record(e, written) {
      pending.push([
        e.tijdstip ?? new Date().toISOString(),
        e.vandaag,
        e.partij,
        e.namens,
        e.operatie,
        e.status,
        JSON.stringify(e.foutcodes),
        e.duurMs,
        e.identificatiecodeBedrijfsdocument,
        e.verzoekJson !== undefined ? cut(e.verzoekJson) : bodyText(e.verzoek),
        e.antwoordJson !== undefined ? cut(e.antwoordJson) : bodyText(e.antwoord),
        e.traceId ?? null,
        e.spanId ?? null,
        e.parentSpanId ?? null,
        e.uitGeheugen && e.uitGeheugen.length > 0 ? JSON.stringify(e.uitGeheugen) : null,
        e.storing ? JSON.stringify(e.storing) : null,
      ]);
      if (written) afterWrite.push(written);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
    list({ na = 0, partij, limiet = 100, traceId, bericht }) {
      flush();
      const rows = (
        traceId !== undefined || bericht !== undefined
          ? listWhere.all({ na, partij: partij ?? null, trace: traceId ?? null, bericht: bericht ?? null, limiet })
          : partij
            ? listParty.all(partij, na, limiet)
            : listAll.all(na, limiet)
      ) as JournalRow[];
      return rows.map(fromRow);
    },
    lastSeq() {
      flush();
      return lastWritten;
    },
    takeInOtherWrites() {
      const newest = (lastSeq.get() as { seq: number | null }).seq ?? 0;
      if (newest <= lastWritten) return;
      lastWritten = newest;
      for (const wake of [...waiters]) wake();
    },
    waitFor(na, ms, abort) {
      flush();
      if (lastWritten > na || ms <= 0 || abort?.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          waiters.delete(wake);
          clearTimeout(timer);
          abort?.removeEventListener('abort', done);
          resolve();
        };
        const wake = () => {
          if (lastWritten > na) done();
        };
        const timer = setTimeout(done, ms);
        waiters.add(wake);
        abort?.addEventListener('abort', done);
      });
    },
    clear() {
      flush();
      db.prepare('DELETE FROM journal').run();
    },
  };
}

interface JournalRow {
  seq: number;
  tijdstip: string;
  vandaag: string;
  partij: string | null;
  namens: string | null;
  operatie: string;
  status: number;
  foutcodes: string;
  duur_ms: number;
  bericht_id: string | null;
  verzoek: string | null;
  antwoord: string | null;
  trace_id: string | null;
  span_id: string | null;
  parent_span_id: string | null;
  uit_geheugen: string | null;
  storing: string | null;
}

function bodyText(body: unknown): string | null {
  if (body === undefined || body === null) return null;
  return cut(JSON.stringify(body));
}

function cut(text: string | null): string | null {
  if (text === null || text === '') return null;
  return text.length > MAX_BODY_CHARS ? JSON.stringify({ afgekapt: true, begin: text.slice(0, MAX_BODY_CHARS) }) : text;
}

function parseStored(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function fromRow(r: JournalRow): JournalEntry {
  return {
    seq: r.seq,
    tijdstip: r.tijdstip,
    vandaag: r.vandaag,
    partij: r.partij,
    namens: r.namens,
    operatie: r.operatie,
    status: r.status,
    foutcodes: JSON.parse(r.foutcodes) as string[],
    duurMs: r.duur_ms,
    identificatiecodeBedrijfsdocument: r.bericht_id,
    verzoek: parseStored(r.verzoek),
    antwoord: parseStored(r.antwoord),
    traceId: r.trace_id,
    spanId: r.span_id,
    parentSpanId: r.parent_span_id,
    uitGeheugen: r.uit_geheugen ? (JSON.parse(r.uit_geheugen) as RememberedAnswer[]) : [],
    storing: r.storing ? (JSON.parse(r.storing) as StoringMark) : null,
  };
}
