// The malformed-input corpus of docs/reliability.md: generated deterministically (seeded PRNG) from a valid
// base bericht per mutating endpoint and its JSON Schema. Every JSON case is checked against the
// text policy and the schema here, so a mutation that happens to stay valid (it would be stored)
// never enters the corpus; the few valid cases are explicit semantic cases (elfproef, EK header rules).
import { textPolicyFouten, type SchemaRegistry } from '@duo-sim/shared';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

export interface CorpusCase {
  /** Unique, says what was broken. */
  name: string;
  /** A JSON value to send, or `raw` bytes. */
  body?: Json;
  raw?: string | Buffer;
  /** Replaces the default request headers. */
  headers?: Record<string, string>;
  /** Another path than the endpoint's (a malformed path identifier). */
  path?: string;
  /** The statuses the contract allows for this case. */
  expect: readonly number[];
  /** Pointers (JSON Schema violations) the schema itself reports; the service must report one of them. */
  schemaPointers: string[];
}

export interface EndpointCorpusSpec {
  /** Schema name of the request body (file in shared/schemas without .json). */
  schema: string;
  /** A body the schema accepts. */
  base: Json;
  /** Cases that pass the schema but break a rule, with the statuses the contract allows. */
  semantic?: CorpusCase[];
  seed: number;
  /** At least this many cases (combining mutations pairwise when single ones run out). */
  minimum?: number;
}

/** mulberry32: small, fast and the same on every machine. */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID from the PRNG: deterministic, unique per case. */
export function seededUuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const HUGE = 'x'.repeat(100 * 1024);
/** Over the 1 MiB body limit of every service (docs/services/common.md): 413. */
const OVER_LIMIT = 'y'.repeat(1024 * 1024 + 16);

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T/;
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-11-31',
  'gisteren',
  '28-11-2026',
  '2026/11/28',
  '20261128',
  '2026-11-28T00:00:00Z',
  '0000-00-00',
  '2026-1-1',
  // Real calendar dates outside the range the chain accepts (docs/reliability.md).
  '0000-01-01',
  '0050-06-15',
  '0099-12-31',
  '1899-12-31',
  '3000-01-01',
  '9999-12-31',
  '2026-02-29',
];
const BAD_DATETIMES = [
  '2026-11-28',
  '2026-11-28T25:00:00Z',
  '2026-02-30T10:00:00Z',
  'nu',
  '2026-11-28 10:15',
  '0050-06-15T10:00:00Z',
  '3000-01-01T00:00:00+01:00',
];
const BAD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'ONBEKEND',
  "'; DROP TABLE inschrijvingen; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '💥'.repeat(40),
  'a'.repeat(300),
  // The text policy (docs/reliability.md): not well-formed Unicode, or a control character.
  'a\ud800b',
  '\udc00',
  'regel\nregel',
  'a\u0007b',
  '\u009b',
];
const WRONG_TYPES: Record<string, Json[]> = {
  string: [0, 1.5, -1, true, false, null, {}, [], ['x'], { waarde: 'x' }],
  number: ['16', '', null, true, {}, [], [1], -1, 0, 1.5, 1e21, -1e21],
  boolean: ['true', 1, 0, null, {}, []],
  object: ['x', 1, true, null, [], [{}], ''],
  array: [{}, 'x', 1, true, null, [null], [[]], [1], ['x']],
  null: ['x', 1, {}, []],
};
const EXTRA_FIELDS: Array<[string, Json]> = [
  ['onbekendVeld', 1],
  ['constructor', { prototype: { polluted: true } }],
  ['toString', 'x'],
  ['', null],
  ['veld met spatie', []],
  ['id', 'c0ffee'],
  ['$ref', 'common.json#/$defs/uuid'],
  ['k'.repeat(1000), true],
];

function typeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

interface Op {
  path: Segment[];
  /** undefined: delete the field (or drop the array element). */
  value?: Json;
  delete?: true;
  label: string;
}

function pointerOf(path: Segment[]): string {
  return path.length === 0 ? '' : `/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

function apply(base: Json, ops: Op[]): Json {
  let root = structuredClone(base);
  for (const op of ops) {
    if (op.path.length === 0) {
      root = op.delete ? {} : structuredClone(op.value!);
      continue;
    }
    let parent: Json | undefined = root;
    for (const seg of op.path.slice(0, -1)) {
      parent = parent && typeof parent === 'object' ? (parent as Record<string, Json>)[seg as string] : undefined;
    }
    // An earlier op of a pair removed or replaced the parent: this op has nothing to change.
    if (parent === undefined || parent === null || typeof parent !== 'object') continue;
    const last = op.path[op.path.length - 1];
    if (Array.isArray(parent)) {
      if (op.delete) parent.splice(last as number, 1);
      else parent[last as number] = structuredClone(op.value!);
    } else if (parent && typeof parent === 'object') {
      if (op.delete) delete parent[last as string];
      // defineProperty: a key such as `constructor` becomes a plain own field, as in JSON.
      else
        Object.defineProperty(parent, last, {
          value: structuredClone(op.value!),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return root;
}

/** Single mutations of every node of the base: delete, wrong type, bad values, extra fields. */
function singleOps(base: Json): Op[] {
  const ops: Op[] = [];
  const walk = (node: Json, path: Segment[], parentIsArray: boolean) => {
    const at = pointerOf(path) || '/';
    const t = typeOf(node);
    if (path.length > 0) {
      ops.push({ path, delete: true, label: parentIsArray ? `drop element ${at}` : `delete ${at}` });
      for (const v of WRONG_TYPES[t] ?? []) ops.push({ path, value: v, label: `${at} as ${typeOf(v)} ${short(v)}` });
    }
    if (t === 'string') {
      const s = node as string;
      ops.push({ path, value: HUGE, label: `${at} as 100 KB string` });
      for (const v of BAD_STRINGS) ops.push({ path, value: v, label: `${at} = ${short(v)}` });
      if (DATE_RE.test(s)) for (const v of BAD_DATES) ops.push({ path, value: v, label: `${at} invalid date ${v}` });
      if (DATETIME_RE.test(s)) for (const v of BAD_DATETIMES) ops.push({ path, value: v, label: `${at} invalid date-time ${v}` });
      if (s.toLowerCase() !== s) ops.push({ path, value: s.toLowerCase(), label: `${at} lowercase ${s.toLowerCase()}` });
      if (s.length > 1) {
        ops.push({ path, value: s.slice(0, -1), label: `${at} one character short` });
        ops.push({ path, value: `${s}0`, label: `${at} one character long` });
        ops.push({ path, value: ` ${s}`, label: `${at} leading space` });
      }
    }
    if (t === 'number') for (const v of [-1, 0, 100000, 2.5]) ops.push({ path, value: v, label: `${at} = ${v}` });
    if (t === 'array') {
      const arr = node as Json[];
      ops.push({ path, value: [], label: `${at} empty array` });
      if (arr.length > 0) ops.push({ path, value: Array.from({ length: 1000 }, () => arr[0]!), label: `${at} 1000 elements` });
      arr.forEach((child, i) => walk(child, [...path, i], true));
    }
    if (t === 'object') {
      const obj = node as Record<string, Json>;
      if (path.length > 0) ops.push({ path, value: {}, label: `${at} empty object` });
      for (const [k, v] of EXTRA_FIELDS)
        ops.push({ path: [...path, k], value: v, label: `extra field ${JSON.stringify(k)} at ${at}` });
      for (const [k, child] of Object.entries(obj)) walk(child, [...path, k], false);
    }
  };
  walk(base, [], false);
  // The root itself: the wrong shapes docs/reliability.md names.
  ops.push({ path: [], value: {}, label: 'empty object' });
  for (const v of [[], [base], 'tekst', 42, true, null, [[[[[]]]]]] as Json[])
    ops.push({ path: [], value: v, label: `top-level ${typeOf(v)} ${short(v)}` });
  return ops;
}

function short(v: Json): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 24 ? `${s.slice(0, 21)}...` : s;
}

/** Raw bodies: not JSON, truncated, too large, wrong content type (docs/services/common.md: 400, 413). */
function rawCases(base: Json): CorpusCase[] {
  const json = JSON.stringify(base);
  const c = (name: string, raw: string | Buffer, expect: number[] = [400], headers?: Record<string, string>): CorpusCase => ({
    name,
    raw,
    headers,
    expect,
    schemaPointers: [],
  });
  const jsonHeaders = { accept: 'application/json', 'content-type': 'application/json' };
  const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
  return [
    c('raw: non-JSON text', 'dit is geen json'),
    c('raw: truncated JSON (half)', json.slice(0, Math.floor(json.length / 2))),
    c('raw: truncated JSON (last byte missing)', json.slice(0, -1)),
    c('raw: JSON null', 'null'),
    c('raw: top-level string', '"inschrijving"'),
    c('raw: top-level number', '12345'),
    // The last object or array of the body (a body may be an array: POST /_sim/brp-personen).
    c('raw: trailing comma', json.replace(/([}\]])$/, ',$1')),
    c('raw: single quotes', json.replace(/"/g, "'")),
    c('raw: two JSON documents', `${json}${json}`),
    c('raw: NaN literal', '{"x": NaN}'),
    c('raw: invalid UTF-8 bytes', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    c('raw: __proto__ key', json.replace(/^(\[?){/, '$1{"__proto__":{"polluted":true},')),
    c('raw: 20000 nested arrays (over 10,000 values)', deep, [413]),
    c('raw: empty body with application/json', '', [400], { ...jsonHeaders }),
    c('raw: whitespace only', '   \n'),
    c('raw: body over 1 MiB (valid JSON)', JSON.stringify({ vulling: OVER_LIMIT }), [413]),
    c('raw: body over 1 MiB (not JSON)', OVER_LIMIT, [413]),
    c('raw: valid body as text/plain', json, [400], { accept: 'application/json', 'content-type': 'text/plain' }),
    c('raw: valid body as form data', json, [400], {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    }),
    c('raw: valid body as XML', '<inschrijving/>', [400], { accept: 'application/json', 'content-type': 'application/xml' }),
    c('raw: valid body without content-type', json, [400], { accept: 'application/json' }),
    c('raw: JSON with unsupported charset', json, [400], {
      accept: 'application/json',
      'content-type': 'application/json; charset=latin1',
    }),
    c('raw: JSON declared gzip but plain', json, [400], {
      accept: 'application/json',
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    }),
    c('raw: JSON with unknown content-encoding', json, [400], {
      accept: 'application/json',
      'content-type': 'application/json',
      'content-encoding': 'br2',
    }),
  ];
}

/**
 * The corpus of one endpoint: raw bodies, then every single mutation the schema rejects, then the
 * semantic cases, then pairs of mutations until `minimum` is reached. Distinct by content.
 */
export function generateCorpus(spec: EndpointCorpusSpec, schemas: SchemaRegistry): CorpusCase[] {
  const { schema, base } = spec;
  const minimum = spec.minimum ?? 220;
  if (schemas.validate(schema, base).length > 0) {
    throw new Error(`base of ${schema} does not pass its schema: ${JSON.stringify(schemas.validate(schema, base))}`);
  }
  const next = createPrng(spec.seed);
  const baseId = (base as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: string } })?.bedrijfsdocument
    ?.identificatiecodeBedrijfsdocument;
  const seen = new Set<string>();
  const cases: CorpusCase[] = [];
  const add = (c: CorpusCase): boolean => {
    const key = JSON.stringify([
      c.path ?? '',
      c.headers ?? null,
      Buffer.isBuffer(c.raw) ? c.raw.toString('hex') : (c.raw ?? null),
      c.body ?? null,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    cases.push(c);
    return true;
  };
  // A fresh, deterministic bedrijfsdocument id per case: no case is ever a replay of another (EK-06).
  const freshId = (body: Json): Json => {
    const bd = body && typeof body === 'object' && !Array.isArray(body) ? body.bedrijfsdocument : undefined;
    if (baseId && bd && typeof bd === 'object' && !Array.isArray(bd) && bd.identificatiecodeBedrijfsdocument === baseId) {
      bd.identificatiecodeBedrijfsdocument = seededUuid(next);
    }
    return body;
  };
  const fromOps = (ops: Op[]): CorpusCase | null => {
    const body = freshId(apply(base, ops));
    // Text the policy refuses is refused before the schema is asked (shared/src/http/body-text.ts).
    const tekstFouten = textPolicyFouten(body);
    const fouten = tekstFouten.length > 0 ? tekstFouten : schemas.validate(schema, body);
    if (fouten.length === 0) return null;
    return {
      name: ops.map((o) => o.label).join(' + '),
      body,
      expect: [400],
      schemaPointers: [...new Set(fouten.map((f) => f.pointer ?? '/'))],
    };
  };

  for (const c of rawCases(base)) add(c);
  const singles = singleOps(base);
  const valid: Op[] = [];
  for (const op of singles) {
    const c = fromOps([op]);
    if (c) {
      add(c);
      if (op.path.length > 0) valid.push(op);
    }
  }
  for (const c of spec.semantic ?? []) add(c);

  // Pairs of schema-breaking mutations on unrelated paths, drawn by the PRNG.
  const related = (a: Segment[], b: Segment[]) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n).every((s, i) => s === b[i]);
  };
  let attempts = 0;
  while (cases.length < minimum && attempts < minimum * 50 && valid.length > 1) {
    attempts++;
    const a = valid[Math.floor(next() * valid.length)];
    const b = valid[Math.floor(next() * valid.length)];
    if (related(a.path, b.path)) continue;
    const c = fromOps([a, b]);
    if (c) add(c);
  }
  return cases;
}
