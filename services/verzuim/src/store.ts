// All SQL of the verzuimregister: the BRP stub it routes by (VZM-09), the meldingen and their
// statusHistorie (VZM-12), and the counter behind the meldingsnummers (VZM-10).
import { migrate, type Db, type Foutmelding } from '@duo-sim/shared';
import type {
  BrpPersoon,
  Contactpersoon,
  Melding,
  MeldingInhoud,
  MeldingStatus,
  Pgn,
  StatusHistorieItem,
  Verzuimsoort,
  Woongemeente,
} from './domain/types.js';

/** The seed world of the verzuimregister: the BRP stub (fixtures/brp-personen.json). */
export interface VerzuimWereld {
  /** Read lazily (the land world has 1.45 million persons); iterate once. */
  personen: Iterable<BrpPersoon>;
}

/** What registration stores; the store assigns the meldingsnummer. */
export interface NieuweMelding extends Omit<MeldingInhoud, 'verzuimsoort'> {
  brin: string;
  verzuimsoort: Verzuimsoort;
  woongemeente: Woongemeente;
  registratiedatum: string;
  meldingen: Foutmelding[];
}

export interface VerzuimStore {
  /** True until the BRP stub is loaded (first start). */
  isEmpty(): boolean;
  /** Back to the seed world: the BRP stub replaced, every melding gone (POST /_sim/reset). */
  loadWorld(world: VerzuimWereld): void;
  /** Runs `fn` in one transaction; a throw rolls everything back. */
  atomically<T>(fn: () => T): T;
  persoonMetPgn(pgn: Pgn): BrpPersoon | undefined;
  /** POST /_sim/brp-personen: persons added to the stub until the next reset. */
  voegPersonenToe(personen: readonly BrpPersoon[]): void;
  personenGeborenOp(geboortedatum: string, achternaam: string): BrpPersoon[];
  melding(meldingsnummer: string): Melding | undefined;
  meldingenVanSchool(brin: string, status?: MeldingStatus): Melding[];
  meldingenVanGemeente(gemeentecode: string, status?: MeldingStatus): Melding[];
  /** The meldingen whose vervolgOp names this one (VZM-04). */
  vervolgenOp(meldingsnummer: string): Melding[];
  /** VZM-10: stores a new melding under a fresh meldingsnummer with its first statusHistorie item. */
  registreer(nieuw: NieuweMelding, eerste: Omit<StatusHistorieItem, 'wijziging' | 'status'>): Melding;
  setStatus(meldingsnummer: string, item: StatusHistorieItem): Melding;
  setEinddatum(meldingsnummer: string, einddatum: string, item: StatusHistorieItem): Melding;
  counts(): { meldingen: number; statusHistorie: number };
}

const MIGRATIONS = [
  `CREATE TABLE brp_personen (
     id INTEGER PRIMARY KEY,
     burgerservicenummer TEXT UNIQUE,
     onderwijsnummer TEXT UNIQUE,
     achternaam TEXT NOT NULL,
     geboortedatum TEXT NOT NULL,
     persoon TEXT NOT NULL
   );
   CREATE INDEX brp_personen_geboorte ON brp_personen (geboortedatum, achternaam);
   CREATE TABLE meldingen (
     meldingsnummer TEXT PRIMARY KEY,
     brin TEXT NOT NULL,
     burgerservicenummer TEXT,
     onderwijsnummer TEXT,
     vestigingscode TEXT NOT NULL,
     verzuimsoort TEXT NOT NULL,
     begindatum TEXT NOT NULL,
     einddatum TEXT,
     aantal_uren REAL,
     vervolg_op TEXT REFERENCES meldingen (meldingsnummer),
     toelichting TEXT,
     contactpersoon TEXT NOT NULL,
     status TEXT NOT NULL,
     gemeentecode TEXT NOT NULL,
     gemeentenaam TEXT NOT NULL,
     registratiedatum TEXT NOT NULL,
     meldingen TEXT NOT NULL,
     volgorde INTEGER NOT NULL UNIQUE
   );
   CREATE INDEX meldingen_school ON meldingen (brin, volgorde);
   CREATE INDEX meldingen_gemeente ON meldingen (gemeentecode, volgorde);
   CREATE INDEX meldingen_vervolg ON meldingen (vervolg_op);
   CREATE TABLE status_historie (
     id INTEGER PRIMARY KEY,
     meldingsnummer TEXT NOT NULL REFERENCES meldingen (meldingsnummer),
     wijziging TEXT NOT NULL,
     status TEXT NOT NULL,
     einddatum TEXT,
     door TEXT NOT NULL,
     namens TEXT,
     rol TEXT NOT NULL,
     tijdstip TEXT NOT NULL,
     vandaag TEXT NOT NULL
   );
   CREATE INDEX status_historie_melding ON status_historie (meldingsnummer, id);
   CREATE TABLE tellers (naam TEXT PRIMARY KEY, waarde INTEGER NOT NULL);`,
];

interface MeldingRow {
  meldingsnummer: string;
  brin: string;
  burgerservicenummer: string | null;
  onderwijsnummer: string | null;
  vestigingscode: string;
  verzuimsoort: Verzuimsoort;
  begindatum: string;
  einddatum: string | null;
  aantal_uren: number | null;
  vervolg_op: string | null;
  toelichting: string | null;
  contactpersoon: string;
  status: MeldingStatus;
  gemeentecode: string;
  gemeentenaam: string;
  registratiedatum: string;
  meldingen: string;
}

interface HistorieRow {
  wijziging: StatusHistorieItem['wijziging'];
  status: MeldingStatus;
  einddatum: string | null;
  door: string;
  namens: string | null;
  rol: StatusHistorieItem['rol'];
  tijdstip: string;
  vandaag: string;
}

function toItem(r: HistorieRow): StatusHistorieItem {
  return {
    wijziging: r.wijziging,
    status: r.status,
    ...(r.einddatum !== null ? { einddatum: r.einddatum } : {}),
    door: r.door,
    ...(r.namens !== null ? { namens: r.namens } : {}),
    rol: r.rol,
    tijdstip: r.tijdstip,
    vandaag: r.vandaag,
  };
}

/** VZM-10 (sim): `VZM-` + year of registration + a sequence number never reused in this world. */
export function formatMeldingsnummer(jaar: string, volgnummer: number): string {
  return `VZM-${jaar}-${String(volgnummer).padStart(6, '0')}`;
}

/**
 * `brpDatabase`: a land world's brp-personen.sqlite (shared/src/brp-personen-file.ts), read in place
 * as the seed's persons; this store's own brp_personen then holds only the persons added to it.
 */
export function createVerzuimStore(db: Db, brpDatabase?: Db): VerzuimStore {
  migrate(db, 'verzuim', MIGRATIONS);
  const land = brpDatabase && {
    bsn: brpDatabase.prepare('SELECT persoon FROM personen WHERE burgerservicenummer = ? LIMIT 1').pluck(),
    onr: brpDatabase.prepare('SELECT persoon FROM personen WHERE onderwijsnummer = ? LIMIT 1').pluck(),
    geboren: brpDatabase.prepare('SELECT persoon FROM personen WHERE geboortedatum = ? AND achternaam = ? ORDER BY id').pluck(),
  };

  const q = {
    anyPersoon: db.prepare('SELECT 1 FROM brp_personen LIMIT 1').pluck(),
    insertPersoon: db.prepare(
      'INSERT INTO brp_personen (burgerservicenummer, onderwijsnummer, achternaam, geboortedatum, persoon) VALUES (?, ?, ?, ?, ?)',
    ),
    persoonBsn: db.prepare('SELECT persoon FROM brp_personen WHERE burgerservicenummer = ?').pluck(),
    persoonOnr: db.prepare('SELECT persoon FROM brp_personen WHERE onderwijsnummer = ?').pluck(),
    personenGeboren: db
      .prepare('SELECT persoon FROM brp_personen WHERE geboortedatum = ? AND achternaam = ? ORDER BY id')
      .pluck(),
    melding: db.prepare('SELECT * FROM meldingen WHERE meldingsnummer = ?'),
    vanSchool: db.prepare(
      'SELECT * FROM meldingen WHERE brin = @brin AND (@status IS NULL OR status = @status) ORDER BY volgorde',
    ),
    vanGemeente: db.prepare(
      'SELECT * FROM meldingen WHERE gemeentecode = @code AND (@status IS NULL OR status = @status) ORDER BY volgorde',
    ),
    vervolgen: db.prepare('SELECT * FROM meldingen WHERE vervolg_op = ? ORDER BY volgorde'),
    historie: db.prepare(
      'SELECT wijziging, status, einddatum, door, namens, rol, tijdstip, vandaag FROM status_historie WHERE meldingsnummer = ? ORDER BY id',
    ),
    teller: db.prepare("SELECT waarde FROM tellers WHERE naam = 'meldingsnummer'").pluck(),
    setTeller: db.prepare(
      "INSERT INTO tellers (naam, waarde) VALUES ('meldingsnummer', ?) ON CONFLICT(naam) DO UPDATE SET waarde = excluded.waarde",
    ),
    insertMelding: db.prepare(
      `INSERT INTO meldingen (meldingsnummer, brin, burgerservicenummer, onderwijsnummer, vestigingscode, verzuimsoort, begindatum,
         einddatum, aantal_uren, vervolg_op, toelichting, contactpersoon, status, gemeentecode, gemeentenaam, registratiedatum,
         meldingen, volgorde)
       VALUES (@meldingsnummer, @brin, @burgerservicenummer, @onderwijsnummer, @vestigingscode, @verzuimsoort, @begindatum,
         @einddatum, @aantal_uren, @vervolg_op, @toelichting, @contactpersoon, 'GEREGISTREERD', @gemeentecode, @gemeentenaam,
         @registratiedatum, @meldingen, @volgorde)`,
    ),
    insertItem: db.prepare(
      `INSERT INTO status_historie (meldingsnummer, wijziging, status, einddatum, door, namens, rol, tijdstip, vandaag)
       VALUES (@meldingsnummer, @wijziging, @status, @einddatum, @door, @namens, @rol, @tijdstip, @vandaag)`,
    ),
    setStatus: db.prepare('UPDATE meldingen SET status = ? WHERE meldingsnummer = ?'),
    setEinddatum: db.prepare('UPDATE meldingen SET einddatum = ? WHERE meldingsnummer = ?'),
    countMeldingen: db.prepare('SELECT count(*) FROM meldingen').pluck(),
    countHistorie: db.prepare('SELECT count(*) FROM status_historie').pluck(),
  };

  const toMelding = (r: MeldingRow): Melding => ({
    meldingsnummer: r.meldingsnummer,
    brin: r.brin,
    leerling:
      r.burgerservicenummer !== null ? { burgerservicenummer: r.burgerservicenummer } : { onderwijsnummer: r.onderwijsnummer! },
    vestigingscode: r.vestigingscode,
    verzuimsoort: r.verzuimsoort,
    begindatum: r.begindatum,
    ...(r.einddatum !== null ? { einddatum: r.einddatum } : {}),
    ...(r.aantal_uren !== null ? { aantalUren: r.aantal_uren } : {}),
    ...(r.vervolg_op !== null ? { vervolgOp: r.vervolg_op } : {}),
    ...(r.toelichting !== null ? { toelichting: r.toelichting } : {}),
    contactpersoon: JSON.parse(r.contactpersoon) as Contactpersoon,
    status: r.status,
    woongemeente: { code: r.gemeentecode, naam: r.gemeentenaam },
    registratiedatum: r.registratiedatum,
    meldingen: JSON.parse(r.meldingen) as Foutmelding[],
    statusHistorie: (q.historie.all(r.meldingsnummer) as HistorieRow[]).map(toItem),
  });

  const melding = (nr: string): Melding | undefined => {
    const row = q.melding.get(nr) as MeldingRow | undefined;
    return row && toMelding(row);
  };

  const insertItem = (nr: string, item: StatusHistorieItem) =>
    q.insertItem.run({ meldingsnummer: nr, ...item, einddatum: item.einddatum ?? null, namens: item.namens ?? null });

  const loadWorld = db.transaction((world: VerzuimWereld) => {
    // The counter survives a reset: a meldingsnummer is never handed out twice in one world (VZM-10).
    db.exec('DELETE FROM status_historie; DELETE FROM meldingen; DELETE FROM brp_personen;');
    for (const p of world.personen) {
      q.insertPersoon.run(
        p.burgerservicenummer ?? null,
        p.onderwijsnummer ?? null,
        p.achternaam,
        p.geboortedatum,
        JSON.stringify(p),
      );
    }
  });

  const registreer = db.transaction((n: NieuweMelding, eerste: Omit<StatusHistorieItem, 'wijziging' | 'status'>): Melding => {
    const volgnummer = ((q.teller.get() as number | undefined) ?? 0) + 1;
    q.setTeller.run(volgnummer);
    const nr = formatMeldingsnummer(n.registratiedatum.slice(0, 4), volgnummer);
    q.insertMelding.run({
      meldingsnummer: nr,
      brin: n.brin,
      burgerservicenummer: n.leerling.burgerservicenummer ?? null,
      onderwijsnummer: n.leerling.onderwijsnummer ?? null,
      vestigingscode: n.vestigingscode,
      verzuimsoort: n.verzuimsoort,
      begindatum: n.begindatum,
      einddatum: n.einddatum ?? null,
      aantal_uren: n.aantalUren ?? null,
      vervolg_op: n.vervolgOp ?? null,
      toelichting: n.toelichting ?? null,
      contactpersoon: JSON.stringify(n.contactpersoon),
      gemeentecode: n.woongemeente.code,
      gemeentenaam: n.woongemeente.naam,
      registratiedatum: n.registratiedatum,
      meldingen: JSON.stringify(n.meldingen),
      volgorde: volgnummer,
    });
    insertItem(nr, { wijziging: 'REGISTRATIE', status: 'GEREGISTREERD', ...eerste });
    return melding(nr)!;
  });

  const setStatus = db.transaction((nr: string, item: StatusHistorieItem): Melding => {
    q.setStatus.run(item.status, nr);
    insertItem(nr, item);
    return melding(nr)!;
  });

  const setEinddatum = db.transaction((nr: string, einddatum: string, item: StatusHistorieItem): Melding => {
    q.setEinddatum.run(einddatum, nr);
    insertItem(nr, { ...item, einddatum });
    return melding(nr)!;
  });

  const parse = (json: unknown) => JSON.parse(json as string) as BrpPersoon;

  return {
    // With a land world's database the stub is never empty, so a restart never loads (and wipes) the world.
    isEmpty: () => land === undefined && q.anyPersoon.get() === undefined,
    loadWorld: (world) => loadWorld(world),
    voegPersonenToe: db.transaction((personen: readonly BrpPersoon[]) => {
      for (const p of personen) {
        q.insertPersoon.run(
          p.burgerservicenummer ?? null,
          p.onderwijsnummer ?? null,
          p.achternaam,
          p.geboortedatum,
          JSON.stringify(p),
        );
      }
    }),
    atomically: (fn) => db.transaction(fn)(),
    persoonMetPgn: (pgn) => {
      const json =
        pgn.burgerservicenummer !== undefined
          ? (q.persoonBsn.get(pgn.burgerservicenummer) ?? land?.bsn.get(pgn.burgerservicenummer))
          : pgn.onderwijsnummer !== undefined
            ? (q.persoonOnr.get(pgn.onderwijsnummer) ?? land?.onr.get(pgn.onderwijsnummer))
            : undefined;
      return json === undefined ? undefined : parse(json);
    },
    personenGeborenOp: (geboortedatum, achternaam) =>
      [...(land?.geboren.all(geboortedatum, achternaam) ?? []), ...q.personenGeboren.all(geboortedatum, achternaam)].map(parse),
    melding,
    meldingenVanSchool: (brin, status) => (q.vanSchool.all({ brin, status: status ?? null }) as MeldingRow[]).map(toMelding),
    meldingenVanGemeente: (code, status) => (q.vanGemeente.all({ code, status: status ?? null }) as MeldingRow[]).map(toMelding),
    vervolgenOp: (nr) => (q.vervolgen.all(nr) as MeldingRow[]).map(toMelding),
    registreer: (n, eerste) => registreer(n, eerste),
    setStatus: (nr, item) => setStatus(nr, item),
    setEinddatum: (nr, einddatum, item) => setEinddatum(nr, einddatum, item),
    counts: () => ({ meldingen: q.countMeldingen.get() as number, statusHistorie: q.countHistorie.get() as number }),
  };
}
