// A workshop of three participants for the console's tests: workshop.json in a fresh data folder
// (as `sim workshop` writes it), certificate files per participant, the real opdrachten.
import {
  createSchemaRegistry,
  DEFAULT_FIXTURES_DIR,
  hashWorkshopToken,
  newWorkshopToken,
  writeWorkshop,
  type Deelnemer,
  type SchemaRegistry,
  type Workshop,
} from '@duo-sim/shared';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkshopBron, type WorkshopBron } from '../../src/workshop/bron';
import { startConsoleUnderTest, type ConsoleUnderTest } from './console-under-test';

export interface WorkshopWereld {
  dataDir: string;
  file: string;
  bron: WorkshopBron;
  docent: string;
  tokens: string[];
  deelnemers: Deelnemer[];
}

const BRINS = [
  ['11AA', '11AB', '11AC'],
  ['12BB', '12BC', '13CA'],
];
let schemas: SchemaRegistry | undefined;

export const leerlingen = (i: number) =>
  [0, 1, 2, 3].map((j) => ({
    bsn: `${i}0000000${j}`,
    naam: `Kind ${i}-${j}`,
    geboortedatum: '2017-03-01',
    gemeentecode: '0344',
  }));

export function maakWorkshopWereld(): WorkshopWereld {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-console-workshop-'));
  const pkiDir = join(dataDir, 'pki');
  mkdirSync(join(pkiDir, 'parties'), { recursive: true });
  writeFileSync(join(pkiDir, 'ca.crt'), 'CA\n');
  const docent = newWorkshopToken();
  const tokens = [0, 1, 2].map(() => newWorkshopToken());
  const deelnemers: Deelnemer[] = tokens.map((token, i) => {
    const oin = `000000991000${i + 1}0010000`.slice(0, 20);
    for (const ext of ['crt', 'key', 'p12'])
      writeFileSync(join(pkiDir, 'parties', `${oin}.${ext}`), `${ext} van deelnemer ${i + 1}\n`);
    return {
      nummer: i + 1,
      naam: `Klas deelnemer ${i + 1}`,
      oin,
      scholen: BRINS.map((rij) => ({
        brin: rij[i],
        naam: `School ${rij[i]}`,
        school_oin: `00000007000${rij[i]}00000`,
        vestigingscode: `${rij[i]}00`,
        onderwijsaanbiedercode: '110A001',
        onderwijslocatiecode: '107X001',
      })),
      leerlingen: leerlingen(i + 1),
      bestanden: { certificaat: '', sleutel: '', pkcs12: '' },
      wachtwoord: `geheim-${i + 1}`,
      tokenHash: hashWorkshopToken(token),
    };
  });
  const workshop: Workshop = {
    naam: 'Testklas',
    gemaakt: '2026-12-01T10:00:00Z',
    opdrachten: 'workshops/standaard.json',
    geopend: 1,
    docentTokenHash: hashWorkshopToken(docent),
    deelnemers,
  };
  const file = join(dataDir, 'workshop.json');
  writeWorkshop(file, workshop);
  const bron = createWorkshopBron({
    file,
    fixturesDir: DEFAULT_FIXTURES_DIR,
    pkiDir,
    schemas: () => (schemas ??= createSchemaRegistry()),
  });
  return { dataDir, file, bron, docent, tokens, deelnemers };
}

/**
 * A console that runs only with a workshop, on a fresh workshop world for every test of the calling
 * describe (made in its beforeEach, closed and removed in its afterEach).
 */
export function workshopConsolePerTest(): { wereld: () => WorkshopWereld; console: () => ConsoleUnderTest } {
  let w: WorkshopWereld | undefined;
  let t: ConsoleUnderTest | undefined;
  beforeEach(() => {
    w = maakWorkshopWereld();
    t = startConsoleUnderTest({ workshop: { bron: w.bron, alleenMetWorkshop: true } });
  });
  afterEach(async () => {
    await t?.close();
    if (w) rmSync(w.dataDir, { recursive: true, force: true });
  });
  return { wereld: () => w!, console: () => t! };
}
