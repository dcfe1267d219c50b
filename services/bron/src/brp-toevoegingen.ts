// The BRP stub of this world: the seed's persons and the persons the operator added (POST
// /_sim/brp-personen), which survive a restart and are gone after a reset like every other change.
// The seed (fixtures/brp-personen.json or .ndjson) is loaded into BRON's database once per version of
// its file; a land world's seed of 1.45 million persons is read in place from its indexed
// brp-personen.sqlite (shared/src/brp-personen-file.ts), as neither memory nor start-up time allow
// holding or loading it.
import {
  brpPersonenDatabase,
  brpPersonenTabel,
  brpPersonenVersion,
  migrate,
  openBrpPersonenDatabase,
  readBrpPersonen,
  type Db,
  type Schemas,
} from '@duo-sim/shared';
import { createBrpRegister, type BrpRegister, type Geboortegegevens } from './brp.js';
import { persoonsleutel, persoonsleutelGegevens, type BrpPersoon } from './domain/identificatie.js';

export interface WereldBrp extends BrpRegister {
  /** Whether the stub (seed or added) already holds this person's number. */
  bekend(p: Schemas.BRPPersoon): boolean;
  voegToe(personen: readonly Schemas.BRPPersoon[]): void;
  /** POST /_sim/reset: back to the seed's persons only. */
  wis(): void;
  /**
   * Takes in what another thread added or wiped (BRON's shards read the stub the main thread
   * changes): rebuilds the additions when the newest row is another than at the last look. The ids
   * never come back (AUTOINCREMENT), so the newest id names the whole set.
   */
  volgToevoegingen(): void;
}

/**
 * The seed: its persons, read lazily, with a version that changes when the seed file does; or the
 * land world's brp-personen.sqlite, opened read-only.
 */
export type BrpSeed = { versie: string; personen(): Iterable<Schemas.BRPPersoon> } | { database: Db };

const MIGRATIONS = [
  'CREATE TABLE brp_toevoegingen (id INTEGER PRIMARY KEY AUTOINCREMENT, persoon TEXT NOT NULL)',
  // The layout of brp-personen.sqlite's table `personen`, so one set of queries reads either.
  `${brpPersonenTabel('brp_seed').create};
   CREATE TABLE brp_seed_versie (versie TEXT NOT NULL);`,
];

const SEED = brpPersonenTabel('brp_seed');

function loadSeedWhenChanged(db: Db, seed: { versie: string; personen(): Iterable<Schemas.BRPPersoon> }): void {
  const versie = db.prepare('SELECT versie FROM brp_seed_versie').pluck().get() as string | undefined;
  if (versie === seed.versie) return;
  const insert = db.prepare(SEED.insert);
  db.transaction(() => {
    db.exec(SEED.dropIndexes);
    db.exec('DELETE FROM brp_seed; DELETE FROM brp_seed_versie;');
    for (const p of seed.personen())
      insert.run(
        p.burgerservicenummer ?? null,
        p.onderwijsnummer ?? null,
        p.geboortedatum,
        p.geslacht,
        p.achternaam,
        JSON.stringify(p),
      );
    db.exec(SEED.indexes);
    db.prepare('INSERT INTO brp_seed_versie (versie) VALUES (?)').run(seed.versie);
  })();
}

export function createWereldBrp(db: Db, seed: BrpSeed): WereldBrp {
  migrate(db, 'brp-toevoegingen', MIGRATIONS);
  let source: { db: Db; table: string };
  if ('database' in seed) source = { db: seed.database, table: 'personen' };
  else {
    loadSeedWhenChanged(db, seed);
    source = { db, table: 'brp_seed' };
  }
  const q = {
    seedBsn: source.db.prepare(`SELECT persoon FROM ${source.table} WHERE burgerservicenummer = ? LIMIT 1`).pluck(),
    seedOnr: source.db.prepare(`SELECT persoon FROM ${source.table} WHERE onderwijsnummer = ? LIMIT 1`).pluck(),
    // geboortegegevensVanPgns: the numbers as one JSON array parameter, so any number of them is one
    // statement, and only the columns it needs: no person's JSON is read or parsed (the land world's
    // largest bestuur asks 14,000 at a time).
    seedBsns: source.db.prepare(
      `SELECT id, burgerservicenummer AS nummer, geboortedatum, geslacht FROM ${source.table}
       WHERE burgerservicenummer IN (SELECT value FROM json_each(?))`,
    ),
    seedOnrs: source.db.prepare(
      `SELECT id, onderwijsnummer AS nummer, geboortedatum, geslacht FROM ${source.table}
       WHERE onderwijsnummer IN (SELECT value FROM json_each(?))`,
    ),
    // The persoonsleutel's geboortedatum and geslacht narrow it down; its normalised names are compared here.
    seedGeboren: source.db
      .prepare(`SELECT persoon FROM ${source.table} WHERE geboortedatum = ? AND geslacht = ? ORDER BY id`)
      .pluck(),
    insert: db.prepare('INSERT INTO brp_toevoegingen (persoon) VALUES (?)'),
    all: db.prepare('SELECT persoon FROM brp_toevoegingen ORDER BY id').pluck(),
    clear: db.prepare('DELETE FROM brp_toevoegingen'),
    laatste: db.prepare('SELECT max(id) FROM brp_toevoegingen').pluck(),
  };
  const parse = (json: string) => JSON.parse(json) as BrpPersoon;
  const toegevoegd = () => (q.all.all() as string[]).map((json) => JSON.parse(json) as Schemas.BRPPersoon);
  // Additions are few (a ketentest start) and kept in memory, rebuilt on each change.
  let extra = createBrpRegister(toegevoegd());
  let gezien = q.laatste.get() as number | null;
  const herbouw = () => {
    extra = createBrpRegister(toegevoegd());
    gezien = q.laatste.get() as number | null;
  };
  const metPgn: BrpRegister['metPgn'] = (pgn) => {
    const hit =
      pgn.burgerservicenummer !== undefined
        ? (q.seedBsn.get(pgn.burgerservicenummer) as string | undefined)
        : pgn.onderwijsnummer !== undefined
          ? (q.seedOnr.get(pgn.onderwijsnummer) as string | undefined)
          : undefined;
    return hit !== undefined ? [parse(hit)] : extra.metPgn(pgn);
  };
  type GeboorteRij = Geboortegegevens & { id: number; nummer: string };
  const seedPerNummer = (query: ReturnType<Db['prepare']>, nummers: string[]) => {
    const uit = new Map<string, GeboorteRij>();
    if (nummers.length === 0) return uit;
    // The lowest id per number, as metPgn's LIMIT 1 on the number's index gives.
    for (const r of query.all(JSON.stringify(nummers)) as GeboorteRij[]) {
      const eerder = uit.get(r.nummer);
      if (eerder === undefined || r.id < eerder.id) uit.set(r.nummer, r);
    }
    return uit;
  };
  const geboortegegevensVanPgns: BrpRegister['geboortegegevensVanPgns'] = (pgns) => {
    const bsns = seedPerNummer(
      q.seedBsns,
      pgns.flatMap((p) => (p.burgerservicenummer !== undefined ? [p.burgerservicenummer] : [])),
    );
    const onrs = seedPerNummer(
      q.seedOnrs,
      pgns.flatMap((p) => (p.burgerservicenummer === undefined && p.onderwijsnummer !== undefined ? [p.onderwijsnummer] : [])),
    );
    const extraVan = extra.geboortegegevensVanPgns(pgns);
    return (pgn) => {
      const hit =
        pgn.burgerservicenummer !== undefined
          ? bsns.get(pgn.burgerservicenummer)
          : pgn.onderwijsnummer !== undefined
            ? onrs.get(pgn.onderwijsnummer)
            : undefined;
      return hit !== undefined ? { geboortedatum: hit.geboortedatum, geslacht: hit.geslacht } : extraVan(pgn);
    };
  };
  return {
    metPgn,
    geboortegegevensVanPgns,
    metSleutel: (sleutel) => {
      const { geboortedatum, geslacht } = persoonsleutelGegevens(sleutel);
      const seedHits = (q.seedGeboren.all(geboortedatum, geslacht) as string[])
        .map(parse)
        .filter((p) => persoonsleutel(p) === sleutel);
      return [...seedHits, ...extra.metSleutel(sleutel)];
    },
    bekend: (p) =>
      metPgn(
        p.burgerservicenummer !== undefined
          ? { burgerservicenummer: p.burgerservicenummer }
          : { onderwijsnummer: p.onderwijsnummer! },
      ).length > 0,
    voegToe(personen) {
      db.transaction(() => {
        for (const p of personen) q.insert.run(JSON.stringify(p));
      })();
      herbouw();
    },
    wis() {
      q.clear.run();
      herbouw();
    },
    volgToevoegingen() {
      if (q.laatste.get() !== gezien) herbouw();
    },
  };
}

/** The world's stub over this connection to BRON's database (the main thread's, or a shard's), and what closes it. */
export function openWereldBrp(db: Db, fixturesDir: string): { brp: WereldBrp; close: () => void } {
  const bestand = brpPersonenDatabase(fixturesDir);
  const database = bestand === undefined ? undefined : openBrpPersonenDatabase(bestand);
  const brp = createWereldBrp(
    db,
    database
      ? { database }
      : {
          versie: brpPersonenVersion(fixturesDir),
          personen: () => readBrpPersonen(fixturesDir) as Iterable<Schemas.BRPPersoon>,
        },
  );
  return { brp, close: () => database?.close() };
}
