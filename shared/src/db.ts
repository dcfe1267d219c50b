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
