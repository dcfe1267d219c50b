// BRON under test: the app on an in-memory database, served over mTLS, asking real OSR and RIO apps
// on the seed world (fixtures/README.md), plus builders for its berichten.
import { createReplayGuard, DEFAULT_FIXTURES_DIR, DUO_OIN, parsePushToegestaan, schoolOinFromBrin } from '@duo-sim/shared';
import { randomUUID } from 'node:crypto';
import { createApp } from '../src/app';
import { createBrpRegister, loadBrpPersonen } from '../src/brp';
import type { Inschrijving } from '../src/domain/types';
import { createBronStore, type BronStore } from '../src/store';
import type { PushConfig } from '../src/config';
import { createPusher, type Pusher } from '../src/push';
import { clientTls, type Served, serveOverMtls, testCommonDeps, type TestDeps } from '@duo-sim/test-support';
import { type Peers, startPeers } from '@duo-sim/test-support/peers';

export const VANDAAG = '2026-11-28';
export const OPERATOR = '00000099000000010000';
/** Mandated for ROD_PO at 11AA, 11AC and 13CB. */
export const PLAZA = '00000099100000010000';
/** Mandated for ROD_PO at 11AB, 12BA and 13CC. */
export const KWARTET = '00000099100000020000';
/** Mandated at 12BC and 13CA; its mandates at 12BA ended on 2024-08-01. */
export const ZANDLOPER = '00000099100000030000';
export const DOMSTAD = '00000099200000010000';
export { DUO_OIN };

/** A pupil of the BRP stub: born 2016-01-15, lives in Utrecht. */
export const BSN = '802533048';
export const GEBOORTEDATUM = '2016-01-15';

export interface BronUnderTest {
  served: Served;
  deps: TestDeps;
  store: BronStore;
  peers: Peers;
  pusher?: Pusher;
  count(table: string): number;
  setToday(date: string): void;
  close(): Promise<void>;
}

/** `toegestaan`: BRON_PUSH_TOEGESTAAN of the pusher (default: loopback and localhost). */
export async function startBron(today = VANDAAG, push?: PushConfig, toegestaan?: string): Promise<BronUnderTest> {
  const peers = await startPeers(today);
  const deps = testCommonDeps(today);
  const store = createBronStore(deps.db, deps.clock);
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
      })
    : undefined;
  const app = createApp({
    ...(pusher ? { pusher } : {}),
    ...deps,
    store,
    osr: peers.osr,
    rio: peers.rio,
    brp: createBrpRegister(loadBrpPersonen(DEFAULT_FIXTURES_DIR)),
    replay: createReplayGuard(deps.db),
    teldatumModus: 'FEBRUARI',
  });
  const served = await serveOverMtls(app);
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

export function bedrijfsdocument(brin: string, id = randomUUID()) {
  return {
    identificatiecodeBedrijfsdocument: id,
    verzendendeInstantie: schoolOinFromBrin(brin),
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: '2026-11-28T10:15:00Z',
  };
}

/** An inschrijving of BSN at 11AA00, from five days ago, in groep 7. */
export function inschrijving(overrides: Partial<Inschrijving> = {}): Inschrijving {
  return {
    leerling: { burgerservicenummer: BSN },
    inschrijvingsvolgnummer: '1',
    vestigingscode: '11AA00',
    onderwijsaanbiedercode: '110A001',
    onderwijslocatiecode: '107X001',
    soortOnderwijs: 'BAO',
    inschrijfdatum: '2026-11-23',
    periodes: [{ begindatum: '2026-11-23', groep: 7 }],
    ...overrides,
  };
}

export function inschrijvingBericht(ins: Inschrijving = inschrijving(), brin = ins.vestigingscode.slice(0, 4)) {
  return { bedrijfsdocument: bedrijfsdocument(brin), inschrijving: ins };
}
