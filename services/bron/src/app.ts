import { createServiceApp, packageVersion, type CommonDeps } from '@duo-sim/shared';
import { Router, type Express } from 'express';

export type AppDeps = CommonDeps;

/** The BRON (ROD po) — Register Onderwijsdeelnemers po app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'bron',
    title: 'duo-sim BRON (ROD po) — Register Onderwijsdeelnemers po',
    description: 'Zie CONTRACT.md.',
    versie: packageVersion(__dirname),
    operations: [],
    routes: Router(),
    reset: () => undefined,
  });
}
