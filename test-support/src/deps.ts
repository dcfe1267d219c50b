// The CommonDeps of an app under test: an in-memory database, a fixed clock, the real schemas,
// the seed world's parties, the test PKI's revocation list, and the identity of in-process callers
// (in-process.ts; over mTLS it is the certificate, as in production).
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
import { testIdentity } from './in-process';
import { fixtureParties, testPkiDir } from './pki';

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
    // Lazy: a suite uses a few schemas; shared/test/problem-and-schemas.test.ts compiles them all.
    schemas: (schemas ??= createSchemaRegistry()),
    parties: createPartyRegistry(fixtureParties()),
    revocations: createRevocationList(pkiPaths(testPkiDir()).revoked),
    identify: testIdentity,
  };
}
