// Reads a plain JSON body into ONE buffer of its announced length, instead of express.json's list of
// TLS-record chunks (16 KB each) joined at the end. Measured (docs/security.md, "Memory after slow
// clients go"): 300 unfinished 1 MB bodies held as chunks left the process's RSS 300 MB up after a
// GC had freed them all, because the many small blocks stay in the allocator's arenas; held as one
// buffer each (a block of its own, from the system), the same bodies gave it back.
// Only bodies with a Content-Length, no content coding and UTF-8 are read here; the rest (chunked,
// compressed, another charset) goes on to express.json, which is next in line and skips a body
// that was read. The budget (body-budget.ts) has already counted the length, so allocating it up
// front costs nothing the budget did not allow.
import type { NextFunction, Request, Response } from 'express';
import { BODY_LIMIT_BYTES } from './body-budget.js';

/** What express.json's `verify` gets: the raw bytes before parsing; may throw a Problem. */
export type VerifyBody = (res: Response, body: Buffer) => void;

/** An error shaped like body-parser's, so the error handler answers exactly as it does for those. */
function parserError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type, expose: true });
}

/** The length to read into one buffer, or null when express.json should read the body. */
function plainLength(req: Request): number | null {
  if (req.headers['transfer-encoding'] !== undefined) return null;
  if ((req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity') return null;
  const length = Number(req.headers['content-length']);
  if (!Number.isSafeInteger(length) || length <= 0 || length > BODY_LIMIT_BYTES) return null;
  if (!req.is('application/json')) return null;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' ? length : null;
}

/** body-parser's strict JSON: an object or an array, after optional whitespace. */
function parseStrict(text: string): unknown {
  const first = /^[ \t\n\r]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw parserError(400, 'entity.parse.failed', 'not a JSON object or array');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw parserError(400, 'entity.parse.failed', (err as Error).message);
  }
}

export function oneBufferJsonBody(verify: VerifyBody) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const length = plainLength(req);
    if (length === null) {
      next();
      return;
    }
    let body: Buffer | undefined = Buffer.allocUnsafeSlow(length);
    let received = 0;
    const onData = (chunk: Buffer) => {
      // Node's parser never gives more than Content-Length; the bound is for the reader's sake.
      if (body) received += chunk.copy(body, received);
    };
    let done = false;
    const finish = (err?: unknown) => {
      if (done) return;
      done = true;
      // A request that failed can stay referenced a while (its answer to a closed socket); the
      // buffer must not stay with it.
      req.off('data', onData);
      body = undefined;
      next(err);
    };
    req.on('data', onData);
    req.once('end', () => {
      try {
        if (!body || received !== length)
          throw parserError(400, 'request.size.invalid', 'request size did not match content length');
        verify(res, body);
        // As body-parser: invalid bytes become U+FFFD (verify has noted them), a BOM is dropped.
        req.body = parseStrict(new TextDecoder('utf-8').decode(body));
        finish();
      } catch (err) {
        finish(err);
      }
    });
    // The client went away (or the connection failed) before its body was complete.
    req.once('close', () => finish(parserError(400, 'request.aborted', 'request aborted')));
    req.once('error', (err) => finish(err.message === 'aborted' ? parserError(400, 'request.aborted', 'request aborted') : err));
  };
}
