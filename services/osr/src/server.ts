// The only file of this service with side effects: wires config -> database -> app -> mTLS.
import { runMain, startService, type RunningService, type ServiceConfig } from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { readOsrWorld } from './seed.js';
import { createOsrStore } from './store.js';

export function start(config: Readonly<ServiceConfig> = loadConfig()): Promise<RunningService> {
  return startService(config, (ctx) => ({
    app: createApp({
      ...ctx,
      store: createOsrStore(ctx.db),
      seed: () => readOsrWorld(ctx.config.fixturesDir, ctx.schemas),
      pushToegestaan: ctx.config.pushToegestaan,
    }),
  }));
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
