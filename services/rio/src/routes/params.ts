// Query and path parameters are checked like bodies: against their schema first, every violation
// at once, as 400 problems with foutcode SCHEMA; a query parameter's pointer is `?name`
// (as in the common routes).
import { Problem, problems, RIO_CODE_PATTERNS, type Foutmelding, type RioCodeSoort, type SchemaRegistry } from '@duo-sim/shared';
import type { Request } from 'express';

function queryPointer(pointer: string | undefined): string {
  const name = (pointer ?? '/').split('/')[1];
  return name ? `?${name}` : '?';
}

/** A copy of the query of `req` (Express 5's req.query is read-only). */
export function queryOf(req: Request): Record<string, unknown> {
  return { ...(req.query as Record<string, unknown>) };
}

/**
 * The query, valid against schema `name` (additionalProperties: false refuses unknown
 * parameters), together with the other violations of the request (`extra`, e.g. a malformed code
 * in the path), all in one 400.
 */
export function readQuery<T>(
  query: Record<string, unknown>,
  schemas: SchemaRegistry,
  name: string,
  extra: ReadonlyArray<Foutmelding | undefined> = [],
): T {
  const fouten = [
    ...extra.filter((f): f is Foutmelding => f !== undefined),
    ...schemas.validate(name, query).map((f) => ({ ...f, pointer: queryPointer(f.pointer) })),
  ];
  if (fouten.length > 0) throw problems.rejected(fouten);
  return query as T;
}

/** The body, valid against schema `name`; else 400 with every violation. */
export function readBody<T>(body: unknown, schemas: SchemaRegistry, name: string): T {
  const fouten = schemas.validate(name, body);
  if (fouten.length > 0) throw problems.rejected(fouten);
  return body as T;
}

/** A RIO code in the path (ID-07); a malformed one is bad input, not an unknown object. */
export function codeFout(soort: RioCodeSoort | 'brin4' | 'brin6', value: string): Foutmelding | undefined {
  const pattern =
    soort === 'brin4' ? /^[0-9]{2}[A-Z]{2}$/ : soort === 'brin6' ? /^[0-9]{2}[A-Z]{2}[0-9]{2}$/ : RIO_CODE_PATTERNS[soort];
  if (pattern.test(value)) return undefined;
  const naam = soort === 'brin4' ? 'BRIN4' : soort === 'brin6' ? 'vestigingscode (BRIN6)' : soort;
  return {
    foutcode: 'SCHEMA',
    fouttekst: `${naam} in het pad voldoet niet aan het patroon ${pattern.source}.`,
    sleutelgegevens: [{ sleutelnaam: soort, sleutelwaarde: value }],
  };
}

export function assertCode(soort: RioCodeSoort | 'brin4' | 'brin6', value: string): void {
  const f = codeFout(soort, value);
  if (f) throw problems.rejected([f]);
}

/** `pagina` (from 1) and a page size as offset and limit. */
export function page(pagina: string | undefined, grootte: number): { pagina: number; offset: number; limit: number } {
  const n = pagina === undefined ? 1 : Number(pagina);
  return { pagina: n, offset: (n - 1) * grootte, limit: grootte };
}

export function notFound(foutcode: string, fouttekst: string, sleutels: Record<string, string>): Problem {
  return new Problem(404, [
    {
      foutcode,
      fouttekst,
      sleutelgegevens: Object.entries(sleutels).map(([sleutelnaam, sleutelwaarde]) => ({ sleutelnaam, sleutelwaarde })),
    },
  ]);
}
