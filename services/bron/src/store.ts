// All SQL of BRON (docs/architecture.md decision 5): inschrijvingen with their full history, the onderwijsnummers
// duo-sim issued, the schools' mailboxes and the push deliveries that must survive a restart.
import { currentTrace, inSchrijfbeurt, migrate, pgnWaarde, type Clock, type Db } from '@duo-sim/shared';
import type { Mutatie } from './domain/mutatie.js';
import type { Inschrijving } from './domain/types.js';
import { createGeschiedenisCache, type HistorieRij } from './geschiedenis-cache.js';

export type BerichtSoort =
  | 'TERUGKOPPELING'
  | 'BEKOSTIGINGSMELDING'
  | 'KENNISGEVING_INSCHRIJVING'
  | 'KENNISGEVING_UITSCHRIJVING'
  | 'DUBBELE_INSCHRIJVING'
  | 'SIGNAAL';

export interface MailboxBericht {
  berichtId: number;
  brin: string;
  soort: BerichtSoort;
  aangemaakt: string;
  inhoud: unknown;
}

export interface HistorieRegel {
  seq: number;
  mutatie: Mutatie | 'VERWIJDERD';
  berichtId: string | null;
  afzender: string;
  vandaag: string;
  tijdstip: string;
  inschrijving: Inschrijving | null;
}

/** Who BRON issued an onderwijsnummer to (BRON-01, ID-02 sim). */
export interface UitgegevenPersoon {
  achternaam: string;
  voorvoegsel?: string;
  voornamen: string;
  geboortedatum: string;
  geslacht: string;
}

export interface Aflevering {
  berichtId: number;
  pogingen: number;
  eerstePoging: number | null;
  afgeleverdAan: string[];
}

export interface AfleveringState {
  status: 'OPEN' | 'AFGELEVERD' | 'OPGEGEVEN' | 'GEEN_ADRES';
  pogingen: number;
  volgendePoging: number;
  eerstePoging: number | null;
  afgeleverdAan: string[];
  fout: string | null;
}

/** One inschrijving key of a pupil with every version BRON accepted (null: removed). */
export interface LeerlingSleutel {
  brin: string;
  volgnummer: string;
  versies: Array<{ vandaag: string; inschrijving: Inschrijving | null }>;
}

export interface MutationMeta {
  /** null for a mutation DUO makes itself (INFO-05). */
  berichtId: string | null;
  afzender: string;
  vandaag: string;
}

/** Everything BRON stores, and the only place with its SQL. */
/** One resultaat of an inschrijving (BRON-15/16), keyed by school, pupil, volgnummer and soort. */
export interface ResultaatOpslag {
  brin: string;
  pgn: string;
  volgnummer: string;
  soort: string;
  inhoud: unknown;
  berichtId: string;
  today: string;
}

export interface BronStore {
  /** ID-02 (sim): the number issued to this person before, if any. */
  onderwijsnummerVan(persoonsleutel: string): string | undefined;
  persoonsleutelVan(nummer: string): string | undefined;
  houderVan(nummer: string): UitgegevenPersoon | undefined;
  /** The next value of a named sequence; call inside the transaction that uses it. */
  volgende(naam: string): number;
  registreerOnderwijsnummer(nummer: string, persoonsleutel: string, persoon: UitgegevenPersoon): void;

  findInschrijving(brin: string, pgn: string, volgnummer: string): Inschrijving | undefined;
  inschrijvingenVanLeerling(pgn: string): Array<{ brin: string; inschrijving: Inschrijving }>;
  inschrijvingenOp(brin: string, peildatum: string): Inschrijving[];
  /** A mark of the pupil's stored inschrijvingen: while it stays the same, nothing was written for the pupil. */
  versieVanLeerling(pgn: string): string;
  /** BRON-02: stores the standlevering and its history line (call inside a transaction). */
  slaInschrijvingOp(brin: string, ins: Inschrijving, mutatie: Mutatie, meta: MutationMeta): void;
  /** BRON-04: removes the inschrijving; the history keeps what it was. */
  verwijderInschrijving(brin: string, ins: Inschrijving, meta: MutationMeta): void;
  historie(brin: string, pgn: string, volgnummer: string): HistorieRegel[];

  /** BRON-18: a bericht for the school's mailbox, queued for push too (call inside a transaction). */
  plaatsBericht(brin: string, soort: BerichtSoort, inhoud: unknown): MailboxBericht;
  berichten(brin: string, na: number, limiet: number): MailboxBericht[];
  bericht(berichtId: number): MailboxBericht | undefined;
  /** The trace and span of the exchange that placed the bericht; null for one placed before traces. */
  spoorVanBericht(berichtId: number): { traceId: string; spanId: string | null } | null;
  /** The mailbox berichten placed in one trace, in every school's mailbox (the console's timeline). */
  berichtenVanSpoor(traceId: string): MailboxBericht[];

  dueAfleveringen(nu: number, limiet: number): Aflevering[];
  /** The earliest moment an open delivery is due, or null when nothing is open. */
  volgendeAflevering(): number | null;
  werkAfleveringBij(berichtId: number, state: AfleveringState): void;
  afleveringStatus(
    berichtId: number,
  ): { status: string; pogingen: number; afgeleverd_aan: string; laatste_fout: string | null } | undefined;

  /**
   * Every inschrijving key the pupil ever had (removed ones too) with all its versions, oldest
   * first, for bekostiging (BEK-08): one query, however long the history. The last version is the
   * current inschrijving, or null when it was removed (slaInschrijvingOp and verwijderInschrijving
   * write the row and its history line together).
   */
  versiesVanLeerling(pgn: string): LeerlingSleutel[];
  /**
   * versiesVanLeerling of every pupil the school ever had an inschrijving for, in PGN order, read in
   * one query: the bekostiging overview of a large school would otherwise cost a statement per pupil.
   */
  versiesVanLeerlingenVanSchool(brin: string): Map<string, LeerlingSleutel[]>;
  alleLeerlingen(): string[];

  /** BRON-14: the keys of the pupil's dubbele inschrijvingen that are not resolved yet. */
  openDubbeleInschrijvingen(pgn: string): string[];
  registreerDubbeleInschrijving(pgn: string, sleutel: string, today: string): void;
  losDubbeleInschrijvingOp(pgn: string, sleutel: string, today: string): void;

  /** BRON-15/16: one result per soort per inschrijving; a resend replaces it. Returns whether it existed. */
  slaResultaatOp(resultaat: ResultaatOpslag): boolean;
  resultaat<T>(brin: string, pgn: string, volgnummer: string, soort: string): T | undefined;
  /** BRON-15/16: the soorten of resultaat stored for this inschrijving (SCHOOLADVIES_VOORLOPIG, …). */
  resultaatSoorten(brin: string, pgn: string, volgnummer: string): string[];
  heeftResultaten(brin: string, pgn: string, volgnummer: string): boolean;
  /** Every school's inschrijvingen ingeschreven on `datum` (BRON-03, uitschrijfdatum inclusive). */
  inschrijvingenOpDatum(datum: string): Array<{ brin: string; pgn: string; inschrijving: Inschrijving }>;
  /** BRON-17: records a signaal; false when it was sent before. */
  registreerSignaal(brin: string, pgn: string, volgnummer: string, code: string, grens: string): boolean;

  /** Runs `fn` in one transaction; a throw rolls everything back. */
  transaction<T>(fn: () => T): T;
  /** POST /_sim/reset: BRON's seed world is empty (no pupils enrolled yet). */
  reset(): void;
}

const MIGRATIONS = [
  `CREATE TABLE onderwijsnummers (
     nummer TEXT PRIMARY KEY, persoonsleutel TEXT NOT NULL UNIQUE, persoon TEXT NOT NULL, uitgegeven TEXT NOT NULL);
   CREATE TABLE tellers (naam TEXT PRIMARY KEY, waarde INTEGER NOT NULL);
   CREATE TABLE inschrijvingen (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     brin TEXT NOT NULL, pgn TEXT NOT NULL, volgnummer TEXT NOT NULL,
     inschrijfdatum TEXT NOT NULL, uitschrijfdatum TEXT,
     inhoud TEXT NOT NULL,
     UNIQUE (brin, pgn, volgnummer));
   CREATE INDEX inschrijvingen_pgn ON inschrijvingen (pgn);
   CREATE INDEX inschrijvingen_school ON inschrijvingen (brin, inschrijfdatum);
   CREATE TABLE inschrijving_historie (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     brin TEXT NOT NULL, pgn TEXT NOT NULL, volgnummer TEXT NOT NULL,
     mutatie TEXT NOT NULL, bericht_id TEXT, afzender TEXT NOT NULL,
     vandaag TEXT NOT NULL, tijdstip TEXT NOT NULL, inhoud TEXT);
   CREATE INDEX historie_sleutel ON inschrijving_historie (brin, pgn, volgnummer, seq);
   CREATE TABLE berichten (
     bericht_id INTEGER PRIMARY KEY AUTOINCREMENT,
     brin TEXT NOT NULL, soort TEXT NOT NULL, aangemaakt TEXT NOT NULL, inhoud TEXT NOT NULL);
   CREATE INDEX berichten_brin ON berichten (brin, bericht_id);
   CREATE TABLE afleveringen (
     bericht_id INTEGER PRIMARY KEY REFERENCES berichten (bericht_id) ON DELETE CASCADE,
     status TEXT NOT NULL, pogingen INTEGER NOT NULL DEFAULT 0,
     volgende_poging INTEGER NOT NULL, eerste_poging INTEGER,
     afgeleverd_aan TEXT NOT NULL DEFAULT '[]', laatste_fout TEXT);
   CREATE INDEX afleveringen_open ON afleveringen (status, volgende_poging);`,
  `CREATE TABLE dubbele_inschrijvingen (
     pgn TEXT NOT NULL, sleutel TEXT NOT NULL, status TEXT NOT NULL, ontstaan TEXT NOT NULL, opgelost TEXT,
     PRIMARY KEY (pgn, sleutel, ontstaan));
   CREATE INDEX dubbele_open ON dubbele_inschrijvingen (pgn, status);
   CREATE TABLE resultaten (
     brin TEXT NOT NULL, pgn TEXT NOT NULL, volgnummer TEXT NOT NULL, soort TEXT NOT NULL,
     inhoud TEXT NOT NULL, bericht_id TEXT NOT NULL, vandaag TEXT NOT NULL,
     PRIMARY KEY (brin, pgn, volgnummer, soort));`,
  `CREATE INDEX historie_pgn ON inschrijving_historie (pgn);`,
  // A pupil's whole history in key order from the index alone (versiesVanLeerling, per bericht).
  `CREATE INDEX historie_pgn_sleutel ON inschrijving_historie (pgn, brin, volgnummer, seq);
   DROP INDEX historie_pgn;`,
  // BRON-17: each signaal once per inschrijving and moment (grens = 14 February or 29 March).
  `CREATE TABLE signalen (
     brin TEXT NOT NULL, pgn TEXT NOT NULL, volgnummer TEXT NOT NULL, code TEXT NOT NULL, grens TEXT NOT NULL,
     PRIMARY KEY (brin, pgn, volgnummer, code, grens));`,
  // The trace of the exchange that placed a mailbox bericht, so its push continues it (trace.ts).
  `ALTER TABLE berichten ADD COLUMN trace_id TEXT;
   ALTER TABLE berichten ADD COLUMN span_id TEXT;`,
];

interface InschrijvingRow {
  inhoud: string;
}

interface HistorieVersieRow {
  brin: string;
  volgnummer: string;
  vandaag: string;
  inhoud: string | null;
}

/** One pupil's history rows, in key order, as its keys with their versions (versiesVanLeerling). */
function groepeerSleutels(rows: ReadonlyArray<Omit<HistorieRij, 'seq'>>): LeerlingSleutel[] {
  const sleutels: LeerlingSleutel[] = [];
  let huidige: LeerlingSleutel | undefined;
  for (const r of rows) {
    if (!huidige || huidige.brin !== r.brin || huidige.volgnummer !== r.volgnummer) {
      huidige = { brin: r.brin, volgnummer: r.volgnummer, versies: [] };
      sleutels.push(huidige);
    }
    huidige.versies.push({ vandaag: r.vandaag, inschrijving: r.inschrijving });
  }
  return sleutels;
}

function geparst(r: HistorieVersieRow): Omit<HistorieRij, 'seq'> {
  const inschrijving = r.inhoud === null ? null : (JSON.parse(r.inhoud) as Inschrijving);
  return { brin: r.brin, volgnummer: r.volgnummer, vandaag: r.vandaag, inschrijving };
}

/**
 * The rows in the order of the history's key (brin, volgnummer, seq), as the index gives them
 * (SQLite compares TEXT bytewise; JavaScript by UTF-16 code unit: the same for the codes BRON stores).
 */
function inSleutelVolgorde(rijen: readonly HistorieRij[]): HistorieRij[] {
  const kleiner = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rijen].sort((a, b) => kleiner(a.brin, b.brin) || kleiner(a.volgnummer, b.volgnummer) || a.seq - b.seq);
}

/**
 * The pupil's current inschrijvingen (the `inschrijvingen` table's rows, in their id order) from its
 * history: slaInschrijvingOp and verwijderInschrijving write a row and its history line together, so
 * a key's current inschrijving is its last version, gone when that is a removal, and its row's id
 * follows the first version after its last removal (a Map keeps that insertion order).
 */
function huidigeInschrijvingen(rijen: readonly HistorieRij[]): Array<{ brin: string; inschrijving: Inschrijving }> {
  const huidig = new Map<string, { brin: string; inschrijving: Inschrijving }>();
  for (const r of rijen) {
    const sleutel = `${r.brin}\u0000${r.volgnummer}`;
    if (r.inschrijving === null) huidig.delete(sleutel);
    else {
      const was = huidig.get(sleutel);
      if (was) was.inschrijving = r.inschrijving;
      else huidig.set(sleutel, { brin: r.brin, inschrijving: r.inschrijving });
    }
  }
  return [...huidig.values()];
}

/**
 * `clock` stamps what a party reads back (a bericht's `aangemaakt`, a history line, an issued
 * onderwijsnummer) with the simulated instant, as the journal and the verzuimregister do.
 */
export interface BronStoreOptions {
  /**
   * Per-pupil write marks shared with the other threads that write bron.sqlite (BRON's shards,
   * shards.ts): a cell per hash of the PGN on a SharedArrayBuffer, bumped by every write, so a bericht
   * in one thread sees that another wrote for its pupil (versieVanLeerling). A collision only makes
   * it more cautious.
   */
  schrijfmerken?: Int32Array;
}

export function createBronStore(db: Db, clock: Pick<Clock, 'now'>, options: BronStoreOptions = {}): BronStore {
  migrate(db, 'bron', MIGRATIONS);
  const tijdstip = () => clock.now().toISOString();
  const q = {
    findNummerByPersoon: db.prepare('SELECT nummer FROM onderwijsnummers WHERE persoonsleutel = ?'),
    findNummer: db.prepare('SELECT persoonsleutel, persoon FROM onderwijsnummers WHERE nummer = ?'),
    insertNummer: db.prepare('INSERT INTO onderwijsnummers (nummer, persoonsleutel, persoon, uitgegeven) VALUES (?, ?, ?, ?)'),
    teller: db.prepare('SELECT waarde FROM tellers WHERE naam = ?'),
    zetTeller: db.prepare(
      'INSERT INTO tellers (naam, waarde) VALUES (?, ?) ON CONFLICT(naam) DO UPDATE SET waarde = excluded.waarde',
    ),
    findInschrijving: db.prepare('SELECT inhoud FROM inschrijvingen WHERE brin = ? AND pgn = ? AND volgnummer = ?'),
    upsertInschrijving: db.prepare(
      `INSERT INTO inschrijvingen (brin, pgn, volgnummer, inschrijfdatum, uitschrijfdatum, inhoud) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (brin, pgn, volgnummer) DO UPDATE SET
         inschrijfdatum = excluded.inschrijfdatum, uitschrijfdatum = excluded.uitschrijfdatum, inhoud = excluded.inhoud`,
    ),
    deleteInschrijving: db.prepare('DELETE FROM inschrijvingen WHERE brin = ? AND pgn = ? AND volgnummer = ?'),
    insertHistorie: db.prepare(
      `INSERT INTO inschrijving_historie (brin, pgn, volgnummer, mutatie, bericht_id, afzender, vandaag, tijdstip, inhoud)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    historie: db.prepare(
      `SELECT seq, mutatie, bericht_id, afzender, vandaag, tijdstip, inhoud FROM inschrijving_historie
       WHERE brin = ? AND pgn = ? AND volgnummer = ? ORDER BY seq`,
    ),
    opPeildatum: db.prepare(
      `SELECT inhoud FROM inschrijvingen WHERE brin = ? AND inschrijfdatum <= ?
       AND (uitschrijfdatum IS NULL OR uitschrijfdatum >= ?) ORDER BY id`,
    ),
    insertBericht: db.prepare(
      'INSERT INTO berichten (brin, soort, aangemaakt, inhoud, trace_id, span_id) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    spoorVanBericht: db.prepare('SELECT trace_id, span_id FROM berichten WHERE bericht_id = ?'),
    berichtenVanSpoor: db.prepare(
      'SELECT bericht_id, brin, soort, aangemaakt, inhoud FROM berichten WHERE trace_id = ? ORDER BY bericht_id LIMIT 1000',
    ),
    berichten: db.prepare(
      'SELECT bericht_id, brin, soort, aangemaakt, inhoud FROM berichten WHERE brin = ? AND bericht_id > ? ORDER BY bericht_id LIMIT ?',
    ),
    bericht: db.prepare('SELECT bericht_id, brin, soort, aangemaakt, inhoud FROM berichten WHERE bericht_id = ?'),
    insertAflevering: db.prepare("INSERT INTO afleveringen (bericht_id, status, volgende_poging) VALUES (?, 'OPEN', ?)"),
    dueAfleveringen: db.prepare(
      "SELECT bericht_id, pogingen, eerste_poging, afgeleverd_aan FROM afleveringen WHERE status = 'OPEN' AND volgende_poging <= ? ORDER BY bericht_id LIMIT ?",
    ),
    nextDue: db.prepare("SELECT min(volgende_poging) AS t FROM afleveringen WHERE status = 'OPEN'"),
    updateAflevering: db.prepare(
      'UPDATE afleveringen SET status = ?, pogingen = ?, volgende_poging = ?, eerste_poging = ?, afgeleverd_aan = ?, laatste_fout = ? WHERE bericht_id = ?',
    ),
    afleveringStatus: db.prepare('SELECT status, pogingen, afgeleverd_aan, laatste_fout FROM afleveringen WHERE bericht_id = ?'),
    historieAantal: db.prepare('SELECT count(*) AS n FROM inschrijving_historie WHERE pgn = ?').pluck(),
    historieVanaf: db.prepare(
      'SELECT seq, brin, volgnummer, vandaag, inhoud FROM inschrijving_historie WHERE pgn = ? AND seq >= ? ORDER BY seq',
    ),
    versiesVanLeerlingenVanSchool: db.prepare(
      `SELECT pgn, brin, volgnummer, vandaag, inhoud FROM inschrijving_historie
       WHERE pgn IN (SELECT pgn FROM inschrijving_historie WHERE brin = ?) ORDER BY pgn, brin, volgnummer, seq`,
    ),
    alleLeerlingen: db.prepare('SELECT DISTINCT pgn FROM inschrijving_historie ORDER BY pgn'),
    openDubbele: db.prepare("SELECT sleutel FROM dubbele_inschrijvingen WHERE pgn = ? AND status = 'OPEN'"),
    insertDubbele: db.prepare("INSERT INTO dubbele_inschrijvingen (pgn, sleutel, status, ontstaan) VALUES (?, ?, 'OPEN', ?)"),
    losDubbeleOp: db.prepare(
      "UPDATE dubbele_inschrijvingen SET status = 'OPGELOST', opgelost = ? WHERE pgn = ? AND sleutel = ? AND status = 'OPEN'",
    ),
    upsertResultaat: db.prepare(
      `INSERT INTO resultaten (brin, pgn, volgnummer, soort, inhoud, bericht_id, vandaag) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (brin, pgn, volgnummer, soort) DO UPDATE SET inhoud = excluded.inhoud, bericht_id = excluded.bericht_id, vandaag = excluded.vandaag`,
    ),
    resultaat: db.prepare('SELECT inhoud FROM resultaten WHERE brin = ? AND pgn = ? AND volgnummer = ? AND soort = ?'),
    opDatum: db.prepare(
      'SELECT brin, pgn, inhoud FROM inschrijvingen WHERE inschrijfdatum <= ? AND (uitschrijfdatum IS NULL OR uitschrijfdatum >= ?) ORDER BY id',
    ),
    resultaatSoorten: db.prepare('SELECT soort FROM resultaten WHERE brin = ? AND pgn = ? AND volgnummer = ?'),
    insertSignaal: db.prepare('INSERT OR IGNORE INTO signalen (brin, pgn, volgnummer, code, grens) VALUES (?, ?, ?, ?, ?)'),
    aantalResultaten: db.prepare('SELECT count(*) AS n FROM resultaten WHERE brin = ? AND pgn = ? AND volgnummer = ?'),
  };

  // A pupil's history, read once and then only what was added (geschiedenis-cache.ts): both
  // versiesVanLeerling and inschrijvingenVanLeerling come from it, once or twice per bericht.
  const geschiedenis = createGeschiedenisCache({
    aantal: (pgn) => q.historieAantal.get(pgn) as number,
    rijenVanaf: (pgn, vanaf) =>
      (q.historieVanaf.all(pgn, vanaf) as Array<HistorieVersieRow & { seq: number }>).map((r) => ({ seq: r.seq, ...geparst(r) })),
    inTransactie: () => db.inTransaction,
  });
  const parse = (row: InschrijvingRow | undefined) => (row ? (JSON.parse(row.inhoud) as Inschrijving) : undefined);
  // Writes per pupil, so a bericht can tell whether what it read before its commit is still what is
  // stored. Only ever too cautious: a rolled-back write still counts, and when the map is cleared
  // every earlier reading is void (the epoch moves).
  let epoch = 0;
  const writes = new Map<string, number>();
  const merken = options.schrijfmerken;
  const merkVan = (pgn: string) => (merken ? Atomics.load(merken, schrijfmerkIndex(pgn, merken.length)) : 0);
  const wrote = (pgn: string) => {
    if (writes.size >= 100_000) {
      writes.clear();
      epoch++;
    }
    writes.set(pgn, (writes.get(pgn) ?? 0) + 1);
    if (merken) Atomics.add(merken, schrijfmerkIndex(pgn, merken.length), 1);
  };

  return {
    onderwijsnummerVan: (persoonsleutel: string) =>
      (q.findNummerByPersoon.get(persoonsleutel) as { nummer: string } | undefined)?.nummer,
    persoonsleutelVan: (nummer: string) => (q.findNummer.get(nummer) as { persoonsleutel: string } | undefined)?.persoonsleutel,
    houderVan(nummer: string): UitgegevenPersoon | undefined {
      const row = q.findNummer.get(nummer) as { persoon: string } | undefined;
      return row ? (JSON.parse(row.persoon) as UitgegevenPersoon) : undefined;
    },
    volgende(naam: string): number {
      const huidig = (q.teller.get(naam) as { waarde: number } | undefined)?.waarde ?? 0;
      q.zetTeller.run(naam, huidig + 1);
      return huidig + 1;
    },
    registreerOnderwijsnummer(nummer: string, persoonsleutel: string, persoon: UitgegevenPersoon): void {
      q.insertNummer.run(nummer, persoonsleutel, JSON.stringify(persoon), tijdstip());
    },

    findInschrijving: (brin: string, pgn: string, volgnummer: string) =>
      parse(q.findInschrijving.get(brin, pgn, volgnummer) as InschrijvingRow),
    inschrijvingenVanLeerling: (pgn: string) => huidigeInschrijvingen(geschiedenis.rijen(pgn)),
    inschrijvingenOp: (brin: string, peildatum: string) =>
      (q.opPeildatum.all(brin, peildatum, peildatum) as InschrijvingRow[]).map((r) => JSON.parse(r.inhoud) as Inschrijving),

    versieVanLeerling: (pgn: string) => `${epoch}.${writes.get(pgn) ?? 0}.${merkVan(pgn)}`,

    slaInschrijvingOp(brin: string, ins: Inschrijving, mutatie: Mutatie, meta: MutationMeta): void {
      const pgn = pgnWaarde(ins.leerling);
      wrote(pgn);
      const inhoud = JSON.stringify(ins);
      q.upsertInschrijving.run(brin, pgn, ins.inschrijvingsvolgnummer, ins.inschrijfdatum, ins.uitschrijfdatum ?? null, inhoud);
      const { lastInsertRowid } = q.insertHistorie.run(
        brin,
        pgn,
        ins.inschrijvingsvolgnummer,
        mutatie,
        meta.berichtId,
        meta.afzender,
        meta.vandaag,
        tijdstip(),
        inhoud,
      );
      geschiedenis.geschreven(pgn, Number(lastInsertRowid));
    },
    verwijderInschrijving(brin: string, ins: Inschrijving, meta: MutationMeta): void {
      const pgn = pgnWaarde(ins.leerling);
      wrote(pgn);
      q.deleteInschrijving.run(brin, pgn, ins.inschrijvingsvolgnummer);
      const { lastInsertRowid } = q.insertHistorie.run(
        brin,
        pgn,
        ins.inschrijvingsvolgnummer,
        'VERWIJDERD',
        meta.berichtId,
        meta.afzender,
        meta.vandaag,
        tijdstip(),
        null,
      );
      geschiedenis.geschreven(pgn, Number(lastInsertRowid));
    },
    historie(brin: string, pgn: string, volgnummer: string): HistorieRegel[] {
      return (
        q.historie.all(brin, pgn, volgnummer) as Array<{
          seq: number;
          mutatie: HistorieRegel['mutatie'];
          bericht_id: string | null;
          afzender: string;
          vandaag: string;
          tijdstip: string;
          inhoud: string | null;
        }>
      ).map((r) => ({
        seq: r.seq,
        mutatie: r.mutatie,
        berichtId: r.bericht_id,
        afzender: r.afzender,
        vandaag: r.vandaag,
        tijdstip: r.tijdstip,
        inschrijving: r.inhoud === null ? null : (JSON.parse(r.inhoud) as Inschrijving),
      }));
    },

    plaatsBericht(brin: string, soort: BerichtSoort, inhoud: unknown): MailboxBericht {
      const aangemaakt = tijdstip();
      // The push queue runs on real time (its backoff waits real milliseconds).
      const nu = Date.now();
      // Placed inside the exchange that causes it (group commit keeps each commit in its own trace).
      const trace = currentTrace();
      const berichtId = Number(
        q.insertBericht.run(brin, soort, aangemaakt, JSON.stringify(inhoud), trace?.traceId ?? null, trace?.spanId ?? null)
          .lastInsertRowid,
      );
      q.insertAflevering.run(berichtId, nu);
      return { berichtId, brin, soort, aangemaakt, inhoud };
    },
    berichten(brin: string, na: number, limiet: number): MailboxBericht[] {
      return (q.berichten.all(brin, na, limiet) as BerichtRow[]).map(fromBerichtRow);
    },
    bericht(berichtId: number): MailboxBericht | undefined {
      const row = q.bericht.get(berichtId) as BerichtRow | undefined;
      return row ? fromBerichtRow(row) : undefined;
    },
    spoorVanBericht(berichtId: number): { traceId: string; spanId: string | null } | null {
      const row = q.spoorVanBericht.get(berichtId) as { trace_id: string | null; span_id: string | null } | undefined;
      return row?.trace_id ? { traceId: row.trace_id, spanId: row.span_id } : null;
    },
    berichtenVanSpoor(traceId: string): MailboxBericht[] {
      return (q.berichtenVanSpoor.all(traceId) as BerichtRow[]).map(fromBerichtRow);
    },

    dueAfleveringen(nu: number, limiet: number): Aflevering[] {
      return (
        q.dueAfleveringen.all(nu, limiet) as Array<{
          bericht_id: number;
          pogingen: number;
          eerste_poging: number | null;
          afgeleverd_aan: string;
        }>
      ).map((r) => ({
        berichtId: r.bericht_id,
        pogingen: r.pogingen,
        eerstePoging: r.eerste_poging,
        afgeleverdAan: JSON.parse(r.afgeleverd_aan) as string[],
      }));
    },
    volgendeAflevering: () => (q.nextDue.get() as { t: number | null }).t,
    werkAfleveringBij(berichtId: number, state: AfleveringState): void {
      q.updateAflevering.run(
        state.status,
        state.pogingen,
        state.volgendePoging,
        state.eerstePoging,
        JSON.stringify(state.afgeleverdAan),
        state.fout,
        berichtId,
      );
    },
    afleveringStatus: (berichtId: number) =>
      q.afleveringStatus.get(berichtId) as
        { status: string; pogingen: number; afgeleverd_aan: string; laatste_fout: string | null } | undefined,

    versiesVanLeerling: (pgn: string) => groepeerSleutels(inSleutelVolgorde(geschiedenis.rijen(pgn))),
    versiesVanLeerlingenVanSchool(brin: string): Map<string, LeerlingSleutel[]> {
      const perLeerling = new Map<string, HistorieVersieRow[]>();
      for (const r of q.versiesVanLeerlingenVanSchool.all(brin) as Array<HistorieVersieRow & { pgn: string }>) {
        const rows = perLeerling.get(r.pgn);
        if (rows) rows.push(r);
        else perLeerling.set(r.pgn, [r]);
      }
      return new Map([...perLeerling].map(([pgn, rows]) => [pgn, groepeerSleutels(rows.map(geparst))]));
    },
    alleLeerlingen: () => (q.alleLeerlingen.all() as Array<{ pgn: string }>).map((r) => r.pgn),

    openDubbeleInschrijvingen: (pgn: string) => (q.openDubbele.all(pgn) as Array<{ sleutel: string }>).map((r) => r.sleutel),
    registreerDubbeleInschrijving: (pgn: string, sleutel: string, today: string) => void q.insertDubbele.run(pgn, sleutel, today),
    losDubbeleInschrijvingOp: (pgn: string, sleutel: string, today: string) => void q.losDubbeleOp.run(today, pgn, sleutel),

    slaResultaatOp({ brin, pgn, volgnummer, soort, inhoud, berichtId, today }: ResultaatOpslag): boolean {
      const bestond = q.resultaat.get(brin, pgn, volgnummer, soort) !== undefined;
      q.upsertResultaat.run(brin, pgn, volgnummer, soort, JSON.stringify(inhoud), berichtId, today);
      return bestond;
    },
    resultaat<T>(brin: string, pgn: string, volgnummer: string, soort: string): T | undefined {
      const row = q.resultaat.get(brin, pgn, volgnummer, soort) as { inhoud: string } | undefined;
      return row ? (JSON.parse(row.inhoud) as T) : undefined;
    },
    resultaatSoorten: (brin: string, pgn: string, volgnummer: string) =>
      (q.resultaatSoorten.all(brin, pgn, volgnummer) as Array<{ soort: string }>).map((r) => r.soort),
    inschrijvingenOpDatum: (datum: string) =>
      (q.opDatum.all(datum, datum) as Array<InschrijvingRow & { brin: string; pgn: string }>).map((r) => ({
        brin: r.brin,
        pgn: r.pgn,
        inschrijving: JSON.parse(r.inhoud) as Inschrijving,
      })),
    registreerSignaal: (brin: string, pgn: string, volgnummer: string, code: string, grens: string) =>
      q.insertSignaal.run(brin, pgn, volgnummer, code, grens).changes > 0,
    heeftResultaten: (brin: string, pgn: string, volgnummer: string) =>
      (q.aantalResultaten.get(brin, pgn, volgnummer) as { n: number }).n > 0,

    // IMMEDIATE: with BRON's shards other connections write too, and a transaction that reads before
    // it writes could not take the write lock once another committed in between (SQLITE_BUSY).
    transaction: <T>(fn: () => T): T => inSchrijfbeurt(db, () => db.transaction(fn).immediate()),

    reset(): void {
      writes.clear();
      epoch++;
      geschiedenis.clear();
      // Every reading any thread holds is void.
      if (merken) for (let i = 0; i < merken.length; i++) Atomics.add(merken, i, 1);
      db.exec(
        'DELETE FROM signalen; DELETE FROM resultaten; DELETE FROM dubbele_inschrijvingen; DELETE FROM afleveringen; DELETE FROM berichten; DELETE FROM inschrijving_historie; DELETE FROM inschrijvingen; DELETE FROM onderwijsnummers; DELETE FROM tellers;',
      );
    },
  };
}

/** The cell of a pupil's write mark: a string hash (FNV-1a) of the PGN. */
export function schrijfmerkIndex(pgn: string, cells: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < pgn.length; i++) h = Math.imul(h ^ pgn.charCodeAt(i), 0x01000193);
  return (h >>> 0) % cells;
}

interface BerichtRow {
  bericht_id: number;
  brin: string;
  soort: BerichtSoort;
  aangemaakt: string;
  inhoud: string;
}

function fromBerichtRow(r: BerichtRow): MailboxBericht {
  return {
    berichtId: r.bericht_id,
    brin: r.brin,
    soort: r.soort,
    aangemaakt: r.aangemaakt,
    inhoud: JSON.parse(r.inhoud) as unknown,
  };
}
