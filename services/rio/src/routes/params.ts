// Query, body and path parameters are checked with the shared helpers (validQuery, validBody,
// pathFout from '@duo-sim/shared'): against their schema first, every violation at once, as 400
// problems with foutcode SCHEMA; a query parameter's pointer is `?name` (as in the common routes).
// This file adds what is RIO's own: its code patterns and paging.
import { BRIN4_PATTERN, BRIN6_PATTERN, pathFout, RIO_CODE_PATTERNS, type Foutmelding, type RioCodeSoort } from '@duo-sim/shared';
import type { Request } from 'express';

/** A copy of the query of `req` (Express 5's req.query is read-only), for a handler to normalise. */
export function queryOf(req: Request): Record<string, unknown> {
  return { ...(req.query as Record<string, unknown>) };
}

/** A RIO code in the path (ID-07); a malformed one is bad input, not an unknown object. */
export function codeFout(soort: RioCodeSoort | 'brin4' | 'brin6', value: string): Foutmelding[] {
  if (soort === 'brin4') return pathFout('BRIN4', value, BRIN4_PATTERN, soort);
  if (soort === 'brin6') return pathFout('vestigingscode (BRIN6)', value, BRIN6_PATTERN, soort);
  return pathFout(soort, value, RIO_CODE_PATTERNS[soort]);
}

/** `pagina` (from 1) and a page size as offset and limit. */
export function page(pagina: string | undefined, grootte: number): { pagina: number; offset: number; limit: number } {
  const n = pagina === undefined ? 1 : Number(pagina);
  return { pagina: n, offset: (n - 1) * grootte, limit: grootte };
}
