// The seed world of the verzuimregister: the BRP stub (fixtures/brp-personen.json, or .ndjson for
// the land world), checked against its schema as it is loaded.
import { brpPersonenFile, readBrpPersonenBatches, type SchemaRegistry } from '@duo-sim/shared';
import type { BrpPersoon } from './domain/types.js';
import type { VerzuimWereld } from './store.js';

/** Persons per schema check: the stub is read and checked a batch at a time, never whole. */
const BATCH = 10_000;

/**
 * The stub of `<fixturesDir>`, read lazily as the store loads it. A batch that does not fit the
 * schema throws with all its violations, which rolls the load back and stops the start-up.
 */
export function readVerzuimWorld(fixturesDir: string, schemas: SchemaRegistry): VerzuimWereld {
  const file = brpPersonenFile(fixturesDir);
  function* personen(): Generator<BrpPersoon> {
    for (const batch of readBrpPersonenBatches(fixturesDir, BATCH)) {
      const fouten = schemas.validate('brp-personen', batch.personen);
      if (fouten.length > 0) {
        const pointer = (p = '') => p.replace(/^\/(\d+)/, (_, n: string) => `/${Number(n) + batch.offset}`);
        throw new Error(
          `${file} voldoet niet aan brp-personen:\n${fouten.map((f) => `  ${pointer(f.pointer)} ${f.fouttekst}`).join('\n')}`,
        );
      }
      yield* batch.personen as BrpPersoon[];
    }
  }
  return { personen: personen() };
}
