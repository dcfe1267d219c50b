// Real OSR and RIO apps on the seed world, served over mTLS in-process, with clients that use DUO's
// certificate: what BRON and the verzuimregister ask in their in-process tests.
import {
  createOsrClient,
  createRioClient,
  createServiceClient,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  parsePushToegestaan,
  type OsrClient,
  type RioClient,
} from '@duo-sim/shared';
import { createApp as createOsrApp } from '../../services/osr/src/app';
import { readOsrWorld } from '../../services/osr/src/seed';
import { createOsrStore } from '../../services/osr/src/store';
import { createApp as createRioApp } from '../../services/rio/src/app';
import { loadRioWereld } from '../../services/rio/src/seed';
import { createRioStore } from '../../services/rio/src/store';
import { testCommonDeps, type TestDeps } from './deps';
import { serveOverMtls, type Served } from './mtls';
import { clientTls } from './test-pki';

export interface Peers {
  osr: OsrClient;
  rio: RioClient;
  osrServed: Served;
  rioServed: Served;
  osrDeps: TestDeps;
  rioDeps: TestDeps;
  /** Moves the peers' simulated date along with the service under test. */
  setToday(date: string): void;
  close(): Promise<void>;
}

export async function startPeers(today: string): Promise<Peers> {
  const osrDeps = testCommonDeps(today);
  const osrStore = createOsrStore(osrDeps.db);
  const osrServed = await serveOverMtls(
    createOsrApp({
      ...osrDeps,
      store: osrStore,
      seed: () => readOsrWorld(DEFAULT_FIXTURES_DIR, osrDeps.schemas),
      pushToegestaan: parsePushToegestaan(undefined).toegestaan,
    }),
  );
  const rioDeps = testCommonDeps(today);
  const rioStore = createRioStore(rioDeps.db);
  const seed = () => loadRioWereld(DEFAULT_FIXTURES_DIR, rioDeps.schemas);
  rioStore.loadWorld(seed());
  const rioServed = await serveOverMtls(createRioApp({ ...rioDeps, store: rioStore, seed }));
  const duo = clientTls(DUO_OIN);
  const osrClient = createServiceClient(osrServed.url, duo);
  const rioClient = createServiceClient(rioServed.url, duo);
  return {
    osr: createOsrClient(osrClient),
    rio: createRioClient(rioClient),
    osrServed,
    rioServed,
    osrDeps,
    rioDeps,
    setToday(date) {
      osrDeps.clock.set(date);
      rioDeps.clock.set(date);
    },
    async close() {
      await Promise.all([osrClient.close(), rioClient.close()]);
      await Promise.all([osrServed.close(), rioServed.close()]);
    },
  };
}
