// BRON under test: the app on an in-memory database, driven in-process (@duo-sim/test-support),
// asking real OSR and RIO apps on the seed world (fixtures/README.md) in-process, plus builders for
// its berichten. What TLS adds is the subject of the mTLS suites (shared/test, test/*.e2e.test.ts).
import {
  createReplayGuard,
  createStoringenStore,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  parsePushToegestaan,
  readBrpPersonen,
  silentLogger,
  type OsrClient,
  type Schemas,
} from '@duo-sim/shared';
import { createApp } from '../src/app';
import { createWereldBrp, type BrpSeed } from '../src/brp-toevoegingen';
import type { Inschrijving } from '../src/domain/types';
import { createBronStore, type BronStore } from '../src/store';
import type { PushConfig } from '../src/config';
import { createPusher, type Pusher } from '../src/push';
import type { BronShards } from '../src/shards';
import {
  bedrijfsdocument as envelope,
  clientTls,
  inschrijving as seedInschrijving,
  serveInProcess,
  testCommonDeps,
  THIJS,
  PLAZA,
  TODAY as VANDAAG,
  type InProcess,
  type TestDeps,
} from '@duo-sim/test-support';
import { type Peers, startPeers } from '@duo-sim/test-support/peers';

/** The seed world's parties by name (fixtures/README.md). */
export { DOMSTAD, KWARTET, OPERATOR, PLAZA, ZANDLOPER } from '@duo-sim/test-support';

/** The committed world's BRP stub, as BRON's server loads it (into its database). */
export const DEFAULT_BRP_SEED: BrpSeed = {
  versie: 'fixtures/',
  personen: () => readBrpPersonen(DEFAULT_FIXTURES_DIR) as Iterable<Schemas.BRPPersoon>,
};
export { DUO_OIN };
export { TODAY as VANDAAG, THIJS_GEBOORTEDATUM as GEBOORTEDATUM } from '@duo-sim/test-support';

/** A pupil of the BRP stub (Thijs): born 2016-01-15, lives in Utrecht. */
export const BSN = THIJS.burgerservicenummer;

export interface BronUnderTest {
  served: InProcess;
  deps: TestDeps;
  store: BronStore;
  peers: Peers;
  pusher?: Pusher;
  count(table: string): number;
  setToday(date: string): void;
  close(): Promise<void>;
}

/** `toegestaan`: BRON_PUSH_TOEGESTAAN of the pusher (default: loopback and localhost). */
export async function startBron(
  today = VANDAAG,
  push?: PushConfig,
  toegestaan?: string,
  shards?: BronShards,
): Promise<BronUnderTest> {
  const peers = await startPeers(today);
  const deps = testCommonDeps(today);
  const store = createBronStore(deps.db, deps.clock);
  // One set of faults for the app (which sets them) and the pusher (which meets the push faults).
  const storingen = createStoringenStore(deps.db);
  const pusher = push
    ? createPusher({
        store,
        osr: peers.osr,
        journal: deps.journal,
        clock: deps.clock,
        logger: deps.logger,
        config: push,
        duoTls: clientTls(DUO_OIN),
        toegestaan: parsePushToegestaan(toegestaan).toegestaan,
        storingen,
      })
    : undefined;
  const app = createApp({
    ...(pusher ? { pusher } : {}),
    ...deps,
    storingen,
    store,
    osr: peers.osr,
    rio: peers.rio,
    brp: createWereldBrp(deps.db, DEFAULT_BRP_SEED),
    replay: createReplayGuard(deps.db),
    teldatumModus: 'FEBRUARI',
    ...(shards ? { shards } : {}),
  });
  const served = serveInProcess(app);
  return {
    served,
    deps,
    store,
    peers,
    ...(pusher ? { pusher } : {}),
    count: (table) => (deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    setToday(date) {
      deps.clock.set(date);
      peers.setToday(date);
    },
    async close() {
      await pusher?.stop();
      await served.close();
      await peers.close();
    },
  };
}

/** The envelope from `brin`'s school, sent at 10:15 on VANDAAG. */
export function bedrijfsdocument(brin: string, id?: string) {
  return { ...envelope(brin, id ? { id } : {}), datumTijdBedrijfsdocument: `${VANDAAG}T10:15:00Z` };
}

/** An inschrijving of BSN at 11AA00, from five days ago, in groep 7. */
export function inschrijving(overrides: Partial<Inschrijving> = {}): Inschrijving {
  return seedInschrijving(overrides) as Inschrijving;
}

/** The same pupil at CBS Het Zonnehuis (11AB00, Domstad; Kwartet's school), volgnummer B-1. */
export function inschrijvingOp11AB(overrides: Partial<Inschrijving> = {}): Inschrijving {
  return inschrijving({
    vestigingscode: '11AB00',
    onderwijsaanbiedercode: '110A002',
    onderwijslocatiecode: '107X002',
    inschrijvingsvolgnummer: 'B-1',
    ...overrides,
  });
}

export function inschrijvingBericht(ins: Inschrijving = inschrijving(), brin = ins.vestigingscode.slice(0, 4)) {
  return { bedrijfsdocument: bedrijfsdocument(brin), inschrijving: ins };
}

/**
 * What a pusher without the chain needs besides its store, journal, clock and config: an OSR that
 * gives `url` as every school's afleveradres (Plaza's), DUO's certificate, the default
 * BRON_PUSH_TOEGESTAAN and no logs.
 */
export function pusherNaar(url: string) {
  const osr: OsrClient = {
    hasMandate: async () => true,
    findSchool: async () => null,
    endpoints: async () => [{ supplier_oin: PLAZA, url, start_date: '2020-01-01', end_date: null }],
  };
  return { osr, logger: silentLogger(), duoTls: clientTls(DUO_OIN), toegestaan: parsePushToegestaan(undefined).toegestaan };
}
