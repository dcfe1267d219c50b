// The second throughput baseline: the services' own HTTP stack with none of the chain's work. The
// same createServiceApp (identity with the revocation check, the journal in SQLite, JSON bodies,
// the common routes, the error handler) and a POST /inschrijvingen that validates the bericht
// against its JSON Schema and answers 201 — no OSR, RIO, rules or store. Between the bare server
// and the chain it shows what the framework costs and what the chain's own work costs.
//
// With a thread count of 2 the threads phase's ceiling (bench/README.md): a worker thread accepts on
// the main thread's listening socket (`server.listen({ fd })`, as BRON's fronts do:
// services/bron/src/fronts.ts) with an app of its own, so both threads do the same skeleton work
// for the connections the kernel gives them. Each thread journals into a database file of its own:
// no shared writer, so the figure is what the machine allows this kind of work, a ceiling.
// Run as a child: node skeleton-server.js <pkiDir> <dataDir> [threads: 1|2].
import { Router } from 'express';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';
import {
  createChangeSignal,
  createClock,
  createJournal,
  createMtlsServer,
  createPartyRegistry,
  createRevocationList,
  createSchemaRegistry,
  createServiceApp,
  DEFAULT_FIXTURES_DIR,
  loadParties,
  loadServerTls,
  openDatabase,
  pkiPaths,
  problems,
  silentLogger,
} from '@duo-sim/shared';
import { serveBaseline } from './serve-baseline.js';

/** What the accepting worker gets: the folders and the main thread's listening descriptor. */
interface SkeletonWorkerData {
  pkiDir: string;
  dataDir: string;
  fd: number;
}

/** The header that names the thread that answered: lets a test see that both threads accept. */
const SKELETON_THREAD_HEADER = 'x-skelet-thread';

function skeletonServer(pkiDir: string, dataDir: string) {
  const db = openDatabase(join(dataDir, `skeleton-${threadId}.sqlite`));
  const clock = createClock();
  const schemas = createSchemaRegistry();
  const routes = Router();
  routes.post('/inschrijvingen', (req, res) => {
    const body = req.body as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: string } };
    const fouten = schemas.validate('bron-inschrijving-bericht', body);
    if (fouten.length > 0) throw problems.rejected(fouten);
    res.status(201).json({ identificatiecodeBedrijfsdocument: body.bedrijfsdocument?.identificatiecodeBedrijfsdocument });
  });
  const app = createServiceApp(
    {
      clock,
      journal: createJournal(db),
      logger: silentLogger(),
      schemas,
      parties: createPartyRegistry(loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json'))),
      revocations: createRevocationList(pkiPaths(pkiDir).revoked),
      changes: createChangeSignal(clock),
    },
    {
      service: 'skelet',
      title: 'skelet',
      description: 'bench baseline',
      versie: '0',
      operations: [],
      routes,
      reset: () => undefined,
    },
  );
  return createMtlsServer((req, res) => {
    res.setHeader(SKELETON_THREAD_HEADER, String(threadId));
    app(req, res);
  }, loadServerTls(pkiDir));
}

if (isMainThread) {
  const [pkiDir, dataDir, threadsArg = '1'] = process.argv.slice(2);
  const threads = Number(threadsArg);
  if (!pkiDir || !dataDir || (threads !== 1 && threads !== 2)) {
    process.stderr.write('usage: node skeleton-server.js <pkiDir> <dataDir> [1|2]\n');
    process.exit(2);
  }
  const server = skeletonServer(pkiDir, dataDir);
  serveBaseline(server, async () => {
    if (threads === 1) return;
    const fd = (server as unknown as { _handle?: { fd?: number } })._handle?.fd;
    if (fd === undefined) throw new Error('skeleton: the listening socket has no descriptor');
    const worker = new Worker(__filename, { workerData: { pkiDir, dataDir, fd } satisfies SkeletonWorkerData });
    worker.unref();
    // The port is told only once the second thread accepts, so every measured request can meet it.
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`skeleton worker exited (${code})`)));
    });
  });
} else {
  const { pkiDir, dataDir, fd } = workerData as SkeletonWorkerData;
  // Named, so the bench's CPU column tells it from V8's own threads (all `node`); Linux only.
  try {
    writeFileSync('/proc/thread-self/comm', 'skelet-2');
  } catch {
    // No /proc: the thread keeps its name.
  }
  skeletonServer(pkiDir, dataDir).listen({ fd }, () => parentPort!.postMessage('ready'));
}
