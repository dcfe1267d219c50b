// Gives every exchange its trace (trace.ts): the caller's when it sent a valid W3C traceparent, else
// a new one. Two steps, because a stream-reading body parser loses the async context: the trace is
// made first (so a refused body is journaled with it) and entered after the body is read.
import type { NextFunction, Request, Response } from 'express';
import { runInTrace, traceFromHeader } from '../trace.js';
import { locals } from './context.js';

export function traceMiddleware(req: Request, res: Response, next: NextFunction): void {
  locals(res).spoor = traceFromHeader(req.headers.traceparent);
  next();
}

/** Runs the rest of the request in its trace, so calls to peers carry it (http-client.ts). */
export function enterTrace(_req: Request, res: Response, next: NextFunction): void {
  const spoor = locals(res).spoor;
  if (spoor) runInTrace(spoor, next);
  else next();
}
