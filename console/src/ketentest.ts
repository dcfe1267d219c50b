// The console's view of the ketentest (docs/ketentest.md): the runs in the data folder's ketentest/
// and each one's report, graded by the same code as `npm run sim -- ketentest rapport`.
import { beoordeel, neemWaar, type KetenOmgeving, type KetentestRun, type Rapport } from '@duo-sim/ketentest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KetentestBron {
  runs(): KetentestRun[];
  rapport(oin: string): Promise<Rapport | undefined>;
}

export function createKetentestBron(omg: KetenOmgeving): KetentestBron {
  const map = join(omg.dataDir, 'ketentest');
  const runs = () =>
    existsSync(map)
      ? readdirSync(map)
          .filter((f) => /^[0-9A-Z]{20}\.json$/.test(f))
          .map((f) => JSON.parse(readFileSync(join(map, f), 'utf8')) as KetentestRun)
      : [];
  return {
    runs,
    async rapport(oin) {
      const run = runs().find((r) => r.leverancier.oin === oin);
      return run ? beoordeel(run, await neemWaar(omg, run)) : undefined;
    },
  };
}
