// `npm start -w console`: the console alone, for a chain that runs elsewhere on this machine.
import { ConfigError, createLogger } from '@duo-sim/shared';
import { loadConsoleConfig } from './config.js';
import { startConsole } from './start.js';

startConsole(loadConsoleConfig(process.env), createLogger('console', process.env.SIM_LOG_LEVEL || 'info'))
  .then((running) => {
    process.stdout.write(`duo-sim console: ${running.url}\n`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Started by `npm start` (scripts/src/lib/console-process.ts): end with the chain's process.
    if (process.send) process.once('disconnect', stop);
  })
  .catch((err: Error) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `De console kon niet starten: ${err.message}`}\n`);
    process.exit(1);
  });
