// The verzuimregister under test, driven in-process (@duo-sim/test-support), with the seed world's
// BRP stub (plus a few persons for rules the seed cannot show), the fake OSR answering from
// fixtures/osr.json, and a fake BRON whose inschrijvingen each test sets.
import { createReplayGuard, DEFAULT_FIXTURES_DIR, type BronInschrijving, type BronPersoon } from '@duo-sim/shared';
import { createApp } from '../src/app';
import type { BrpPersoon } from '../src/domain/types';
import { readVerzuimWorld } from '../src/seed';
import { createVerzuimStore, type VerzuimStore } from '../src/store';
import {
  bedrijfsdocument as envelope,
  createFakeBron as fakeBronWith,
  createFakeOsr,
  JENS,
  MAX,
  melding as seedMelding,
  MILAN,
  NOAH,
  serveInProcess,
  testCommonDeps,
  THIJS,
  type FakeBron,
  type FakeOsr,
  type InProcess,
  type TestDeps,
} from '@duo-sim/test-support';

/** The seed world's parties and pupils by name (fixtures/README.md). */
export {
  AMERSFOORT,
  DOMSTAD,
  DUO,
  JENS,
  KWARTET,
  MAX,
  MILAN,
  NOAH,
  OPERATOR,
  PLAZA,
  school,
  THIJS,
  UTRECHT,
  ZANDLOPER,
  ZEIST,
} from '@duo-sim/test-support';
export type { FakeBron, FakeOsr } from '@duo-sim/test-support';

/** A Friday: werkdagen in the tests count from here (VZM-07). */
export const TODAY = '2026-11-27';

export const MILAN_PERSOON: BronPersoon = {
  onderwijsnummer: MILAN.onderwijsnummer,
  achternaam: 'Visser',
  voornamen: 'Milan',
  geboortedatum: '2016-02-10',
  geslacht: 'M',
};

/** Persons added to the stub for rules the seed (children aged 3–13) cannot show. */
export const SANNE = { burgerservicenummer: '111222333' }; // 19 on TODAY, Zeist (RMC)
export const LOTTE = { burgerservicenummer: '123456782' }; // lives in Amsterdam (0363), not in the world
/** A valid BSN that is not in the BRP stub. */
export const ONBEKEND = { burgerservicenummer: '100252333' };

const EXTRA_PERSONEN: BrpPersoon[] = [
  {
    burgerservicenummer: SANNE.burgerservicenummer,
    achternaam: 'Bakker',
    voornamen: 'Sanne',
    geboortedatum: '2007-05-01',
    geslacht: 'V',
    adres: { postcode: '3701AB', huisnummer: 5, woonplaats: 'Zeist', gemeentecode: '0355' },
  },
  {
    burgerservicenummer: LOTTE.burgerservicenummer,
    achternaam: 'Jansen',
    voornamen: 'Lotte',
    geboortedatum: '2016-06-06',
    geslacht: 'V',
    adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' },
  },
];

export function inschrijving(
  leerling: BronInschrijving['leerling'],
  vestigingscode: string,
  inschrijfdatum = '2024-08-01',
  uitschrijfdatum?: string,
): BronInschrijving {
  return {
    leerling,
    inschrijvingsvolgnummer: '1',
    vestigingscode,
    onderwijsaanbiedercode: '110A001',
    onderwijslocatiecode: '107X001',
    soortOnderwijs: 'BAO',
    inschrijfdatum,
    ...(uitschrijfdatum ? { uitschrijfdatum } : {}),
    periodes: [{ begindatum: inschrijfdatum, groep: 6 }],
  };
}

/** The fake BRON of these tests: every pupil they speak of ingeschreven at its school. */
export function createFakeBron(): FakeBron {
  return fakeBronWith(
    [
      inschrijving(THIJS, '11AA00'),
      inschrijving(NOAH, '11AA00'),
      inschrijving(MAX, '11AA00', '2026-09-10'),
      inschrijving(MILAN, '11AA00'),
      inschrijving(JENS, '12BA00'),
      inschrijving(SANNE, '13CA00', '2019-08-01'),
      inschrijving(LOTTE, '11AA00'),
      inschrijving(ONBEKEND, '11AA00'),
    ],
    [MILAN_PERSOON],
  );
}

export interface VerzuimUnderTest {
  served: InProcess;
  deps: TestDeps;
  store: VerzuimStore;
  bron: FakeBron;
  osr: FakeOsr;
  personen: BrpPersoon[];
  close(): Promise<void>;
}

export async function startVerzuim(today = TODAY): Promise<VerzuimUnderTest> {
  const deps = testCommonDeps(today);
  const store = createVerzuimStore(deps.db);
  const bron = createFakeBron();
  const osr = createFakeOsr(deps.clock);
  const personen = [...readVerzuimWorld(DEFAULT_FIXTURES_DIR, deps.schemas).personen, ...EXTRA_PERSONEN];
  const app = createApp({ ...deps, store, seed: () => ({ personen }), osr, bron, replay: createReplayGuard(deps.db) });
  const served = serveInProcess(app);
  return { served, deps, store, bron, osr, personen, close: () => served.close() };
}

/** A valid 16-uur melding of Thijs at 11AA00: reached on Wednesday, reported on Friday (VZM-03, VZM-07). */
export function melding(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return seedMelding(overrides);
}

/** The envelope from `brin`'s school, sent on TODAY. */
export function bedrijfsdocument(brin: string, id?: string) {
  return envelope(brin, { today: TODAY, ...(id ? { id } : {}) });
}

export function meldingBericht(brin = '11AA', overrides: Record<string, unknown> = {}, id?: string) {
  return { bedrijfsdocument: bedrijfsdocument(brin, id), melding: melding(overrides) };
}
