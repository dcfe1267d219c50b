// Row counts of every table of every service database in a data folder, read through separate
// read-only connections, so a test sees what the running chain has committed (docs/reliability.md).
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `<file>:<table>` -> rows, for every table except the journal (it records rejections too) and SQLite's own. */
export function rowCounts(dataDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const files = readdirSync(dataDir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort();
  if (files.length === 0) throw new Error(`no *.sqlite in ${dataDir}`);
  for (const file of files) {
    const db = new Database(join(dataDir, file), { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal' ORDER BY name",
        )
        .all() as Array<{ name: string }>;
      for (const { name } of tables) {
        const row = db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number };
        counts[`${file}:${name}`] = row.n;
      }
    } finally {
      db.close();
    }
  }
  return counts;
}
