// All SQL of RIO (docs/architecture.md decision 5). Each object is stored whole, as the JSON document of its
// schema (a standlevering replaces it whole, RIO-07), next to the columns and relation rows the
// reads select on. Writes that belong together (object, relation rows, code counter, change feed)
// run in one transaction.
import { migrate, type Db } from '@duo-sim/shared';
import { HOOGSTE_NUMMER, LAATSTE_NUMMER_VOOR_TOEKENNING, rioCode, type CodeLetter } from './domain/codes.js';
import type {
  Instellingserkenning,
  Onderwijsaanbieder,
  OnderwijsaanbiederInhoud,
  Onderwijsbestuur,
  Onderwijslocatie,
  OnderwijslocatieAdres,
  Onderwijslocatiegebruik,
  RioWereld,
  Vestigingserkenning,
} from './domain/types.js';

export type SoortWijziging = 'TOEGEVOEGD' | 'GEWIJZIGD' | 'VERWIJDERD';
export type Objectsoort = 'onderwijsaanbieder' | 'onderwijslocatie' | 'onderwijslocatiegebruik';

export interface Wijziging {
  soortWijziging: SoortWijziging;
  objectsoort: Objectsoort;
  code: string;
  tijdstip: string;
}

export interface Page<T> {
  totaal: number;
  items: T[];
}

export interface RioStore {
  /** True before the seed world was ever loaded into this database. */
  isEmpty(): boolean;
  /** Replaces every object by those of `wereld` and empties the change feed (first start, reset). */
  loadWorld(wereld: RioWereld): void;
  /** Runs `fn` in one write transaction: the checks it makes hold for the writes it does. */
  transaction<T>(fn: () => T): T;

  findBestuur(code: string): Onderwijsbestuur | undefined;
  findBesturenByOin(oin: string): Onderwijsbestuur[];
  findAanbieder(code: string): Onderwijsaanbieder | undefined;
  /** RIO-03, RIO-08: the aanbieders in bedrijf on `peildatum`, optionally only those linked to a bestuur then. */
  listAanbieders(query: { peildatum: string; bestuurcode?: string; offset: number; limit: number }): Page<Onderwijsaanbieder>;
  findLocatie(code: string): Onderwijslocatie | undefined;
  findLocatieByAdres(adres: { postcode: string; huisnummer: number; toevoeging?: string }): Onderwijslocatie | undefined;
  findGebruik(bestuurcode: string, locatiecode: string): Onderwijslocatiegebruik | undefined;
  listGebruikenOfLocatie(locatiecode: string): Onderwijslocatiegebruik[];
  /** RIO-03, RIO-08: gebruiken in bedrijf on `peildatum`, of a bestuur and/or tied to a vestiging then. */
  listGebruiken(query: { peildatum: string; bestuurcode?: string; vestigingscode?: string }): Onderwijslocatiegebruik[];
  findInstellingserkenning(code: string): Instellingserkenning | undefined;
  findVestigingserkenning(code: string): Vestigingserkenning | undefined;
  listVestigingserkenningenOf(instellingscode: string): Vestigingserkenning[];

  /** RIO-02: stores a new aanbieder under the next free A code. */
  insertAanbieder(inhoud: OnderwijsaanbiederInhoud, tijdstip: string): Onderwijsaanbieder;
  /** RIO-07: replaces an aanbieder; false (and no feed entry) when nothing changed. */
  replaceAanbieder(aanbieder: Onderwijsaanbieder, tijdstip: string): boolean;
  /** RIO-02: stores a new locatie under the next free X code. */
  insertLocatie(adres: OnderwijslocatieAdres, tijdstip: string): Onderwijslocatie;
  insertGebruik(gebruik: Onderwijslocatiegebruik, tijdstip: string): void;
  replaceGebruik(gebruik: Onderwijslocatiegebruik, tijdstip: string): boolean;

  /** RIO-09: the changes at or after `sinds` (ISO instant), oldest first. */
  listWijzigingen(query: { sinds: string; offset: number; limit: number }): Wijziging[];
}

const MIGRATIONS = [
  `CREATE TABLE onderwijsbesturen (
     code TEXT PRIMARY KEY, oin TEXT NOT NULL, document TEXT NOT NULL);
   CREATE INDEX onderwijsbesturen_oin ON onderwijsbesturen (oin);

   CREATE TABLE onderwijsaanbieders (
     code TEXT PRIMARY KEY, in_bedrijf TEXT NOT NULL, uit_bedrijf TEXT, document TEXT NOT NULL);
   CREATE TABLE aanbieder_besturen (
     aanbiedercode TEXT NOT NULL REFERENCES onderwijsaanbieders (code) ON DELETE CASCADE,
     bestuurcode TEXT NOT NULL, begindatum TEXT NOT NULL, einddatum TEXT);
   CREATE INDEX aanbieder_besturen_bestuur ON aanbieder_besturen (bestuurcode, aanbiedercode);
   CREATE INDEX aanbieder_besturen_aanbieder ON aanbieder_besturen (aanbiedercode);

   CREATE TABLE onderwijslocaties (
     code TEXT PRIMARY KEY, postcode TEXT NOT NULL, huisnummer INTEGER NOT NULL,
     toevoeging TEXT NOT NULL, document TEXT NOT NULL);
   CREATE INDEX onderwijslocaties_adres ON onderwijslocaties (postcode, huisnummer, toevoeging);

   CREATE TABLE onderwijslocatiegebruiken (
     bestuurcode TEXT NOT NULL, locatiecode TEXT NOT NULL, in_bedrijf TEXT NOT NULL, uit_bedrijf TEXT,
     document TEXT NOT NULL, PRIMARY KEY (bestuurcode, locatiecode));
   CREATE INDEX onderwijslocatiegebruiken_locatie ON onderwijslocatiegebruiken (locatiecode);
   CREATE TABLE gebruik_vestigingen (
     bestuurcode TEXT NOT NULL, locatiecode TEXT NOT NULL, vestigingscode TEXT NOT NULL,
     begindatum TEXT NOT NULL, einddatum TEXT,
     FOREIGN KEY (bestuurcode, locatiecode) REFERENCES onderwijslocatiegebruiken (bestuurcode, locatiecode) ON DELETE CASCADE);
   CREATE INDEX gebruik_vestigingen_vestiging ON gebruik_vestigingen (vestigingscode);
   CREATE INDEX gebruik_vestigingen_gebruik ON gebruik_vestigingen (bestuurcode, locatiecode);

   CREATE TABLE instellingserkenningen (code TEXT PRIMARY KEY, document TEXT NOT NULL);
   CREATE TABLE vestigingserkenningen (
     code TEXT PRIMARY KEY, instellingscode TEXT NOT NULL, document TEXT NOT NULL);
   CREATE INDEX vestigingserkenningen_instelling ON vestigingserkenningen (instellingscode);

   -- RIO-02: the last number handed out per letter; survives a reset, so a code is never reused.
   CREATE TABLE codeteller (letter TEXT PRIMARY KEY, laatste INTEGER NOT NULL);

   CREATE TABLE wijzigingen (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, tijdstip TEXT NOT NULL, soort TEXT NOT NULL,
     objectsoort TEXT NOT NULL, code TEXT NOT NULL);`,
];

/** RIO-03 (sim) in SQL: in bedrijf on :d when in ≤ d < uit (no uit = open). */
const IN_BEDRIJF = (alias: string) => `${alias}.in_bedrijf <= @d AND (${alias}.uit_bedrijf IS NULL OR @d < ${alias}.uit_bedrijf)`;
const GELDIG = (alias: string) => `${alias}.begindatum <= @d AND (${alias}.einddatum IS NULL OR @d < ${alias}.einddatum)`;

const parse = <T>(row: { document: string } | undefined): T | undefined => (row ? (JSON.parse(row.document) as T) : undefined);
const parseAll = <T>(rows: unknown[]): T[] => (rows as Array<{ document: string }>).map((r) => JSON.parse(r.document) as T);

export function createRioStore(db: Db): RioStore {
  migrate(db, 'rio', MIGRATIONS);

  const q = {
    countBesturen: db.prepare('SELECT count(*) AS n FROM onderwijsbesturen'),
    bestuur: db.prepare('SELECT document FROM onderwijsbesturen WHERE code = ?'),
    besturenByOin: db.prepare('SELECT document FROM onderwijsbesturen WHERE oin = ? ORDER BY code'),
    aanbieder: db.prepare('SELECT document FROM onderwijsaanbieders WHERE code = ?'),
    aanbiedersPage: db.prepare(
      `SELECT a.document FROM onderwijsaanbieders a WHERE ${IN_BEDRIJF('a')} ORDER BY a.code LIMIT @limit OFFSET @offset`,
    ),
    aanbiedersCount: db.prepare(`SELECT count(*) AS n FROM onderwijsaanbieders a WHERE ${IN_BEDRIJF('a')}`),
    aanbiedersOfBestuurPage: db.prepare(
      `SELECT a.document FROM onderwijsaanbieders a WHERE ${IN_BEDRIJF('a')}
         AND EXISTS (SELECT 1 FROM aanbieder_besturen r WHERE r.aanbiedercode = a.code AND r.bestuurcode = @bestuur AND ${GELDIG('r')})
       ORDER BY a.code LIMIT @limit OFFSET @offset`,
    ),
    aanbiedersOfBestuurCount: db.prepare(
      `SELECT count(*) AS n FROM onderwijsaanbieders a WHERE ${IN_BEDRIJF('a')}
         AND EXISTS (SELECT 1 FROM aanbieder_besturen r WHERE r.aanbiedercode = a.code AND r.bestuurcode = @bestuur AND ${GELDIG('r')})`,
    ),
    locatie: db.prepare('SELECT document FROM onderwijslocaties WHERE code = ?'),
    locatieByAdres: db.prepare(
      'SELECT document FROM onderwijslocaties WHERE postcode = ? AND huisnummer = ? AND toevoeging = ? ORDER BY code LIMIT 1',
    ),
    gebruik: db.prepare('SELECT document FROM onderwijslocatiegebruiken WHERE bestuurcode = ? AND locatiecode = ?'),
    gebruikenOfLocatie: db.prepare('SELECT document FROM onderwijslocatiegebruiken WHERE locatiecode = ? ORDER BY bestuurcode'),
    gebruikenOfBestuur: db.prepare(
      `SELECT g.document FROM onderwijslocatiegebruiken g WHERE g.bestuurcode = @bestuur AND ${IN_BEDRIJF('g')} ORDER BY g.locatiecode`,
    ),
    gebruikenOfVestiging: db.prepare(
      `SELECT g.document FROM onderwijslocatiegebruiken g WHERE ${IN_BEDRIJF('g')}
         AND (@bestuur IS NULL OR g.bestuurcode = @bestuur)
         AND EXISTS (SELECT 1 FROM gebruik_vestigingen r WHERE r.bestuurcode = g.bestuurcode AND r.locatiecode = g.locatiecode
                     AND r.vestigingscode = @vestiging AND ${GELDIG('r')})
       ORDER BY g.bestuurcode, g.locatiecode`,
    ),
    instelling: db.prepare('SELECT document FROM instellingserkenningen WHERE code = ?'),
    vestiging: db.prepare('SELECT document FROM vestigingserkenningen WHERE code = ?'),
    vestigingenOf: db.prepare('SELECT document FROM vestigingserkenningen WHERE instellingscode = ? ORDER BY code'),

    insertBestuur: db.prepare('INSERT INTO onderwijsbesturen (code, oin, document) VALUES (?, ?, ?)'),
    insertAanbieder: db.prepare('INSERT INTO onderwijsaanbieders (code, in_bedrijf, uit_bedrijf, document) VALUES (?, ?, ?, ?)'),
    updateAanbieder: db.prepare('UPDATE onderwijsaanbieders SET in_bedrijf = ?, uit_bedrijf = ?, document = ? WHERE code = ?'),
    deleteAanbiederBesturen: db.prepare('DELETE FROM aanbieder_besturen WHERE aanbiedercode = ?'),
    insertAanbiederBestuur: db.prepare(
      'INSERT INTO aanbieder_besturen (aanbiedercode, bestuurcode, begindatum, einddatum) VALUES (?, ?, ?, ?)',
    ),
    insertLocatie: db.prepare(
      'INSERT INTO onderwijslocaties (code, postcode, huisnummer, toevoeging, document) VALUES (?, ?, ?, ?, ?)',
    ),
    insertGebruik: db.prepare(
      'INSERT INTO onderwijslocatiegebruiken (bestuurcode, locatiecode, in_bedrijf, uit_bedrijf, document) VALUES (?, ?, ?, ?, ?)',
    ),
    updateGebruik: db.prepare(
      'UPDATE onderwijslocatiegebruiken SET in_bedrijf = ?, uit_bedrijf = ?, document = ? WHERE bestuurcode = ? AND locatiecode = ?',
    ),
    deleteGebruikVestigingen: db.prepare('DELETE FROM gebruik_vestigingen WHERE bestuurcode = ? AND locatiecode = ?'),
    insertGebruikVestiging: db.prepare(
      'INSERT INTO gebruik_vestigingen (bestuurcode, locatiecode, vestigingscode, begindatum, einddatum) VALUES (?, ?, ?, ?, ?)',
    ),
    insertInstelling: db.prepare('INSERT INTO instellingserkenningen (code, document) VALUES (?, ?)'),
    insertVestiging: db.prepare('INSERT INTO vestigingserkenningen (code, instellingscode, document) VALUES (?, ?, ?)'),

    teller: db.prepare('SELECT laatste FROM codeteller WHERE letter = ?'),
    setTeller: db.prepare(
      'INSERT INTO codeteller (letter, laatste) VALUES (?, ?) ON CONFLICT(letter) DO UPDATE SET laatste = excluded.laatste',
    ),
    insertWijziging: db.prepare('INSERT INTO wijzigingen (tijdstip, soort, objectsoort, code) VALUES (?, ?, ?, ?)'),
    wijzigingen: db.prepare(
      'SELECT soort, objectsoort, code, tijdstip FROM wijzigingen WHERE tijdstip >= ? ORDER BY seq LIMIT ? OFFSET ?',
    ),
  };

  const log = (soort: SoortWijziging, objectsoort: Objectsoort, code: string, tijdstip: string) =>
    void q.insertWijziging.run(tijdstip, soort, objectsoort, code);

  const writeAanbiederBesturen = (a: Onderwijsaanbieder) => {
    q.deleteAanbiederBesturen.run(a.onderwijsaanbiedercode);
    for (const r of a.besturen)
      q.insertAanbiederBestuur.run(a.onderwijsaanbiedercode, r.onderwijsbestuurcode, r.begindatum, r.einddatum ?? null);
  };
  const writeGebruikVestigingen = (g: Onderwijslocatiegebruik) => {
    q.deleteGebruikVestigingen.run(g.onderwijsbestuurcode, g.onderwijslocatiecode);
    for (const r of g.juridischeRelaties) {
      q.insertGebruikVestiging.run(
        g.onderwijsbestuurcode,
        g.onderwijslocatiecode,
        r.vestigingserkenningscode,
        r.begindatum,
        r.einddatum ?? null,
      );
    }
  };
  const insertAanbiederRow = (a: Onderwijsaanbieder) => {
    q.insertAanbieder.run(a.onderwijsaanbiedercode, a.inBedrijfdatum, a.uitBedrijfdatum ?? null, JSON.stringify(a));
    writeAanbiederBesturen(a);
  };
  const insertLocatieRow = (l: Onderwijslocatie) =>
    void q.insertLocatie.run(l.onderwijslocatiecode, l.postcode, l.huisnummer, l.toevoeging ?? '', JSON.stringify(l));
  const insertGebruikRow = (g: Onderwijslocatiegebruik) => {
    q.insertGebruik.run(
      g.onderwijsbestuurcode,
      g.onderwijslocatiecode,
      g.inBedrijfdatum,
      g.uitBedrijfdatum ?? null,
      JSON.stringify(g),
    );
    writeGebruikVestigingen(g);
  };

  /** RIO-02: the next number for `letter` whose code is not taken (the seed may hold any code). */
  const nextCode = (letter: CodeLetter, taken: (code: string) => boolean): string => {
    let nummer = (q.teller.get(letter) as { laatste: number } | undefined)?.laatste ?? LAATSTE_NUMMER_VOOR_TOEKENNING;
    let code: string;
    do {
      nummer += 1;
      if (nummer > HOOGSTE_NUMMER) throw new Error(`RIO heeft geen vrije ${letter}-codes meer`);
      code = rioCode(letter, nummer);
    } while (taken(code));
    q.setTeller.run(letter, nummer);
    return code;
  };

  const store: RioStore = {
    isEmpty: () => (q.countBesturen.get() as { n: number }).n === 0,

    loadWorld: (wereld) =>
      db
        .transaction(() => {
          db.exec(`DELETE FROM gebruik_vestigingen; DELETE FROM onderwijslocatiegebruiken; DELETE FROM aanbieder_besturen;
                 DELETE FROM onderwijsaanbieders; DELETE FROM onderwijslocaties; DELETE FROM onderwijsbesturen;
                 DELETE FROM vestigingserkenningen; DELETE FROM instellingserkenningen; DELETE FROM wijzigingen;`);
          for (const b of wereld.onderwijsbesturen) q.insertBestuur.run(b.onderwijsbestuurcode, b.oin, JSON.stringify(b));
          for (const a of wereld.onderwijsaanbieders) insertAanbiederRow(a);
          for (const l of wereld.onderwijslocaties) insertLocatieRow(l);
          for (const g of wereld.onderwijslocatiegebruiken) insertGebruikRow(g);
          for (const e of wereld.instellingserkenningen) q.insertInstelling.run(e.code, JSON.stringify(e));
          for (const v of wereld.vestigingserkenningen)
            q.insertVestiging.run(v.code, v.instellingserkenningscode, JSON.stringify(v));
        })
        .immediate(),

    transaction: (fn) => db.transaction(fn).immediate(),

    findBestuur: (code) => parse(q.bestuur.get(code) as { document: string } | undefined),
    findBesturenByOin: (oin) => parseAll(q.besturenByOin.all(oin)),
    findAanbieder: (code) => parse(q.aanbieder.get(code) as { document: string } | undefined),
    listAanbieders: ({ peildatum, bestuurcode, offset, limit }) => {
      const params = { d: peildatum, limit, offset, ...(bestuurcode === undefined ? {} : { bestuur: bestuurcode }) };
      const [page, count] =
        bestuurcode === undefined
          ? [q.aanbiedersPage, q.aanbiedersCount]
          : [q.aanbiedersOfBestuurPage, q.aanbiedersOfBestuurCount];
      const { limit: _l, offset: _o, ...countParams } = params;
      return { totaal: (count.get(countParams) as { n: number }).n, items: parseAll(page.all(params)) };
    },
    findLocatie: (code) => parse(q.locatie.get(code) as { document: string } | undefined),
    findLocatieByAdres: ({ postcode, huisnummer, toevoeging }) =>
      parse(q.locatieByAdres.get(postcode, huisnummer, toevoeging ?? '') as { document: string } | undefined),
    findGebruik: (bestuurcode, locatiecode) => parse(q.gebruik.get(bestuurcode, locatiecode) as { document: string } | undefined),
    listGebruikenOfLocatie: (locatiecode) => parseAll(q.gebruikenOfLocatie.all(locatiecode)),
    listGebruiken: ({ peildatum, bestuurcode, vestigingscode }) =>
      vestigingscode === undefined
        ? parseAll(q.gebruikenOfBestuur.all({ d: peildatum, bestuur: bestuurcode ?? null }))
        : parseAll(q.gebruikenOfVestiging.all({ d: peildatum, bestuur: bestuurcode ?? null, vestiging: vestigingscode })),
    findInstellingserkenning: (code) => parse(q.instelling.get(code) as { document: string } | undefined),
    findVestigingserkenning: (code) => parse(q.vestiging.get(code) as { document: string } | undefined),
    listVestigingserkenningenOf: (instellingscode) => parseAll(q.vestigingenOf.all(instellingscode)),

    insertAanbieder: (inhoud, tijdstip) =>
      store.transaction(() => {
        const code = nextCode('A', (c) => q.aanbieder.get(c) !== undefined);
        const aanbieder = { onderwijsaanbiedercode: code, ...inhoud };
        insertAanbiederRow(aanbieder);
        log('TOEGEVOEGD', 'onderwijsaanbieder', code, tijdstip);
        return aanbieder;
      }),
    replaceAanbieder: (aanbieder, tijdstip) =>
      store.transaction(() => {
        const document = JSON.stringify(aanbieder);
        const current = q.aanbieder.get(aanbieder.onderwijsaanbiedercode) as { document: string } | undefined;
        if (!current) throw new Error(`onderwijsaanbieder ${aanbieder.onderwijsaanbiedercode} bestaat niet`);
        if (current.document === document) return false;
        q.updateAanbieder.run(
          aanbieder.inBedrijfdatum,
          aanbieder.uitBedrijfdatum ?? null,
          document,
          aanbieder.onderwijsaanbiedercode,
        );
        writeAanbiederBesturen(aanbieder);
        log('GEWIJZIGD', 'onderwijsaanbieder', aanbieder.onderwijsaanbiedercode, tijdstip);
        return true;
      }),
    insertLocatie: (adres, tijdstip) =>
      store.transaction(() => {
        const code = nextCode('X', (c) => q.locatie.get(c) !== undefined);
        const locatie = { onderwijslocatiecode: code, ...adres };
        insertLocatieRow(locatie);
        log('TOEGEVOEGD', 'onderwijslocatie', code, tijdstip);
        return locatie;
      }),
    insertGebruik: (gebruik, tijdstip) =>
      store.transaction(() => {
        insertGebruikRow(gebruik);
        log('TOEGEVOEGD', 'onderwijslocatiegebruik', `${gebruik.onderwijsbestuurcode}-${gebruik.onderwijslocatiecode}`, tijdstip);
      }),
    replaceGebruik: (gebruik, tijdstip) =>
      store.transaction(() => {
        const { onderwijsbestuurcode: b, onderwijslocatiecode: x } = gebruik;
        const document = JSON.stringify(gebruik);
        const current = q.gebruik.get(b, x) as { document: string } | undefined;
        if (!current) throw new Error(`onderwijslocatiegebruik ${b}-${x} bestaat niet`);
        if (current.document === document) return false;
        q.updateGebruik.run(gebruik.inBedrijfdatum, gebruik.uitBedrijfdatum ?? null, document, b, x);
        writeGebruikVestigingen(gebruik);
        log('GEWIJZIGD', 'onderwijslocatiegebruik', `${b}-${x}`, tijdstip);
        return true;
      }),

    listWijzigingen: ({ sinds, offset, limit }) =>
      (
        q.wijzigingen.all(sinds, limit, offset) as Array<{
          soort: SoortWijziging;
          objectsoort: Objectsoort;
          code: string;
          tijdstip: string;
        }>
      ).map((r) => ({ soortWijziging: r.soort, objectsoort: r.objectsoort, code: r.code, tijdstip: r.tijdstip })),
  };
  return store;
}
