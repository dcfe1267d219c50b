// The only file of this service with side effects: wires config -> database -> app -> mTLS.
import {
  readWorldParties,
  runMain,
  startService,
  worldPartiesFile,
  type RunningService,
  type StartOptions,
  type ServiceConfig,
} from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createEigenLeveranciers } from './eigen-leveranciers.js';
import { readOsrWorld, withEigenLeveranciers } from './seed.js';
import { createOsrStore } from './store.js';

export function start(config: Readonly<ServiceConfig> = loadConfig(), options: StartOptions = {}): Promise<RunningService> {
  return startService(config, options, (ctx) => {
    const store = createOsrStore(ctx.db);
    const partijenFile = worldPartiesFile(ctx.config.dataDir);
    return {
      app: createApp({
        ...ctx,
        store,
        // The seed plus this world's own vendors: a reset (or a first start) keeps them (OSR-07).
        seed: () =>
          withEigenLeveranciers(readOsrWorld(ctx.config.fixturesDir, ctx.schemas), readWorldParties(partijenFile).partijen),
        pushToegestaan: ctx.config.pushToegestaan,
        eigenLeveranciers: createEigenLeveranciers({ partijenFile, pkiDir: ctx.config.pkiDir }, { ...ctx, store }),
      }),
    };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
