// Small key/value state of a world that must survive a restart (the clock offset).
import type { Db } from './db.js';
import { migrate } from './db.js';

export interface SimStateStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createSimStateStore(db: Db): SimStateStore {
  migrate(db, 'sim_state', ['CREATE TABLE sim_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)']);
  const select = db.prepare('SELECT value FROM sim_state WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO sim_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => (select.get(key) as { value: string } | undefined)?.value,
    set: (key, value) => void upsert.run(key, value),
  };
}
