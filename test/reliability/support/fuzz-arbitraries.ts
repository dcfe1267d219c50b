// fast-check arbitraries for the fuzz suite (docs/reliability.md), derived from the JSON Schemas in
// shared/schemas: bodies the schema accepts, drawn mostly from values of the seed world (school OINs
// with a mandate, known pupils, vestigingen RIO knows) so that many get past the envelope checks, and
// bodies one mutation away from those, with hostile strings and dates in every string and date field.
import { addDays, textPolicyFouten, type SchemaRegistry } from '@duo-sim/shared';
import fc from 'fast-check';
import type { Json } from './corpus';
import { HOSTILE_DATES, HOSTILE_DATE_TIMES, HOSTILE_STRINGS, HOSTILE_VALID_STRINGS } from './hostile-values';

type Schema = Record<string, any>;

export interface ArbitraryContext {
  schemas: SchemaRegistry;
  /** The simulated date: generated dates cluster around it. */
  today: string;
  /** Values of the seed world by property name; used for most draws of that property. */
  pools: Record<string, readonly Json[]>;
}

/** Fresh ids: unbiased, or fast-check's small-value bias would make most berichten replays (EK-06). */
const BERICHT_ID = fc.noBias(fc.uuid({ version: 4 }));

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T/;

function dateArbitrary(today: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -60, max: 60 }).map((d) => addDays(today, d)) },
    { weight: 1, arbitrary: fc.integer({ min: -3650, max: 3650 }).map((d) => addDays(today, d)) },
    { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '2999-12-31', '2024-02-29', '2028-02-29', '2000-02-29') },
  );
}

function dateTimeArbitrary(today: string): fc.Arbitrary<string> {
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }));
  const zone = fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+14:00', '-12:00');
  return fc.tuple(dateArbitrary(today), time, zone).map(([d, [h, m, s], z]) => `${d}T${pad(h)}:${pad(m)}:${pad(s)}${z}`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A plain string within the length limits: hostile-but-valid ones, printable ones, graphemes. */
function stringArbitrary(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.min(max, 60);
  const fits = HOSTILE_VALID_STRINGS.filter((s) => s.length >= min && s.length <= max);
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, cap) }) },
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, cap), unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max, 5000))).filter((s) => s.length >= min) },
  ];
  if (fits.length > 0) arbs.push({ weight: 2, arbitrary: fc.constantFrom(...fits) });
  return fc.oneof(...arbs).filter((s) => s.length >= min && s.length <= max);
}

/** Resolves `$ref` against the document it appears in; returns the target and its document. */
function resolveRef(ref: string, doc: string, schemas: SchemaRegistry): { schema: Schema; doc: string } {
  const [file, fragment = ''] = ref.split('#');
  const target = file ? file.replace(/\.json$/, '') : doc;
  let node: any = schemas.get(target);
  if (!node) throw new Error(`fuzz: unknown schema ${ref} (from ${doc})`);
  for (const seg of fragment.split('/').filter(Boolean)) node = node[seg];
  if (!node) throw new Error(`fuzz: $ref ${ref} not found`);
  return { schema: node as Schema, doc: target };
}

/** Branch constraints of a oneOf whose branches only require properties (one of a, b). */
function requiredBranches(schema: Schema): string[][] | null {
  const branches = schema.oneOf as Schema[] | undefined;
  if (!branches) return null;
  const simple = branches.every(
    (b) => Array.isArray(b.required) && Object.keys(b).every((k) => k === 'required' || k === 'properties'),
  );
  return simple ? branches.map((b) => b.required as string[]) : null;
}

/** Values the schema (most likely) accepts; the caller filters with the real validator. */
export function fromSchema(schema: Schema, doc: string, ctx: ArbitraryContext, name?: string): fc.Arbitrary<Json> {
  if (schema.$ref) {
    const { schema: target, doc: targetDoc } = resolveRef(schema.$ref as string, doc, ctx.schemas);
    return fromSchema({ ...target, ...withoutKey(schema, '$ref') }, targetDoc, ctx, name);
  }
  if (name === 'identificatiecodeBedrijfsdocument') return BERICHT_ID;
  const pool = name !== undefined ? ctx.pools[name] : undefined;
  const generated = generate(schema, doc, ctx);
  if (!pool || pool.length === 0) return generated;
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: generated });
}

function withoutKey(schema: Schema, key: string): Schema {
  const copy = { ...schema };
  delete copy[key];
  return copy;
}

function generate(schema: Schema, doc: string, ctx: ArbitraryContext): fc.Arbitrary<Json> {
  if ('const' in schema) return fc.constant(schema.const as Json);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Json[]));
  if (schema.if && schema.then && schema.else) {
    const rest = withoutKey(withoutKey(withoutKey(schema, 'if'), 'then'), 'else');
    return fc.oneof(
      fromSchema({ ...rest, ...(schema.then as Schema) }, doc, ctx),
      fromSchema({ ...rest, ...(schema.else as Schema) }, doc, ctx),
    );
  }
  if (Array.isArray(schema.anyOf) && !schema.type) {
    return fc.oneof(...(schema.anyOf as Schema[]).map((b) => fromSchema(b, doc, ctx)));
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : ['object'];
  const arbs = type.map((t) => generateOfType(t, schema, doc, ctx));
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}

function generateOfType(type: string, schema: Schema, doc: string, ctx: ArbitraryContext): fc.Arbitrary<Json> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number) ?? -1000, max: (schema.maximum as number) ?? 100_000 });
    case 'number': {
      const min = (schema.minimum as number) ?? (schema.exclusiveMinimum as number) ?? -1000;
      const max = (schema.maximum as number) ?? 100_000;
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));
    }
    case 'string':
      return stringOf(schema, doc, ctx);
    case 'array': {
      const min = (schema.minItems as number) ?? 0;
      const max = Math.min((schema.maxItems as number) ?? min + 3, min + 3);
      const items = schema.items ? fromSchema(schema.items as Schema, doc, ctx) : fc.constant(null);
      return fc.array(items, { minLength: min, maxLength: max });
    }
    default:
      return objectOf(schema, doc, ctx);
  }
}

function stringOf(schema: Schema, doc: string, ctx: ArbitraryContext): fc.Arbitrary<string> {
  if (schema.format === 'date') return dateArbitrary(ctx.today);
  if (schema.format === 'date-time') return dateTimeArbitrary(ctx.today);
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri') {
    // Loopback and .example only: nothing here may make the chain contact another host.
    return fc
      .tuple(fc.constantFrom('https://localhost', 'http://127.0.0.1:9', 'https://las.leerlingplaza.example'), fc.webPath())
      .map(([host, path]) => `${host}${path}`);
  }
  if (schema.pattern) {
    const re = new RegExp(schema.pattern as string, 'u');
    return fc.stringMatching(re).filter((s) => fitsLength(s, schema));
  }
  return stringArbitrary((schema.minLength as number) ?? 0, (schema.maxLength as number) ?? 200);
}

function fitsLength(s: string, schema: Schema): boolean {
  return s.length >= ((schema.minLength as number) ?? 0) && s.length <= ((schema.maxLength as number) ?? Infinity);
}

function objectOf(schema: Schema, doc: string, ctx: ArbitraryContext): fc.Arbitrary<Json> {
  const properties = (schema.properties ?? {}) as Record<string, Schema | boolean>;
  const branches = requiredBranches(schema);
  const build = (required: Set<string>, forbidden: Set<string>): fc.Arbitrary<Json> => {
    const model: Record<string, fc.Arbitrary<Json>> = {};
    for (const [key, sub] of Object.entries(properties)) {
      if (forbidden.has(key) || typeof sub === 'boolean') continue;
      model[key] = fromSchema(sub, doc, ctx, key);
    }
    const requiredKeys = Object.keys(model).filter((k) => required.has(k));
    return fc.record(model, { requiredKeys }).map((o) => {
      // pgn: exactly one persoonsgebonden nummer (maxProperties).
      const max = schema.maxProperties as number | undefined;
      const keys = Object.keys(o);
      if (max !== undefined && keys.length > max) for (const k of keys.slice(max)) delete (o as Record<string, Json>)[k];
      return o;
    });
  };
  const required = new Set((schema.required as string[]) ?? []);
  if (!branches) {
    if (schema.minProperties && required.size === 0) {
      // At least one property (pgn): require each in turn.
      return fc.oneof(...Object.keys(properties).map((k) => build(new Set([k]), new Set())));
    }
    return build(required, new Set());
  }
  return fc.oneof(
    ...branches.map((branch) => {
      const others = branches.flat().filter((k) => !branch.includes(k));
      return build(new Set([...required, ...branch]), new Set(others));
    }),
  );
}

/**
 * Variations of a known good body: each date redrawn now and then, each field with a pool drawn
 * from the seed world two times in three, ids fresh. Fields that must agree (a vestiging, its
 * aanbieder and locatie; an inschrijfdatum and the first periode) mostly still do, so these
 * bodies get past the rules' first checks far more often than bodies built from the schema alone.
 */
export function baseVariant(base: Json, ctx: ArbitraryContext): fc.Arbitrary<Json> {
  const walk = (node: Json, key: string | null): fc.Arbitrary<Json> => {
    if (key === 'identificatiecodeBedrijfsdocument') return BERICHT_ID;
    if (typeof node === 'string' && DATE_RE.test(node)) {
      return fc.oneof({ weight: 3, arbitrary: fc.constant(node) }, { weight: 1, arbitrary: dateArbitrary(ctx.today) });
    }
    if (typeof node === 'string' && DATE_TIME_RE.test(node)) {
      return fc.oneof({ weight: 3, arbitrary: fc.constant(node) }, { weight: 1, arbitrary: dateTimeArbitrary(ctx.today) });
    }
    let same: fc.Arbitrary<Json> = fc.constant(node);
    if (Array.isArray(node)) same = fc.tuple(...node.map((child) => walk(child, null)));
    else if (node !== null && typeof node === 'object') {
      same = fc.record(Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)])));
    }
    const pool = key !== null ? ctx.pools[key] : undefined;
    if (!pool || pool.length === 0) return same;
    return fc.oneof({ weight: 1, arbitrary: same }, { weight: 2, arbitrary: fc.constantFrom(...pool) });
  };
  return walk(base, null);
}

/**
 * Bodies schema `name` accepts (and the text policy too), checked by the service's own validator:
 * built from the schema alone, or as variations of `base`.
 */
export function acceptedBody(name: string, ctx: ArbitraryContext, base?: Json): fc.Arbitrary<Json> {
  const root = ctx.schemas.get(name);
  if (!root) throw new Error(`fuzz: unknown schema ${name}`);
  const fromRoot = fromSchema(root, name, ctx);
  const drawn =
    base === undefined
      ? fromRoot
      : fc.oneof({ weight: 1, arbitrary: fromRoot }, { weight: 3, arbitrary: baseVariant(base, ctx) });
  return drawn.filter((body) => ctx.schemas.validate(name, body).length === 0 && textPolicyFouten(body).length === 0);
}

type Segment = string | number;

/** Every path into a JSON value (the root excluded), parents before children. */
function pathsOf(value: Json, prefix: Segment[] = []): Segment[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[Segment, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [Segment, Json])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function at(value: Json, path: Segment[]): Json {
  return path.reduce<Json>((node, seg) => (node as Record<string, Json>)[seg as string]!, value);
}

/** A copy of `value` with the node at `path` replaced (or, with `remove`, taken out). */
function replaced(value: Json, path: Segment[], next: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string, Json> | Json[];
  const last = path[path.length - 1];
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
  } else if (Array.isArray(parent)) parent[last as number] = next;
  // defineProperty: a key such as __proto__ or constructor becomes a plain own field, as in JSON.
  else Object.defineProperty(parent, last, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

const UNKNOWN_KEYS = ['onbekendVeld', '__proto__', 'constructor', '', '\ud800', 'a\u0000b', 'k'.repeat(300)];
const WRONG_VALUES: Json[] = [null, true, 0, -1, 1e308, 1.5, '', [], {}, ['x'], { a: 1 }];

type Mutated = { body: Json; label: string };

/** A hostile value in one string field: for a date or date-time field mostly a hostile date. */
function hostileText(value: Json, path: Segment[]): fc.Arbitrary<Mutated> {
  const node = at(value, path) as string;
  const where = `/${path.join('/')}`;
  const put = (list: readonly string[]) =>
    fc.constantFrom(...list).map((v) => ({ body: replaced(value, path, v), label: `${where} = hostile ${short(v)}` }));
  if (DATE_RE.test(node))
    return fc.oneof({ weight: 3, arbitrary: put(HOSTILE_DATES) }, { weight: 1, arbitrary: put(HOSTILE_STRINGS) });
  if (DATE_TIME_RE.test(node)) {
    return fc.oneof({ weight: 3, arbitrary: put(HOSTILE_DATE_TIMES) }, { weight: 1, arbitrary: put(HOSTILE_STRINGS) });
  }
  return put(HOSTILE_STRINGS);
}

/** A change of shape at one node: taken out, the wrong type, an unknown field, an array tripled. */
function structural(value: Json, path: Segment[]): fc.Arbitrary<Mutated> {
  const node = at(value, path);
  const where = `/${path.join('/')}`;
  const options: Array<fc.Arbitrary<Mutated>> = [
    fc.constant({ body: replaced(value, path, undefined), label: `remove ${where}` }),
    fc.constantFrom(...WRONG_VALUES).map((v) => ({ body: replaced(value, path, v), label: `${where} = ${JSON.stringify(v)}` })),
  ];
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    options.push(
      fc
        .tuple(fc.constantFrom(...UNKNOWN_KEYS), fc.constantFrom<Json>('x', 1, null, {}))
        .map(([k, v]) => ({ body: replaced(value, [...path, k], v), label: `extra ${short(k)} at ${where}` })),
    );
  }
  if (Array.isArray(node) && node.length > 0) {
    options.push(fc.constant({ body: replaced(value, path, [...node, ...node, ...node]), label: `${where} tripled` }));
  }
  return fc.oneof(...options);
}

/**
 * One mutation of `value`: four in five put a hostile value in one of its string fields (so every
 * string and date field meets the hostile lists often), one in five changes its shape.
 */
function mutation(value: Json): fc.Arbitrary<Mutated> {
  const paths = pathsOf(value);
  if (paths.length === 0) return fc.constant({ body: {}, label: 'empty object' });
  const strings = paths.filter((p) => typeof at(value, p) === 'string');
  const shape = fc.constantFrom(...paths).chain((p) => structural(value, p));
  if (strings.length === 0) return shape;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...strings).chain((p) => hostileText(value, p)) },
    { weight: 1, arbitrary: shape },
  );
}

function short(v: Json): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 30 ? `${s.slice(0, 27)}...` : s;
}

export interface FuzzCase {
  body: Json;
  /** What was done to an accepted body, or 'accepted by the schema'. */
  label: string;
}

/**
 * The cases of one endpoint: a third bodies the schema accepts, two thirds one mutation away from
 * such a body (so every string and date field meets the hostile lists). `base` is a known good body.
 */
export function fuzzCases(name: string, ctx: ArbitraryContext, base?: Json): fc.Arbitrary<FuzzCase> {
  const accepted = acceptedBody(name, ctx, base);
  return fc.oneof(
    { weight: 1, arbitrary: accepted.map((body) => ({ body, label: 'accepted by the schema' })) },
    { weight: 2, arbitrary: accepted.chain(mutation) },
  );
}
