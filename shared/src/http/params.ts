// Query parameters are checked like bodies: against a schema, every violation at once, 400 SCHEMA,
// with the pointer `?name` so a vendor sees which parameter is wrong.
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
  const query = { ...(req.query as Record<string, unknown>) };
  const fouten = [...extra, ...schemas.validate(name, query).map((f) => ({ ...f, pointer: queryPointer(f.pointer) }))];
  if (fouten.length > 0) throw problems.rejected(fouten);
  return query as T;
}

/** A path value that must match `pattern` (a malformed code is bad input, not an unknown object). */
export function pathFout(naam: string, value: string, pattern: RegExp): Foutmelding[] {
  if (pattern.test(value)) return [];
  return [
    {
      foutcode: 'SCHEMA',
      fouttekst: `${naam} in het pad voldoet niet aan het patroon ${pattern.source}.`,
      sleutelgegevens: [{ sleutelnaam: naam, sleutelwaarde: value }],
    },
  ];
}
