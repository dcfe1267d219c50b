// The verzuimregister under test over real mTLS, with the seed world's BRP stub (plus a few
// persons for rules the seed cannot show), an OSR fake answering from fixtures/osr.json, and a BRON
// fake whose inschrijvingen each test sets.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createReplayGuard,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  isActiveExclusive,
  schoolOinFromBrin,
  type BronClient,
  type BronInschrijving,
  type BronPersoon,
  type OsrClient,
  type OsrMandaat,
  type OsrSchool,
} from '@duo-sim/shared';
import { createApp } from '../src/app';
import type { BrpPersoon } from '../src/domain/types';
import { readVerzuimWorld } from '../src/seed';
import { createVerzuimStore, type VerzuimStore } from '../src/store';
import { testCommonDeps, type TestDeps } from '../../../test/support/deps';
import { serveOverMtls, type Served } from '../../../test/support/mtls';

/** The seed world's parties by name (fixtures/README.md). */
export const DUO = DUO_OIN;
export const OPERATOR = '00000099000000010000';
export const PLAZA = '00000099100000010000';
export const KWARTET = '00000099100000020000';
export const ZANDLOPER = '00000099100000030000';
export const DOMSTAD = '00000099200000010000';
export const UTRECHT = '00000099300003440000';
export const AMERSFOORT = '00000099300003070000';
export const ZEIST = '00000099300003550000';

export const school = (brin: string): string => schoolOinFromBrin(brin);

/** A Friday: werkdagen in the tests count from here (VZM-07). */
export const TODAY = '2026-11-27';

/** Pupils of the seed BRP stub (fixtures/brp-personen.json). */
export const THIJS = { burgerservicenummer: '802533048' }; // Utrecht, born 2016-01-15
export const NOAH = { burgerservicenummer: '709185157' }; // Zeist, born 2016-02-24
export const JENS = { burgerservicenummer: '848666458' }; // Amersfoort, born 2017-02-02
export const MAX = { burgerservicenummer: '803335143' }; // Utrecht, born 2022-09-10: not yet leerplichtig
/** Milan Visser (Utrecht) has no PGN in the BRP; BRON gave him this onderwijsnummer (BRON-01). */
export const MILAN = { onderwijsnummer: '100000004' };
export const MILAN_PERSOON: BronPersoon = {
  onderwijsnummer: '100000004',
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

/** A BRON fake with the contract's semantics (ingeschreven on p: inschrijfdatum ≤ p ≤ uitschrijfdatum). */
export interface FakeBron extends BronClient {
  inschrijvingen: BronInschrijving[];
  onderwijsnummers: Map<string, BronPersoon>;
  vragen: Array<{ brin: string; peildatum: string }>;
}

export function createFakeBron(): FakeBron {
  const fake: FakeBron = {
    inschrijvingen: [
      inschrijving(THIJS, '11AA00'),
      inschrijving(NOAH, '11AA00'),
      inschrijving(MAX, '11AA00', '2026-09-10'),
      inschrijving(MILAN, '11AA00'),
      inschrijving(JENS, '12BA00'),
      inschrijving(SANNE, '13CA00', '2019-08-01'),
      inschrijving(LOTTE, '11AA00'),
      inschrijving(ONBEKEND, '11AA00'),
    ],
    onderwijsnummers: new Map([[MILAN_PERSOON.onderwijsnummer, MILAN_PERSOON]]),
    vragen: [],
    async inschrijvingenOp(brin, peildatum) {
      fake.vragen.push({ brin, peildatum });
      return fake.inschrijvingen.filter(
        (i) =>
          i.vestigingscode.startsWith(brin) &&
          i.inschrijfdatum <= peildatum &&
          (i.uitschrijfdatum === undefined || peildatum <= i.uitschrijfdatum),
      );
    },
    async persoonVanOnderwijsnummer(nummer) {
      return fake.onderwijsnummers.get(nummer) ?? null;
    },
  };
  return fake;
}

interface OsrSeed {
  onderwijsinstellingen: OsrSchool[];
  mandaten: Array<Omit<OsrMandaat, 'end_date'> & { end_date?: string | null }>;
}

/** An OSR fake answering from fixtures/osr.json (OSR-03: end_date exclusive); tests may change `mandaten`. */
export interface FakeOsr extends OsrClient {
  mandaten: OsrSeed['mandaten'];
}

export function createFakeOsr(clock: { today(): string }): FakeOsr {
  const seed = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'osr.json'), 'utf8')) as OsrSeed;
  const fake: FakeOsr = {
    mandaten: seed.mandaten,
    async hasMandate({ supplierOin, schoolOin, service, referenceDate }) {
      const d = referenceDate ?? clock.today();
      return fake.mandaten.some(
        (m) =>
          m.supplier_oin === supplierOin &&
          m.school_oin === schoolOin &&
          m.service === service &&
          isActiveExclusive(m.start_date, m.end_date, d),
      );
    },
    async findSchool({ oin, brin }) {
      return (
        seed.onderwijsinstellingen.find((s) => (oin === undefined || s.oin === oin) && (brin === undefined || s.brin === brin)) ??
        null
      );
    },
    async endpoints() {
      return [];
    },
  };
  return fake;
}

export interface VerzuimUnderTest {
  served: Served;
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
  const served = await serveOverMtls(app);
  return { served, deps, store, bron, osr, personen, close: () => served.close() };
}

export const CONTACT = { naam: 'J. de Vries (mentor groep 6)', telefoon: '030-1234567', email: 'j.devries@vlinderboom.nl' };

/** A valid 16-uur melding of Thijs at 11AA00: reached on Wednesday, reported on Friday (VZM-03, VZM-07). */
export function melding(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const m: Record<string, unknown> = {
    leerling: THIJS,
    vestigingscode: '11AA00',
    verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
    begindatum: '2026-11-02',
    einddatum: '2026-11-25',
    aantalUren: 17,
    toelichting: 'Regelmatig de eerste uren afwezig zonder bericht.',
    contactpersoon: CONTACT,
  };
  // An override with the value undefined leaves that field out.
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete m[k];
    else m[k] = v;
  }
  return m;
}

export function bedrijfsdocument(brin: string, id: string = randomUUID()) {
  return {
    identificatiecodeBedrijfsdocument: id,
    verzendendeInstantie: school(brin),
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: '2026-11-27T09:00:00Z',
  };
}

export function meldingBericht(brin = '11AA', overrides: Record<string, unknown> = {}, id?: string) {
  return { bedrijfsdocument: bedrijfsdocument(brin, id), melding: melding(overrides) };
}
