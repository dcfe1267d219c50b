import { createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { endpointOperations, endpointRoutes } from './routes/endpoints.js';
import { leverancierOperations, leverancierRoutes } from './routes/leveranciers.js';
import { mandateOperations, mandateRoutes } from './routes/mandates.js';
import { schoolOperations, schoolRoutes } from './routes/schools.js';
import { serviceOperations, serviceRoutes } from './routes/services.js';

export type { AppDeps } from './deps.js';

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
