// The seed world of RIO (fixtures/rio.json): loaded into an empty database at first start and
// again on POST /_sim/reset. A seed that does not fit its schema stops the start-up.
import type { SchemaRegistry } from '@duo-sim/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RioWereld } from './domain/types.js';

export function loadRioWereld(fixturesDir: string, schemas: SchemaRegistry): RioWereld {
  const file = join(fixturesDir, 'rio.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const fouten = schemas.validate('rio-wereld', data);
  if (fouten.length > 0) {
    throw new Error(`${file} past niet bij schema rio-wereld:\n${fouten.map((f) => `  ${f.pointer} ${f.fouttekst}`).join('\n')}`);
  }
  return data as RioWereld;
}
