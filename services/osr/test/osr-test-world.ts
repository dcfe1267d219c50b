// The OSR app under test over real mTLS, seeded with the committed seed world (fixtures/README.md).
import { DEFAULT_FIXTURES_DIR, DEFAULT_PUSH_TOEGESTAAN, parsePushToegestaan, schoolOinFromBrin } from '@duo-sim/shared';
import { createApp } from '../src/app';
import { readOsrWorld } from '../src/seed';
import { createOsrStore, type OsrStore } from '../src/store';
import { testCommonDeps, type TestDeps } from '../../../test/support/deps';
import { serveOverMtls, type Served } from '../../../test/support/mtls';

/** The seed world's parties by name (fixtures/README.md). */
export const DUO = '00000001800866472000';
export const OPERATOR = '00000099000000010000';
export const PLAZA = '00000099100000010000';
export const KWARTET = '00000099100000020000';
export const ZANDLOPER = '00000099100000030000';
export const DOMSTAD = '00000099200000010000';
export const KEISTAD = '00000099200000020000';
export const HEUVELRUG = '00000099200000030000';
export const UTRECHT = '00000099300003440000';

export const school = (brin: string): string => schoolOinFromBrin(brin);

/** The simulated date of the tests; the seed's vendor switch at 12BA lies on 2024-08-01. */
export const TODAY = '2026-11-28';

export interface OsrUnderTest {
  served: Served;
  deps: TestDeps;
  store: OsrStore;
  close(): Promise<void>;
}

/** BRON_PUSH_TOEGESTAAN of the tests: the default plus the example domains their afleveradressen use. */
export const TEST_PUSH_TOEGESTAAN = `${DEFAULT_PUSH_TOEGESTAAN.join(',')},.example,.example.org`;

export async function startOsr(today = TODAY, pushToegestaan = TEST_PUSH_TOEGESTAAN): Promise<OsrUnderTest> {
  const deps = testCommonDeps(today);
  const store = createOsrStore(deps.db);
  const app = createApp({
    ...deps,
    store,
    seed: () => readOsrWorld(DEFAULT_FIXTURES_DIR, deps.schemas),
    pushToegestaan: parsePushToegestaan(pushToegestaan).toegestaan,
  });
  const served = await serveOverMtls(app);
  return { served, deps, store, close: () => served.close() };
}

/** A query string from the given parameters (undefined ones left out). */
export function qs(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  return q.toString();
}

/** GET /api/v1/mandates with these parameters. */
export const mandatesPath = (params: Record<string, string | undefined>): string => `/api/v1/mandates?${qs(params)}`;
