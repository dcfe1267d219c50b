// The four services of the seed world for the fuzz suite: the real apps, in this process, each on
// its own in-memory SQLite database and served over real mTLS, with real mTLS clients between them.
// Unlike the started chain, BRON runs without its push worker: an afleveradres the fuzz registers
// must never make the simulator contact a host.
import {
  brpPersonenVersion,
  createBronClient,
  createReplayGuard,
  createServiceClient,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  readBrpPersonen,
  type Db,
  type Schemas,
  type ServiceName,
} from '@duo-sim/shared';
import { createApp as createBronApp } from '../../../services/bron/src/app';
import { createWereldBrp } from '../../../services/bron/src/brp-toevoegingen';
import { createBronStore } from '../../../services/bron/src/store';
import { createApp as createVerzuimApp } from '../../../services/verzuim/src/app';
import { readVerzuimWorld } from '../../../services/verzuim/src/seed';
import { createVerzuimStore } from '../../../services/verzuim/src/store';
import { testCommonDeps, type TestDeps } from '../../support/deps';
import { serveOverMtls, type Served } from '../../support/mtls';
import { startPeers } from '../../support/peers';
import { clientTls } from '../../support/test-pki';

export interface FuzzWorld {
  urls: Record<ServiceName, string>;
  deps: Record<ServiceName, TestDeps>;
  /** `<service>:<table>` -> rows, for every table but the journal (it records refusals too). */
  rowCounts(): Record<string, number>;
  close(): Promise<void>;
}

/** Keeps one prepared COUNT(*) per table: counting after every case must stay cheap. */
function rowCounter(dbs: Record<ServiceName, Db>): () => Record<string, number> {
  const statements: Array<[string, { get(): unknown }]> = [];
  for (const [service, db] of Object.entries(dbs)) {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal'")
      .all() as Array<{ name: string }>;
    for (const { name } of tables) {
      statements.push([`${service}:${name}`, db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`)]);
    }
  }
  return () => Object.fromEntries(statements.map(([key, stmt]) => [key, (stmt.get() as { n: number }).n]));
}

export async function startFuzzWorld(today: string): Promise<FuzzWorld> {
  const peers = await startPeers(today);
  const duo = clientTls(DUO_OIN);

  const bronDeps = testCommonDeps(today);
  const bronStore = createBronStore(bronDeps.db, bronDeps.clock);
  // The stub as the running service has it: POST /_sim/brp-personen is a write endpoint too.
  const brp = createWereldBrp(bronDeps.db, {
    versie: brpPersonenVersion(DEFAULT_FIXTURES_DIR),
    personen: () => readBrpPersonen(DEFAULT_FIXTURES_DIR) as Iterable<Schemas.BRPPersoon>,
  });
  const bron: Served = await serveOverMtls(
    createBronApp({
      ...bronDeps,
      store: bronStore,
      osr: peers.osr,
      rio: peers.rio,
      brp,
      brpToevoegingen: brp,
      replay: createReplayGuard(bronDeps.db),
      teldatumModus: 'FEBRUARI',
    }),
  );

  const verzuimDeps = testCommonDeps(today);
  const bronHttp = createServiceClient(bron.url, duo);
  const verzuim: Served = await serveOverMtls(
    createVerzuimApp({
      ...verzuimDeps,
      store: createVerzuimStore(verzuimDeps.db),
      seed: () => readVerzuimWorld(DEFAULT_FIXTURES_DIR, verzuimDeps.schemas),
      osr: peers.osr,
      bron: createBronClient(bronHttp),
      replay: createReplayGuard(verzuimDeps.db),
    }),
  );

  const deps = { rio: peers.rioDeps, osr: peers.osrDeps, bron: bronDeps, verzuim: verzuimDeps };
  return {
    urls: { rio: peers.rioServed.url, osr: peers.osrServed.url, bron: bron.url, verzuim: verzuim.url },
    deps,
    rowCounts: rowCounter({ rio: deps.rio.db, osr: deps.osr.db, bron: deps.bron.db, verzuim: deps.verzuim.db }),
    async close() {
      await bronHttp.close();
      await Promise.all([verzuim.close(), bron.close()]);
      await peers.close();
    },
  };
}
