// GET /api/v1/services (docs/services/osr.md, OSR-01, OSR-06).
import type { OperationSpec } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';

export const serviceOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/api/v1/services',
    summary: 'De diensten met code, naam en namespace (OSR-06)',
    wie: 'iedere partij',
    response: 'osr-diensten',
  },
];

export function serviceRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/api/v1/services', (_req, res) => {
    res.json({ diensten: deps.store.diensten() });
  });
  return router;
}
