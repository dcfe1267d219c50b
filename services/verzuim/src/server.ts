// The only file of this service with side effects: wires config -> database -> app -> mTLS.
import { runMain, startService, type RunningService, type ServiceConfig } from '@duo-sim/shared';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

export function start(config: Readonly<ServiceConfig> = loadConfig()): Promise<RunningService> {
  return startService(config, (ctx) => ({ app: createApp(ctx) }));
}

if (require.main === module) runMain(() => start(loadConfig(process.env)));
