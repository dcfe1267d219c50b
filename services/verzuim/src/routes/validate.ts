// Schema checks for the handlers: every violation at once as a 400 problem (CONTRACT §1).
import { problems, type SchemaRegistry } from '@duo-sim/shared';
import type { Request } from 'express';

/** The body, valid against schema `name`, or a 400 problem listing every SCHEMA violation. */
export function validBody<T>(schemas: SchemaRegistry, name: string, req: Request): T {
  const fouten = schemas.validate(name, req.body);
  if (fouten.length > 0) throw problems.rejected(fouten);
  return req.body as T;
}

/** The query parameters, valid against schema `name`; violations point at `?parameter`. */
export function validQuery<T>(schemas: SchemaRegistry, name: string, req: Request): T {
  const query = { ...(req.query as Record<string, unknown>) };
  const fouten = schemas.validate(name, query).map((f) => ({ ...f, pointer: `?${(f.pointer ?? '/').slice(1)}` }));
  if (fouten.length > 0) throw problems.rejected(fouten);
  return query as T;
}
