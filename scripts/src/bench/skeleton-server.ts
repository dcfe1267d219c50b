// The second throughput baseline: the services' own HTTP stack with none of the chain's work. The
// same createServiceApp (identity with the revocation check, the journal in SQLite, JSON bodies,
// the common routes, the error handler) and a POST /inschrijvingen that validates the bericht
// against its JSON Schema and answers 201 — no OSR, RIO, rules or store. Between the bare server
// and the chain it shows what the framework costs and what the chain's own work costs.
// Run as a child: node skeleton-server.js <pkiDir> <dataDir>.
import { Router } from 'express';
import { join } from 'node:path';
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

const [pkiDir, dataDir] = process.argv.slice(2);
if (!pkiDir || !dataDir) {
  process.stderr.write('usage: node skeleton-server.js <pkiDir> <dataDir>\n');
  process.exit(2);
}

const db = openDatabase(join(dataDir, 'skeleton.sqlite'));
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

const server = createMtlsServer(app, loadServerTls(pkiDir));
serveBaseline(server);
