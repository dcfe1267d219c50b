// The land world (--land, scripts/src/fixtures/land.ts): the plan at full size (cheap: no persons),
// and written at 1% scale to a temporary folder for formats, elfproef and determinism.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSchemaRegistry,
  isBrin4,
  isBrin6,
  isBsn,
  isOin,
  isPostcode,
  schoolOinFromBrin,
  type Schemas,
} from '@duo-sim/shared';
import { parseArgs } from '../src/generate-fixtures.js';
import { ageOn } from '../src/fixtures/dates.js';
import { LAND, LAND_MAX_LEEFTIJD, LAND_MIN_LEEFTIJD, planLand, type LandSchoolOverzicht } from '../src/fixtures/land.js';
import { LAND_GEMEENTEN } from '../src/fixtures/land-gemeenten.js';
import { writeLand } from '../src/fixtures/write-land.js';

const PEILDATUM = '2026-11-01';
const schemas = createSchemaRegistry();
const folders: string[] = [];

async function written(seed: number, schaal = 0.01): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'duo-sim-land-test-'));
  folders.push(dir);
  await writeLand(dir, { seed, peildatum: PEILDATUM, schaal }, schemas);
  return dir;
}

function hashOf(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

const read = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const personenIn = (dir: string): Schemas.BRPPersoon[] =>
  readFileSync(join(dir, 'brp-personen.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Schemas.BRPPersoon);

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the land plan at full size', () => {
  const plan = planLand({ seed: 2019, peildatum: PEILDATUM, schaal: 1 });
  const leerlingen = plan.scholen.map((s) => s.leerlingen);
  const perBestuur = new Map<number, number>();
  for (const s of plan.scholen) perBestuur.set(s.bestuur, (perBestuur.get(s.bestuur) ?? 0) + 1);
  const sizes = [...perBestuur.values()];

  it('has the size of Dutch primary education: 1,000 besturen, 6,300 schools, ~6,800 vestigingen, 1.45 million pupils', () => {
    expect(plan.besturen).toHaveLength(LAND.besturen);
    expect(perBestuur.size).toBe(LAND.besturen);
    expect(plan.scholen).toHaveLength(LAND.scholen);
    // 500 generated nevenvestigingen and 11AC01 of the small world.
    expect(plan.scholen.reduce((n, s) => n + s.vestigingen.length, 0)).toBe(6_801);
    expect(leerlingen.reduce((a, b) => a + b, 0)).toBe(LAND.leerlingen);
  });

  it('spreads school sizes realistically: many of 50–150 pupils, a long tail up to 1,000', () => {
    const small = leerlingen.filter((n) => n >= 50 && n <= 150).length / leerlingen.length;
    expect(small).toBeGreaterThan(0.25);
    expect(Math.min(...leerlingen)).toBeGreaterThanOrEqual(LAND.minLeerlingen);
    expect(Math.max(...leerlingen)).toBeLessThanOrEqual(LAND.maxLeerlingen);
    expect(leerlingen.filter((n) => n > 600).length).toBeGreaterThan(20);
  });

  it('has besturen from one school to ~60, most of them small', () => {
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(LAND.maxScholenPerBestuur);
    expect(sizes.filter((n) => n === 1).length / sizes.length).toBeGreaterThan(0.2);
  });

  it('puts vestigingen in every one of ~340 gemeenten, most in the big cities', () => {
    const perGemeente = new Map<string, number>();
    for (const s of plan.scholen)
      for (const v of s.vestigingen) perGemeente.set(v.gemeente.code, (perGemeente.get(v.gemeente.code) ?? 0) + 1);
    expect(plan.gemeenten).toHaveLength(LAND_GEMEENTEN);
    expect(perGemeente.size).toBe(LAND_GEMEENTEN);
    const ranked = [...perGemeente].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    // Amsterdam, Rotterdam and 's-Gravenhage lead.
    expect(ranked.slice(0, 3).sort()).toEqual(['0363', '0518', '0599']);
    expect(new Set(plan.gemeenten.map((g) => g.code)).size).toBe(LAND_GEMEENTEN);
  });

  it('keeps the nine schools of the small world first, with their codes', () => {
    expect(plan.scholen.slice(0, 9).map((s) => s.brin)).toEqual([
      '11AA',
      '11AB',
      '11AC',
      '12BA',
      '12BB',
      '12BC',
      '13CA',
      '13CB',
      '13CC',
    ]);
  });
});

describe('the land world written at 1% scale', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await written(2019);
  });

  it('writes the fixture files, each valid against its schema, and the BRP stub as one person per line', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'brp-personen.ndjson',
      'brp-personen.sqlite',
      'land.json',
      'osr.json',
      'parties.json',
      'rio.json',
    ]);
    expect(schemas.validate('parties', read(dir, 'parties.json'))).toEqual([]);
    expect(schemas.validate('rio-wereld', read(dir, 'rio.json'))).toEqual([]);
    expect(schemas.validate('osr-wereld', read(dir, 'osr.json'))).toEqual([]);
    expect(schemas.validate('brp-personen', personenIn(dir))).toEqual([]);
  });

  it('gives every pupil a unique BSN that passes the elfproef (5% have none), and unique identities', () => {
    const personen = personenIn(dir);
    expect(personen).toHaveLength(14_500);
    const bsns = personen.flatMap((p) => (p.burgerservicenummer ? [p.burgerservicenummer] : []));
    expect(bsns.every(isBsn)).toBe(true);
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(1 - bsns.length / personen.length).toBeGreaterThan(0.03);
    expect(1 - bsns.length / personen.length).toBeLessThan(0.07);
    const sleutels = personen.map((p) => [p.achternaam, p.voorvoegsel, p.voornamen, p.geboortedatum, p.geslacht].join('|'));
    expect(new Set(sleutels).size).toBe(personen.length);
    expect(personen.every((p) => isPostcode(p.adres.postcode))).toBe(true);
    const ages = personen.map((p) => ageOn(p.geboortedatum, PEILDATUM));
    expect(Math.min(...ages)).toBe(LAND_MIN_LEEFTIJD);
    expect(Math.max(...ages)).toBe(LAND_MAX_LEEFTIJD);
  });

  it('has valid codes: OINs, BRIN4 and BRIN6 vestigingscodes', () => {
    const rio = read<Schemas.RIOWereld>(dir, 'rio.json');
    const osr = read<Schemas.OSRWereld>(dir, 'osr.json');
    expect(rio.instellingserkenningen.every((e) => isBrin4(e.code))).toBe(true);
    expect(rio.vestigingserkenningen.every((v) => isBrin6(v.code))).toBe(true);
    expect(osr.onderwijsinstellingen.every((s) => isOin(s.oin) && isOin(s.bestuur.oin))).toBe(true);
    expect(new Set(rio.instellingserkenningen.map((e) => e.code)).size).toBe(rio.instellingserkenningen.length);
  });

  it("puts each school's pupils at their lines of brp-personen.ndjson, living in the school's gemeente", () => {
    const overzicht = read<{ leerlingen: number; scholen: LandSchoolOverzicht[] }>(dir, 'land.json');
    const personen = personenIn(dir);
    expect(overzicht.leerlingen).toBe(personen.length);
    let next = 0;
    for (const s of overzicht.scholen) {
      expect(s.eerstePersoon).toBe(next);
      next += s.leerlingen;
      const pupils = personen.slice(s.eerstePersoon, s.eerstePersoon + s.leerlingen);
      expect(pupils.every((p) => p.adres.gemeentecode === s.gemeentecode)).toBe(true);
    }
    expect(next).toBe(personen.length);
  });

  it("gives every open school of a generated bestuur its bestuur's vendor as an active ROD_PO mandate", () => {
    const osr = read<Schemas.OSRWereld>(dir, 'osr.json');
    const vendorOf = new Map<string, string>();
    for (const m of osr.mandaten)
      if (m.service === 'ROD_PO' && m.start_date <= PEILDATUM && (!m.end_date || m.end_date > PEILDATUM))
        vendorOf.set(m.school_oin, m.supplier_oin);
    const generated = osr.onderwijsinstellingen.slice(9);
    const vendorsPerBestuur = new Map<string, Set<string>>();
    for (const s of generated) {
      expect(vendorOf.get(schoolOinFromBrin(s.brin))).toBeDefined();
      vendorsPerBestuur.set(s.bestuur.oin, (vendorsPerBestuur.get(s.bestuur.oin) ?? new Set()).add(vendorOf.get(s.oin)!));
    }
    expect([...vendorsPerBestuur.values()].every((v) => v.size === 1)).toBe(true);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', async () => {
    const again = await written(2019);
    expect(hashOf(again)).toBe(hashOf(dir));
    const other = await written(7);
    expect(hashOf(other)).not.toBe(hashOf(dir));
  });

  it('removes a stale brp-personen.json from the folder, so loaders cannot read the wrong stub', async () => {
    const target = mkdtempSync(join(tmpdir(), 'duo-sim-land-test-'));
    folders.push(target);
    writeFileSync(join(target, 'brp-personen.json'), '[]\n');
    await writeLand(target, { seed: 1, peildatum: PEILDATUM, schaal: 0.001 }, schemas);
    expect(readdirSync(target)).not.toContain('brp-personen.json');
  });
});

describe('the --land options', () => {
  it('reads --land and --schaal', () => {
    expect(parseArgs(['--land', '--schaal', '0.01', '--seed', '3'])).toMatchObject({ land: true, schaal: 0.01, seed: 3 });
    expect(parseArgs(['--land']).schaal).toBeUndefined();
  });

  it('refuses --schaal without --land, a schaal outside (0, 1], and --land with --schools or --personen', () => {
    expect(() => parseArgs(['--schaal', '0.5'])).toThrow(/--schaal only goes with --land/);
    expect(() => parseArgs(['--land', '--schaal', '2'])).toThrow(/at most 1/);
    expect(() => parseArgs(['--land', '--schaal', '0'])).toThrow(/above 0/);
    expect(() => parseArgs(['--land', '--schools', '20'])).toThrow(/leave out --schools/);
  });
});
