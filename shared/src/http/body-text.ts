// Applies the body policy (text-policy.ts) to every JSON body, once, before any route: more than
// MAX_WAARDEN values is 413 before the body is parsed; after parsing, a string that is not
// well-formed Unicode or holds a control character is 400 with the pointer of the field. Nothing is
// stored either way.
import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { Problem } from '../problem.js';
import { MAX_WAARDEN, textPolicyFouten, waardenInJson } from '../text-policy.js';
import { locals } from './context.js';

/**
 * For express.json's `verify`, before parsing: refuses a body of more than MAX_WAARDEN values
 * (413; the Problem passes through the parser's error to the error handler), and notes a body
 * whose bytes are not UTF-8 (the decoder would hide them).
 */
export function checkRawBody(res: Response, buf: Buffer, encoding: string): void {
  if (waardenInJson(buf) > MAX_WAARDEN) {
    const max = MAX_WAARDEN.toLocaleString('nl-NL');
    throw new Problem(413, [
      { foutcode: 'SCHEMA', fouttekst: `Het bericht bevat meer dan ${max} waarden; stuur een kleiner bericht.`, pointer: '/' },
    ]);
  }
  if (encoding.toLowerCase() === 'utf-8' && !isUtf8(buf)) locals(res).ongeldigeUtf8 = true;
}

/** The id to echo (docs/services/common.md: every answer to a bericht echoes it); JSON escapes whatever it holds. */
function berichtIdOf(body: unknown): string | undefined {
  const id = (body as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: unknown } } | null)?.bedrijfsdocument
    ?.identificatiecodeBedrijfsdocument;
  return typeof id === 'string' ? id : undefined;
}

export function bodyTextPolicy(req: Request, res: Response, next: NextFunction): void {
  if (req.body === undefined) {
    next();
    return;
  }
  const fouten = textPolicyFouten(req.body, { invalidUtf8: locals(res).ongeldigeUtf8 === true });
  if (fouten.length === 0) {
    next();
    return;
  }
  next(new Problem(400, fouten, berichtIdOf(req.body)));
}
