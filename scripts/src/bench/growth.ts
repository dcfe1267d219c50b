// The growth world (docs/development.md#benchmarks): 1,000 schools from the generator, and BRON's database filled with
// 200,000 enrolled pupils before the chain starts. The inschrijvingen are written straight into
// <dataDir>/bron.sqlite with BRON's own store (createBronStore + slaInschrijvingOp in one
// transaction), which takes seconds where 200,000 berichten over HTTP would take minutes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClock, openDatabase } from '@duo-sim/shared';
import { createBronStore, type BronStore } from '@duo-sim/bron/dist/store.js';
import { REPO_ROOT } from './processes.js';
import type { BenchSchool } from './world.js';

/** Runs the generator unless DIR already holds a world of this size (same seed, same output). */
export function generateWorldInto(dir: string, schools: number, personen: number): void {
  const marker = join(dir, 'brp-personen.json');
  if (existsSync(marker) && existsSync(join(dir, 'osr.json'))) {
    const osr = JSON.parse(readFileSync(join(dir, 'osr.json'), 'utf8')) as { onderwijsinstellingen: unknown[] };
    if (osr.onderwijsinstellingen.length === schools) return;
  }
  const r = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'scripts', 'dist', 'generate-fixtures.js'),
      '--schools',
      String(schools),
      '--personen',
      String(personen),
      '--out',
      dir,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`generate-fixtures failed (${r.status})`);
}

export interface PreloadResult {
  enrolled: number;
  ms: number;
  /** BSNs enrolled at each school, so the load can avoid overlapping them (BRON-02). */
  schoolOf: Map<string, string>;
}

/**
 * Enrols `count` pupils with a BSN, pupil i at school i mod S (every school gets its share), open
 * from the later of 2024-08-01 and the pupil's fourth birthday (BRON-07), groep 1.
 */
/**
 * One inschrijving written straight into BRON's store, as the bench's worlds get their pupils before
 * the chain starts: from the fourth birthday or 2024-08-01, whichever is later, and never after today.
 */
export function enrolBeforeStart(
  store: BronStore,
  s: BenchSchool,
  p: { burgerservicenummer: string; geboortedatum: string },
  meta: { berichtId: string; afzender: string; vandaag: string },
): void {
  const vierde = `${Number(p.geboortedatum.slice(0, 4)) + 4}${p.geboortedatum.slice(4)}`;
  const inschrijfdatum = vierde > '2024-08-01' ? (vierde > meta.vandaag ? meta.vandaag : vierde) : '2024-08-01';
  store.slaInschrijvingOp(
    s.brin,
    {
      leerling: { burgerservicenummer: p.burgerservicenummer },
      inschrijvingsvolgnummer: '1',
      vestigingscode: s.vestigingscode,
      onderwijsaanbiedercode: s.onderwijsaanbiedercode,
      onderwijslocatiecode: s.onderwijslocatiecode,
      soortOnderwijs: s.soortOnderwijs as 'BAO',
      inschrijfdatum,
      periodes: [{ begindatum: inschrijfdatum, groep: 1 }],
    },
    'TOEGEVOEGD',
    meta,
  );
}

export function preloadBron(
  dbFile: string,
  fixturesDir: string,
  schools: BenchSchool[],
  count: number,
  vandaag: string,
): PreloadResult {
  const began = performance.now();
  const personen = JSON.parse(readFileSync(join(fixturesDir, 'brp-personen.json'), 'utf8')) as Array<{
    burgerservicenummer?: string;
    geboortedatum: string;
  }>;
  const withBsn = personen.filter((p) => p.burgerservicenummer !== undefined);
  if (withBsn.length < count) throw new Error(`the world has ${withBsn.length} persons with a BSN, ${count} needed`);
  const db = openDatabase(dbFile);
  const store = createBronStore(db, createClock());
  const schoolOf = new Map<string, string>();
  const meta = { berichtId: 'bench-preload', afzender: 'bench', vandaag };
  store.transaction(() => {
    for (let i = 0; i < count; i++) {
      const p = withBsn[i]!;
      const s = schools[i % schools.length]!;
      enrolBeforeStart(store, s, { burgerservicenummer: p.burgerservicenummer!, geboortedatum: p.geboortedatum }, meta);
      schoolOf.set(p.burgerservicenummer!, s.brin);
    }
  });
  db.close();
  return { enrolled: count, ms: performance.now() - began, schoolOf };
}
