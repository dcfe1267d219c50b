// The OSR app under test, driven in-process (@duo-sim/test-support) and seeded with the committed
// seed world (fixtures/README.md).
import { DEFAULT_FIXTURES_DIR, DEFAULT_PUSH_TOEGESTAAN, parsePushToegestaan } from '@duo-sim/shared';
import { createApp } from '../src/app';
import { readOsrWorld } from '../src/seed';
import { createOsrStore, type OsrStore } from '../src/store';
import { serveInProcess, testCommonDeps, TODAY, type InProcess, type TestDeps } from '@duo-sim/test-support';

/** The seed world's parties by name (fixtures/README.md); the seed's vendor switch at 12BA lies on 2024-08-01. */
export {
  DOMSTAD,
  DUO,
  HEUVELRUG,
  KEISTAD,
  KWARTET,
  OPERATOR,
  PLAZA,
  school,
  TODAY,
  UTRECHT,
  ZANDLOPER,
} from '@duo-sim/test-support';

export interface OsrUnderTest {
  served: InProcess;
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
  const served = serveInProcess(app);
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
