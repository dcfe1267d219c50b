import {
  BRP_TOEVOEGING_OPERATION,
  createServiceApp,
  packageVersion,
  type BronClient,
  type CommonDeps,
  type OsrClient,
  type ReplayGuard,
} from '@duo-sim/shared';
import { Router, type Express } from 'express';
import { brpPersonenRoutes } from './routes/brp-personen.js';
import { gemeenteOperations, gemeenteRoutes } from './routes/gemeenten.js';
import { meldingOperations, meldingRoutes } from './routes/meldingen.js';
import { schoolOperations, schoolRoutes } from './routes/scholen.js';
import type { VerzuimStore, VerzuimWereld } from './store.js';

export interface AppDeps extends CommonDeps {
  store: VerzuimStore;
  /** The seed world (the BRP stub): loaded into an empty store and on POST /_sim/reset. */
  seed: () => VerzuimWereld;
  /** OSR with DUO's certificate: schools and VERZUIM mandates (EK-03, EK-07). */
  osr: OsrClient;
  /** BRON with DUO's certificate: inschrijvingen (VZM-08) and onderwijsnummers (VZM-09). */
  bron: BronClient;
  /** EK-06: idempotent berichten. */
  replay: ReplayGuard;
}

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
    operations: [...meldingOperations, ...schoolOperations, ...gemeenteOperations, BRP_TOEVOEGING_OPERATION],
    routes,
    reset: () => {
      deps.store.loadWorld(deps.seed());
      deps.replay.clear();
    },
  });
}
