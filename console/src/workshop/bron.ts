// The workshop as the console sees it: <dataDir>/workshop.json, read again when it changes (`sim
// workshop` may make or stop it while the console runs), and the opdrachten file it names. A file
// that cannot be read counts as a workshop nobody may enter: the console fails closed.
import { DEFAULT_FIXTURES_DIR, readWorkshop, updateWorkshop, type SchemaRegistry, type Workshop } from '@duo-sim/shared';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OpdrachtenBestand } from './doelen.js';

export type WorkshopStand = { soort: 'geen' } | { soort: 'onleesbaar'; waarom: string } | { soort: 'actief'; workshop: Workshop };

export interface WorkshopBron {
  stand(): WorkshopStand;
  /**
   * Changes the workshop's file (the active opdracht, the progress) from the file as it is now, not
   * from the copy a request started with: `sim workshop link` or another request may have written since.
   */
  wijzig(change: (workshop: Workshop) => Workshop | undefined): void;
  opdrachten(workshop: Workshop): OpdrachtenBestand;
  readonly pkiDir: string;
}

export function createWorkshopBron(deps: {
  file: string;
  fixturesDir: string;
  pkiDir: string;
  schemas: () => SchemaRegistry;
}): WorkshopBron {
  let cache: { sleutel: string; stand: WorkshopStand } | undefined;
  const opdrachtenCache = new Map<string, OpdrachtenBestand>();
  return {
    pkiDir: deps.pkiDir,
    stand() {
      let sleutel: string;
      try {
        const s = statSync(deps.file);
        sleutel = `${s.mtimeMs}:${s.size}:${s.ino}`;
      } catch {
        cache = undefined;
        return { soort: 'geen' };
      }
      if (cache?.sleutel === sleutel) return cache.stand;
      let stand: WorkshopStand;
      try {
        const workshop = readWorkshop(deps.file);
        stand = workshop ? { soort: 'actief', workshop } : { soort: 'geen' };
      } catch (err) {
        stand = { soort: 'onleesbaar', waarom: (err as Error).message };
      }
      cache = { sleutel, stand };
      return stand;
    },
    wijzig(change) {
      updateWorkshop(deps.file, change);
      cache = undefined;
    },
    opdrachten(workshop) {
      const bestaand = opdrachtenCache.get(workshop.opdrachten);
      if (bestaand) return bestaand;
      // A generated world (npm run generate:fixtures, needed for more than three participants) has no
      // workshops folder: the opdrachten come with the simulator, so the repository's are used then.
      const eigen = join(deps.fixturesDir, workshop.opdrachten);
      const file = existsSync(eigen) ? eigen : join(DEFAULT_FIXTURES_DIR, workshop.opdrachten);
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const fouten = deps.schemas().validate('workshop-opdrachten', data);
      if (fouten.length > 0)
        throw new Error(
          `${file} voldoet niet aan workshop-opdrachten: ${fouten.map((f) => `${f.pointer} ${f.fouttekst}`).join('; ')}`,
        );
      opdrachtenCache.set(workshop.opdrachten, data as OpdrachtenBestand);
      return data as OpdrachtenBestand;
    },
  };
}
