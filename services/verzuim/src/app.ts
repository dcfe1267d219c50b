import { createServiceApp, packageVersion, type CommonDeps } from '@duo-sim/shared';
import { Router, type Express } from 'express';

export type AppDeps = CommonDeps;

/** The Verzuimregister app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'verzuim',
    title: 'duo-sim Verzuimregister',
    description: 'Zie CONTRACT.md.',
    versie: packageVersion(__dirname),
    operations: [],
    routes: Router(),
    reset: () => undefined,
  });
}
