import { createServiceApp, packageVersion, type CommonDeps, type PushToegestaan } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { EigenLeveranciers } from './eigen-leveranciers.js';
import { endpointOperations, endpointRoutes } from './routes/endpoints.js';
import { leverancierOperations, leverancierRoutes } from './routes/leveranciers.js';
import { mandateOperations, mandateRoutes } from './routes/mandates.js';
import { schoolOperations, schoolRoutes } from './routes/schools.js';
import { serviceOperations, serviceRoutes } from './routes/services.js';
import type { OsrStore, OsrWereld } from './store.js';

export interface AppDeps extends CommonDeps {
  store: OsrStore;
  /** The seed world (fixtures/osr.json): loaded into an empty store and on POST /_sim/reset. */
  seed: () => OsrWereld;
  /** BRON_PUSH_TOEGESTAAN: the hosts an afleveradres may name (OSR-05). */
  pushToegestaan: PushToegestaan;
  /** Adds and removes vendors of your own (OSR-07); without it POST /api/v1/leveranciers is 404. */
  eigenLeveranciers?: EigenLeveranciers;
}

/** Every operation of OSR, for /openapi.json and the generated collections (scripts/src/generate-collections.ts). */
export const OSR_OPERATIONS = [
  ...schoolOperations,
  ...serviceOperations,
  ...mandateOperations,
  ...endpointOperations,
  ...leverancierOperations,
];

/** The OSR — Onderwijs serviceregister app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  if (deps.store.isEmpty()) deps.store.loadWorld(deps.seed());
  const routes = Router();
  routes.use(schoolRoutes(deps), serviceRoutes(deps), mandateRoutes(deps), endpointRoutes(deps), leverancierRoutes(deps));
  return createServiceApp(deps, {
    service: 'osr',
    title: 'duo-sim OSR — Onderwijs serviceregister',
    description:
      'Wie mag wat uitwisselen voor een school (docs/services/osr.md, OSR-01…06): scholen, diensten, mandaten van besturen aan leveranciers met de mandaatcheck, en afleveradressen.',
    versie: packageVersion(__dirname),
    operations: OSR_OPERATIONS,
    routes,
    reset: () => deps.store.loadWorld(deps.seed()),
  });
}
