import { createServiceApp, packageVersion, type CommonDeps } from '@duo-sim/shared';
import { Router, type Express } from 'express';

export type AppDeps = CommonDeps;

/** The RIO — Registratie Instellingen en Opleidingen app; never listens, never reads process.env. */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'rio',
    title: 'duo-sim RIO — Registratie Instellingen en Opleidingen',
    description: 'Zie CONTRACT.md.',
    versie: packageVersion(__dirname),
    operations: [],
    routes: Router(),
    reset: () => undefined,
  });
}
