// Bumps the service's change signal around every request that may change its data (see
// change-signal.ts for why both ends): when it arrives, and again just before its status line is
// written, so the writer's caller only hears "done" after in-process caches have let go.
import type { NextFunction, Request, Response } from 'express';
import type { ChangeSource } from '../change-signal.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function changeMiddleware(changes: ChangeSource) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE.has(req.method)) {
      next();
      return;
    }
    changes.bump();
    // Every answer passes through writeHead (explicitly, or implicitly on the first write/end).
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      changes.bump();
      return writeHead(...args);
    }) as typeof res.writeHead;
    next();
  };
}
