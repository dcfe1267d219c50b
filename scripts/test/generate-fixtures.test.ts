import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSchemaRegistry,
  DUO_OIN,
  isBrin4,
  isBsn,
  isOin,
  isPostcode,
  isRioCode,
  isUuid,
  schoolOinFromBrin,
} from '@duo-sim/shared';
import { parseArgs } from '../src/generate-fixtures.js';
import { ageOn } from '../src/fixtures/dates.js';
import { GEMEENTEN } from '../src/fixtures/geo.js';
import type { Looptijd, OsrMandaat, RioWereld, World } from '../src/fixtures/types.js';
import { DEFAULT_WORLD_OPTIONS, FIXTURE_FILES, generateWorld, serializeFixture } from '../src/fixtures/world.js';

const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');
const PEILDATUM = DEFAULT_WORLD_OPTIONS.peildatum;
const CLOSED_ON = '2025-08-01'; // 1 August of the school year before the peildatum's (2026/27)

const readText = (file: string): string => readFileSync(join(FIXTURES_DIR, file), 'utf8');
const readFixture = (file: string): any => JSON.parse(readText(file));
const registry = createSchemaRegistry();
const world = generateWorld();

/** RIO-03 / OSR-03: active on d iff begin ≤ d < end (end exclusive, absent = open). */
const activeOn = (begin: string, end: string | undefined, d: string): boolean => begin <= d && (end === undefined || d < end);

function expectJoiningPeriodes(periodes: Looptijd[], begin: string, end: string | undefined, what: string): void {
  expect({ what, first: periodes[0]?.begindatum }).toEqual({ what, first: begin });
  periodes.forEach((p, i) => {
    if (p.einddatum !== undefined) expect({ what, ok: p.einddatum > p.begindatum }).toEqual({ what, ok: true });
    const next = periodes[i + 1];
    if (next) expect({ what, join: next.begindatum }).toEqual({ what, join: p.einddatum });
  });
  expect({ what, last: periodes[periodes.length - 1]?.einddatum }).toEqual({ what, last: end });
}

function schoolGemeente(rio: RioWereld, brin: string): string {
  const gebruik = rio.onderwijslocatiegebruiken.find((g) =>
    g.juridischeRelaties.some((r) => r.vestigingserkenningscode === `${brin}00`),
  )!;
  return rio.onderwijslocaties.find((l) => l.onderwijslocatiecode === gebruik.onderwijslocatiecode)!.plaatsnaam;
}

function activeMandates(w: World, brin: string, service: string, d = PEILDATUM): OsrMandaat[] {
  return w.osr.mandaten.filter(
    (m) =>
      m.school_oin === schoolOinFromBrin(brin) && m.service === service && activeOn(m.start_date, m.end_date ?? undefined, d),
  );
}

function expectUnique(values: readonly string[], what: string): void {
  const dupes = values.filter((v, i) => values.indexOf(v) !== i);
  expect({ what, dupes }).toEqual({ what, dupes: [] });
}

describe('the committed seed world (fixtures/)', () => {
  it.each(FIXTURE_FILES.map((f) => [f.file, f.schema]))('fixtures/%s validates against schema %s', (file, schema) => {
    expect(registry.validate(schema, readFixture(file))).toEqual([]);
  });

  it('rejects a deliberately broken copy of each fixture file, so the schema check can fail', () => {
    const parties = readFixture('parties.json');
    parties[0].rol = 'school';
    parties[1].gemeentecode = '0344'; // only a gemeente has one
    expect(registry.validate('parties', parties).map((f) => f.pointer)).toEqual(expect.arrayContaining(['/0/rol', '/1']));

    const personen = readFixture('brp-personen.json');
    personen[0].burgerservicenummer = '12345678';
    personen[1].adres.postcode = '1017 RV';
    expect(registry.validate('brp-personen', personen).map((f) => f.pointer)).toEqual(
      expect.arrayContaining(['/0/burgerservicenummer', '/1/adres/postcode']),
    );

    const rio = readFixture('rio.json');
    rio.onderwijsaanbieders[0].onderwijsaanbiedercode = '110B001';
    rio.instellingserkenningen[0].periodes[0].naamKort = 'x'.repeat(31);
    rio.onderwijslocaties[0].straat = 'Domplein';
    expect(registry.validate('rio-wereld', rio).map((f) => f.pointer)).toEqual(
      expect.arrayContaining([
        '/onderwijsaanbieders/0/onderwijsaanbiedercode',
        '/instellingserkenningen/0/periodes/0/naamKort',
        '/onderwijslocaties/0/straat',
      ]),
    );

    const osr = readFixture('osr.json');
    osr.mandaten[0].service = 'OSO';
    delete osr.mandaten[1].token;
    expect(registry.validate('osr-wereld', osr).map((f) => f.pointer)).toEqual(
      expect.arrayContaining(['/mandaten/0/service', '/mandaten/1/token']),
    );
  });

  it.each(FIXTURE_FILES.map((f) => [f.file, f]))(
    'fixtures/%s is byte for byte what generateWorld writes with the default options (drift check)',
    (file, f) => {
      expect(readText(file)).toBe(serializeFixture(f.data(world)));
    },
  );

  it('is a pure function of the options: the same options give the same world, another seed another', () => {
    expect(generateWorld({ ...DEFAULT_WORLD_OPTIONS })).toEqual(world);
    const other = generateWorld({ seed: 7 });
    expect(other.brpPersonen[0]).not.toEqual(world.brpPersonen[0]);
    expect(other.osr.mandaten[0].token).not.toBe(world.osr.mandaten[0].token);
    // The hand-made roles do not depend on the seed.
    expect(other.osr.onderwijsinstellingen.map((s) => s.brin)).toEqual(world.osr.onderwijsinstellingen.map((s) => s.brin));
  });

  it('fixtures/README.md lists every school with its BRIN and name', () => {
    const readme = readText('README.md');
    for (const school of world.osr.onderwijsinstellingen) {
      expect(readme).toContain(`| ${school.brin} | ${school.naam} |`);
    }
  });
});

describe('parties (docs/architecture.md)', () => {
  const byRol = (rol: string) => world.parties.filter((p) => p.rol === rol);

  it('has DUO, one operator, three vendors, three besturen and three gemeenten with their CBS codes', () => {
    expect(byRol('duo')).toEqual([{ oin: DUO_OIN, naam: 'Dienst Uitvoering Onderwijs', rol: 'duo' }]);
    expect(byRol('operator')).toHaveLength(1);
    expect(byRol('leverancier')).toHaveLength(3);
    expect(byRol('bestuur')).toHaveLength(3);
    expect(byRol('gemeente').map((g) => [g.naam, g.gemeentecode])).toEqual([
      ['Gemeente Utrecht', '0344'],
      ['Gemeente Amersfoort', '0307'],
      ['Gemeente Zeist', '0355'],
    ]);
  });

  it('gives every invented party a distinct test OIN 00000099 + 8 digits + 0000 (ID-05)', () => {
    const invented = world.parties.filter((p) => p.rol !== 'duo');
    for (const p of invented) {
      expect(p.oin).toMatch(/^00000099\d{8}0000$/);
      expect(isOin(p.oin)).toBe(true);
    }
    expectUnique(
      world.parties.map((p) => p.oin),
      'party OINs',
    );
  });

  it('uses one OIN per bestuur in parties, RIO and OSR', () => {
    const partyOins = byRol('bestuur').map((p) => p.oin);
    expect(world.rio.onderwijsbesturen.map((b) => b.oin)).toEqual(partyOins);
    for (const school of world.osr.onderwijsinstellingen) expect(partyOins).toContain(school.bestuur.oin);
    expect(world.osr.leveranciers).toEqual(byRol('leverancier').map(({ oin, naam }) => ({ oin, naam })));
  });
});

describe('BRP stub', () => {
  const personen = world.brpPersonen;
  const bsns = personen.flatMap((p) => (p.burgerservicenummer === undefined ? [] : [p.burgerservicenummer]));

  it('holds 320 persons', () => {
    expect(personen).toHaveLength(320);
  });

  it('gives every BSN a passing elfproef (ID-01), and no two persons the same BSN', () => {
    expect(bsns.filter((b) => !isBsn(b))).toEqual([]);
    expect(new Set(bsns).size).toBe(bsns.length);
  });

  it('leaves about 5% without any PGN, for BRON to give an onderwijsnummer (BRON-01, ID-03)', () => {
    const zonder = personen.filter((p) => p.burgerservicenummer === undefined);
    expect(zonder.length).toBe(Math.round(personen.length * 0.05));
    expect(personen.filter((p) => p.onderwijsnummer !== undefined)).toEqual([]);
  });

  it('has only children aged 3 to 13 on the peildatum, of both sexes', () => {
    const ages = personen.map((p) => ageOn(p.geboortedatum, PEILDATUM));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...ages)).toBeLessThanOrEqual(13);
    expect(new Set(personen.map((p) => p.geslacht))).toEqual(new Set(['M', 'V']));
  });

  it('lets identification without PGN find at most one person: name, birth date and sex are unique', () => {
    expectUnique(
      personen.map((p) => [p.achternaam, p.voorvoegsel, p.voornamen, p.geboortedatum, p.geslacht].join('|')),
      'identities',
    );
    expect(personen.some((p) => p.voorvoegsel !== undefined)).toBe(true);
  });

  it('houses everyone in Utrecht (35xx), Amersfoort (38xx) or Zeist (370x) with a valid postcode (ID-08)', () => {
    const ranges: Record<string, RegExp> = { '0344': /^35\d\d/, '0307': /^38\d\d/, '0355': /^370\d/ };
    const woonplaats: Record<string, string> = Object.fromEntries(Object.values(GEMEENTEN).map((g) => [g.code, g.woonplaats]));
    for (const { adres } of personen) {
      expect(isPostcode(adres.postcode)).toBe(true);
      expect(adres.postcode).toMatch(ranges[adres.gemeentecode]);
      expect(adres.woonplaats).toBe(woonplaats[adres.gemeentecode]);
      expect(Number.isInteger(adres.huisnummer)).toBe(true);
    }
    expect(new Set(personen.map((p) => p.adres.gemeentecode))).toEqual(new Set(['0344', '0307', '0355']));
  });
});

describe('RIO register', () => {
  const rio = world.rio;

  it('uses ID-07 codes below 900, leaving 900 and up to RIO itself (RIO-02)', () => {
    const codes = [
      ...rio.onderwijsbesturen.map((b) => ['onderwijsbestuurcode', b.onderwijsbestuurcode] as const),
      ...rio.onderwijsaanbieders.map((a) => ['onderwijsaanbiedercode', a.onderwijsaanbiedercode] as const),
      ...rio.onderwijslocaties.map((l) => ['onderwijslocatiecode', l.onderwijslocatiecode] as const),
    ];
    for (const [soort, code] of codes) {
      expect(isRioCode(soort, code)).toBe(true);
      expect(Number(code.slice(0, 3))).toBeLessThan(900);
    }
    expectUnique(
      codes.map(([, c]) => c),
      'RIO codes',
    );
  });

  it('lets periodes join, start on the first day and end with the object (RIO-03)', () => {
    for (const b of rio.onderwijsbesturen)
      expectJoiningPeriodes(b.periodes, b.inBedrijfdatum, b.uitBedrijfdatum, b.onderwijsbestuurcode);
    for (const a of rio.onderwijsaanbieders) {
      expectJoiningPeriodes(a.periodes, a.inBedrijfdatum, a.uitBedrijfdatum, a.onderwijsaanbiedercode);
    }
    for (const e of [...rio.instellingserkenningen, ...rio.vestigingserkenningen]) {
      expectJoiningPeriodes(e.periodes, e.begindatum, e.einddatum, e.code);
    }
    // At least one bestuur and one aanbieder really changed name, so joining is exercised.
    expect(rio.onderwijsbesturen.some((b) => b.periodes.length > 1)).toBe(true);
    expect(rio.onderwijsaanbieders.some((a) => a.periodes.length > 1)).toBe(true);
  });

  it('links every aanbieder to its bestuur and BRIN4, and every gebruik to its bestuur, locatie and BRIN6 (RIO-10)', () => {
    const besturen = new Set(rio.onderwijsbesturen.map((b) => b.onderwijsbestuurcode));
    const locaties = new Set(rio.onderwijslocaties.map((l) => l.onderwijslocatiecode));
    const brin4 = new Set(rio.instellingserkenningen.map((e) => e.code));
    const brin6 = new Set(rio.vestigingserkenningen.map((e) => e.code));
    for (const a of rio.onderwijsaanbieders) {
      for (const b of a.besturen) expect(besturen.has(b.onderwijsbestuurcode)).toBe(true);
      expect(a.juridischeRelaties.length).toBeGreaterThanOrEqual(1);
      for (const r of a.juridischeRelaties) expect(brin4.has(r.instellingserkenningscode)).toBe(true);
    }
    for (const g of rio.onderwijslocatiegebruiken) {
      expect(besturen.has(g.onderwijsbestuurcode)).toBe(true);
      expect(locaties.has(g.onderwijslocatiecode)).toBe(true);
      for (const r of g.juridischeRelaties) expect(brin6.has(r.vestigingserkenningscode)).toBe(true);
    }
    for (const v of rio.vestigingserkenningen) expect(v.code.startsWith(v.instellingserkenningscode)).toBe(true);
    for (const e of rio.instellingserkenningen) {
      expect(rio.vestigingserkenningen.find((v) => v.code === `${e.code}00`)?.soort).toBe('HOOFDVESTIGING');
    }
    // RIO-04: one gebruik per (bestuur, locatie).
    expectUnique(
      rio.onderwijslocatiegebruiken.map((g) => `${g.onderwijsbestuurcode}-${g.onderwijslocatiecode}`),
      'gebruiken',
    );
  });

  it('has an SBAO school, an SO/VSO school under the WEC, and a school with a hoofd- and a nevenvestiging', () => {
    expect(rio.instellingserkenningen.filter((e) => e.soortOnderwijs.includes('SBAO')).map((e) => e.code)).toEqual(['12BC']);
    const so = rio.instellingserkenningen.find((e) => e.code === '13CA')!;
    expect(so.soortOnderwijs).toEqual(['SO', 'VSO']);
    expect(so.periodes.every((p) => p.wet === 'WEC')).toBe(true);
    const vestigingen = rio.vestigingserkenningen.filter((v) => v.instellingserkenningscode === '11AC');
    expect(vestigingen.map((v) => [v.code, v.soort])).toEqual([
      ['11AC00', 'HOOFDVESTIGING'],
      ['11AC01', 'NEVENVESTIGING'],
    ]);
    const gebruiken = rio.onderwijslocatiegebruiken.filter((g) =>
      g.juridischeRelaties.some((r) => r.vestigingserkenningscode.startsWith('11AC')),
    );
    expect(gebruiken).toHaveLength(2);
    expect(gebruiken[0].onderwijslocatiecode).not.toBe(gebruiken[1].onderwijslocatiecode);
  });

  it('ends every object of the closed school 13CC on 1 August of last school year, and leaves all others open', () => {
    const aanbiederCode = world.osr.onderwijsinstellingen.find((s) => s.brin === '13CC')!.onderwijsaanbiedercode;
    const aanbieder = rio.onderwijsaanbieders.find((a) => a.onderwijsaanbiedercode === aanbiederCode)!;
    expect(aanbieder.uitBedrijfdatum).toBe(CLOSED_ON);
    expect(aanbieder.besturen.map((b) => b.einddatum)).toEqual([CLOSED_ON]);
    expect(aanbieder.juridischeRelaties.map((r) => r.einddatum)).toEqual([CLOSED_ON]);
    expect(rio.instellingserkenningen.find((e) => e.code === '13CC')!.einddatum).toBe(CLOSED_ON);
    expect(rio.vestigingserkenningen.find((e) => e.code === '13CC00')!.einddatum).toBe(CLOSED_ON);
    const gebruik = rio.onderwijslocatiegebruiken.find((g) => g.juridischeRelaties[0].vestigingserkenningscode === '13CC00')!;
    expect(gebruik.uitBedrijfdatum).toBe(CLOSED_ON);
    expect(gebruik.juridischeRelaties[0].einddatum).toBe(CLOSED_ON);

    const ends = [
      ...rio.onderwijsbesturen.map((b) => b.uitBedrijfdatum),
      ...rio.onderwijsaanbieders.filter((a) => a !== aanbieder).map((a) => a.uitBedrijfdatum),
      ...rio.instellingserkenningen.filter((e) => e.code !== '13CC').map((e) => e.einddatum),
      ...rio.vestigingserkenningen.filter((e) => e.code !== '13CC00').map((e) => e.einddatum),
      ...rio.onderwijslocatiegebruiken.filter((g) => g !== gebruik).map((g) => g.uitBedrijfdatum),
    ];
    expect(ends.filter((e) => e !== undefined)).toEqual([]);
  });

  it('places every locatie in the Netherlands with a 16-digit BAG id and a valid postcode (ID-08)', () => {
    for (const l of rio.onderwijslocaties) {
      expect(l.bagId).toMatch(/^\d{16}$/);
      expect(isPostcode(l.postcode)).toBe(true);
      expect(l.gps.latitude).toBeGreaterThan(50.7);
      expect(l.gps.latitude).toBeLessThan(53.6);
      expect(l.gps.longitude).toBeGreaterThan(3.3);
      expect(l.gps.longitude).toBeLessThan(7.3);
    }
  });

  it('moves the closing date with the peildatum', () => {
    const later = generateWorld({ peildatum: '2027-09-01' });
    expect(later.rio.instellingserkenningen.find((e) => e.code === '13CC')!.einddatum).toBe('2026-08-01');
    expect(later.osr.mandaten.filter((m) => m.end_date !== undefined).map((m) => m.end_date)).toEqual([
      '2025-08-01',
      '2025-08-01',
    ]);
  });
});

describe('OSR register', () => {
  const osr = world.osr;
  const rio = world.rio;
  const activeSchools = rio.instellingserkenningen
    .filter((e) => activeOn(e.begindatum, e.einddatum, PEILDATUM))
    .map((e) => e.code);

  it('knows every RIO school under its school OIN (ID-06) and aanbiedercode (OSR-01)', () => {
    expect(osr.onderwijsinstellingen.map((s) => s.brin)).toEqual(rio.instellingserkenningen.map((e) => e.code));
    for (const s of osr.onderwijsinstellingen) {
      expect(s.oin).toBe(schoolOinFromBrin(s.brin));
      expect(isBrin4(s.brin)).toBe(true);
      const aanbieder = rio.onderwijsaanbieders.find((a) => a.onderwijsaanbiedercode === s.onderwijsaanbiedercode)!;
      expect(aanbieder.juridischeRelaties.map((r) => r.instellingserkenningscode)).toEqual([s.brin]);
    }
  });

  it('offers the diensten ROD_PO, VERZUIM and RIO with their namespaces (OSR-06)', () => {
    expect(osr.diensten).toEqual([
      { code: 'ROD_PO', naam: 'ROD PO', namespace: 'urn:duo-sim:dienst:rod-po:1' },
      { code: 'VERZUIM', naam: 'Verzuim', namespace: 'urn:duo-sim:dienst:verzuim:1' },
      { code: 'RIO', naam: 'RIO', namespace: 'urn:duo-sim:dienst:rio:1' },
    ]);
  });

  it('has exactly one active school without any mandate (12BB, for AUT401)', () => {
    const withMandate = new Set(osr.mandaten.map((m) => m.school_oin));
    expect(activeSchools.filter((brin) => !withMandate.has(schoolOinFromBrin(brin)))).toEqual(['12BB']);
  });

  it('has an ended mandate, followed by another vendor from its end date on', () => {
    const ended = osr.mandaten.filter((m) => m.end_date != null && m.end_date <= PEILDATUM);
    expect(ended.length).toBeGreaterThanOrEqual(1);
    for (const m of ended) {
      const successor = osr.mandaten.find(
        (n) => n.school_oin === m.school_oin && n.service === m.service && n.start_date === m.end_date,
      )!;
      expect(successor.supplier_oin).not.toBe(m.supplier_oin);
      expect(successor.end_date).toBeUndefined();
    }
  });

  it('never lets two mandates for the same school, supplier and dienst overlap, and ends none before it starts (OSR-03)', () => {
    const overlaps: string[] = [];
    osr.mandaten.forEach((a, i) => {
      if (a.end_date != null) expect(a.end_date > a.start_date).toBe(true);
      for (const b of osr.mandaten.slice(i + 1)) {
        if (a.school_oin !== b.school_oin || a.supplier_oin !== b.supplier_oin || a.service !== b.service) continue;
        const overlap = a.start_date < (b.end_date ?? '9999-12-31') && b.start_date < (a.end_date ?? '9999-12-31');
        if (overlap) overlaps.push(`${a.id} ${b.id}`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  it('has two schools in one gemeente whose active ROD_PO and VERZUIM mandates are with different vendors', () => {
    const vendor = (brin: string, service: string) => activeMandates(world, brin, service).map((m) => m.supplier_oin);
    expect(schoolGemeente(rio, '11AA')).toBe(schoolGemeente(rio, '11AB'));
    for (const service of ['ROD_PO', 'VERZUIM']) {
      expect(vendor('11AA', service)).toHaveLength(1);
      expect(vendor('11AB', service)).toHaveLength(1);
      expect(vendor('11AA', service)).not.toEqual(vendor('11AB', service));
    }
  });

  it('gives most active schools ROD_PO and VERZUIM, a few also RIO, and the closed school still its mandates', () => {
    const covered = activeSchools.filter(
      (brin) => activeMandates(world, brin, 'ROD_PO').length && activeMandates(world, brin, 'VERZUIM').length,
    );
    expect(covered.length).toBe(activeSchools.length - 1);
    expect(osr.mandaten.filter((m) => m.service === 'RIO').length).toBeGreaterThanOrEqual(2);
    expect(activeMandates(world, '13CC', 'ROD_PO')).toHaveLength(1);
  });

  it('gives every mandate a UUID-shaped id and an opaque 32-hex token, all distinct', () => {
    for (const m of osr.mandaten) {
      expect(isUuid(m.id)).toBe(true);
      expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(m.token).toMatch(/^[0-9a-f]{32}$/);
    }
    expectUnique(
      osr.mandaten.map((m) => m.id),
      'mandate ids',
    );
    expectUnique(
      osr.mandaten.map((m) => m.token),
      'tokens',
    );
  });
});

describe('size options', () => {
  const large = generateWorld({ schools: 1000, personen: 20_000 });

  it('makes a 1,000-school world over 100 besturen with every BRIN, code, BSN, id and token unique', () => {
    expect(large.osr.onderwijsinstellingen).toHaveLength(1000);
    expect(large.rio.onderwijsbesturen).toHaveLength(100);
    expect(large.parties.filter((p) => p.rol === 'bestuur')).toHaveLength(100);
    expectUnique(
      large.rio.instellingserkenningen.map((e) => e.code),
      'BRIN4',
    );
    expectUnique(
      large.rio.vestigingserkenningen.map((e) => e.code),
      'BRIN6',
    );
    expectUnique(
      large.rio.onderwijsbesturen.map((b) => b.bevoegdGezagNummer),
      'bevoegd gezag',
    );
    expectUnique(
      large.parties.map((p) => p.oin),
      'OINs',
    );
    const codes = [
      ...large.rio.onderwijsbesturen.map((b) => b.onderwijsbestuurcode),
      ...large.rio.onderwijsaanbieders.map((a) => a.onderwijsaanbiedercode),
      ...large.rio.onderwijslocaties.map((l) => l.onderwijslocatiecode),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => Number(c.slice(0, 3)) < 900)).toBe(true);
    const bsns = large.brpPersonen.flatMap((p) => (p.burgerservicenummer ? [p.burgerservicenummer] : []));
    expect(large.brpPersonen).toHaveLength(20_000);
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(bsns.every(isBsn)).toBe(true);
    expect(new Set(large.osr.mandaten.map((m) => m.token)).size).toBe(large.osr.mandaten.length);
    expect(new Set(large.osr.mandaten.map((m) => m.id)).size).toBe(large.osr.mandaten.length);
  });

  it('keeps the nine schools of the small world first, with the same codes and mandates', () => {
    expect(large.osr.onderwijsinstellingen.slice(0, 9)).toEqual(world.osr.onderwijsinstellingen);
    expect(large.osr.mandaten.slice(0, world.osr.mandaten.length)).toEqual(world.osr.mandaten);
    expect(large.rio.onderwijslocaties.slice(0, world.rio.onderwijslocaties.length)).toEqual(world.rio.onderwijslocaties);
  });

  it('validates against the same schemas', () => {
    expect(registry.validate('rio-wereld', large.rio)).toEqual([]);
    expect(registry.validate('osr-wereld', large.osr)).toEqual([]);
    expect(registry.validate('parties', large.parties)).toEqual([]);
    expect(registry.validate('brp-personen', large.brpPersonen)).toEqual([]);
  });

  it('refuses fewer than nine schools, a bad peildatum or a negative number of persons', () => {
    expect(() => generateWorld({ schools: 8 })).toThrow(/schools/);
    expect(() => generateWorld({ peildatum: '2026-02-30' })).toThrow(/peildatum/);
    expect(() => generateWorld({ peildatum: '2019-01-01' })).toThrow(/peildatum/);
    expect(() => generateWorld({ personen: -1 })).toThrow(/personen/);
  });

  it('reads the CLI options, with --out relative to the working directory', () => {
    const args = parseArgs([
      '--seed',
      '5',
      '--schools=1000',
      '--personen',
      '200000',
      '--peildatum',
      '2027-03-01',
      '--out',
      'tmp/w',
    ]);
    expect(args).toEqual({
      seed: 5,
      schools: 1000,
      personen: 200000,
      peildatum: '2027-03-01',
      out: join(process.cwd(), 'tmp/w'),
    });
    expect(parseArgs([]).out).toBe(FIXTURES_DIR);
    expect(() => parseArgs(['--schools', 'many'])).toThrow(/whole number/);
    expect(() => parseArgs(['--colour', 'red'])).toThrow(/unknown option/);
  });
});
