// Applies the text policy (text-policy.ts) to every parsed JSON body, once, before any route: a
// string that is not well-formed Unicode or holds a control character is refused with 400 and the
// pointer of the field, and nothing is stored.
import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { Problem } from '../problem.js';
import { textPolicyFouten } from '../text-policy.js';
import { locals } from './context.js';

/** For express.json's `verify`: notes a body whose bytes are not UTF-8 (the decoder would hide them). */
export function noteInvalidUtf8(res: Response, buf: Buffer, encoding: string): void {
  if (encoding.toLowerCase() === 'utf-8' && !isUtf8(buf)) locals(res).ongeldigeUtf8 = true;
}

function cleanBerichtId(body: unknown): string | undefined {
  const id = (body as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: unknown } } | null)?.bedrijfsdocument
    ?.identificatiecodeBedrijfsdocument;
  return typeof id === 'string' && textPolicyFouten(id).length === 0 ? id : undefined;
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
  // CONTRACT: an answer to a bericht echoes its id, when that id is itself readable text.
  next(new Problem(400, fouten, cleanBerichtId(req.body)));
}
