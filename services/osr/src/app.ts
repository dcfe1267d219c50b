import { createServiceApp, packageVersion, type CommonDeps } from '@duo-sim/shared';
import { Router, type Express } from 'express';

export type AppDeps = CommonDeps;

/** The OSR — Onderwijs serviceregister app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'osr',
    title: 'duo-sim OSR — Onderwijs serviceregister',
    description: 'Zie CONTRACT.md.',
    versie: packageVersion(__dirname),
    operations: [],
    routes: Router(),
    reset: () => undefined,
  });
}
