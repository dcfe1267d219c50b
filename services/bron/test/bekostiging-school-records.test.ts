// The bekostiging overview of a school reads its pupils' histories in one query and their BRP entries
// in one batched lookup (schoolRecords); every school's overview must be exactly what reading each
// pupil on its own (pupilRecord) gives (BEK-02..09).
import { createFixedClock, openDatabase, type Schemas } from '@duo-sim/shared';
import { schoolOverzicht } from '../src/domain/bekostiging-overzicht';
import { persoonsleutel } from '../src/domain/identificatie';
import type { Inschrijving } from '../src/domain/types';
import { createWereldBrp } from '../src/brp-toevoegingen';
import { createBronStore } from '../src/store';
import { pupilRecord, schoolRecords, type BekostigingDeps } from '../src/use-cases/leerling-bekostiging';
import { inschrijving } from './bron-world';

const kind = (extra: Partial<Schemas.BRPPersoon>): Schemas.BRPPersoon => ({
  achternaam: 'Visser',
  voornamen: 'Noor',
  geboortedatum: '2019-03-01',
  geslacht: 'V',
  adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' },
  ...extra,
});

const TOEGEVOEGD = kind({ burgerservicenummer: '111222333', geboortedatum: '2022-10-01' });
const UITGEGEVEN = { achternaam: 'Bakker', voornamen: 'Sem', geboortedatum: '2017-05-05', geslacht: 'M' as const };
const SEED = [
  kind({ burgerservicenummer: '123456782', geboortedatum: '2018-06-01' }),
  // The same BSN twice: the first row counts, as metPgn's LIMIT 1 on the number's index gives.
  kind({ burgerservicenummer: '234567891', geboortedatum: '2016-01-15' }),
  kind({ burgerservicenummer: '234567891', geboortedatum: '2023-01-15' }),
  kind({ onderwijsnummer: '100000009', geboortedatum: '2022-12-01', geslacht: 'M' }),
  kind({ burgerservicenummer: '345678912', geboortedatum: '2021-09-30' }),
];

describe('schoolRecords: one read per school instead of two per pupil', () => {
  let deps: BekostigingDeps;
  beforeEach(() => {
    const brp = createWereldBrp(openDatabase(':memory:'), { versie: 'test', personen: () => SEED });
    brp.voegToe([TOEGEVOEGD]);
    deps = {
      store: createBronStore(openDatabase(':memory:'), createFixedClock('2027-03-01')),
      brp,
      teldatumModus: 'FEBRUARI',
    };
    deps.store.registreerOnderwijsnummer('100000010', persoonsleutel(UITGEGEVEN), UITGEGEVEN);
  });

  const meta = (vandaag: string) => ({ berichtId: null, afzender: 'test', vandaag });
  const sla = (brin: string, ins: Inschrijving, vandaag: string) =>
    deps.store.slaInschrijvingOp(brin, ins, 'GEWIJZIGD', meta(vandaag));
  const bij = (brin: string, leerling: Inschrijving['leerling'], volgnummer: string, inschrijfdatum: string, extra = {}) =>
    inschrijving({
      leerling,
      inschrijvingsvolgnummer: volgnummer,
      vestigingscode: `${brin}00`,
      inschrijfdatum,
      periodes: [{ begindatum: inschrijfdatum, groep: 3 }],
      ...extra,
    });

  /** Several pupils per school, with moves, uitschrijvingen, removed keys and missing BRP entries. */
  function wereld(): void {
    // Moves from 11AA to 11AB, uitgeschreven at 11AA the day before.
    sla('11AA', bij('11AA', { burgerservicenummer: '123456782' }, '1', '2025-08-20'), '2025-08-20');
    sla(
      '11AA',
      bij('11AA', { burgerservicenummer: '123456782' }, '1', '2025-08-20', { uitschrijfdatum: '2026-01-09' }),
      '2026-01-09',
    );
    sla('11AB', bij('11AB', { burgerservicenummer: '123456782' }, '1', '2026-01-10'), '2026-01-12');
    // Duplicate BSN in the seed; two volgnummers at 11AA ('10' sorts before '2').
    sla('11AA', bij('11AA', { burgerservicenummer: '234567891' }, '2', '2024-08-20'), '2024-08-20');
    sla('11AA', bij('11AA', { burgerservicenummer: '234567891' }, '10', '2026-03-01'), '2026-03-02');
    // Onderwijsnummer in the seed; registered too late for the teldatum (BEK-08).
    sla('11AA', bij('11AA', { onderwijsnummer: '100000009' }, '1', '2026-01-20'), '2026-03-10');
    // Onderwijsnummer issued by BRON, not in the stub.
    sla('11AB', bij('11AB', { onderwijsnummer: '100000010' }, '1', '2025-08-20'), '2025-08-20');
    // A BSN the operator added, and a BSN in no BRP at all.
    sla('11AA', bij('11AA', { burgerservicenummer: '111222333' }, '1', '2026-09-01'), '2026-09-01');
    sla('11AB', bij('11AB', { burgerservicenummer: '999999990' }, '1', '2025-08-20'), '2025-08-20');
    // Removed at 11AA (BRON-04), so only its history remains there, while it stays at 11AB.
    const weg = bij('11AA', { burgerservicenummer: '345678912' }, '1', '2025-09-01');
    sla('11AA', weg, '2025-09-01');
    deps.store.verwijderInschrijving('11AA', weg, meta('2025-09-05'));
    sla('11AB', bij('11AB', { burgerservicenummer: '345678912' }, '1', '2025-09-06'), '2025-09-06');
    // A pupil whose only key was removed: the PGN alone names them.
    const alleenWeg = bij('11AB', { burgerservicenummer: '456789123' }, '7', '2025-08-20');
    sla('11AB', alleenWeg, '2025-08-20');
    deps.store.verwijderInschrijving('11AB', alleenWeg, meta('2025-10-01'));
  }

  /** The path before the batch: each of the school's pupils read on their own. */
  const perLeerling = (brin: string) =>
    deps.store
      .alleLeerlingen()
      .filter((pgn) => deps.store.versiesVanLeerling(pgn).some((s) => s.brin === brin))
      .map((pgn) => pupilRecord(deps, pgn));

  it.each(['11AA', '11AB', '12BA'])('gives %s the same records and a byte-identical overview', (brin) => {
    wereld();
    const records = schoolRecords(deps, brin);
    expect(records).toEqual(perLeerling(brin));
    expect(records.length).toBe({ '11AA': 5, '11AB': 5, '12BA': 0 }[brin]);
    for (const teldatum of ['2025-10-01', '2026-02-01', '2027-02-01'])
      for (const today of ['2026-02-15', '2027-03-01'])
        expect(JSON.stringify(schoolOverzicht(records, brin, teldatum, today, 'FEBRUARI'))).toBe(
          JSON.stringify(schoolOverzicht(perLeerling(brin), brin, teldatum, today, 'FEBRUARI')),
        );
  });

  it('looks the geboortedatum up in the batch: the seed, the additions, issued onderwijsnummers, or none', () => {
    wereld();
    const geboren = Object.fromEntries(
      schoolRecords(deps, '11AA').map((r) => [
        JSON.stringify(r.inschrijvingen[0]?.versies[0]?.inschrijving?.leerling),
        r.geboortedatum,
      ]),
    );
    expect(geboren).toEqual({
      '{"burgerservicenummer":"123456782"}': '2018-06-01',
      '{"burgerservicenummer":"234567891"}': '2016-01-15',
      '{"onderwijsnummer":"100000009"}': '2022-12-01',
      '{"burgerservicenummer":"111222333"}': '2022-10-01',
      '{"burgerservicenummer":"345678912"}': '2021-09-30',
    });
    expect(
      schoolRecords(deps, '11AB').find((r) =>
        r.inschrijvingen.some((i) => i.inschrijving?.leerling.onderwijsnummer === '100000010'),
      )?.geboortedatum,
    ).toBe('2017-05-05');
    expect(schoolRecords(deps, '11AB').some((r) => r.geboortedatum === undefined)).toBe(true);
  });
});
