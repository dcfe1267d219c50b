// A BRON front thread (fronts.ts): a thin entry that wires a whole BRON on its own connection to
// bron.sqlite and accepts on the main thread's listening socket. It follows the main thread's clock
// (never sets it), leaves the push worker to the main thread (a commit here only tells it), and
// sends the `/_sim/` routes, and everything while a storing is active, on to the main thread.
import {
  addDays,
  addDutchDays,
  certificateIdentity,
  createBodyBudget,
  createChangeSignal,
  createJournal,
  createLogger,
  createMtlsServer,
  createOsrClient,
  createReplayGuard,
  createRevocationList,
  createRioClient,
  createSchemaRegistry,
  createServiceClient,
  createWorldPartyRegistry,
  deelSchrijfbeurt,
  DUO_OIN,
  dutchDate,
  loadParties,
  loadPartyTls,
  loadServerTls,
  openDatabase,
  pkiPaths,
  watchChangeCell,
  worldPartiesFile,
  type Clock,
  type Journal,
} from '@duo-sim/shared';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createApp } from './app.js';
import { openWereldBrp } from './brp-toevoegingen.js';
import { moetNaarHoofdthread, RELAY_HEADERS, type FrontData, type FromFront } from './fronts.js';
import { createBronStore } from './store.js';
import { beginBronThread, wireOrFail } from './worker-start.js';

const data = workerData as FrontData;
const { config } = data;
const post = (m: FromFront) => parentPort!.postMessage(m);

beginBronThread(`bron-front-${data.index}`, config.nice);

/** The main thread's clock as it publishes it; setting it is the main thread's (its listeners run there). */
function volgKlok(klok: Int32Array): Clock {
  const offset = () => Atomics.load(klok, 0);
  return {
    today: () => addDays(dutchDate(new Date()), offset()),
    now: () => addDutchDays(new Date(), offset()),
    set: () => {
      throw new Error('de klok van BRON wordt op de hoofdthread gezet');
    },
    onChange: () => {},
  };
}

function wire() {
  const db = openDatabase(config.dbFile);
  deelSchrijfbeurt(db, data.schrijfbeurt);
  const clock = volgKlok(data.klok);
  const logger = createLogger(config.service, config.logLevel);
  const duoTls = loadPartyTls(config.pkiDir, DUO_OIN);
  const osrClient = createServiceClient(config.peers.osr, duoTls, { naam: 'OSR', cacheWhile: watchChangeCell(data.peers.osr) });
  const rioClient = createServiceClient(config.peers.rio, duoTls, { naam: 'RIO', cacheWhile: watchChangeCell(data.peers.rio) });
  const { brp, close: closeBrp } = openWereldBrp(db, config.fixturesDir);
  // Commits of one event-loop turn tell the push worker once; journal batches the long-polls once.
  const eenmaalPerBeurt = (m: FromFront) => {
    let gepland = false;
    return () => {
      if (gepland) return;
      gepland = true;
      setImmediate(() => {
        gepland = false;
        post(m);
      });
    };
  };
  const pusher = { kick: eenmaalPerBeurt({ type: 'kick' }) };
  const meldJournaal = eenmaalPerBeurt({ type: 'journaal' });
  const eigenJournal = createJournal(db, config.journalLimit);
  const journal: Journal = {
    ...eigenJournal,
    record: (entry, written) =>
      eigenJournal.record(entry, () => {
        written?.();
        meldJournaal();
      }),
  };
  // No storingen store: while one is active every request goes to the main thread, which counts them.
  const app = createApp({
    clock,
    journal,
    logger,
    changes: createChangeSignal(clock, data.changeCell),
    schemas: createSchemaRegistry(),
    parties: createWorldPartyRegistry(loadParties(join(config.fixturesDir, 'parties.json')), worldPartiesFile(config.dataDir), {
      logger,
    }),
    revocations: createRevocationList(pkiPaths(config.pkiDir).revoked, { db, logger }),
    bodyBudget: createBodyBudget(config.limits.bodyBudgetBytes),
    store: createBronStore(db, clock, { schrijfmerken: data.schrijfmerken }),
    osr: createOsrClient(osrClient),
    rio: createRioClient(rioClient),
    brp,
    replay: createReplayGuard(db),
    teldatumModus: config.teldatumModus,
    pusher,
  });
  const close = async () => {
    await Promise.all([osrClient.close(), rioClient.close()]);
    journal.flush();
    closeBrp();
    db.close();
  };
  return { app, brp, close };
}

const relayAgent = new http.Agent({ keepAlive: true });

/** Hands the request to the main thread's relay with the caller's identity, and its answer back. */
function doorsturen(req: IncomingMessage, res: ServerResponse): void {
  const headers: http.OutgoingHttpHeaders = { ...req.headers, [RELAY_HEADERS.token]: data.relay.token };
  delete headers[RELAY_HEADERS.oin];
  delete headers[RELAY_HEADERS.fingerprint];
  const identity = certificateIdentity(req);
  if (identity) {
    headers[RELAY_HEADERS.fingerprint] = identity.fingerprint256;
    if (identity.oin) headers[RELAY_HEADERS.oin] = identity.oin;
  } else delete headers[RELAY_HEADERS.token];
  const upstream = http.request(
    { host: '127.0.0.1', port: data.relay.port, method: req.method, path: req.url, headers, agent: relayAgent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) {
      res.writeHead(503, { 'content-type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          status: 503,
          foutmeldingen: [{ foutcode: 'NIET_BESCHIKBAAR', fouttekst: 'BRON is even niet bereikbaar.' }],
        }),
      );
    } else res.destroy();
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

const wired = wireOrFail(wire, post);
const { app, brp } = wired;

const server = createMtlsServer(
  (req, res) => {
    Atomics.add(data.ontvangen, data.index, 1);
    if (moetNaarHoofdthread(req.url ?? '/', Atomics.load(data.allesDoorsturen, 0) === 1)) return doorsturen(req, res);
    // The operator may have added persons to the BRP stub on the main thread.
    brp.volgToevoegingen();
    app(req, res);
  },
  loadServerTls(config.pkiDir),
  config.limits,
);
server.once('error', (err) => {
  post({ type: 'failed', message: err.message });
  process.exit(1);
});
server.listen({ fd: data.fd }, () => post({ type: 'ready', threadId }));

parentPort!.on('message', (m: 'close') => {
  if (m !== 'close') return;
  // Stops accepting and lets what is running answer; then the database closes.
  server.close(() => {
    void wired.close().finally(() => process.exit(0));
  });
  server.closeAllConnections();
});
