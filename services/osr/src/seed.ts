// The seed world of OSR (fixtures/osr.json), checked against its schema before it is loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaRegistry } from '@duo-sim/shared';
import type { OsrWereld } from './store.js';

/** Reads and validates `<fixturesDir>/osr.json`; a broken seed stops start-up with every violation. */
export function readOsrWorld(fixturesDir: string, schemas: SchemaRegistry): OsrWereld {
  const file = join(fixturesDir, 'osr.json');
  const world = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const fouten = schemas.validate('osr-wereld', world);
  if (fouten.length > 0) {
    throw new Error(`${file} voldoet niet aan osr-wereld:\n${fouten.map((f) => `  ${f.pointer} ${f.fouttekst}`).join('\n')}`);
  }
  return world as OsrWereld;
}
