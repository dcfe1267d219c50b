// Query parameters are checked like bodies: against a schema, every violation at once, 400 SCHEMA
// (docs/services/common.md), with the pointer `?name` so a vendor sees which parameter is wrong.
import type { Request } from 'express';
import { problems, type Foutmelding } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';

function queryPointer(pointer: string | undefined): string {
  const name = (pointer ?? '/').split('/')[1];
  return name ? `?${name}` : '?';
}

/**
 * The query of `req`, valid against schema `name` (with additionalProperties: false it refuses
 * unknown parameters), reported together with `extra` violations (e.g. a malformed path value).
 */
export function validQuery<T>(schemas: SchemaRegistry, name: string, req: Request, extra: ReadonlyArray<Foutmelding> = []): T {
  // Express 5's req.query is a getter: take a copy.
  return validQueryObject<T>(schemas, name, { ...(req.query as Record<string, unknown>) }, extra);
}

/**
 * As `validQuery`, for a query object the handler already holds (e.g. a copy it normalised before
 * the check).
 */
export function validQueryObject<T>(
  schemas: SchemaRegistry,
  name: string,
  query: Record<string, unknown>,
  extra: ReadonlyArray<Foutmelding> = [],
): T {
  const fouten = [...extra, ...schemas.validate(name, query).map((f) => ({ ...f, pointer: queryPointer(f.pointer) }))];
  if (fouten.length > 0) throw problems.rejected(fouten);
  return query as T;
}

/**
 * One SCHEMA foutmelding per query parameter not in `bekend`, for a route that checks its parameters
 * by hand: an unknown one is refused, not ignored, so a typo (`?sppor=`) does not silently widen the
 * question (docs/services/common.md).
 */
export function onbekendeParameters(query: Record<string, unknown>, bekend: readonly string[], wie: string): Foutmelding[] {
  return Object.keys(query)
    .filter((naam) => !bekend.includes(naam))
    .map((naam) => ({
      foutcode: 'SCHEMA',
      fouttekst: `Parameter ${naam} bestaat niet; ${wie} kent ${bekend.slice(0, -1).join(', ')} en ${bekend[bekend.length - 1]}.`,
      pointer: `?${naam}`,
    }));
}

/** The body of `req`, valid against schema `name`, or a 400 problem listing every SCHEMA violation. */
export function validBody<T>(schemas: SchemaRegistry, name: string, req: Request): T {
  const fouten = schemas.validate(name, req.body);
  if (fouten.length > 0) throw problems.rejected(fouten);
  return req.body as T;
}

/**
 * A path value that must match `pattern` (a malformed code is bad input, not an unknown object).
 * The fouttekst names it `naam`; its sleutelgegeven is called `sleutelnaam` (by default `naam`).
 */
export function pathFout(naam: string, value: string, pattern: RegExp, sleutelnaam: string = naam): Foutmelding[] {
  if (pattern.test(value)) return [];
  return [
    {
      foutcode: 'SCHEMA',
      fouttekst: `${naam} in het pad voldoet niet aan het patroon ${pattern.source}.`,
      sleutelgegevens: [{ sleutelnaam, sleutelwaarde: value }],
    },
  ];
}
