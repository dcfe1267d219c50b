// A pupil's history rows (inschrijving_historie) kept in memory per connection, so a bericht reads
// only what was added since its pupil's last bericht instead of the whole history each time. Under
// a steady load a pupil's history grows with every bericht, and reading and parsing all of it twice
// per bericht was a third of a BRON shard's CPU by the end of a bench run (bench/RESULTS.md).
//
// Exact, not a guess, because of how the table is written (store.ts):
// - rows are only ever added (seq AUTOINCREMENT, never reused once committed) or all deleted (reset);
// - writers take SQLite's write lock in turn, so a row of another connection with a lower seq is
//   committed before a higher seq exists; what this connection has not seen yet is above the highest
//   seq it has seen;
// - this connection's own rows may still be rolled back (a savepoint of the group commit, a failed
//   transaction): they stay "unsure" and are read again until a read outside any transaction has
//   seen them committed.
// The pupil's row count tells a reset (or any other removal) apart: then the whole history is read.
import type { Inschrijving } from './domain/types.js';

export interface HistorieRij {
  seq: number;
  brin: string;
  volgnummer: string;
  vandaag: string;
  inschrijving: Inschrijving | null;
}

export interface GeschiedenisBron {
  /** The pupil's row count in the table now. */
  aantal(pgn: string): number;
  /** The pupil's rows with seq ≥ vanaf, in seq order. */
  rijenVanaf(pgn: string, vanaf: number): HistorieRij[];
  /** Whether the connection is inside a transaction (own rows may still be rolled back). */
  inTransactie(): boolean;
}

interface Entry {
  rijen: HistorieRij[];
}

/** Pupils kept per connection; more are read from the table as before (least recently used go first). */
export const GESCHIEDENIS_LEERLINGEN = 1_024;
/** Rows kept per connection in all (about 0.4 KB each parsed), so memory stays bounded whatever the load. */
export const GESCHIEDENIS_RIJEN = 32_768;

export interface GeschiedenisCache {
  /** The pupil's rows in seq order, as the table holds them now (shared, frozen objects). */
  rijen(pgn: string): readonly HistorieRij[];
  /** This connection just wrote a row for the pupil (it may still be rolled back). */
  geschreven(pgn: string, seq: number): void;
  clear(): void;
}

export function createGeschiedenisCache(
  bron: GeschiedenisBron,
  limieten = { leerlingen: GESCHIEDENIS_LEERLINGEN, rijen: GESCHIEDENIS_RIJEN },
): GeschiedenisCache {
  const entries = new Map<string, Entry>();
  let rijenInCache = 0;
  /** Per pupil the lowest seq this connection wrote that is not known to be committed yet. */
  const onzeker = new Map<string, number>();

  const bewaar = (pgn: string, entry: Entry) => {
    const oud = entries.get(pgn);
    if (oud) {
      rijenInCache -= oud.rijen.length;
      entries.delete(pgn);
    }
    entries.set(pgn, entry); // last in the Map's order: most recently used
    rijenInCache += entry.rijen.length;
    for (const [ander, e] of entries) {
      if (entries.size <= limieten.leerlingen && rijenInCache <= limieten.rijen) break;
      if (ander === pgn) continue;
      entries.delete(ander);
      rijenInCache -= e.rijen.length;
    }
    if (rijenInCache > limieten.rijen) {
      // One pupil with more rows than the bound: not kept.
      entries.delete(pgn);
      rijenInCache -= entry.rijen.length;
    }
  };

  return {
    rijen(pgn) {
      const aantal = bron.aantal(pgn);
      const entry = entries.get(pgn);
      let rijen: HistorieRij[];
      if (entry) {
        const laatste = entry.rijen.length > 0 ? entry.rijen[entry.rijen.length - 1]!.seq : 0;
        const vanaf = Math.min(laatste + 1, onzeker.get(pgn) ?? Infinity);
        const gebleven = entry.rijen.filter((r) => r.seq < vanaf);
        const nieuw = bron.rijenVanaf(pgn, vanaf);
        // Fewer or more rows below `vanaf` than kept: a reset removed them; read it all.
        rijen = gebleven.length + nieuw.length === aantal ? [...gebleven, ...nieuw.map(bevries)] : alles(pgn);
      } else rijen = alles(pgn);
      // Outside a transaction every row read is committed, own ones included.
      if (!bron.inTransactie()) onzeker.delete(pgn);
      bewaar(pgn, { rijen });
      return rijen;
    },
    geschreven(pgn, seq) {
      // Bounded: a connection that writes for many pupils it never reads again starts afresh.
      if (onzeker.size >= limieten.leerlingen * 4) this.clear();
      onzeker.set(pgn, Math.min(onzeker.get(pgn) ?? seq, seq));
    },
    clear() {
      entries.clear();
      onzeker.clear();
      rijenInCache = 0;
    },
  };

  function alles(pgn: string): HistorieRij[] {
    return bron.rijenVanaf(pgn, 0).map(bevries);
  }
}

/** Rows are shared between reads: frozen, so a caller that changed one would fail in the tests, not corrupt the next read. */
function bevries(r: HistorieRij): HistorieRij {
  if (r.inschrijving) diepBevroren(r.inschrijving);
  return Object.freeze(r);
}

function diepBevroren(o: object): void {
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') diepBevroren(v as object);
  Object.freeze(o);
}
