import { createServiceApp, packageVersion } from '@duo-sim/shared';
import { Router, type Express } from 'express';
import type { AppDeps } from './deps.js';
import { RIO_OPERATIONS } from './operations.js';
import { inschrijfbaarheidRoutes } from './routes/inschrijfbaarheid.js';
import { instellingserkenningenRoutes } from './routes/instellingserkenningen.js';
import { onderwijsaanbiedersRoutes } from './routes/onderwijsaanbieders.js';
import { onderwijsbesturenRoutes } from './routes/onderwijsbesturen.js';
import { onderwijslocatiegebruikenRoutes } from './routes/onderwijslocatiegebruiken.js';
import { onderwijslocatiesRoutes } from './routes/onderwijslocaties.js';
import { vestigingserkenningenRoutes } from './routes/vestigingserkenningen.js';
import { wijzigingenRoutes } from './routes/wijzigingen.js';

export type { AppDeps } from './deps.js';

/** The RIO — Registratie Instellingen en Opleidingen app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  const routes = Router();
  routes.use(
    onderwijsbesturenRoutes(deps),
    onderwijsaanbiedersRoutes(deps),
    onderwijslocatiesRoutes(deps),
    onderwijslocatiegebruikenRoutes(deps),
    vestigingserkenningenRoutes(deps),
    instellingserkenningenRoutes(deps),
    inschrijfbaarheidRoutes(deps),
    wijzigingenRoutes(deps),
  );
  return createServiceApp(deps, {
    service: 'rio',
    title: 'duo-sim RIO — Registratie Instellingen en Opleidingen',
    description:
      'Besturen, onderwijsaanbieders, onderwijslocaties, locatiegebruiken en erkenningen (BRIN4/BRIN6) met peildatum; ' +
      'de inschrijfbaarheidsvraag van BRON en het verzuimregister (RIO-11); beheer door het eigen bestuur (RIO-07). Zie docs/services/rio.md.',
    versie: packageVersion(__dirname),
    operations: RIO_OPERATIONS,
    routes,
    // Back to the seed world; the code counter stays, so no A or X code is ever handed out twice (RIO-02).
    reset: () => deps.store.loadWorld(deps.seed()),
  });
}
