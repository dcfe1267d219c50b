import { loadServiceConfig, type ServiceConfig } from '@duo-sim/shared';

/** The configuration of this service (docs/architecture.md); only server.ts and scripts/ pass process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<ServiceConfig> {
  return loadServiceConfig('verzuim', env);
}
