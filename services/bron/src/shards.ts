// BRON's shards (BRON_SHARDS, docs/architecture.md#brons-shards): under npm start's threads, the checks
// and commit of a per-pupil bericht run in a worker thread chosen by the pupil's PGN, while this
// (main) thread keeps TLS, HTTP, identity, schema, EK and mandate checks, the journal and the answer.
// By PGN and not by school: a pupil's state crosses schools (BRON-14, ketengevolgen, bekostiging), so
// one pupil's berichten always meet in one thread, in the order they arrive. Each shard has its own
// connection to bron.sqlite (WAL), its own replay guard and group commit; writers of all threads
// take SQLite's write lock in turn (IMMEDIATE transactions, busy timeout), and the replay record's
// unique key decides between two threads that got one id.
import { currentTrace, Problem, type ChangeCell, type Outcome, type VendorBerichtContext } from '@duo-sim/shared';
import { join } from 'node:path';
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import type { BronConfig } from './config.js';
import { schrijfmerkIndex } from './store.js';

/** Cells of the per-pupil write marks shared by all threads (store.ts, versieVanLeerling). */
export const SCHRIJFMERKEN = 1 << 16;

/** The berichten a shard runs; one use case each. */
export type ShardSoort = 'inschrijving' | 'verwijdering' | 'resultaat';

/** What a shard needs of BRON's configuration (data only: it is copied to the thread). */
export type ShardConfig = Pick<BronConfig, 'dbFile' | 'pkiDir' | 'fixturesDir' | 'teldatumModus' | 'nice'> & {
  peers: Pick<BronConfig['peers'], 'osr' | 'rio'>;
};

export interface ShardData {
  index: number;
  config: ShardConfig;
  peers: { osr: ChangeCell; rio: ChangeCell };
  schrijfmerken: Int32Array;
  /** The simulated date's offset in days from the real Dutch date (the main thread's clock). */
  klok: Int32Array;
  /** The write turn of every connection to bron.sqlite (deelSchrijfbeurt). */
  schrijfbeurt: Int32Array;
}

export interface ToShard {
  id: number;
  soort: ShardSoort;
  ctx: VendorBerichtContext<unknown>;
  trace: { traceId: string; spanId: string; parentSpanId: string | null } | null;
}

export type FromShard =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | {
      type: 'done';
      id: number;
      remembered: Array<{ peer: string; method: string; path: string; status: number }>;
      outcome?: Outcome;
      problem?: { status: number; foutmeldingen: Problem['foutmeldingen']; berichtId?: string };
      error?: string;
    };

export interface BronShards {
  readonly count: number;
  /**
   * Runs the bericht's replay, checks and commit in the pupil's shard (throws its Problem), or
   * answers undefined while the shards are not ready yet: then the caller runs it in its own thread.
   */
  run(soort: ShardSoort, pgn: string, ctx: VendorBerichtContext<unknown>): Promise<Outcome> | undefined;
  close(): Promise<void>;
}

export interface ShardSettings extends Omit<ShardData, 'index' | 'config'> {
  /** The shard thread's heap limits (npm start's young-generation cap). */
  resourceLimits?: ResourceLimits;
  config: Readonly<BronConfig>;
  count: number;
  /** After a commit: the push worker looks for new afleveringen. */
  onCommitted(): void;
}

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const SHARD_SCRIPT = join(__dirname, '..', 'dist', 'shard-worker.js');

const startingHere: Array<Promise<void>> = [];

/**
 * Resolves once the shards started beside BRON in this thread so far are ready (or gave up): for
 * tests that must know their berichten go to a shard.
 */
export const shardsStartedHere = (): Promise<void> => Promise.all(startingHere).then(() => undefined);

/**
 * The shards, started beside BRON instead of before it: a shard loads BRON's code in an isolate of
 * its own (0.2–0.35 s here), and BRON need not wait for that to listen. Until they are ready, `run`
 * answers undefined and the bericht runs in BRON's own thread, as without shards. That is safe at
 * the hand-over too: a commit judges the pupil again on what is stored whenever another thread wrote
 * for it since its checks (the write marks, store.ts). If the shards cannot start, BRON goes on
 * without them and says so on stderr.
 */
export function startBronShardsBeside(settings: ShardSettings, start = startBronShards): BronShards {
  let ready: BronShards | undefined;
  const starting = start(settings).then(
    (shards) => {
      ready = shards;
    },
    (err: unknown) => {
      process.stderr.write(`BRON-shards niet gestart, BRON werkt zonder: ${err instanceof Error ? err.message : String(err)}\n`);
    },
  );
  startingHere.push(starting);
  return {
    count: settings.count,
    run: (soort, pgn, ctx) => ready?.run(soort, pgn, ctx),
    async close() {
      await starting;
      await ready?.close();
    },
  };
}

/** A shard thread's options: its data, and npm start's heap limits when it gave any. */
export function shardWorkerOptions(data: ShardData, settings: Pick<ShardSettings, 'resourceLimits'>): WorkerOptions {
  return { workerData: data, ...(settings.resourceLimits ? { resourceLimits: settings.resourceLimits } : {}) };
}

/** Starts the shard threads; resolves once each has opened the database and is ready. */
export async function startBronShards(settings: ShardSettings): Promise<BronShards> {
  const pending = new Map<number, { resolve(o: Outcome): void; reject(e: unknown): void; shard: number }>();
  let nextId = 0;
  let closing = false;
  const { dbFile, pkiDir, fixturesDir, teldatumModus, nice, peers } = settings.config;
  const config: ShardConfig = { dbFile, pkiDir, fixturesDir, teldatumModus, nice, peers: { osr: peers.osr, rio: peers.rio } };
  const workers = Array.from({ length: settings.count }, (_, index) => {
    const data: ShardData = {
      index,
      config,
      peers: settings.peers,
      schrijfmerken: settings.schrijfmerken,
      klok: settings.klok,
      schrijfbeurt: settings.schrijfbeurt,
    };
    return new Worker(SHARD_SCRIPT, shardWorkerOptions(data, settings));
  });
  const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
  const ready = workers.map(
    (worker, shard) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: FromShard) => {
          if (m.type === 'ready') return resolve();
          if (m.type === 'failed') return reject(new Error(`BRON-shard ${shard}: ${m.message}`));
          const waiting = pending.get(m.id);
          if (!waiting) return;
          pending.delete(m.id);
          currentTrace()?.remembered.push(...m.remembered);
          if (m.outcome) {
            settings.onCommitted();
            waiting.resolve(m.outcome);
          } else if (m.problem) waiting.reject(new Problem(m.problem.status, m.problem.foutmeldingen, m.problem.berichtId));
          else waiting.reject(new Error(m.error ?? 'BRON-shard gaf geen antwoord'));
        });
        worker.on('error', reject);
        worker.once('exit', (code) => {
          reject(new Error(`BRON-shard ${shard} stopte (code ${code})`));
          // What it still had is not answered: the vendor gets a 500 and may send it again (EK-06).
          for (const [id, p] of pending)
            if (p.shard === shard) {
              pending.delete(id);
              p.reject(new Error(`BRON-shard ${shard} stopte (code ${code})`));
            }
          if (!closing) process.stderr.write(`BRON-shard ${shard} stopte onverwacht (code ${code})\n`);
        });
      }),
  );
  try {
    await Promise.all(ready);
  } catch (err) {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  return {
    count: settings.count,
    run(soort, pgn, ctx) {
      const shard = schrijfmerkIndex(pgn, workers.length);
      const id = nextId++;
      const trace = currentTrace();
      const message: ToShard = {
        id,
        soort,
        ctx,
        trace: trace ? { traceId: trace.traceId, spanId: trace.spanId, parentSpanId: trace.parentSpanId } : null,
      };
      return new Promise<Outcome>((resolve, reject) => {
        pending.set(id, { resolve, reject, shard });
        workers[shard]!.postMessage(message);
      });
    },
    async close() {
      closing = true;
      // Each shard finishes what it has (its group commit) and closes its database before it ends.
      for (const w of workers) w.postMessage('close');
      await Promise.all(exited);
    },
  };
}
