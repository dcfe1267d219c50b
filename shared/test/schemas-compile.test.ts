// The registry compiles a schema on its first use (schemas.ts): this compiles every one, so a schema
// Ajv's strict mode refuses fails here and not at a vendor's first request that needs it. The
// registry does not check the files against the meta-schema when a service starts (it took most of a
// start); this does.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createSchemaRegistry } from '../src/index.js';

describe('every schema in shared/schemas compiles', () => {
  const registry = createSchemaRegistry();
  it.each(registry.names())('%s', (name) => {
    expect(() => registry.validate(name, {})).not.toThrow();
  });
});

describe('every schema in shared/schemas is valid against the JSON Schema 2020-12 meta-schema', () => {
  const registry = createSchemaRegistry();
  const ajv = new Ajv2020({ allErrors: true });
  it.each(registry.names())('%s', (name) => {
    expect(ajv.validateSchema(registry.get(name)!)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });
});
