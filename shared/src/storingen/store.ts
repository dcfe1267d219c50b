// The active faults of a service, in its own SQLite (they survive a restart while still active) and
// in memory, so a request to a service without faults costs one length check.
import { migrate, type Db } from '../db.js';
import { isVerlopen, raakt } from './domain.js';
import type { Storing, StoringDoel } from './types.js';

export interface StoringenStore {
  add(storing: Storing): void;
  /** The active faults, oldest first. */
  list(nuMs: number): Storing[];
  get(id: string, nuMs: number): Storing | undefined;
  remove(id: string): boolean;
  /** Removes every fault `weg` picks; returns how many. */
  removeWhere(remove: (s: Storing) => boolean): number;
  /** POST /_sim/reset. */
  clear(): void;
  /**
   * The oldest active fault that hits `doel`, counted down once (and removed at zero), or undefined.
   * One request or delivery meets at most one fault.
   */
  fire(doel: StoringDoel, nuMs: number): Storing | undefined;
  /** True when there is nothing to check (the common case). */
  isEmpty(): boolean;
}

export function createStoringenStore(db: Db): StoringenStore {
  migrate(db, 'storingen', [
    'CREATE TABLE storingen (id TEXT PRIMARY KEY, volgorde INTEGER NOT NULL, storing TEXT NOT NULL, resterend INTEGER)',
  ]);
  const insert = db.prepare('INSERT INTO storingen (id, volgorde, storing, resterend) VALUES (?, ?, ?, ?)');
  const updateResterend = db.prepare('UPDATE storingen SET resterend = ? WHERE id = ?');
  const deleteOne = db.prepare('DELETE FROM storingen WHERE id = ?');
  const deleteAll = db.prepare('DELETE FROM storingen');
  const rows = db.prepare('SELECT storing, resterend, volgorde FROM storingen ORDER BY volgorde').all() as Array<{
    storing: string;
    resterend: number | null;
    volgorde: number;
  }>;
  let actief: Storing[] = rows.map((r) => ({
    ...(JSON.parse(r.storing) as Storing),
    ...(r.resterend !== null ? { resterend: r.resterend } : {}),
  }));
  let volgorde = rows.reduce((max, r) => Math.max(max, r.volgorde), 0);

  const remove = (id: string): boolean => {
    const before = actief.length;
    actief = actief.filter((s) => s.id !== id);
    deleteOne.run(id);
    return actief.length < before;
  };
  const prune = (nuMs: number): void => {
    for (const s of actief.filter((x) => isVerlopen(x, nuMs))) remove(s.id);
  };

  return {
    add(storing) {
      const { resterend, ...vast } = storing;
      insert.run(storing.id, ++volgorde, JSON.stringify(vast), resterend ?? null);
      actief.push(storing);
    },
    list(nuMs) {
      prune(nuMs);
      return actief.map((s) => ({ ...s }));
    },
    get(id, nuMs) {
      prune(nuMs);
      const s = actief.find((x) => x.id === id);
      return s && { ...s };
    },
    remove,
    removeWhere(weg) {
      const gone = actief.filter(weg);
      for (const s of gone) remove(s.id);
      return gone.length;
    },
    clear() {
      actief = [];
      deleteAll.run();
    },
    fire(doel, nuMs) {
      if (actief.length === 0) return undefined;
      prune(nuMs);
      const s = actief.find((x) => raakt(x, doel));
      if (!s) return undefined;
      if (s.resterend !== undefined) {
        s.resterend -= 1;
        if (s.resterend <= 0) remove(s.id);
        else updateResterend.run(s.resterend, s.id);
      }
      return { ...s };
    },
    isEmpty: () => actief.length === 0,
  };
}
