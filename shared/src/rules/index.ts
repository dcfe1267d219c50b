// The rule registry: every rule ID the code cites, with its Dutch text, where it comes from, the
// codes a party can get for it and the functions that implement it. Served per service on
// GET /regels (shared/src/http/common-routes.ts) and rendered to docs/rules.md (npm run generate:docs).
import { BEKOSTIGING_REGELS } from './bekostiging.js';
import { BRON_REGELS } from './bron.js';
import { EDUKOPPELING_REGELS } from './edukoppeling.js';
import { IDENTIFIER_REGELS } from './identifiers.js';
import { INFORMATIEDIENST_REGELS } from './informatiediensten.js';
import { OSR_REGELS } from './osr.js';
import { RIO_REGELS } from './rio.js';
import type { PubliekeRegel, Regel, ServiceNaam } from './types.js';
import { VERZUIM_REGELS } from './verzuim.js';

export type { Herkomst, PubliekeRegel, Regel, RegelSoort, ServiceNaam } from './types.js';

export const REGELS: readonly Regel[] = Object.freeze([
  ...IDENTIFIER_REGELS,
  ...EDUKOPPELING_REGELS,
  ...OSR_REGELS,
  ...RIO_REGELS,
  ...BRON_REGELS,
  ...BEKOSTIGING_REGELS,
  ...INFORMATIEDIENST_REGELS,
  ...VERZUIM_REGELS,
]);

/** The shape of a rule ID; anything else in the code that looks like one is a mistake. */
export const REGEL_ID_PATTERN = /\b(?:ID|EK|OSR|RIO|BRON|BEK|INFO|VZM)-\d{2}\b/g;

const BY_ID = new Map(REGELS.map((r) => [r.id, r]));

export function regel(id: string): Regel | undefined {
  return BY_ID.get(id);
}

/** What a service shows of a rule: the code locations stay in docs/rules.md. */
export function publiekeRegel(r: Regel): PubliekeRegel {
  return {
    id: r.id,
    titel: r.titel,
    tekst: r.tekst,
    herkomst: r.herkomst,
    ...(r.simulatie ? { simulatie: r.simulatie } : {}),
    foutcodes: [...r.foutcodes],
    ...(r.soort ? { soort: r.soort } : {}),
  };
}

/** The rules a service applies, in registry order. */
export function regelsVoor(service: string): Regel[] {
  return REGELS.filter((r) => r.services.includes(service as ServiceNaam));
}
