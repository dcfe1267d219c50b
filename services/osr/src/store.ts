// All SQL of OSR: the register of schools, suppliers, diensten, mandates and afleveradressen.
import { migrate, type Db, type OsrDienst, type OsrMandaat, type OsrSchool, type Schemas } from '@duo-sim/shared';
import type { EndpointWithMandate } from './domain/endpoint.js';
import type { Period } from './domain/mandate.js';

/** fixtures/osr.json (schema osr-wereld). */
export type OsrWereld = Schemas.OSRWereld;

export interface SchoolFilter {
  brin?: string | undefined;
  oin?: string | undefined;
  oa_id?: string | undefined;
}

export interface StoredEndpoint extends Period {
  url: string;
}

export interface OsrStore {
  isEmpty(): boolean;
  /** Replaces the whole register by a seed world (first start, POST /_sim/reset). */
  loadWorld(world: OsrWereld): void;
  /** Runs `fn` in one transaction; a throw rolls everything back. */
  atomically<T>(fn: () => T): T;
  diensten(): OsrDienst[];
  hasDienst(code: string): boolean;
  findSchools(filter: SchoolFilter): OsrSchool[];
  school(oin: string): OsrSchool | undefined;
  hasLeverancier(oin: string): boolean;
  /** A vendor added to the world (OSR-07). */
  insertLeverancier(oin: string, naam: string): void;
  mandate(id: string): OsrMandaat | undefined;
  mandateByToken(token: string): OsrMandaat | undefined;
  mandatesOfTriple(schoolOin: string, supplierOin: string, service: string): OsrMandaat[];
  mandatesOfSupplier(supplierOin: string): OsrMandaat[];
  mandatesOfSchool(schoolOin: string, service?: string): OsrMandaat[];
  insertMandate(m: OsrMandaat): void;
  setEndDate(id: string, endDate: string): void;
  endpointsOfMandate(mandateId: string): StoredEndpoint[];
  /** Replaces every afleveradres period of a mandate. */
  replaceEndpoints(mandateId: string, periods: readonly StoredEndpoint[]): void;
  endpointsOfSchool(schoolOin: string, service: string): EndpointWithMandate[];
  counts(): { mandaten: number; endpoints: number };
}

const MIGRATIONS = [
  `CREATE TABLE diensten (
     code TEXT PRIMARY KEY,
     naam TEXT NOT NULL,
     namespace TEXT NOT NULL,
     volgorde INTEGER NOT NULL
   );
   CREATE TABLE onderwijsinstellingen (
     oin TEXT PRIMARY KEY,
     brin TEXT NOT NULL UNIQUE,
     naam TEXT NOT NULL,
     onderwijsaanbiedercode TEXT NOT NULL,
     bestuur_oin TEXT NOT NULL,
     bestuur_naam TEXT NOT NULL,
     bevoegd_gezag_nummer TEXT NOT NULL
   );
   CREATE INDEX onderwijsinstellingen_oa ON onderwijsinstellingen (onderwijsaanbiedercode);
   CREATE TABLE leveranciers (
     oin TEXT PRIMARY KEY,
     naam TEXT NOT NULL
   );
   CREATE TABLE mandaten (
     id TEXT PRIMARY KEY,
     school_oin TEXT NOT NULL REFERENCES onderwijsinstellingen (oin),
     supplier_oin TEXT NOT NULL REFERENCES leveranciers (oin),
     service TEXT NOT NULL REFERENCES diensten (code),
     start_date TEXT NOT NULL,
     end_date TEXT,
     token TEXT NOT NULL UNIQUE,
     CHECK (end_date IS NULL OR end_date > start_date)
   );
   CREATE INDEX mandaten_triple ON mandaten (supplier_oin, school_oin, service);
   CREATE INDEX mandaten_school ON mandaten (school_oin, service);
   CREATE TABLE endpoints (
     id INTEGER PRIMARY KEY,
     mandaat_id TEXT NOT NULL REFERENCES mandaten (id),
     url TEXT NOT NULL,
     start_date TEXT NOT NULL,
     end_date TEXT,
     CHECK (end_date IS NULL OR end_date > start_date)
   );
   CREATE INDEX endpoints_mandaat ON endpoints (mandaat_id, start_date);`,
];

interface SchoolRow {
  oin: string;
  brin: string;
  naam: string;
  onderwijsaanbiedercode: string;
  bestuur_oin: string;
  bestuur_naam: string;
  bevoegd_gezag_nummer: string;
}

function toSchool(r: SchoolRow): OsrSchool {
  return {
    oin: r.oin,
    brin: r.brin,
    naam: r.naam,
    onderwijsaanbiedercode: r.onderwijsaanbiedercode,
    bestuur: { oin: r.bestuur_oin, naam: r.bestuur_naam, bevoegdGezagNummer: r.bevoegd_gezag_nummer },
  };
}

const MANDATE_COLUMNS = 'id, school_oin, supplier_oin, service, start_date, end_date, token';
const MANDATE_ORDER = 'ORDER BY school_oin, service, start_date';

export function createOsrStore(db: Db): OsrStore {
  migrate(db, 'osr', MIGRATIONS);

  const q = {
    anyDienst: db.prepare('SELECT 1 FROM diensten LIMIT 1').pluck(),
    diensten: db.prepare('SELECT code, naam, namespace FROM diensten ORDER BY volgorde'),
    dienst: db.prepare('SELECT 1 FROM diensten WHERE code = ?').pluck(),
    schools: db.prepare(
      `SELECT * FROM onderwijsinstellingen
       WHERE (@brin IS NULL OR brin = @brin) AND (@oin IS NULL OR oin = @oin) AND (@oa_id IS NULL OR onderwijsaanbiedercode = @oa_id)
       ORDER BY brin`,
    ),
    school: db.prepare('SELECT * FROM onderwijsinstellingen WHERE oin = ?'),
    leverancier: db.prepare('SELECT 1 FROM leveranciers WHERE oin = ?').pluck(),
    mandate: db.prepare(`SELECT ${MANDATE_COLUMNS} FROM mandaten WHERE id = ?`),
    mandateByToken: db.prepare(`SELECT ${MANDATE_COLUMNS} FROM mandaten WHERE token = ?`),
    triple: db.prepare(
      `SELECT ${MANDATE_COLUMNS} FROM mandaten WHERE supplier_oin = ? AND school_oin = ? AND service = ? ORDER BY start_date`,
    ),
    ofSupplier: db.prepare(`SELECT ${MANDATE_COLUMNS} FROM mandaten WHERE supplier_oin = ? ${MANDATE_ORDER}`),
    ofSchool: db.prepare(
      `SELECT ${MANDATE_COLUMNS} FROM mandaten WHERE school_oin = @school AND (@service IS NULL OR service = @service) ${MANDATE_ORDER}`,
    ),
    insertMandate: db.prepare(
      `INSERT INTO mandaten (${MANDATE_COLUMNS}) VALUES (@id, @school_oin, @supplier_oin, @service, @start_date, @end_date, @token)`,
    ),
    setEndDate: db.prepare('UPDATE mandaten SET end_date = ? WHERE id = ?'),
    endpointsOfMandate: db.prepare('SELECT url, start_date, end_date FROM endpoints WHERE mandaat_id = ? ORDER BY start_date'),
    deleteEndpointsOfMandate: db.prepare('DELETE FROM endpoints WHERE mandaat_id = ?'),
    insertEndpoint: db.prepare('INSERT INTO endpoints (mandaat_id, url, start_date, end_date) VALUES (?, ?, ?, ?)'),
    endpointsOfSchool: db.prepare(
      `SELECT m.supplier_oin, e.url, e.start_date, e.end_date, m.start_date AS m_start, m.end_date AS m_end
       FROM endpoints e JOIN mandaten m ON m.id = e.mandaat_id
       WHERE m.school_oin = ? AND m.service = ?
       ORDER BY m.supplier_oin, e.start_date`,
    ),
    countMandaten: db.prepare('SELECT count(*) FROM mandaten').pluck(),
    countEndpoints: db.prepare('SELECT count(*) FROM endpoints').pluck(),
    insertDienst: db.prepare('INSERT INTO diensten (code, naam, namespace, volgorde) VALUES (?, ?, ?, ?)'),
    insertSchool: db.prepare(
      `INSERT INTO onderwijsinstellingen (oin, brin, naam, onderwijsaanbiedercode, bestuur_oin, bestuur_naam, bevoegd_gezag_nummer)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertLeverancier: db.prepare('INSERT INTO leveranciers (oin, naam) VALUES (?, ?)'),
  };

  const loadWorld = db.transaction((world: OsrWereld) => {
    db.exec(
      'DELETE FROM endpoints; DELETE FROM mandaten; DELETE FROM leveranciers; DELETE FROM onderwijsinstellingen; DELETE FROM diensten;',
    );
    world.diensten.forEach((d, i) => q.insertDienst.run(d.code, d.naam, d.namespace, i));
    for (const s of world.onderwijsinstellingen) {
      q.insertSchool.run(
        s.oin,
        s.brin,
        s.naam,
        s.onderwijsaanbiedercode,
        s.bestuur.oin,
        s.bestuur.naam,
        s.bestuur.bevoegdGezagNummer,
      );
    }
    for (const l of world.leveranciers) q.insertLeverancier.run(l.oin, l.naam);
    for (const m of world.mandaten) q.insertMandate.run({ ...m, end_date: m.end_date ?? null });
  });

  const replaceEndpoints = db.transaction((mandateId: string, periods: readonly StoredEndpoint[]) => {
    q.deleteEndpointsOfMandate.run(mandateId);
    for (const p of periods) q.insertEndpoint.run(mandateId, p.url, p.start_date, p.end_date);
  });

  return {
    isEmpty: () => q.anyDienst.get() === undefined,
    loadWorld: (world) => loadWorld(world),
    atomically: (fn) => db.transaction(fn)(),
    diensten: () => q.diensten.all() as OsrDienst[],
    hasDienst: (code) => q.dienst.get(code) !== undefined,
    findSchools: (f) =>
      (q.schools.all({ brin: f.brin ?? null, oin: f.oin ?? null, oa_id: f.oa_id ?? null }) as SchoolRow[]).map(toSchool),
    school: (oin) => {
      const row = q.school.get(oin) as SchoolRow | undefined;
      return row && toSchool(row);
    },
    hasLeverancier: (oin) => q.leverancier.get(oin) !== undefined,
    insertLeverancier: (oin, naam) => void q.insertLeverancier.run(oin, naam),
    mandate: (id) => q.mandate.get(id) as OsrMandaat | undefined,
    mandateByToken: (token) => q.mandateByToken.get(token) as OsrMandaat | undefined,
    mandatesOfTriple: (school, supplier, service) => q.triple.all(supplier, school, service) as OsrMandaat[],
    mandatesOfSupplier: (supplier) => q.ofSupplier.all(supplier) as OsrMandaat[],
    mandatesOfSchool: (school, service) => q.ofSchool.all({ school, service: service ?? null }) as OsrMandaat[],
    insertMandate: (m) => void q.insertMandate.run(m),
    setEndDate: (id, endDate) => void q.setEndDate.run(endDate, id),
    endpointsOfMandate: (id) => q.endpointsOfMandate.all(id) as StoredEndpoint[],
    replaceEndpoints: (id, periods) => replaceEndpoints(id, periods),
    endpointsOfSchool: (school, service) =>
      (
        q.endpointsOfSchool.all(school, service) as Array<{
          supplier_oin: string;
          url: string;
          start_date: string;
          end_date: string | null;
          m_start: string;
          m_end: string | null;
        }>
      ).map((r) => ({
        supplier_oin: r.supplier_oin,
        url: r.url,
        start_date: r.start_date,
        end_date: r.end_date,
        mandate: { start_date: r.m_start, end_date: r.m_end },
      })),
    counts: () => ({ mandaten: q.countMandaten.get() as number, endpoints: q.countEndpoints.get() as number }),
  };
}
