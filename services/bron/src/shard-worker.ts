// A BRON shard thread (shards.ts): a thin entry that wires its own connection to bron.sqlite, its own
// peer clients (watching OSR's and RIO's change cells, so their answers are kept exactly as long as
// on the main thread), and runs the same use cases as the routes, behind its own replay guard.
import {
  addDutchDays,
  createOsrClient,
  createReplayGuard,
  createRioClient,
  createServiceClient,
  deelSchrijfbeurt,
  DUO_OIN,
  loadPartyTls,
  openDatabase,
  Problem,
  runInTrace,
  watchChangeCell,
  type Outcome,
  type Schemas,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { parentPort, workerData } from 'node:worker_threads';
import { openWereldBrp } from './brp-toevoegingen.js';
import type { BerichtDeps } from './deps.js';
import type { FromShard, ShardData, ToShard } from './shards.js';
import { createBronStore } from './store.js';
import { removeInschrijving } from './use-cases/remove-inschrijving.js';
import { submitInschrijving } from './use-cases/submit-inschrijving.js';
import { submitResultaat, type ResultaatBericht } from './use-cases/submit-resultaat.js';
import { beginBronThread, wireOrFail } from './worker-start.js';

const { index, config, peers, schrijfmerken, klok, schrijfbeurt } = workerData as ShardData;
const post = (m: FromShard) => parentPort!.postMessage(m);

beginBronThread(`bron-shard-${index}`, config.nice);

function wire() {
  const db = openDatabase(config.dbFile);
  deelSchrijfbeurt(db, schrijfbeurt);
  const duoTls = loadPartyTls(config.pkiDir, DUO_OIN);
  const osrClient = createServiceClient(config.peers.osr, duoTls, { naam: 'OSR', cacheWhile: watchChangeCell(peers.osr) });
  const rioClient = createServiceClient(config.peers.rio, duoTls, { naam: 'RIO', cacheWhile: watchChangeCell(peers.rio) });
  // The simulated instant of the main thread's clock (Clock.now): the real Dutch time of day on its day.
  const clock = { now: () => addDutchDays(new Date(), Atomics.load(klok, 0)) };
  const { brp, close: closeBrp } = openWereldBrp(db, config.fixturesDir);
  const deps: BerichtDeps = {
    store: createBronStore(db, clock, { schrijfmerken }),
    osr: createOsrClient(osrClient),
    rio: createRioClient(rioClient),
    brp,
    teldatumModus: config.teldatumModus,
  };
  const replay = createReplayGuard(db);
  const close = async () => {
    await Promise.all([osrClient.close(), rioClient.close()]);
    closeBrp();
    db.close();
  };
  return { deps, brp, replay, close };
}

const wired = wireOrFail(wire, post);
const { deps, brp, replay } = wired;

function useCase(m: ToShard): () => Promise<Outcome> {
  switch (m.soort) {
    case 'inschrijving': {
      const ctx = m.ctx as VendorBerichtContext<Schemas.BRONInschrijvingbericht>;
      return () => replay.handle(ctx.partij, ctx.berichtId, ctx.body, () => submitInschrijving(deps, ctx));
    }
    case 'verwijdering': {
      const ctx = m.ctx as VendorBerichtContext<Schemas.BRONVerwijderingbericht>;
      return () => replay.handle(ctx.partij, ctx.berichtId, ctx.body, () => removeInschrijving(deps, ctx));
    }
    case 'resultaat': {
      const ctx = m.ctx as VendorBerichtContext<ResultaatBericht>;
      return () => replay.handle(ctx.partij, ctx.berichtId, ctx.body, () => submitResultaat(deps, ctx));
    }
  }
}

const running = new Set<Promise<void>>();

async function handle(m: ToShard): Promise<void> {
  const trace = m.trace ? { ...m.trace, remembered: [] } : undefined;
  const done = (rest: Omit<Extract<FromShard, { type: 'done' }>, 'type' | 'id' | 'remembered'>) =>
    post({ type: 'done', id: m.id, remembered: trace?.remembered ?? [], ...rest });
  try {
    // The operator may have added persons to the BRP stub on the main thread.
    brp.volgToevoegingen();
    const run = useCase(m);
    const outcome = await (trace ? runInTrace(trace, run) : run());
    done({ outcome });
  } catch (err) {
    if (err instanceof Problem) {
      const { status, foutmeldingen, identificatiecodeBedrijfsdocument: berichtId } = err;
      done({ problem: { status, foutmeldingen, ...(berichtId !== undefined ? { berichtId } : {}) } });
    } else done({ error: (err as Error).message });
  }
}

parentPort!.on('message', (m: ToShard | 'close') => {
  if (m === 'close') {
    // What is running finishes (its group commit and answer) before the database closes.
    void Promise.allSettled(running)
      .then(() => wired.close())
      .finally(() => process.exit(0));
    return;
  }
  const p = handle(m).finally(() => running.delete(p));
  running.add(p);
});

post({ type: 'ready' });
