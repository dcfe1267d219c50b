// The only file of this service with side effects: wires config -> database -> store -> app -> mTLS.
import { runMain, startService, type RunningService, type StartOptions, type ServiceConfig } from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { loadRioWereld } from './seed.js';
import { createRioStore } from './store.js';

export function start(config: Readonly<ServiceConfig> = loadConfig(), options: StartOptions = {}): Promise<RunningService> {
  return startService(config, options, (ctx) => {
    const seed = () => loadRioWereld(ctx.config.fixturesDir, ctx.schemas);
    const store = createRioStore(ctx.db);
    // The seed world on first start only: a restart keeps what the besturen changed.
    if (store.isEmpty()) store.loadWorld(seed());
    return { app: createApp({ ...ctx, store, seed }) };
  });
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
