// `npm start -w console`: the console alone, for a chain that runs elsewhere on this machine.
import { ConfigError, createLogger, runMain } from '@duo-sim/shared';
import { loadConsoleConfig } from './config.js';
import { startConsole } from './start.js';

runMain(() => startConsole(loadConsoleConfig(process.env), createLogger('console', process.env.SIM_LOG_LEVEL || 'info')), {
  started: (running) => process.stdout.write(`duo-sim console: ${running.url}\n`),
  failure: (err) => (err instanceof ConfigError ? err.message : `De console kon niet starten: ${err.message}`),
  // Started by `npm start` (scripts/src/lib/console-process.ts): end with the chain's process.
  stopOnDisconnect: true,
});
