// Group commit (shared/src/bericht.ts): berichten whose checks end in the same event-loop turn are
// committed together, each in its own savepoint, and answered only once that commit is durable.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGroupCommit, openDatabase, type Db } from '@duo-sim/shared';

describe('group commit of berichten (EK-06 replay guard, docs/reliability.md)', () => {
  let dir: string;
  let db: Db;
  let group: ReturnType<typeof createGroupCommit>;
  const insert = (v: string) => db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
  const rows = (conn: Db = db) => (conn.prepare('SELECT v FROM t ORDER BY v').all() as Array<{ v: string }>).map((r) => r.v);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'duo-sim-group-'));
    db = openDatabase(join(dir, 'g.sqlite'));
    db.exec('CREATE TABLE t (v TEXT PRIMARY KEY)');
    group = createGroupCommit(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the write lock before its first read, so another connection (a BRON shard) cannot write in between', async () => {
    const other = openDatabase(join(dir, 'g.sqlite'));
    other.pragma('busy_timeout = 0');
    try {
      let slipped: unknown = 'not tried';
      const outcome = await group.commit(() => {
        rows(); // a commit reads first (the replay record, the pupil) …
        try {
          other.prepare('INSERT INTO t (v) VALUES (?)').run('other');
          slipped = 'wrote';
        } catch (err) {
          slipped = (err as { code?: string }).code;
        }
        insert('mine'); // … and then writes: with a deferred BEGIN this would fail (SQLITE_BUSY_SNAPSHOT)
        return 'ok';
      });
      expect(outcome).toBe('ok');
      expect(slipped).toBe('SQLITE_BUSY');
      expect(rows(other)).toEqual(['mine']);
    } finally {
      other.close();
    }
  });

  it('answers only after the commit is visible to another connection (durable before the 2xx)', async () => {
    const outcome = await group.commit(() => {
      insert('a');
      return 'ok';
    });
    expect(outcome).toBe('ok');
    const other = new Database(join(dir, 'g.sqlite'), { readonly: true });
    expect(rows(other)).toEqual(['a']);
    other.close();
  });

  it('lets a commit see what the commits queued before it stored', async () => {
    const [, seen] = await Promise.all([group.commit(() => insert('a')), group.commit(() => rows())]);
    expect(seen).toEqual(['a']);
  });

  it('rolls back only the commit that throws; the others of its turn still land', async () => {
    const results = await Promise.allSettled([
      group.commit(() => insert('a')),
      group.commit(() => {
        insert('b');
        throw new Error('afgekeurd');
      }),
      group.commit(() => insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('afgekeurd'));
    expect(rows()).toEqual(['a', 'c']);
  });

  it('commits the berichten of one turn in one transaction', async () => {
    const inOne: boolean[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((v) =>
        group.commit(() => {
          insert(v);
          // All three run before the group's COMMIT: the earlier ones are not yet visible elsewhere.
          const other = new Database(join(dir, 'g.sqlite'), { readonly: true });
          inOne.push(rows(other).length === 0);
          other.close();
        }),
      ),
    );
    expect(inOne).toEqual([true, true, true]);
    expect(rows()).toEqual(['a', 'b', 'c']);
  });
});
