// What the RIO tests share: the app on the seed world, driven in-process (@duo-sim/test-support),
// and the seed's parties and objects by name.
import { DEFAULT_FIXTURES_DIR, type SchemaRegistry } from '@duo-sim/shared';
import { createApp } from '../src/app';
import { loadRioWereld } from '../src/seed';
import { createRioStore } from '../src/store';
import type { RioWereld } from '../src/domain/types';
import { OIN as SEED, serveInProcess, testCommonDeps, TODAY, type InProcess } from '@duo-sim/test-support';

export const VANDAAG = TODAY;

export function seedWorld(schemas: SchemaRegistry): RioWereld {
  return loadRioWereld(DEFAULT_FIXTURES_DIR, schemas);
}

export async function startRio(today = VANDAAG) {
  const deps = testCommonDeps(today);
  const store = createRioStore(deps.db);
  const seed = () => seedWorld(deps.schemas);
  store.loadWorld(seed());
  const app = createApp({ ...deps, store, seed });
  const served: InProcess = serveInProcess(app);
  const count = (table: string) => (deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { deps, store, served, seed, count, close: () => served.close() };
}

export type Rio = Awaited<ReturnType<typeof startRio>>;

/** The OIN of a seed bestuur by its RIO code (fixtures/rio.json holds the link). */
export function bestuurOin(wereld: RioWereld, code: string): string {
  return wereld.onderwijsbesturen.find((b) => b.onderwijsbestuurcode === code)!.oin;
}

export const OIN: Record<'operator' | 'duo' | 'leverancier' | 'gemeente', string> = {
  operator: SEED.operator,
  duo: SEED.duo,
  leverancier: SEED.plaza,
  gemeente: SEED.utrecht,
};

/** Every violation of `body` against schema `name`: a response must fit its own schema. */
export function schemaFouten(schemas: SchemaRegistry, name: string, body: unknown) {
  return schemas.validate(name, body);
}

/** The foutcodes of a problem or an inschrijfbaarheid answer, in order. */
export function codes(body: { foutmeldingen: Array<{ foutcode: string }> }): string[] {
  return body.foutmeldingen.map((f) => f.foutcode);
}
