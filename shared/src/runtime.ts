// What every server.ts does (docs/architecture.md decision 1): config -> PKI -> database -> app -> mTLS listen.
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createChangeSignal, type ChangeCell, type ChangeSource } from './change-signal.js';
import { createClock, type Clock } from './clock.js';
import type { ServiceConfig } from './config.js';
import { openDatabase, type Db } from './db.js';
import { createBodyBudget, type BodyBudget } from './http/body-budget.js';
import { DUO_OIN } from './ids.js';
import { createJournal, type Journal } from './journal.js';
import { createLogger, type Logger } from './logger.js';
import { loadParties, type PartyRegistry } from './parties.js';
import { ensurePki, pkiPaths } from './pki.js';
import { createSchemaRegistry, type SchemaRegistry } from './schemas.js';
import { createSimStateStore } from './sim-state.js';
import { createWorldPartyRegistry, worldPartiesFile } from './world-parties.js';
import { createStoringenStore, type StoringenStore } from './storingen/store.js';
import {
  createMtlsServer,
  createRevocationList,
  loadPartyTls,
  loadServerTls,
  type RevocationList,
  type TlsMaterial,
} from './tls.js';

export interface ServiceContext {
  config: Readonly<ServiceConfig>;
  db: Db;
  clock: Clock;
  journal: Journal;
  logger: Logger;
  schemas: SchemaRegistry;
  parties: PartyRegistry;
  revocations: RevocationList;
  /** DUO's client certificate, for calls to the other services. */
  duoTls: TlsMaterial;
  /** What peers in the same process may cache against (change-signal.ts). */
  changes: ChangeSource;
  /** This service's budget of body bytes read at once (SIM_BODY_BUDGET_BYTES). */
  bodyBudget: BodyBudget;
  /** The injected faults of this service (docs/storingen.md), kept in its database. */
  storingen: StoringenStore;
}

export interface BuiltService {
  app: Express;
  /** Releases what the app holds besides the database (peer clients, timers). */
  close?: () => Promise<void> | void;
}

/** How a service is started beside others (scripts/src/lib/threaded-chain.ts). */
export interface StartOptions {
  /** Where its change signal counts, so peers in other threads can read it; a private counter when absent. */
  changeCell?: ChangeCell;
  /**
   * The chain ran ensurePki on this PKI folder moments before, with the same parties and server
   * names (threaded-chain.ts, chain.ts): the service does not walk it again (2–5 ms a service).
   */
  pkiChecked?: boolean;
}

export interface RunningService {
  service: string;
  url: string;
  port: number;
  ctx: ServiceContext;
  /** The listening socket's file descriptor: BRON's fronts (services/bron/src/fronts.ts) accept on it too. */
  listeningFd(): number | undefined;
  close(): Promise<void>;
}

// Compiling every schema takes a moment; the services of one process share the result.
let sharedSchemas: SchemaRegistry | undefined;

export async function startService(
  config: Readonly<ServiceConfig>,
  options: StartOptions,
  build: (ctx: ServiceContext) => BuiltService | Promise<BuiltService>,
  logger: Logger = createLogger(config.service, config.logLevel),
): Promise<RunningService> {
  // Said first, so a user sees which world a service opens (or would have made) before anything else.
  logger.info({ dataDir: config.dataDir }, `${config.service} gebruikt gegevensmap ${config.dataDir}`);
  const partyList = loadParties(join(config.fixturesDir, 'parties.json'));
  // The seed's parties only: a vendor added to the world got its certificate when it was made.
  if (!options.pkiChecked) await ensurePki(config.pkiDir, partyList, config.serverNames);
  const db = openDatabase(config.dbFile);
  const clock = createClock({ initial: config.simDate, state: createSimStateStore(db) });
  const ctx: ServiceContext = {
    config,
    db,
    clock,
    changes: createChangeSignal(clock, options.changeCell),
    journal: createJournal(db, config.journalLimit),
    logger,
    schemas: (sharedSchemas ??= createSchemaRegistry()),
    // The seed's parties + the world's own (partijen.json), re-read when that file changes.
    parties: createWorldPartyRegistry(partyList, worldPartiesFile(config.dataDir), { logger }),
    revocations: createRevocationList(pkiPaths(config.pkiDir).revoked, { db, logger }),
    duoTls: loadPartyTls(config.pkiDir, DUO_OIN),
    bodyBudget: createBodyBudget(config.limits.bodyBudgetBytes),
    storingen: createStoringenStore(db),
  };
  const built = await build(ctx);
  const server = createMtlsServer(built.app, loadServerTls(config.pkiDir), config.limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `https://localhost:${port}`;
  logger.info({ url }, `${config.service} luistert`);
  return {
    service: config.service,
    url,
    port,
    ctx,
    listeningFd: () => (server as unknown as { _handle?: { fd?: number } })._handle?.fd,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await built.close?.();
      ctx.journal.flush();
      db.close();
    },
  };
}

/** What a server.ts runs until a signal: a service, or the console. */
export interface Stoppable {
  close(): Promise<void>;
}

export interface RunMainOptions<T extends Stoppable> {
  /** Once it runs: say so (the console prints its URL; a service has logged "luistert" already). */
  started?: (running: T) => void;
  /** The line on stderr when it cannot start; the error's message by default. */
  failure?: (err: Error) => string;
  /** Also stop when the parent's IPC channel closes (the console, started by `npm start`). */
  stopOnDisconnect?: boolean;
}

/**
 * For a server.ts run directly: start, and stop cleanly on SIGINT/SIGTERM. The handlers come before
 * the start, so a Ctrl+C right after the start line (or during the start) closes the databases
 * rather than being the default kill; a signal during the start closes it as soon as it runs.
 */
export function runMain<T extends Stoppable>(start: () => Promise<T>, options: RunMainOptions<T> = {}): void {
  let running: T | undefined;
  let stopRequested = false;
  const stop = () => {
    if (stopRequested) return;
    stopRequested = true;
    if (running) void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (options.stopOnDisconnect && process.send) process.once('disconnect', stop);
  // Promise.resolve().then: a ConfigError thrown while building the config is reported too.
  Promise.resolve()
    .then(start)
    .then(
      (started) => {
        running = started;
        options.started?.(started);
        if (stopRequested) void started.close().then(() => process.exit(0));
      },
      (err: Error) => {
        process.stderr.write(`${options.failure?.(err) ?? err.message}\n`);
        process.exit(1);
      },
    );
}
