import { createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { bekostigingOperations, bekostigingRoutes } from './routes/bekostiging.js';
import { berichtenOperations, berichtenRoutes } from './routes/berichten.js';
import { brpPersonenOperations, brpPersonenRoutes } from './routes/brp-personen.js';
import { herberekenNaKlok } from './bekostiging.js';
import { signalenNaKlok } from './signalen.js';
import { identificatieOperations, identificatieRoutes } from './routes/identificaties.js';
import { informatiedienstOperations, informatiedienstRoutes } from './routes/informatiediensten.js';
import { resultaatOperations, resultaatRoutes } from './routes/resultaten.js';
import { inschrijvingOperations, inschrijvingRoutes } from './routes/inschrijvingen.js';
import { leerlingOperations, leerlingRoutes } from './routes/leerlingen.js';
import { onderwijsnummerOperations, onderwijsnummerRoutes } from './routes/onderwijsnummers.js';
import { verwijderingOperations, verwijderingRoutes } from './routes/verwijderingen.js';

export type { AppDeps } from './deps.js';

/** The BRON (ROD po) app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  // BEK-09: passing a deadline makes statuses DEFINITIEF (and moving back VOORLOPIG again); schools are told.
  // BRON-17: passing 14 February or 29 March signals groep-8 pupils whose resultaten are missing.
  deps.clock.onChange((from, to) => {
    const bekostiging = herberekenNaKlok(deps, from, to);
    const signalen = signalenNaKlok(deps.store, from, to);
    if (bekostiging + signalen > 0) deps.pusher?.kick();
  });
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
    operations: [
      ...identificatieOperations,
      ...inschrijvingOperations,
      ...verwijderingOperations,
      ...resultaatOperations,
      ...informatiedienstOperations,
      ...bekostigingOperations,
      ...berichtenOperations,
      ...onderwijsnummerOperations,
      ...leerlingOperations,
      ...(deps.brpToevoegingen ? brpPersonenOperations : []),
    ],
    routes,
    reset: () => {
      deps.store.reset();
      deps.replay.clear();
      deps.brpToevoegingen?.wis();
    },
  });
}
