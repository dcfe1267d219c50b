// The four services of the seed world for the fuzz suite and the malformed-input corpus: the real
// apps, in this process, each on
// its own in-memory SQLite database, driven in-process (plain HTTP, @duo-sim/test-support's
// in-process identity) and asking each other in-process as DUO. What TLS adds (identity, refusals
// in the handshake) is the mTLS suites' subject; here each of the 2,000 fuzz cases per endpoint (and
// the corpus's 5,000) must be cheap. Unlike the started chain, BRON runs without its push worker: an afleveradres the fuzz
// registers must never make the simulator contact a host.
import {
  brpPersonenVersion,
  createBronClient,
  createReplayGuard,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  readBrpPersonen,
  type Db,
  type Schemas,
  type ServiceName,
} from '@duo-sim/shared';
import { serveInProcess, testCommonDeps, type InProcess, type TestDeps } from '@duo-sim/test-support';
import { inProcessClient, startPeers } from '@duo-sim/test-support/peers';
import { createApp as createBronApp } from '../../../services/bron/src/app';
import { createWereldBrp } from '../../../services/bron/src/brp-toevoegingen';
import { createBronStore } from '../../../services/bron/src/store';
import { createApp as createVerzuimApp } from '../../../services/verzuim/src/app';
import { readVerzuimWorld } from '../../../services/verzuim/src/seed';
import { createVerzuimStore } from '../../../services/verzuim/src/store';

export interface FuzzWorld {
  apps: Record<ServiceName, InProcess>;
  deps: Record<ServiceName, TestDeps>;
  /** `<service>:<table>` -> rows inserted, updated or deleted so far, for every table but the journal (it records refusals too). */
  rowCounts(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * Counts every insert, update and delete per table: temporary triggers (the service's schema stays
 * untouched) call a function of this process, so reading the counts after each case costs nothing,
 * where COUNT(*) scans every table; and a changed row is seen as well as an added one.
 */
function changeCounter(dbs: Record<ServiceName, Db>): () => Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [service, db] of Object.entries(dbs)) {
    db.function('fuzz_row_changed', { deterministic: false }, (key: unknown) => {
      counts[String(key)] += 1;
      return null;
    });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal'")
      .pluck()
      .all() as string[];
    for (const [i, table] of tables.entries()) {
      const key = `${service}:${table}`;
      counts[key] = 0;
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(
          `CREATE TEMP TRIGGER fuzz_${i}_${event} AFTER ${event} ON main."${table.replace(/"/g, '""')}" ` +
            `BEGIN SELECT fuzz_row_changed('${key.replace(/'/g, "''")}'); END`,
        );
      }
    }
  }
  return () => ({ ...counts });
}

export async function startFuzzWorld(today: string): Promise<FuzzWorld> {
  const peers = await startPeers(today);

  const bronDeps = testCommonDeps(today);
  // The stub as the running service has it: POST /_sim/brp-personen is a write endpoint too.
  const brp = createWereldBrp(bronDeps.db, {
    versie: brpPersonenVersion(DEFAULT_FIXTURES_DIR),
    personen: () => readBrpPersonen(DEFAULT_FIXTURES_DIR) as Iterable<Schemas.BRPPersoon>,
  });
  const bron = serveInProcess(
    createBronApp({
      ...bronDeps,
      store: createBronStore(bronDeps.db, bronDeps.clock),
      osr: peers.osr,
      rio: peers.rio,
      brp,
      brpToevoegingen: brp,
      replay: createReplayGuard(bronDeps.db),
      teldatumModus: 'FEBRUARI',
    }),
  );

  const verzuimDeps = testCommonDeps(today);
  const verzuim = serveInProcess(
    createVerzuimApp({
      ...verzuimDeps,
      store: createVerzuimStore(verzuimDeps.db),
      seed: () => readVerzuimWorld(DEFAULT_FIXTURES_DIR, verzuimDeps.schemas),
      osr: peers.osr,
      bron: createBronClient(inProcessClient(bron, DUO_OIN, 'bron')),
      replay: createReplayGuard(verzuimDeps.db),
    }),
  );

  const deps = { rio: peers.rioDeps, osr: peers.osrDeps, bron: bronDeps, verzuim: verzuimDeps };
  return {
    // startPeers serves in-process unless asked for mTLS.
    apps: { rio: peers.rioServed as InProcess, osr: peers.osrServed as InProcess, bron, verzuim },
    deps,
    rowCounts: changeCounter({ rio: deps.rio.db, osr: deps.osr.db, bron: deps.bron.db, verzuim: deps.verzuim.db }),
    async close() {
      await Promise.all([verzuim.close(), bron.close()]);
      await peers.close();
    },
  };
}
