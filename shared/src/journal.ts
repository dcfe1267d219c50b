// The journal (DESIGN decision 8): every exchange, bounded to the last `limit` entries, readable
// by the operator in full and by each party for its own exchanges only.
import type { Db } from './db.js';
import { migrate } from './db.js';

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
}

export type NewJournalEntry = Omit<JournalEntry, 'seq' | 'tijdstip'> & {
  tijdstip?: string;
  /** The bodies as JSON text when the caller has them already: saves serialising them again. */
  verzoekJson?: string | null;
  antwoordJson?: string | null;
};

export interface JournalQuery {
  na?: number;
  partij?: string;
  limiet?: number;
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
  ]);
  const insert = db.prepare(
    `INSERT INTO journal (tijdstip, vandaag, partij, namens, operatie, status, foutcodes, duur_ms, bericht_id, verzoek, antwoord)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare('DELETE FROM journal WHERE seq <= ?');
  const listAll = db.prepare('SELECT * FROM journal WHERE seq > ? ORDER BY seq LIMIT ?');
  const listParty = db.prepare('SELECT * FROM journal WHERE partij = ? AND seq > ? ORDER BY seq LIMIT ?');
  let sinceprune = 0;
  // One transaction per event-loop turn instead of one per exchange: a commit per row was the
  // journal's main cost under load (bench/RESULTS.md). The journal middleware answers an exchange
  // only in `written`, after that commit, so what a party got an answer to survives a crash: the
  // journal is a vendor's evidence.
  let pending: unknown[][] = [];
  let afterWrite: Array<() => void> = [];
  let scheduled = false;
  const writeAll = db.transaction((rows: unknown[][]) => {
    let seq = 0;
    for (const row of rows) seq = Number(insert.run(...row).lastInsertRowid);
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
      if (db.open) writeAll(rows);
    } finally {
      for (const done of callbacks) done();
    }
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
      ]);
      if (written) afterWrite.push(written);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
    list({ na = 0, partij, limiet = 100 }) {
      flush();
      const rows = (partij ? listParty.all(partij, na, limiet) : listAll.all(na, limiet)) as JournalRow[];
      return rows.map(fromRow);
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
  };
}
