// The bedrijfsdocument of every bericht (docs/rules.md#edukoppeling-transport-and-envelope) and idempotent replay (EK-06).
import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { inSchrijfbeurt, migrate } from './db.js';
import { brinFromSchoolOin, DUO_OIN, isUuid } from './ids.js';
import { Problem, type Foutmelding } from './problem.js';
import { bindToCurrentTrace } from './trace.js';

export interface Bedrijfsdocument {
  identificatiecodeBedrijfsdocument: string;
  verzendendeInstantie: string;
  ontvangendeInstantie: string;
  datumTijdBedrijfsdocument: string;
}

/**
 * EK-03, EK-04, EK-05: the header's own rules, all reported at once. Whether the school is known
 * and mandated is the service's question (it needs OSR).
 */
export function checkBedrijfsdocument(bd: Bedrijfsdocument, pointer = '/bedrijfsdocument'): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (!isUuid(bd.identificatiecodeBedrijfsdocument)) {
    fouten.push({
      foutcode: 'EK0023',
      fouttekst: 'identificatiecodeBedrijfsdocument is geen UUID; gebruik een nieuwe UUID per bericht.',
      pointer: `${pointer}/identificatiecodeBedrijfsdocument`,
    });
  }
  if (brinFromSchoolOin(bd.verzendendeInstantie) === null) {
    fouten.push({
      foutcode: 'EK0021',
      fouttekst: 'verzendendeInstantie is geen school-OIN; verwacht 00000007000 + BRIN4 + 00000.',
      pointer: `${pointer}/verzendendeInstantie`,
      sleutelgegevens: [{ sleutelnaam: 'verzendendeInstantie', sleutelwaarde: bd.verzendendeInstantie }],
    });
  }
  if (bd.ontvangendeInstantie !== DUO_OIN) {
    fouten.push({
      foutcode: 'EK0022',
      fouttekst: `ontvangendeInstantie moet het OIN van DUO zijn (${DUO_OIN}).`,
      pointer: `${pointer}/ontvangendeInstantie`,
    });
  }
  return fouten;
}

/** A stable hash of a JSON value: key order does not make two bodies different. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface Outcome {
  status: number;
  body: unknown;
}

/**
 * Runs once all checks have passed, inside the transaction that also stores the replay record,
 * so an answered bericht and its effects are stored together or not at all.
 */
export type Commit = () => Outcome;

export interface ReplayGuard {
  /**
   * EK-06: the first bericht with this (afzender, id) runs `prepare` (async checks; throws a
   * Problem to reject, storing nothing) and then its commit; a resend with the same body gets
   * the stored answer, with another body 409 EK-DUPLICAAT. Concurrent sends of one id wait for
   * the first instead of racing it.
   */
  handle(afzender: string, id: string, body: unknown, prepare: () => Commit | Promise<Commit>): Promise<Outcome>;
  clear(): void;
}

export function createReplayGuard(db: Db): ReplayGuard {
  migrate(db, 'replay', [
    `CREATE TABLE ontvangen_berichten (
       afzender TEXT NOT NULL, bericht_id TEXT NOT NULL, hash TEXT NOT NULL,
       status INTEGER NOT NULL, antwoord TEXT NOT NULL, ontvangen TEXT NOT NULL,
       PRIMARY KEY (afzender, bericht_id))`,
  ]);
  const select = db.prepare('SELECT hash, status, antwoord FROM ontvangen_berichten WHERE afzender = ? AND bericht_id = ?');
  const insert = db.prepare(
    'INSERT INTO ontvangen_berichten (afzender, bericht_id, hash, status, antwoord, ontvangen) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const inFlight = new Map<string, Promise<Outcome>>();
  const group = createGroupCommit(db);

  const stored = (afzender: string, id: string, hash: string): Outcome | null => {
    const row = select.get(afzender, id) as { hash: string; status: number; antwoord: string } | undefined;
    if (!row) return null;
    if (row.hash !== hash) {
      throw new Problem(
        409,
        [
          {
            foutcode: 'EK-DUPLICAAT',
            fouttekst: 'Deze identificatiecodeBedrijfsdocument is al gebruikt voor een ander bericht; gebruik een nieuwe UUID.',
            pointer: '/bedrijfsdocument/identificatiecodeBedrijfsdocument',
          },
        ],
        id,
      );
    }
    return { status: row.status, body: JSON.parse(row.antwoord) as unknown };
  };

  const handle = async (
    afzender: string,
    id: string,
    body: unknown,
    prepare: () => Commit | Promise<Commit>,
  ): Promise<Outcome> => {
    const hash = bodyHash(body);
    const key = `${afzender}\u0000${id}`;
    const replay = stored(afzender, id, hash);
    if (replay) return replay;
    const running = inFlight.get(key);
    if (running) {
      await running.catch(() => undefined);
      return handle(afzender, id, body, prepare);
    }
    const run = (async () => {
      const commit = await prepare();
      return group.commit((): Outcome => {
        const raced = stored(afzender, id, hash);
        if (raced) return raced;
        const outcome = commit();
        insert.run(afzender, id, hash, outcome.status, JSON.stringify(outcome.body), new Date().toISOString());
        return outcome;
      });
    })();
    inFlight.set(key, run);
    try {
      return await run;
    } finally {
      inFlight.delete(key);
    }
  };

  return {
    handle,
    clear: () => void db.prepare('DELETE FROM ontvangen_berichten').run(),
  };
}

/**
 * Group commit: the berichten whose checks finished in the same event-loop turn are committed in
 * one SQLite transaction, each in a savepoint of its own, and none is answered before that
 * transaction is committed. Under load most of a commit's cost is writing the touched pages to the
 * WAL, and berichten of one turn touch the same pages (bench/RESULTS.md). A commit that throws
 * rolls back its own savepoint only; the others still land. Each commit runs after the ones queued
 * before it, so it sees what they stored (BRON reads the pupil again inside its commit).
 */
export function createGroupCommit(db: Db): { commit<T>(fn: () => T): Promise<T> } {
  type Queued = { fn: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  let queue: Queued[] = [];
  const one = db.transaction((fn: () => unknown) => fn());
  const all = db.transaction((items: Queued[]) =>
    items.map((item): { ok: true; value: unknown } | { ok: false; error: unknown } => {
      try {
        return { ok: true, value: one(item.fn) }; // nested: a savepoint
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  const flush = () => {
    const items = queue;
    queue = [];
    let results;
    try {
      // IMMEDIATE: the commits read (the replay record, the pupil) before they write; with BRON's
      // shards another connection may commit in between, and only a lock taken first avoids SQLITE_BUSY.
      // In the write turn of the file's threads: no sleep in SQLite's busy handler (db.ts).
      results = inSchrijfbeurt(db, () => all.immediate(items));
    } catch (error) {
      // The transaction itself failed (the disk, say): nothing of the group is stored.
      for (const item of items) item.reject(error);
      return;
    }
    results.forEach((r, i) => (r.ok ? items[i]!.resolve(r.value) : items[i]!.reject(r.error)));
  };
  return {
    commit<T>(fn: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        // The flush runs in the first bericht's context; each commit keeps its own trace.
        queue.push({ fn: bindToCurrentTrace(fn), resolve: resolve as (v: unknown) => void, reject });
      });
    },
  };
}
