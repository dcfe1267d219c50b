// BRON's BRP stub in its database (brp-toevoegingen.ts): the seed loaded once per version of its
// file, looked up by BSN, onderwijsnummer and persoonsleutel, with the operator's additions beside it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrpPersonenDatabase, openDatabase, type Db, type Schemas } from '@duo-sim/shared';
import { createBrpDatabaseWriter } from '../../../scripts/src/fixtures/brp-database';
import { createWereldBrp, type BrpSeed } from '../src/brp-toevoegingen';
import { persoonsleutel } from '../src/domain/identificatie';

const kind = (extra: Partial<Schemas.BRPPersoon>): Schemas.BRPPersoon => ({
  achternaam: 'Visser',
  voornamen: 'Noor',
  geboortedatum: '2018-03-01',
  geslacht: 'V',
  adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' },
  ...extra,
});
const MET_BSN = kind({ burgerservicenummer: '123456782' });
const MET_ONR = kind({ onderwijsnummer: '100000009', voornamen: 'Sem', geslacht: 'M' });
const ZONDER = kind({ voornamen: 'Lotte' });

describe("BRON's BRP stub in its database", () => {
  let dir: string;
  let db: Db;
  let reads: number;
  const seed = (versie: string, personen: Schemas.BRPPersoon[]): BrpSeed => ({
    versie,
    personen: () => {
      reads++;
      return personen;
    },
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bron-brp-'));
    db = openDatabase(join(dir, 'bron.sqlite'));
    reads = 0;
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds seed persons by BSN, onderwijsnummer and persoonsleutel, and nobody else', () => {
    const brp = createWereldBrp(db, seed('v1', [MET_BSN, MET_ONR, ZONDER]));
    expect(brp.metPgn({ burgerservicenummer: '123456782' })).toEqual([MET_BSN]);
    expect(brp.metPgn({ onderwijsnummer: '100000009' })).toEqual([MET_ONR]);
    expect(brp.metPgn({ burgerservicenummer: '111222333' })).toEqual([]);
    expect(brp.metSleutel(persoonsleutel(ZONDER))).toEqual([ZONDER]);
    expect(brp.bekend(MET_BSN)).toBe(true);
  });

  it("looks a school's PGNs up at once with what metPgn says: the first person of a number, then the additions", () => {
    const tweede = kind({ burgerservicenummer: '123456782', geboortedatum: '2017-01-01', geslacht: 'M' });
    const brp = createWereldBrp(db, seed('v1', [MET_BSN, tweede, MET_ONR]));
    const extra = kind({ burgerservicenummer: '111222333', geboortedatum: '2019-05-05' });
    brp.voegToe([extra]);
    const pgns = [
      { burgerservicenummer: '123456782' },
      { onderwijsnummer: '100000009' },
      { burgerservicenummer: '111222333' },
      { onderwijsnummer: '123456782' },
      { burgerservicenummer: '999999990' },
    ];
    const batch = brp.geboortegegevensVanPgns(pgns);
    expect(pgns.map(batch)).toEqual(
      pgns.map((p) => {
        const persoon = brp.metPgn(p)[0];
        return persoon && { geboortedatum: persoon.geboortedatum, geslacht: persoon.geslacht };
      }),
    );
    expect(pgns.map(batch)).toEqual([
      { geboortedatum: '2018-03-01', geslacht: 'V' },
      { geboortedatum: '2018-03-01', geslacht: 'M' },
      { geboortedatum: '2019-05-05', geslacht: 'V' },
      undefined,
      undefined,
    ]);
  });

  it('reads the seed file once per version: a restart with the same file reads nothing, a changed file is loaded again', () => {
    createWereldBrp(db, seed('v1', [MET_BSN]));
    expect(reads).toBe(1);
    const again = createWereldBrp(db, seed('v1', [MET_BSN]));
    expect(reads).toBe(1);
    expect(again.metPgn({ burgerservicenummer: '123456782' })).toEqual([MET_BSN]);
    const changed = createWereldBrp(db, seed('v2', [MET_ONR]));
    expect(reads).toBe(2);
    expect(changed.metPgn({ burgerservicenummer: '123456782' })).toEqual([]);
    expect(changed.metPgn({ onderwijsnummer: '100000009' })).toEqual([MET_ONR]);
  });

  it('keeps additions beside the seed until a reset, which keeps the seed', () => {
    const brp = createWereldBrp(db, seed('v1', [MET_BSN]));
    const extra = kind({ burgerservicenummer: '111222333', voornamen: 'Lotte' });
    brp.voegToe([extra]);
    expect(brp.metPgn({ burgerservicenummer: '111222333' })).toEqual([extra]);
    expect(brp.metSleutel(persoonsleutel(extra))).toEqual([extra]);
    brp.wis();
    expect(brp.metPgn({ burgerservicenummer: '111222333' })).toEqual([]);
    expect(brp.metPgn({ burgerservicenummer: '123456782' })).toEqual([MET_BSN]);
  });

  it('rolls a failed load back: the stub stays as it was', () => {
    createWereldBrp(db, seed('v1', [MET_BSN]));
    const broken: BrpSeed = {
      versie: 'v2',
      *personen() {
        yield MET_ONR;
        throw new Error('kapot');
      },
    };
    expect(() => createWereldBrp(db, broken)).toThrow('kapot');
    const brp = createWereldBrp(db, seed('v1', [MET_BSN]));
    expect(reads).toBe(1);
    expect(brp.metPgn({ burgerservicenummer: '123456782' })).toEqual([MET_BSN]);
  });

  it("reads a land world's brp-personen.sqlite in place, with additions beside it", () => {
    const file = join(dir, 'brp-personen.sqlite');
    const writer = createBrpDatabaseWriter(file);
    for (const p of [MET_BSN, MET_ONR, ZONDER]) writer.add(p, JSON.stringify(p));
    writer.finish();
    const land = openBrpPersonenDatabase(file);
    try {
      const brp = createWereldBrp(db, { database: land });
      expect(brp.metPgn({ burgerservicenummer: '123456782' })).toEqual([MET_BSN]);
      expect(brp.metPgn({ onderwijsnummer: '100000009' })).toEqual([MET_ONR]);
      expect(brp.metSleutel(persoonsleutel(ZONDER))).toEqual([ZONDER]);
      expect(brp.metSleutel(persoonsleutel({ ...ZONDER, voornamen: 'Fenna' }))).toEqual([]);
      const extra = kind({ burgerservicenummer: '111222333' });
      brp.voegToe([extra]);
      expect(brp.bekend(extra)).toBe(true);
      // The batched lookup of a school's bekostiging overview reads the same file and the additions.
      const pgns = [{ burgerservicenummer: '123456782' }, { onderwijsnummer: '100000009' }, { burgerservicenummer: '111222333' }];
      const batch = brp.geboortegegevensVanPgns([...pgns, { burgerservicenummer: '999999990' }]);
      expect([...pgns, { burgerservicenummer: '999999990' }].map(batch)).toEqual([
        { geboortedatum: '2018-03-01', geslacht: 'V' },
        { geboortedatum: '2018-03-01', geslacht: 'M' },
        { geboortedatum: '2018-03-01', geslacht: 'V' },
        undefined,
      ]);
      // Nothing was copied into BRON's own database.
      expect(db.prepare('SELECT count(*) FROM brp_seed').pluck().get()).toBe(0);
    } finally {
      land.close();
    }
  });
});
