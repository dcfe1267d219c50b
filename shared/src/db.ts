// SQLite per service (docs/architecture.md decision 5): WAL, prepared statements, migrations in code.
import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE, touchPrivateFile } from './private-files.js';

export type Db = Database.Database;

/** Page cache per service database, in KiB (SQLite's default is 2,000). */
export const SERVICE_DB_CACHE_KIB = 32 * 1024;

/** Opens (and creates) a service database; `:memory:` for unit tests. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') makePrivate(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode loses nothing when the process dies (the WAL is written before COMMIT
  // returns); only an OS crash could lose the last transactions. docs/reliability.md asks for the former.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A page cache that holds the indexes a bericht touches in a world of 200,000 pupils: with SQLite's
  // 2 MiB each write read them from the file again (growth ratio 0.73 → 1.01, bench/RESULTS.md). An
  // upper bound, filled only with pages used.
  db.pragma(`cache_size = -${SERVICE_DB_CACHE_KIB}`);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  return db;
}

/**
 * The database holds names and BSNs: its folder 0700, the file 0600 before SQLite opens it. SQLite
 * gives the -wal and -shm files it makes the mode of the database file; older ones are tightened here.
 */
function makePrivate(file: string): void {
  ensurePrivateDir(dirname(file));
  touchPrivateFile(file);
  for (const extra of [`${file}-wal`, `${file}-shm`]) if (existsSync(extra)) chmodSync(extra, PRIVATE_FILE_MODE);
}

/**
 * Applies the migrations of one module (a service store, the journal, …) that have not run yet.
 * Each module keeps its own version, so shared tables and service tables live in one file.
 */
export function migrate(db: Db, module: string, migrations: readonly string[]): void {
  const row = db.prepare('SELECT version FROM schema_migrations WHERE module = ?').get(module) as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current >= migrations.length) return;
  db.transaction(() => {
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v]!);
    db.prepare(
      'INSERT INTO schema_migrations (module, version) VALUES (?, ?) ON CONFLICT(module) DO UPDATE SET version = excluded.version',
    ).run(module, migrations.length);
  })();
}

/**
 * A write turn shared by the threads that write one database file (BRON's main thread and its
 * shards, docs/architecture.md#brons-shards). SQLite lets one writer at a time in, and one that
 * finds the lock taken sleeps in its busy handler (1, 2, 5, 10 ms and on), whole threads stalled
 * long after the other let go (bench/RESULTS.md, "One shard's wait"). With the turn, the next
 * writer waits on an Atomics cell and wakes the moment the other's transaction has ended. It only
 * schedules: SQLite's own lock and busy timeout still decide, and a turn not given within
 * SCHRIJFBEURT_WACHT_MS is simply not waited for.
 */
export const SCHRIJFBEURT_WACHT_MS = 5_000;

const beurten = new WeakMap<Db, { cel: Int32Array; diepte: number }>();

/** The cell (an Int32Array of one on a SharedArrayBuffer) every connection to the file shares. */
export function deelSchrijfbeurt(db: Db, cel: Int32Array): void {
  beurten.set(db, { cel, diepte: 0 });
}

/** Runs a write transaction in the connection's write turn (at once when it shares none). */
export function inSchrijfbeurt<T>(db: Db, fn: () => T): T {
  const beurt = beurten.get(db);
  if (!beurt) return fn();
  // Nested (a flush inside a transaction of this thread): the turn is this thread's already.
  if (beurt.diepte > 0) {
    beurt.diepte++;
    try {
      return fn();
    } finally {
      beurt.diepte--;
    }
  }
  const genomen = neemBeurt(beurt.cel);
  beurt.diepte = 1;
  try {
    return fn();
  } finally {
    beurt.diepte = 0;
    if (genomen) {
      Atomics.store(beurt.cel, 0, 0);
      Atomics.notify(beurt.cel, 0, 1);
    }
  }
}

function neemBeurt(cel: Int32Array): boolean {
  const tot = Date.now() + SCHRIJFBEURT_WACHT_MS;
  while (Atomics.compareExchange(cel, 0, 0, 1) !== 0) {
    const over = tot - Date.now();
    if (over <= 0) return false;
    Atomics.wait(cel, 0, 1, over);
  }
  return true;
}
