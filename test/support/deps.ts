// The CommonDeps of an app under test: an in-memory database, a fixed clock, the real schemas,
// the seed world's parties and the test PKI's revocation list.
import {
  createFixedClock,
  createJournal,
  createPartyRegistry,
  createRevocationList,
  createSchemaRegistry,
  openDatabase,
  pkiPaths,
  silentLogger,
  type CommonDeps,
  type Db,
  type SchemaRegistry,
} from '@duo-sim/shared';
import { fixtureParties, testPkiDir } from './test-pki';

let schemas: SchemaRegistry | undefined;

export interface TestDeps extends CommonDeps {
  db: Db;
}

export function testCommonDeps(today = '2026-11-28'): TestDeps {
  const db = openDatabase(':memory:');
  return {
    db,
    clock: createFixedClock(today),
    journal: createJournal(db),
    logger: silentLogger(),
    schemas: (schemas ??= createSchemaRegistry()),
    parties: createPartyRegistry(fixtureParties()),
    revocations: createRevocationList(pkiPaths(testPkiDir()).revoked),
  };
}

/** OINs of the seed world by rol, for readable tests. */
export function partiesByRol() {
  const all = fixtureParties();
  const of = (rol: string) => all.filter((p) => p.rol === rol).map((p) => p.oin);
  return {
    operator: of('operator')[0],
    duo: of('duo')[0],
    leveranciers: of('leverancier'),
    besturen: of('bestuur'),
    gemeenten: of('gemeente'),
  };
}
