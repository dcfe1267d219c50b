// "Verstuur als": send any request as any party of the world, starting from an example bericht,
// with the schema of the operation checked as the user types (the chain's own JSON Schemas).
import { REPO_ROOT, SERVICES, type Foutmelding, type SchemaRegistry, type ServiceName } from '@duo-sim/shared';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isUnreachable, type Gateway } from './gateway.js';

export interface Operatie {
  service: ServiceName;
  methode: string;
  /** The path template as in the service's OpenAPI (`/meldingen/{meldingsnummer}`). */
  pad: string;
  /** The request schema's name, when the operation takes a body. */
  schema?: string;
  samenvatting: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const TTL_MS = 60_000;

/** The operations of the four services, from their /openapi.json (read again after a minute). */
export function createOperationCatalog(gateway: Gateway, now: () => number = Date.now) {
  let cached: { at: number; ops: Promise<Operatie[]> } | undefined;
  const load = async () => {
    const per = await Promise.all(
      SERVICES.map(async (service) => {
        const res = await gateway.send(service, 'GET', '/openapi.json');
        if (isUnreachable(res) || res.status !== 200) return [];
        const paths =
          (res.body as { paths?: Record<string, Record<string, { summary?: string; requestBody?: unknown }>> }).paths ?? {};
        return Object.entries(paths).flatMap(([pad, ops]) =>
          Object.entries(ops)
            .filter(([m]) => METHODS.includes(m))
            .map(([m, op]): Operatie => {
              const ref = JSON.stringify(op.requestBody ?? '').match(/#\/components\/schemas\/([\w-]+)/)?.[1];
              return { service, methode: m.toUpperCase(), pad, ...(ref ? { schema: ref } : {}), samenvatting: op.summary ?? '' };
            }),
        );
      }),
    );
    return per.flat();
  };
  return {
    operaties(): Promise<Operatie[]> {
      if (!cached || now() - cached.at > TTL_MS) cached = { at: now(), ops: load() };
      return cached.ops;
    },
  };
}

/** The operation a concrete path belongs to (`/meldingen/123` fits `/meldingen/{meldingsnummer}`). */
export function operatieVoor(ops: readonly Operatie[], service: ServiceName, methode: string, pad: string): Operatie | undefined {
  const segments = pad.split('?')[0]!.split('/');
  // A template segment with a {parameter} fits any non-empty segment.
  const fits = (template: string) => {
    const t = template.split('/');
    return t.length === segments.length && t.every((seg, i) => (seg.includes('{') ? segments[i] !== '' : seg === segments[i]));
  };
  return ops.find((o) => o.service === service && o.methode === methode && fits(o.pad));
}

/** The problems of a bericht text against a schema: JSON syntax first, then the schema, in Dutch. */
export function valideer(schemas: SchemaRegistry, schema: string | undefined, tekst: string): Foutmelding[] {
  if (tekst.trim() === '')
    return schema ? [{ foutcode: 'SCHEMA', fouttekst: 'Deze operatie verwacht een bericht; het is leeg.', pointer: '/' }] : [];
  let body: unknown;
  try {
    body = JSON.parse(tekst);
  } catch (err) {
    return [{ foutcode: 'JSON', fouttekst: `Dit is geen geldige JSON: ${(err as Error).message}.`, pointer: '/' }];
  }
  return schema ? schemas.validate(schema, body) : [];
}

export interface Voorbeeld {
  /** Relative to docs/examples, e.g. `bron/inschrijving.json`. */
  pad: string;
  service: ServiceName;
}

const EXAMPLES = join(REPO_ROOT, 'docs', 'examples');

export function voorbeelden(): Voorbeeld[] {
  const out: Voorbeeld[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.json')) {
        const pad = relative(EXAMPLES, full).split('\\').join('/');
        const service = pad.split('/')[0] as ServiceName;
        if ((SERVICES as readonly string[]).includes(service)) out.push({ pad, service });
      }
    }
  };
  try {
    walk(EXAMPLES);
  } catch {
    return [];
  }
  return out.sort((a, b) => a.pad.localeCompare(b.pad));
}

/** The text of a listed example; undefined for anything not in the list (no path tricks). */
export function voorbeeldTekst(pad: string): string | undefined {
  if (!voorbeelden().some((v) => v.pad === pad)) return undefined;
  return readFileSync(join(EXAMPLES, pad), 'utf8');
}
