// Builds the console from its configuration and listens on plain HTTP: on loopback, or beyond it only
// with a workshop (config.ts). Used by server.ts and by `npm start` (scripts/src/start-all.ts).
import {
  createLogger,
  createSchemaRegistry,
  createWorldPartyRegistry,
  loadParties,
  loadPartyTls,
  workshopFile,
  worldPartiesFile,
  type Logger,
  type SchemaRegistry,
} from '@duo-sim/shared';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createApp } from './app.js';
import type { ConsoleConfig } from './config.js';
import { createJournalFeed } from './feed.js';
import { createKetentestBron } from './ketentest.js';
import { createGateway } from './gateway.js';
import { createRuleBook } from './rules.js';
import { createWorkshopBron } from './workshop/bron.js';

export interface RunningConsole {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The bundled scripts and styles: console/dist/public, from the sources (tests) and from the build. */
export const PUBLIC_DIR = resolve(__dirname, '..', 'dist', 'public');
export const SWAGGER_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

export async function startConsole(
  config: Readonly<ConsoleConfig>,
  logger: Logger = createLogger('console', 'info'),
): Promise<RunningConsole> {
  // The seed's parties and this world's own vendors (a workshop's participants among them), read
  // again when partijen.json changes: `sim leverancier nieuw` and `sim workshop` add vendors while
  // the console runs.
  const parties = createWorldPartyRegistry(
    loadParties(join(config.fixturesDir, 'parties.json')),
    worldPartiesFile(config.dataDir),
    {
      logger,
    },
  );
  const operator = parties.all().find((p) => p.rol === 'operator');
  if (!operator) throw new Error('De wereld heeft geen operator (fixtures/parties.json); de console werkt als operator.');
  const gateway = createGateway({
    peers: config.peers,
    operatorOin: operator.oin,
    tlsFor: (oin) => loadPartyTls(config.pkiDir, oin),
  });
  // The feed has clients of its own, so closing the console's gateway does not cut a running long-poll.
  const feedGateway = createGateway({
    peers: config.peers,
    operatorOin: operator.oin,
    tlsFor: (oin) => loadPartyTls(config.pkiDir, oin),
  });
  const feed = createJournalFeed({ gateway: feedGateway, venster: config.venster });
  let schemas: SchemaRegistry | undefined;
  const built = createApp(
    {
      gateway,
      feed,
      rules: createRuleBook(gateway),
      parties,
      peers: config.peers,
      schemas: () => (schemas ??= createSchemaRegistry()),
      publicDir: PUBLIC_DIR,
      swaggerDir: SWAGGER_DIR,
      ketentest: createKetentestBron({
        peers: config.peers,
        pkiDir: config.pkiDir,
        dataDir: config.dataDir,
        operatorOin: operator.oin,
      }),
      workshop: {
        bron: createWorkshopBron({
          file: workshopFile(config.dataDir),
          fixturesDir: config.fixturesDir,
          pkiDir: config.pkiDir,
          schemas: () => (schemas ??= createSchemaRegistry()),
        }),
        alleenMetWorkshop: config.alleenMetWorkshop,
      },
    },
    { logger, teldatumModus: config.teldatumModus },
  );
  feed.start();
  const server = createServer(built.app);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    port,
    async close() {
      built.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await feed.stop();
      await gateway.close();
    },
  };
}
