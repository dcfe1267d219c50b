// What the RIO tests share: the app on the seed world, served over real mTLS, and the seed's
// parties and objects by name.
import { DEFAULT_FIXTURES_DIR, type SchemaRegistry } from '@duo-sim/shared';
import { createApp } from '../src/app';
import { loadRioWereld } from '../src/seed';
import { createRioStore } from '../src/store';
import type { RioWereld } from '../src/domain/types';
import { testCommonDeps } from '../../../test/support/deps';
import { serveOverMtls, type Served } from '../../../test/support/mtls';
import { fixtureParties } from '../../../test/support/test-pki';

export const VANDAAG = '2026-11-28';

export function seedWorld(schemas: SchemaRegistry): RioWereld {
  return loadRioWereld(DEFAULT_FIXTURES_DIR, schemas);
}

export async function startRio(today = VANDAAG) {
  const deps = testCommonDeps(today);
  const store = createRioStore(deps.db);
  const seed = () => seedWorld(deps.schemas);
  store.loadWorld(seed());
  const app = createApp({ ...deps, store, seed });
  const served: Served = await serveOverMtls(app);
  const count = (table: string) => (deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { deps, store, served, seed, count, close: () => served.close() };
}

export type Rio = Awaited<ReturnType<typeof startRio>>;

const parties = fixtureParties();
const rol = (r: string) => parties.filter((p) => p.rol === r).map((p) => p.oin);

/** The OIN of a seed bestuur by its RIO code (fixtures/rio.json holds the link). */
export function bestuurOin(wereld: RioWereld, code: string): string {
  return wereld.onderwijsbesturen.find((b) => b.onderwijsbestuurcode === code)!.oin;
}

export const OIN = {
  operator: rol('operator')[0],
  duo: rol('duo')[0],
  leverancier: rol('leverancier')[0],
  gemeente: rol('gemeente')[0],
};

/** Every violation of `body` against schema `name`: a response must fit its own schema. */
export function schemaFouten(schemas: SchemaRegistry, name: string, body: unknown) {
  return schemas.validate(name, body);
}

/** The foutcodes of a problem or an inschrijfbaarheid answer, in order. */
export function codes(body: { foutmeldingen: Array<{ foutcode: string }> }): string[] {
  return body.foutmeldingen.map((f) => f.foutcode);
}
