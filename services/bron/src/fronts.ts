// BRON's fronts (BRON_FRONTS, docs/architecture.md#brons-fronts): under npm start's threads, worker
// threads that accept BRON's connections on its listening socket beside this (main) thread, each a
// whole BRON for what it accepts (TLS, HTTP, identity, schema, EK and mandate checks, the per-pupil
// checks and commit, the journal, the answer) on its own connection to bron.sqlite. What exists once
// per chain stays here: the clock and its listeners, the push worker, the storingen and their
// counters, reset; a front sends every `/_sim/` request (and, while a storing is active, every
// request) on to this thread over a private loopback relay, with the caller's identity.
import type { ChangeCell, Identify, PeerIdentity, StoringenStore } from '@duo-sim/shared';
import { certificateIdentity } from '@duo-sim/shared';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BronConfig } from './config.js';

/** What a front needs of BRON's configuration (data only: it is copied to the thread). */
export type FrontConfig = Pick<
  BronConfig,
  'service' | 'dataDir' | 'dbFile' | 'pkiDir' | 'fixturesDir' | 'journalLimit' | 'logLevel' | 'limits' | 'teldatumModus' | 'nice'
> & { peers: Pick<BronConfig['peers'], 'osr' | 'rio'> };

/** What a front needs: copied to its thread, the Int32Arrays shared. */
export interface FrontData {
  index: number;
  config: FrontConfig;
  /** BRON's listening socket (RunningService.listeningFd). */
  fd: number;
  relay: { port: number; token: string };
  /** BRON's change cell (bumped by its writes) and those of OSR and RIO (watched by its peer clients). */
  changeCell: ChangeCell;
  peers: { osr: ChangeCell; rio: ChangeCell };
  schrijfmerken: Int32Array;
  /** The simulated date's offset in days from the real Dutch date (the main thread's clock). */
  klok: Int32Array;
  /** The write turn of every connection to bron.sqlite (db.ts, deelSchrijfbeurt). */
  schrijfbeurt: Int32Array;
  /** 1 while a storing is active in this thread: then a front sends everything on (meldStoringen). */
  allesDoorsturen: Int32Array;
  /** Requests each front received, by its index (cell 0 unused): shows how the kernel spread them. */
  ontvangen: Int32Array;
}

export type FromFront =
  { type: 'ready'; threadId: number } | { type: 'failed'; message: string } | { type: 'kick' } | { type: 'journaal' };

/** The headers a front adds to a request it sends on; only the relay's own connections may carry them. */
export const RELAY_HEADERS = { token: 'x-duo-sim-front-token', oin: 'x-duo-sim-front-oin', fingerprint: 'x-duo-sim-front-fp' };

/**
 * Whether a front sends a request on to BRON's main thread: every `/_sim/` route (operator work on
 * the clock, reset, storingen, the BRP stub, the journal's long-poll that only this thread's writes
 * wake; all rare), and everything while a storing is active (its counters live in one thread).
 */
export function moetNaarHoofdthread(url: string, allesDoorsturen: boolean): boolean {
  return allesDoorsturen || url.startsWith('/_sim/');
}

/**
 * The storingen store of BRON's main thread, which publishes whether any is active in the cell the
 * fronts read, before the answer that set or removed it leaves.
 */
export function meldStoringen(store: StoringenStore, cel: Int32Array): StoringenStore {
  const meld = <T>(uitkomst: T): T => {
    Atomics.store(cel, 0, store.isEmpty() ? 0 : 1);
    return uitkomst;
  };
  meld(undefined);
  return {
    add: (s) => meld(store.add(s)),
    list: (nu) => meld(store.list(nu)),
    get: (id, nu) => meld(store.get(id, nu)),
    remove: (id) => meld(store.remove(id)),
    removeWhere: (weg) => meld(store.removeWhere(weg)),
    clear: () => meld(store.clear()),
    fire: (doel, nu) => meld(store.fire(doel, nu)),
    isEmpty: () => store.isEmpty(),
  };
}

export interface Relay {
  token: string;
  /** The main app's identify: the caller a front vouches for on a relay connection, else the certificate's. */
  identify: Identify;
  /** Listens on a free loopback port with the main thread's app. */
  listen(app: RequestListener): Promise<{ port: number; close(): Promise<void> }>;
}

/** The loopback server through which fronts hand this thread what only it may answer. */
export function createRelay(): Relay {
  const token = randomBytes(32).toString('hex');
  const relaySockets = new WeakSet<Socket>();
  const tokenBuf = Buffer.from(token);
  const vanFront = (req: http.IncomingMessage): PeerIdentity | null => {
    const gegeven = req.headers[RELAY_HEADERS.token];
    if (typeof gegeven !== 'string' || gegeven.length !== token.length || !timingSafeEqual(Buffer.from(gegeven), tokenBuf))
      return null;
    const oin = req.headers[RELAY_HEADERS.oin];
    const fingerprint256 = req.headers[RELAY_HEADERS.fingerprint];
    if (typeof fingerprint256 !== 'string') return null;
    return { oin: typeof oin === 'string' ? oin : null, fingerprint256 };
  };
  return {
    token,
    identify: (req) => (relaySockets.has(req.socket) ? vanFront(req) : certificateIdentity(req)),
    listen(app) {
      const server = http.createServer(app);
      server.on('connection', (s) => relaySockets.add(s));
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          server.off('error', reject);
          resolve({
            port: (server.address() as AddressInfo).port,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                server.closeAllConnections();
              }),
          });
        });
      });
    },
  };
}

/** Compiled, also when this file runs from its TypeScript source (tests): a worker needs JavaScript. */
const FRONT_SCRIPT = join(__dirname, '..', 'dist', 'front-worker.js');

export interface FrontSettings extends Omit<FrontData, 'index' | 'config'> {
  config: Readonly<BronConfig>;
  count: number;
  resourceLimits?: ResourceLimits;
  /** After a front's commit: the push worker looks for new afleveringen. */
  onCommitted: () => void;
  /** After a front's journal batch: the main thread's journal long-polls wake (Journal.takeInOtherWrites). */
  onJournaled: () => void;
}

export interface BronFronts {
  /** Resolves with the thread ids of the fronts that started (none when they could not). */
  ready: Promise<number[]>;
  ontvangen: Int32Array;
  close(): Promise<void>;
}

/**
 * Starts the count − 1 extra fronts, not awaited: BRON serves alone until they accept. A front that
 * cannot start is left out, with one line on stderr; it never took the socket, so BRON goes on.
 */
export function startBronFrontsBeside(settings: FrontSettings, script = FRONT_SCRIPT): BronFronts {
  const { count, resourceLimits, onCommitted, onJournaled, config: c, ...shared } = settings;
  const config: FrontConfig = {
    service: c.service,
    dataDir: c.dataDir,
    dbFile: c.dbFile,
    pkiDir: c.pkiDir,
    fixturesDir: c.fixturesDir,
    journalLimit: c.journalLimit,
    logLevel: c.logLevel,
    limits: c.limits,
    teldatumModus: c.teldatumModus,
    nice: c.nice,
    peers: { osr: c.peers.osr, rio: c.peers.rio },
  };
  let closing = false;
  const workers = Array.from({ length: count - 1 }, (_, i) => {
    const data: FrontData = { ...shared, config, index: i + 1 };
    return new Worker(script, { workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
  });
  const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
  const started = workers.map((worker, i) =>
    new Promise<number>((resolve, reject) => {
      worker.on('message', (m: FromFront) => {
        if (m.type === 'kick') onCommitted();
        else if (m.type === 'journaal') onJournaled();
        else if (m.type === 'ready') resolve(m.threadId);
        else reject(new Error(m.message));
      });
      worker.on('error', reject);
      worker.once('exit', (code) => {
        reject(new Error(`stopte (code ${code})`));
        if (!closing) process.stderr.write(`BRON-front ${i + 1} stopte (code ${code})\n`);
      });
    }).catch((err: unknown) => {
      if (!closing)
        process.stderr.write(
          `BRON-front ${i + 1} niet gestart, BRON werkt zonder: ${err instanceof Error ? err.message : String(err)}\n`,
        );
      return undefined;
    }),
  );
  return {
    ontvangen: settings.ontvangen,
    ready: Promise.all(started).then((ids) => ids.filter((id): id is number => id !== undefined)),
    async close() {
      closing = true;
      // Each front stops accepting, finishes what it has and closes its database before it ends.
      for (const w of workers) w.postMessage('close');
      await Promise.all(exited);
    },
  };
}
