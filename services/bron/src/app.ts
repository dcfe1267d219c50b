import { createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { BRON_OPERATIONS } from './operations.js';
import { bekostigingRoutes } from './routes/bekostiging.js';
import { berichtenRoutes } from './routes/berichten.js';
import { brpPersonenOperations, brpPersonenRoutes } from './routes/brp-personen.js';
import { identificatieRoutes } from './routes/identificaties.js';
import { informatiedienstRoutes } from './routes/informatiediensten.js';
import { resultaatRoutes } from './routes/resultaten.js';
import { inschrijvingRoutes } from './routes/inschrijvingen.js';
import { leerlingRoutes } from './routes/leerlingen.js';
import { onderwijsnummerRoutes } from './routes/onderwijsnummers.js';
import { verwijderingRoutes } from './routes/verwijderingen.js';
import { applyClockChange } from './use-cases/apply-clock-change.js';

export type { AppDeps } from './deps.js';

/** The BRON (ROD po) app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  // BEK-09: passing a deadline makes statuses DEFINITIEF (and moving back VOORLOPIG again); schools are told.
  // BRON-17: passing 14 February or 29 March signals groep-8 pupils whose resultaten are missing.
  deps.clock.onChange((from, to) => applyClockChange(deps, from, to));
  const routes = Router();
  routes.use(
    identificatieRoutes(deps),
    inschrijvingRoutes(deps),
    verwijderingRoutes(deps),
    resultaatRoutes(deps),
    informatiedienstRoutes(deps),
    bekostigingRoutes(deps),
    berichtenRoutes(deps),
    onderwijsnummerRoutes(deps),
    leerlingRoutes(deps),
  );
  if (deps.brpToevoegingen) routes.use(brpPersonenRoutes(deps, deps.brpToevoegingen));
  return createServiceApp(deps, {
    service: 'bron',
    title: 'duo-sim BRON (ROD po) — Register Onderwijsdeelnemers po',
    description:
      'Identificatie, inschrijvingen met directe terugkoppeling, verwijderingen, het registratieoverzicht en de berichtenbus van de school (docs/services/bron.md, BRON-*).',
    versie: packageVersion(__dirname),
    operations: [...BRON_OPERATIONS, ...(deps.brpToevoegingen ? brpPersonenOperations : [])],
    routes,
    reset: () => {
      deps.store.reset();
      deps.replay.clear();
      deps.brpToevoegingen?.wis();
    },
  });
}
