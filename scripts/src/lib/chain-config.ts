// The configuration of the whole chain, apart from chain.ts: the threaded chain's main thread
// (threaded-chain.ts) reads it without loading RIO, OSR and verzuim, which run in its workers.
import { loadConfig as loadBronConfig } from '@duo-sim/bron';
import { ConfigError, loadServiceConfig, type ServiceConfig, type ServiceName } from '@duo-sim/shared';

export type Env = Record<string, string | undefined>;

/**
 * The configuration of all four services, read before anything is written: every bad value of
 * every service in one ConfigError (a key the services share is reported once).
 */
export function loadChainConfig(env: Env): Record<ServiceName, Readonly<ServiceConfig>> {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems) if (!problems.includes(p)) problems.push(p);
      return undefined;
    }
  };
  const configs = {
    rio: attempt(() => loadServiceConfig('rio', env)),
    osr: attempt(() => loadServiceConfig('osr', env)),
    bron: attempt(() => loadBronConfig(env)),
    verzuim: attempt(() => loadServiceConfig('verzuim', env)),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return configs as Record<ServiceName, Readonly<ServiceConfig>>;
}
