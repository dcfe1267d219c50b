import { createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { endpointOperations, endpointRoutes } from './routes/endpoints.js';
import { mandateOperations, mandateRoutes } from './routes/mandates.js';
import { schoolOperations, schoolRoutes } from './routes/schools.js';
import { serviceOperations, serviceRoutes } from './routes/services.js';

export type { AppDeps } from './deps.js';

/** The OSR — Onderwijs serviceregister app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  if (deps.store.isEmpty()) deps.store.loadWorld(deps.seed());
  const routes = Router();
  routes.use(schoolRoutes(deps), serviceRoutes(deps), mandateRoutes(deps), endpointRoutes(deps));
  return createServiceApp(deps, {
    service: 'osr',
    title: 'duo-sim OSR — Onderwijs serviceregister',
    description:
      'Wie mag wat uitwisselen voor een school (docs/services/osr.md, OSR-01…06): scholen, diensten, mandaten van besturen aan leveranciers met de mandaatcheck, en afleveradressen.',
    versie: packageVersion(__dirname),
    operations: [...schoolOperations, ...serviceOperations, ...mandateOperations, ...endpointOperations],
    routes,
    reset: () => deps.store.loadWorld(deps.seed()),
  });
}
