import { BRP_TOEVOEGING_OPERATION, createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { VERZUIM_OPERATIONS } from './operations.js';
import { brpPersonenRoutes } from './routes/brp-personen.js';
import { gemeenteRoutes } from './routes/gemeenten.js';
import { meldingRoutes } from './routes/meldingen.js';
import { schoolRoutes } from './routes/scholen.js';

export type { AppDeps } from './deps.js';

/** The Verzuimregister app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  if (deps.store.isEmpty()) deps.store.loadWorld(deps.seed());
  const routes = Router();
  routes.use(meldingRoutes(deps), schoolRoutes(deps), gemeenteRoutes(deps), brpPersonenRoutes(deps));
  return createServiceApp(deps, {
    service: 'verzuim',
    title: 'duo-sim Verzuimregister',
    description:
      'Verzuimmeldingen van scholen (via hun leverancier, dienst VERZUIM) naar de leerplichtambtenaar van de woongemeente, met de status voor beide kanten (docs/services/verzuim.md, VZM-01…12).',
    versie: packageVersion(__dirname),
    operations: [...VERZUIM_OPERATIONS, BRP_TOEVOEGING_OPERATION],
    routes,
    reset: () => {
      deps.store.loadWorld(deps.seed());
      deps.replay.clear();
    },
  });
}
