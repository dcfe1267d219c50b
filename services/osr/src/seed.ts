// The seed world of OSR (fixtures/osr.json), checked against its schema before it is loaded, and the
// vendors added to this world on top of it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EigenLeverancier, SchemaRegistry } from '@duo-sim/shared';
import { mandatenNaReset } from './domain/leverancier.js';
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

/**
 * The seed world plus this world's own vendors (data/partijen.json, OSR-07): each as a supplier with
 * its ROD_PO and VERZUIM mandates again, so a reset keeps them. Their tokens are new.
 */
export function withEigenLeveranciers(world: OsrWereld, eigen: readonly EigenLeverancier[]): OsrWereld {
  const known = new Set(world.leveranciers.map((l) => l.oin));
  const added = eigen.filter((e) => !known.has(e.oin));
  const oinOfBrin = new Map(world.onderwijsinstellingen.map((s) => [s.brin, s.oin]));
  const newIds = () => ({ id: randomUUID(), token: randomBytes(16).toString('hex') });
  return {
    ...world,
    leveranciers: [...world.leveranciers, ...added.map((e) => ({ oin: e.oin, naam: e.naam }))],
    mandaten: [...world.mandaten, ...added.flatMap((e) => mandatenNaReset(e, (brin) => oinOfBrin.get(brin), newIds))],
  };
}
