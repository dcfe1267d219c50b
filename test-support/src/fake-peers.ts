// Fake peers for in-process tests: an OsrClient, RioClient and BronClient that answer from memory
// with the seed world's answers (fixtures/osr.json; RIO's closed 13CC), as the real clients' contracts
// say, and that a test can change: mandates, what RIO refuses, BRON's inschrijvingen, or the peer
// being down (PeerUnavailableError, as when the real one cannot be reached).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_FIXTURES_DIR,
  isActiveExclusive,
  PeerUnavailableError,
  type BronClient,
  type BronInschrijving,
  type BronPersoon,
  type Foutmelding,
  type InschrijfbaarheidVraag,
  type OsrClient,
  type OsrEndpoint,
  type OsrMandaat,
  type OsrSchool,
  type RioClient,
} from '@duo-sim/shared';

interface Reachable {
  /** False: every question fails as an unreachable peer does. */
  up: boolean;
}

const unreachable = (peer: string) => new PeerUnavailableError(peer, new Error('connect ECONNREFUSED (fake)'));

interface OsrSeed {
  onderwijsinstellingen: OsrSchool[];
  mandaten: Array<Omit<OsrMandaat, 'end_date'> & { end_date?: string | null }>;
}

/** OSR from fixtures/osr.json (OSR-03: end_date exclusive, OSR-04); tests may change `mandaten` and `endpoints`. */
export interface FakeOsr extends OsrClient, Reachable {
  mandaten: OsrSeed['mandaten'];
  /** Afleveradressen by `${school_oin}|${service}` (none in the seed world). */
  endpointsBy: Map<string, OsrEndpoint[]>;
}

export function createFakeOsr(clock: { today(): string }): FakeOsr {
  const seed = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'osr.json'), 'utf8')) as OsrSeed;
  const fake: FakeOsr = {
    up: true,
    mandaten: seed.mandaten,
    endpointsBy: new Map(),
    async hasMandate({ supplierOin, schoolOin, service, referenceDate }) {
      if (!fake.up) throw unreachable('OSR');
      const d = referenceDate ?? clock.today();
      return fake.mandaten.some(
        (m) =>
          m.supplier_oin === supplierOin &&
          m.school_oin === schoolOin &&
          m.service === service &&
          isActiveExclusive(m.start_date, m.end_date ?? null, d),
      );
    },
    async findSchool({ oin, brin }) {
      if (!fake.up) throw unreachable('OSR');
      const found = seed.onderwijsinstellingen.find(
        (s) => (oin === undefined || s.oin === oin) && (brin === undefined || s.brin === brin),
      );
      return found ?? null;
    },
    async endpoints({ schoolOin, service }) {
      if (!fake.up) throw unreachable('OSR');
      return fake.endpointsBy.get(`${schoolOin}|${service}`) ?? [];
    },
  };
  return fake;
}

/** RIO-11: inschrijfbaar, except what `niet` holds by vestigingscode (the seed's 13CC closed on 2025-08-01). */
export interface FakeRio extends RioClient, Reachable {
  niet: Map<string, Foutmelding[]>;
  vragen: InschrijfbaarheidVraag[];
}

export function createFakeRio(): FakeRio {
  const fake: FakeRio = {
    up: true,
    niet: new Map([
      [
        '13CC00',
        [{ foutcode: 'RIO-11', fouttekst: 'Onderwijsaanbieder 110A009 is niet in bedrijf (in bedrijf tot 2025-08-01).' }],
      ],
    ]),
    vragen: [],
    async inschrijfbaarheid(vraag) {
      if (!fake.up) throw unreachable('RIO');
      fake.vragen.push(vraag);
      const foutmeldingen = fake.niet.get(vraag.vestigingscode) ?? [];
      return { inschrijfbaar: foutmeldingen.length === 0, peildatum: vraag.peildatum, foutmeldingen };
    },
  };
  return fake;
}

/** BRON with the contract's semantics (ingeschreven on p: inschrijfdatum ≤ p ≤ uitschrijfdatum, BRON-03). */
export interface FakeBron extends BronClient, Reachable {
  inschrijvingen: BronInschrijving[];
  onderwijsnummers: Map<string, BronPersoon>;
  vragen: Array<{ brin: string; peildatum: string }>;
}

export function createFakeBron(inschrijvingen: BronInschrijving[] = [], personen: BronPersoon[] = []): FakeBron {
  const fake: FakeBron = {
    up: true,
    inschrijvingen,
    onderwijsnummers: new Map(personen.map((p) => [p.onderwijsnummer, p])),
    vragen: [],
    async inschrijvingenOp(brin, peildatum) {
      if (!fake.up) throw unreachable('BRON');
      fake.vragen.push({ brin, peildatum });
      return fake.inschrijvingen.filter(
        (i) =>
          i.vestigingscode.startsWith(brin) &&
          i.inschrijfdatum <= peildatum &&
          (i.uitschrijfdatum === undefined || peildatum <= i.uitschrijfdatum),
      );
    },
    async persoonVanOnderwijsnummer(nummer) {
      if (!fake.up) throw unreachable('BRON');
      return fake.onderwijsnummers.get(nummer) ?? null;
    },
  };
  return fake;
}
