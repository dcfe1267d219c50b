// The service database's settings (shared/src/db.ts): WAL with NORMAL sync for durability, and a page
// cache large enough for a large world's indexes (bench/RESULTS.md, growth).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, SERVICE_DB_CACHE_KIB } from '../src/db';

describe('openDatabase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-sim-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL mode with NORMAL sync and a page cache of SERVICE_DB_CACHE_KIB', () => {
    const db = openDatabase(join(dir, 'service.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(SERVICE_DB_CACHE_KIB).toBeGreaterThan(2000);
      expect(db.pragma('cache_size', { simple: true })).toBe(-SERVICE_DB_CACHE_KIB);
    } finally {
      db.close();
    }
  });
});
