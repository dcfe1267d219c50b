// The BRP stub of a world (docs/architecture.md): `brp-personen.json` (one JSON array, the small
// worlds) or `brp-personen.ndjson` (one person per line, the land world of 1.45 million persons,
// which would not fit one JSON string). Read here one person at a time, so no loader holds the
// file's text, nor all its persons, in memory at once.
//
// The land world also comes with `brp-personen.sqlite`, the same persons already indexed, made by
// the generator. BRON and the verzuimregister read it in place (read-only) instead of loading
// 1.45 million persons into their own databases, which would take minutes at every new world.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db.js';

export const BRP_PERSONEN_JSON = 'brp-personen.json';
export const BRP_PERSONEN_NDJSON = 'brp-personen.ndjson';
export const BRP_PERSONEN_SQLITE = 'brp-personen.sqlite';
/**
 * The layout of brp-personen.sqlite (PRAGMA user_version): table `personen` (id, burgerservicenummer,
 * onderwijsnummer, geboortedatum, geslacht, achternaam, persoon = the person as JSON), indexed on
 * each number and on (geboortedatum, achternaam). Raise it when the layout changes.
 */
export const BRP_DATABASE_VERSIE = 1;

/**
 * The persons' table of that layout, named `table`: brp-personen.sqlite's `personen`, and BRON's own
 * `brp_seed` for a small world's seed, so one set of queries reads either. With its insert and its
 * indexes (made after the rows are in: building an index once is several times faster than keeping it
 * up per row).
 */
export function brpPersonenTabel(table: string): { create: string; insert: string; indexes: string; dropIndexes: string } {
  return {
    create: `CREATE TABLE ${table} (
     id INTEGER PRIMARY KEY,
     burgerservicenummer TEXT,
     onderwijsnummer TEXT,
     geboortedatum TEXT NOT NULL,
     geslacht TEXT NOT NULL,
     achternaam TEXT NOT NULL,
     persoon TEXT NOT NULL
   )`,
    insert: `INSERT INTO ${table} (burgerservicenummer, onderwijsnummer, geboortedatum, geslacht, achternaam, persoon) VALUES (?, ?, ?, ?, ?, ?)`,
    indexes: `
  CREATE INDEX ${table}_bsn ON ${table} (burgerservicenummer) WHERE burgerservicenummer IS NOT NULL;
  CREATE INDEX ${table}_onr ON ${table} (onderwijsnummer) WHERE onderwijsnummer IS NOT NULL;
  CREATE INDEX ${table}_geboorte ON ${table} (geboortedatum, achternaam);`,
    dropIndexes: `DROP INDEX IF EXISTS ${table}_bsn; DROP INDEX IF EXISTS ${table}_onr; DROP INDEX IF EXISTS ${table}_geboorte;`,
  };
}

/** The indexed stub of a land world, when the folder has one. */
export function brpPersonenDatabase(fixturesDir: string): string | undefined {
  const file = join(fixturesDir, BRP_PERSONEN_SQLITE);
  return existsSync(file) ? file : undefined;
}

/**
 * SQLite's page cache for brp-personen.sqlite, in KiB. A school's overview looks its pupils up by
 * BSN, and 14,000 numbers spread over the whole index touch most of its leaf pages: with the
 * default 2 MiB every overview reads them from the file again (the land world's largest bestuur:
 * about 200 ms of lookups per round of its 60 schools, about 100 ms with this cache). The cache only grows as pages are
 * read, so a service that asks few persons pays little; a fixed cap rather than mmap, which would
 * let the resident size grow with the 460 MB file.
 */
export const BRP_CACHE_KIB = 64 * 1024;

/** Opens brp-personen.sqlite read-only; a file of another layout stops the start-up with what to do. */
export function openBrpPersonenDatabase(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`cache_size = -${BRP_CACHE_KIB}`);
  const versie = db.pragma('user_version', { simple: true }) as number;
  if (versie !== BRP_DATABASE_VERSIE) {
    db.close();
    throw new Error(
      `${file} heeft indeling ${versie}, deze versie leest indeling ${BRP_DATABASE_VERSIE}: maak de wereld opnieuw met npm run generate:fixtures -- --land`,
    );
  }
  return db;
}

/** The stub's file in a fixtures folder: the .ndjson one when present (the generator never writes both). */
export function brpPersonenFile(fixturesDir: string): string {
  const ndjson = join(fixturesDir, BRP_PERSONEN_NDJSON);
  return existsSync(ndjson) ? ndjson : join(fixturesDir, BRP_PERSONEN_JSON);
}

/** Size and modification time of the stub's file: a loader that keeps a copy knows when it is stale. */
export function brpPersonenVersion(fixturesDir: string): string {
  const file = brpPersonenFile(fixturesDir);
  const s = statSync(file);
  return `${file}:${s.size}:${Math.trunc(s.mtimeMs)}`;
}

/** Every person of the stub, in file order, unchecked (callers validate against `brp-personen`). */
export function* readBrpPersonen(fixturesDir: string): Generator<unknown> {
  const file = brpPersonenFile(fixturesDir);
  if (!file.endsWith('.ndjson')) {
    const personen = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(personen)) throw new Error(`${file}: verwacht een lijst met personen`);
    yield* personen;
    return;
  }
  yield* readNdjson(file);
}

/** The stub in batches of `size`, with the index of each batch's first person (for error pointers). */
export function* readBrpPersonenBatches(fixturesDir: string, size: number): Generator<{ offset: number; personen: unknown[] }> {
  let batch: unknown[] = [];
  let offset = 0;
  for (const persoon of readBrpPersonen(fixturesDir)) {
    batch.push(persoon);
    if (batch.length >= size) {
      yield { offset, personen: batch };
      offset += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) yield { offset, personen: batch };
}

const CHUNK = 4 * 1024 * 1024;

/** One JSON value per non-empty line, read in 4 MB chunks (a line may span chunks). */
function* readNdjson(file: string): Generator<unknown> {
  const fd = openSync(file, 'r');
  let lineNo = 0;
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`${file}: regel ${lineNo} is geen JSON`);
    }
  };
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let pending = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      const data = pending.length > 0 ? Buffer.concat([pending, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      // Cut at the last newline in bytes, so a multi-byte character is never split.
      const cut = data.lastIndexOf(0x0a);
      // Copied: `buffer` is overwritten by the next read.
      pending = Buffer.from(data.subarray(cut + 1));
      if (cut < 0) continue;
      for (const line of data.toString('utf8', 0, cut).split('\n')) {
        lineNo++;
        if (line.trim() !== '') yield parse(line);
      }
    }
    lineNo++;
    const last = pending.toString('utf8');
    if (last.trim() !== '') yield parse(last);
  } finally {
    closeSync(fd);
  }
}
