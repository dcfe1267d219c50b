// Real OSR and RIO apps on the seed world, in this process, with clients that ask them as DUO: what
// BRON and the verzuimregister ask in their tests when a fake peer (fake-peers.ts) would not do.
// In-process by default (plain HTTP, in-process.ts); `mtls` serves them over real mutual TLS with
// the services' own keep-alive client, for the tests of that path.
import {
  createOsrClient,
  createRioClient,
  createServiceClient,
  currentTrace,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  parsePushToegestaan,
  PeerUnavailableError,
  traceparentOf,
  type OsrClient,
  type RioClient,
  type ServiceClient,
} from '@duo-sim/shared';
import type { RequestListener } from 'node:http';
import { createApp as createOsrApp } from '../../services/osr/src/app';
import { readOsrWorld } from '../../services/osr/src/seed';
import { createOsrStore } from '../../services/osr/src/store';
import { createApp as createRioApp } from '../../services/rio/src/app';
import { loadRioWereld } from '../../services/rio/src/seed';
import { createRioStore } from '../../services/rio/src/store';
import { testCommonDeps, type TestDeps } from './deps';
import { serveInProcess } from './in-process';
import { serveOverMtls, type AppUnderTest } from './mtls';
import { clientTls } from './pki';

export type Transport = 'in-process' | 'mtls';

export interface Peers {
  osr: OsrClient;
  rio: RioClient;
  osrServed: AppUnderTest;
  rioServed: AppUnderTest;
  osrDeps: TestDeps;
  rioDeps: TestDeps;
  /** Moves the peers' simulated date along with the service under test. */
  setToday(date: string): void;
  close(): Promise<void>;
}

/**
 * A ServiceClient that asks an in-process app as `oin`, as the services' own client does (the
 * exchange's traceparent along; an app that cannot be reached is PeerUnavailableError).
 */
export function inProcessClient(app: AppUnderTest, oin: string, name: string): ServiceClient {
  const caller = app.as(oin);
  return {
    baseUrl: `in-process:${name}`,
    async request<T>(method: string, path: string, body?: unknown) {
      const trace = currentTrace();
      const headers = trace ? { traceparent: traceparentOf(trace) } : undefined;
      try {
        const res = await caller.request<T>(method, path, { body, ...(headers ? { headers } : {}) });
        return { status: res.status, body: (res.text ? res.body : null) as T };
      } catch (err) {
        throw new PeerUnavailableError(name.toUpperCase(), err);
      }
    },
    close: async () => undefined,
    destroy: async () => undefined,
  };
}

async function serve(app: RequestListener, transport: Transport, name: string) {
  if (transport === 'in-process') {
    const served = serveInProcess(app);
    return { served, client: inProcessClient(served, DUO_OIN, name) };
  }
  const served = await serveOverMtls(app);
  return { served, client: createServiceClient(served.url, clientTls(DUO_OIN), { naam: name.toUpperCase() }) };
}

export async function startPeers(today: string, transport: Transport = 'in-process'): Promise<Peers> {
  const osrDeps = testCommonDeps(today);
  const osr = await serve(
    createOsrApp({
      ...osrDeps,
      store: createOsrStore(osrDeps.db),
      seed: () => readOsrWorld(DEFAULT_FIXTURES_DIR, osrDeps.schemas),
      pushToegestaan: parsePushToegestaan(undefined).toegestaan,
    }),
    transport,
    'osr',
  );
  const rioDeps = testCommonDeps(today);
  const rioStore = createRioStore(rioDeps.db);
  const seed = () => loadRioWereld(DEFAULT_FIXTURES_DIR, rioDeps.schemas);
  rioStore.loadWorld(seed());
  const rio = await serve(createRioApp({ ...rioDeps, store: rioStore, seed }), transport, 'rio');
  return {
    osr: createOsrClient(osr.client),
    rio: createRioClient(rio.client),
    osrServed: osr.served,
    rioServed: rio.served,
    osrDeps,
    rioDeps,
    setToday(date) {
      osrDeps.clock.set(date);
      rioDeps.clock.set(date);
    },
    async close() {
      await Promise.all([osr.client.close(), rio.client.close()]);
      await Promise.all([osr.served.close(), rio.served.close()]);
    },
  };
}
