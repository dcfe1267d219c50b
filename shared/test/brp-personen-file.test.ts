// The BRP stub's file (brp-personen-file.ts): the small worlds' JSON array and the land world's
// one-person-per-line file, read lazily and the same way.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  BRP_CACHE_KIB,
  BRP_DATABASE_VERSIE,
  brpPersonenDatabase,
  brpPersonenFile,
  brpPersonenVersion,
  openBrpPersonenDatabase,
  readBrpPersonen,
  readBrpPersonenBatches,
} from '../src/brp-personen-file';

const persoon = (i: number) => ({ i, achternaam: 'Müller-Çelik', voornamen: 'Zoë Anaïs', pad: 'x'.repeat(200 + (i % 7)) });
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brp-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the BRP stub file of a world', () => {
  it('reads a JSON array (the small worlds)', () => {
    writeFileSync(join(dir, 'brp-personen.json'), JSON.stringify([persoon(0), persoon(1)], null, 2));
    expect([...readBrpPersonen(dir)]).toEqual([persoon(0), persoon(1)]);
    expect(brpPersonenFile(dir)).toBe(join(dir, 'brp-personen.json'));
  });

  it('reads one person per line over several 4 MB chunks, multi-byte characters across the cuts included', () => {
    // ~25,000 lines of ~260 bytes: about 6.5 MB, so lines and characters straddle the chunk border.
    const all = Array.from({ length: 25_000 }, (_, i) => persoon(i));
    writeFileSync(join(dir, 'brp-personen.ndjson'), `${all.map((p) => JSON.stringify(p)).join('\n')}\n`);
    expect([...readBrpPersonen(dir)]).toEqual(all);
    // Without the final newline the last line still counts.
    writeFileSync(
      join(dir, 'brp-personen.ndjson'),
      all
        .slice(0, 3)
        .map((p) => JSON.stringify(p))
        .join('\n'),
    );
    expect([...readBrpPersonen(dir)]).toEqual(all.slice(0, 3));
  });

  it('prefers brp-personen.ndjson when both are present', () => {
    writeFileSync(join(dir, 'brp-personen.json'), JSON.stringify([persoon(0)]));
    writeFileSync(join(dir, 'brp-personen.ndjson'), `${JSON.stringify(persoon(9))}\n`);
    expect([...readBrpPersonen(dir)]).toEqual([persoon(9)]);
  });

  it('names the line that is not JSON', () => {
    writeFileSync(join(dir, 'brp-personen.ndjson'), `${JSON.stringify(persoon(0))}\n{kapot\n`);
    expect(() => [...readBrpPersonen(dir)]).toThrow(/brp-personen\.ndjson: regel 2 is geen JSON/);
  });

  it('gives batches with the index of their first person', () => {
    writeFileSync(join(dir, 'brp-personen.ndjson'), `${[0, 1, 2, 3, 4].map((i) => JSON.stringify(persoon(i))).join('\n')}\n`);
    expect([...readBrpPersonenBatches(dir, 2)].map((b) => [b.offset, b.personen.length])).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
  });

  it('has a version that changes when the file does', () => {
    writeFileSync(join(dir, 'brp-personen.json'), JSON.stringify([persoon(0)]));
    const before = brpPersonenVersion(dir);
    expect(brpPersonenVersion(dir)).toBe(before);
    writeFileSync(join(dir, 'brp-personen.json'), JSON.stringify([persoon(1)]));
    utimesSync(join(dir, 'brp-personen.json'), new Date(), new Date(Date.now() + 5_000));
    expect(brpPersonenVersion(dir)).not.toBe(before);
  });

  it("finds a land world's brp-personen.sqlite, and refuses one of another layout with what to do", () => {
    expect(brpPersonenDatabase(dir)).toBeUndefined();
    const file = join(dir, 'brp-personen.sqlite');
    const old = new Database(file);
    old.pragma('user_version = 0');
    old.close();
    expect(brpPersonenDatabase(dir)).toBe(file);
    expect(() => openBrpPersonenDatabase(file)).toThrow(/indeling 0[\s\S]*generate:fixtures -- --land/);
  });

  it("opens brp-personen.sqlite read-only with a page cache that holds a large bestuur's lookups", () => {
    const file = join(dir, 'brp-personen.sqlite');
    const made = new Database(file);
    made.pragma(`user_version = ${BRP_DATABASE_VERSIE}`);
    made.close();
    const db = openBrpPersonenDatabase(file);
    try {
      expect(db.readonly).toBe(true);
      expect(db.pragma('cache_size', { simple: true })).toBe(-BRP_CACHE_KIB);
    } finally {
      db.close();
    }
  });
});
