// The schema registry (docs/architecture.md decision 3): one Ajv2020 instance compiles each schema in
// shared/schemas/ once, on first use; handlers get ready validators that report every violation at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { EERSTE_DATUM, isIsoDate, LAATSTE_DATUM } from './dates.js';
import type { Foutmelding } from './problem.js';

export const SCHEMA_BASE = 'https://duo-sim.local/schemas/';

/** The folder with the JSON Schema files, next to src/ and dist/. */
export const SCHEMAS_DIR = join(__dirname, '..', 'schemas');

export interface SchemaRegistry {
  /** Names (file names without `.json`) of every schema. */
  names(): string[];
  /** The raw schema, as vendors download it from `GET /schemas/{name}`. */
  get(name: string): Record<string, unknown> | undefined;
  /** Every violation of `data` against schema `name`, as foutmeldingen with JSON pointers. */
  validate(name: string, data: unknown, pointerPrefix?: string): Foutmelding[];
}

/** Builds the registry; each schema is compiled once, when it is first used (share the result). */
export function createSchemaRegistry(dir: string = SCHEMAS_DIR): SchemaRegistry {
  const raw = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const name = file.slice(0, -'.json'.length);
    const expectedId = `${SCHEMA_BASE}${file}`;
    if (schema.$id !== expectedId) throw new Error(`schema ${file}: $id must be ${expectedId}`);
    raw.set(name, schema);
  }
  // Ajv comes with the first validation: loading it was a large part of every service's (and every
  // thread's) start, and /health and the other reads validate nothing.
  let ajv: Ajv2020 | undefined;
  // Compiled on first use: a service needs a few of the schemas, and compiling all of them was the
  // largest part of a service's start (and of each thread's memory under `npm start`).
  const compiled = new Map<string, ValidateFunction>();
  const validator = (name: string): ValidateFunction | undefined => {
    let fn = compiled.get(name);
    if (!fn && raw.has(name)) {
      ajv ??= createAjv(raw.values());
      fn = ajv.getSchema(`${SCHEMA_BASE}${name}.json`)!;
      compiled.set(name, fn);
    }
    return fn;
  };

  return {
    names: () => [...raw.keys()],
    get: (name) => raw.get(name),
    validate(name, data, pointerPrefix = '') {
      const fn = validator(name);
      if (!fn) throw new Error(`unknown schema ${name}`);
      if (fn(data)) return [];
      return toFoutmeldingen(fn.errors ?? [], pointerPrefix);
    },
  };
}

/** One Ajv2020 instance with every schema added, loaded when first needed (createSchemaRegistry). */
function createAjv(schemas: Iterable<Record<string, unknown>>): Ajv2020 {
  /* eslint-disable @typescript-eslint/no-require-imports -- a lazy load, as http-client.ts does for undici */
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormatsModule = require('ajv-formats') as typeof import('ajv-formats');
  const { fullFormats } = require('ajv-formats/dist/formats.js') as typeof import('ajv-formats/dist/formats.js');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // ajv-formats is CommonJS with a default export; required, it arrives as the module object.
  const addFormats =
    (addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ??
    (addFormatsModule as unknown as typeof addFormatsModule.default);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  addDateFormats(ajv, fullFormats['date-time'] as { validate: (s: string) => boolean });
  for (const schema of schemas) {
    // Not checked against the JSON Schema meta-schema here: compiling the meta-schema took longer
    // than the schemas themselves. A test checks each file against it instead
    // (shared/test/schemas-compile.test.ts), and Ajv's strict mode still checks each schema it compiles.
    ajv.addSchema(schema, undefined, undefined, false);
  }
  return ajv;
}

/**
 * `date` and `date-time` accept exactly the dates the date code handles (dates.ts, isIsoDate): a
 * format that let year 0050 through would pass it to arithmetic that refuses it (a 500).
 */
function addDateFormats(ajv: Ajv2020, dateTime: { validate: (s: string) => boolean }): void {
  ajv.addFormat('date', { type: 'string', validate: isIsoDate });
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (value: string) => dateTime.validate(value) && isIsoDate(value.slice(0, 10)),
  });
}

/** Ajv errors -> SCHEMA foutmeldingen, one per violation, de-duplicated, with Dutch texts. */
export function toFoutmeldingen(errors: ErrorObject[], pointerPrefix = ''): Foutmelding[] {
  const seen = new Set<string>();
  const out: Foutmelding[] = [];
  for (const e of errors) {
    // oneOf/anyOf report their branches too; the branch errors say more than the summary.
    if (e.keyword === 'anyOf' || e.keyword === 'if') continue;
    let pointer = `${pointerPrefix}${e.instancePath}`;
    if (e.keyword === 'required') pointer += `/${escapePointer(String(e.params.missingProperty))}`;
    if (e.keyword === 'additionalProperties') pointer += `/${escapePointer(String(e.params.additionalProperty))}`;
    if (e.keyword === 'unevaluatedProperties') pointer += `/${escapePointer(String(e.params.unevaluatedProperty))}`;
    const fouttekst = dutchText(e);
    const key = `${pointer}|${fouttekst}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ foutcode: 'SCHEMA', fouttekst, pointer: pointer || '/' });
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function dutchText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `Verplicht veld ${String(p.missingProperty)} ontbreekt.`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `Veld ${String(p.additionalProperty ?? p.unevaluatedProperty)} is niet toegestaan in dit bericht.`;
    case 'type':
      return `Verwacht type ${String(p.type)}.`;
    case 'pattern':
      return `Waarde voldoet niet aan het patroon ${String(p.pattern)}.`;
    case 'format':
      return `Waarde is geen geldige ${formatName(String(p.format))}.`;
    case 'enum':
      return `Waarde moet een van ${(p.allowedValues as unknown[]).map(String).join(', ')} zijn.`;
    case 'const':
      return `Waarde moet ${JSON.stringify(p.allowedValue)} zijn.`;
    case 'minLength':
      return `Waarde moet minstens ${String(p.limit)} tekens lang zijn.`;
    case 'maxLength':
      return `Waarde mag hoogstens ${String(p.limit)} tekens lang zijn.`;
    case 'minimum':
      return `Waarde moet minstens ${String(p.limit)} zijn.`;
    case 'maximum':
      return `Waarde mag hoogstens ${String(p.limit)} zijn.`;
    case 'minItems':
      return `Lijst moet minstens ${String(p.limit)} elementen hebben.`;
    case 'maxItems':
      return `Lijst mag hoogstens ${String(p.limit)} elementen hebben.`;
    case 'oneOf':
      return 'Waarde moet aan precies een van de toegestane vormen voldoen.';
    case 'not':
      return 'Deze combinatie van velden is niet toegestaan.';
    case 'dependentRequired':
      return `Veld ${String(p.missingProperty)} is verplicht samen met ${String(p.property)}.`;
    default:
      return `Waarde is ongeldig (${e.keyword}).`;
  }
}

function formatName(format: string): string {
  switch (format) {
    case 'date':
      return `datum (JJJJ-MM-DD, van ${EERSTE_DATUM} tot en met ${LAATSTE_DATUM})`;
    case 'date-time':
      return `datum-tijd (ISO 8601 met tijdzone, datum van ${EERSTE_DATUM} tot en met ${LAATSTE_DATUM})`;
    case 'uuid':
      return 'UUID';
    case 'uri':
      return 'URL';
    default:
      return format;
  }
}
