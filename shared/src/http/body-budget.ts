// The body budget (docs/security.md): a service reads at most this many body bytes at once, so
// unfinished bodies (slow or stalled clients) cannot hold more memory than that, however many
// connections they open. A body is counted from before its first byte is read until it is complete,
// has failed or its connection has closed. One that does not fit is refused at once with 503
// TE_DRUK and its connection closed, so none of it is read.
import type { NextFunction, Request, Response } from 'express';
import { Problem } from '../problem.js';
import type { PartyRegistry } from '../parties.js';
import { partijOf } from './context.js';

/** The largest JSON body a service reads (express.json's limit); larger ones get 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Seconds a refused client is asked to wait: a normal body is read in milliseconds. */
export const TE_DRUK_RETRY_AFTER_S = 1;

/** A body up to this size may use the whole budget; a larger one only what is left above the reserve. */
export const SMALL_BODY_BYTES = 64 * 1024;

export interface BodyBudget {
  readonly capacityBytes: number;
  inUseBytes(): number;
  /**
   * Counts `bytes` if they fit (or `force`); false, counting nothing, if not. A body larger than
   * SMALL_BODY_BYTES fits only in the first three quarters: the last quarter is kept for small
   * ones, so large bodies that stall cannot lock out the ordinary berichten of a few KB.
   */
  take(bytes: number, force?: boolean): boolean;
  give(bytes: number): void;
}

export function createBodyBudget(capacityBytes: number): BodyBudget {
  let inUse = 0;
  return {
    capacityBytes,
    inUseBytes: () => inUse,
    take(bytes, force = false) {
      const room = bytes > SMALL_BODY_BYTES ? Math.floor((capacityBytes * 3) / 4) : capacityBytes;
      if (!force && inUse + bytes > room) return false;
      inUse += bytes;
      return true;
    },
    give(bytes) {
      inUse = Math.max(0, inUse - bytes);
    },
  };
}

/**
 * What reading this request's body would cost: its Content-Length, or the limit when the length is
 * not announced (chunked, or compressed, where what is held is the inflated body). Null when
 * express.json will not read a body (none announced, or not JSON).
 */
function bytesToRead(req: Request): number | null {
  const chunked = req.headers['transfer-encoding'] !== undefined;
  const length = req.headers['content-length'];
  if (!chunked && (length === undefined || length === '0')) return null;
  if (!req.is('application/json')) return null;
  const encoded = (req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity';
  if (chunked || encoded) return BODY_LIMIT_BYTES;
  const n = Number(length);
  return Number.isSafeInteger(n) && n >= 0 ? n : BODY_LIMIT_BYTES;
}

function refuse(res: Response, next: NextFunction, problem: Problem): void {
  // Keeping the connection would make Node read (and discard) the rest of the body after the answer.
  res.setHeader('Connection', 'close');
  next(problem);
}

/**
 * Before express.json: counts the body against `budget`, or refuses it unread: 413 when its announced
 * length is over the limit, 503 TE_DRUK with Retry-After when it does not fit in what is left. The
 * operator is never refused (its bodies are tiny, and it must be able to reset or set the clock of a
 * busy chain), but its bytes are counted like anyone's.
 */
export function bodyBudgetGate(budget: BodyBudget, parties: PartyRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const bytes = bytesToRead(req);
    if (bytes === null) {
      next();
      return;
    }
    if (bytes > BODY_LIMIT_BYTES) {
      refuse(res, next, new Problem(413, [{ foutcode: 'SCHEMA', fouttekst: TOO_LARGE, pointer: '/' }]));
      return;
    }
    if (!budget.take(bytes, parties.isOperator(partijOf(res)))) {
      res.setHeader('Retry-After', String(TE_DRUK_RETRY_AFTER_S));
      refuse(res, next, new Problem(503, [{ foutcode: 'TE_DRUK', fouttekst: TE_DRUK, pointer: '/' }]));
      return;
    }
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      budget.give(bytes);
    };
    // 'end': read whole (also a body the parser refused, which it reads off first); 'close' before
    // that: failed, or its connection gone mid-body.
    req.once('end', release);
    req.once('close', release);
    next();
  };
}

export const TOO_LARGE = 'Het bericht is groter dan 1 MiB; stuur een kleiner bericht.';
const TE_DRUK = `De dienst leest nu te veel berichten tegelijk; stuur het bericht over ${TE_DRUK_RETRY_AFTER_S} seconde opnieuw.`;
