// The seed world of the verzuimregister: the BRP stub (fixtures/brp-personen.json), checked against
// its schema before it is loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaRegistry } from '@duo-sim/shared';
import type { BrpPersoon } from './domain/types.js';
import type { VerzuimWereld } from './store.js';

/** Reads and validates `<fixturesDir>/brp-personen.json`; a broken seed stops start-up with every violation. */
export function readVerzuimWorld(fixturesDir: string, schemas: SchemaRegistry): VerzuimWereld {
  const file = join(fixturesDir, 'brp-personen.json');
  const personen = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const fouten = schemas.validate('brp-personen', personen);
  if (fouten.length > 0) {
    throw new Error(`${file} voldoet niet aan brp-personen:\n${fouten.map((f) => `  ${f.pointer} ${f.fouttekst}`).join('\n')}`);
  }
  return { personen: personen as BrpPersoon[] };
}
