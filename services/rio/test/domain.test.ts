// The RIO rules as pure functions (docs/rules.md#rio-registratie-instellingen-en-opleidingen): one test per rule and per foutcode.
import { createSchemaRegistry } from '@duo-sim/shared';
import { rioCode } from '../src/domain/codes';
import { eigenaarsVanAanbieder } from '../src/domain/eigenaarschap';
import { checkInschrijfbaarheid, type InschrijfbaarheidsGegevens } from '../src/domain/inschrijfbaarheid-check';
import { checkOnderwijsaanbieder, type AanbiederVerwijzingen } from '../src/domain/onderwijsaanbieder';
import { checkOnderwijslocatiegebruik, type GebruikVerwijzingen } from '../src/domain/onderwijslocatiegebruik';
import { geldigOp, isGeldigOp, isInBedrijfOp } from '../src/domain/peildatum';
import { checkPeriodes } from '../src/domain/periodes';
import { checkRelaties } from '../src/domain/relaties';
import type {
  Onderwijsaanbieder,
  Onderwijsbestuur,
  OnderwijsaanbiederInhoud,
  Onderwijslocatiegebruik,
  RioWereld,
} from '../src/domain/types';
import { seedWorld } from './helpers';

const wereld: RioWereld = seedWorld(createSchemaRegistry());
const bestuur = (code: string) => wereld.onderwijsbesturen.find((b) => b.onderwijsbestuurcode === code)!;
const aanbieder = (code: string) => wereld.onderwijsaanbieders.find((a) => a.onderwijsaanbiedercode === code)!;
const codesOf = (fouten: Array<{ foutcode: string }>) => fouten.map((f) => f.foutcode);

describe('peildatum (RIO-03, RIO-08)', () => {
  const leven = { inBedrijfdatum: '2005-08-01', uitBedrijfdatum: '2025-08-01' };
  it('counts the in-bedrijf day and not the uit-bedrijf day (RIO-03)', () => {
    expect(isInBedrijfOp(leven, '2005-07-31')).toBe(false);
    expect(isInBedrijfOp(leven, '2005-08-01')).toBe(true);
    expect(isInBedrijfOp(leven, '2025-07-31')).toBe(true);
    expect(isInBedrijfOp(leven, '2025-08-01')).toBe(false);
    expect(isInBedrijfOp({ inBedrijfdatum: '2005-08-01' }, '2999-01-01')).toBe(true);
  });

  it('finds the one periode valid on a date, the end day belonging to the next (RIO-08)', () => {
    const periodes = aanbieder('110A003').periodes;
    expect(geldigOp(periodes, '2018-07-31')?.naam).toBe('Basisschool De Linde');
    expect(geldigOp(periodes, '2018-08-01')?.naam).toBe('Basisschool De Lindeboom');
    expect(isGeldigOp({ begindatum: '2018-08-01' }, '2018-07-31')).toBe(false);
  });
});

describe('periodes (RIO-03)', () => {
  const leven = { inBedrijfdatum: '2020-01-01', uitBedrijfdatum: '2030-01-01' };
  const check = (
    periodes: Array<{ begindatum: string; einddatum?: string }>,
    l: { inBedrijfdatum: string; uitBedrijfdatum?: string } = leven,
  ) => checkPeriodes(periodes, l, '/periodes', {});

  it('accepts periodes that join and cover the whole life', () => {
    expect(
      check([
        { begindatum: '2020-01-01', einddatum: '2025-01-01' },
        { begindatum: '2025-01-01', einddatum: '2030-01-01' },
      ]),
    ).toEqual([]);
    expect(check([{ begindatum: '2020-01-01' }], { inBedrijfdatum: '2020-01-01' })).toEqual([]);
  });

  it('refuses a periode that ends before it starts (N05010)', () => {
    const fouten = check([
      { begindatum: '2020-01-01', einddatum: '2020-01-01' },
      { begindatum: '2020-01-01', einddatum: '2030-01-01' },
    ]);
    expect(fouten[0]).toMatchObject({ foutcode: 'N05010', pointer: '/periodes/0/einddatum' });
  });

  it('refuses a periode outside the life (N05030)', () => {
    expect(check([{ begindatum: '2019-01-01', einddatum: '2030-01-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'N05030', pointer: '/periodes/0/begindatum' }),
    ]);
    expect(codesOf(check([{ begindatum: '2020-01-01', einddatum: '2031-01-01' }]))).toEqual(['N05030']);
    expect(check([{ begindatum: '2020-01-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'N05030', pointer: '/periodes/0' }),
    ]);
  });

  it('refuses a gap and an overlap between periodes (N05050)', () => {
    const gat = check([
      { begindatum: '2020-01-01', einddatum: '2024-01-01' },
      { begindatum: '2025-01-01', einddatum: '2030-01-01' },
    ]);
    expect(gat).toEqual([expect.objectContaining({ foutcode: 'N05050', pointer: '/periodes/1/begindatum' })]);
    expect(gat[0].fouttekst).toMatch(/gat/);
    const overlap = check([
      { begindatum: '2025-01-01', einddatum: '2030-01-01' },
      { begindatum: '2020-01-01', einddatum: '2026-01-01' },
    ]);
    expect(overlap).toEqual([expect.objectContaining({ foutcode: 'N05050', pointer: '/periodes/0/begindatum' })]);
    expect(overlap[0].fouttekst).toMatch(/overlap/);
    const open = check([{ begindatum: '2020-01-01' }, { begindatum: '2025-01-01' }], { inBedrijfdatum: '2020-01-01' });
    expect(codesOf(open)).toEqual(['N05050']);
  });

  it('refuses periodes that do not cover the whole life (N05060)', () => {
    expect(check([{ begindatum: '2021-01-01', einddatum: '2030-01-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'N05060', pointer: '/periodes/0/begindatum' }),
    ]);
    expect(check([{ begindatum: '2020-01-01', einddatum: '2029-01-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'N05060', pointer: '/periodes/0/einddatum' }),
    ]);
    expect(codesOf(check([{ begindatum: '2020-01-01', einddatum: '2029-01-01' }], { inBedrijfdatum: '2020-01-01' }))).toEqual([
      'N05060',
    ]);
  });
});

describe('relaties (J06010, J06020, N05030)', () => {
  const leven = { inBedrijfdatum: '2020-01-01' };
  const check = (relaties: Array<{ code: string; begindatum: string; einddatum?: string }>) =>
    checkRelaties(relaties, { sleutelnaam: 'code', code: (r) => r.code }, leven, '/rel', {});

  it('refuses a relatie that ends before it starts (J06010)', () => {
    expect(check([{ code: '11AA', begindatum: '2021-01-01', einddatum: '2020-06-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'J06010', pointer: '/rel/0/einddatum' }),
    ]);
  });

  it('refuses two overlapping relaties with the same object, not with different ones (J06020)', () => {
    expect(
      check([
        { code: '11AA', begindatum: '2020-01-01' },
        { code: '11AA', begindatum: '2022-01-01' },
      ]),
    ).toEqual([expect.objectContaining({ foutcode: 'J06020', pointer: '/rel/1/begindatum' })]);
    expect(
      check([
        { code: '11AA', begindatum: '2020-01-01', einddatum: '2022-01-01' },
        { code: '11AA', begindatum: '2022-01-01' },
      ]),
    ).toEqual([]);
    expect(
      check([
        { code: '11AA', begindatum: '2020-01-01' },
        { code: '11AB', begindatum: '2020-01-01' },
      ]),
    ).toEqual([]);
  });

  it('refuses a relatie before the life of its holder (N05030)', () => {
    expect(check([{ code: '11AA', begindatum: '2019-01-01' }])).toEqual([
      expect.objectContaining({ foutcode: 'N05030', pointer: '/rel/0/begindatum' }),
    ]);
  });
});

describe('onderwijsaanbieder (RIO-03, RIO-05, RIO-10)', () => {
  const verwijzingen = (...besturen: Onderwijsbestuur[]): AanbiederVerwijzingen => ({
    besturen: new Map(besturen.map((b) => [b.onderwijsbestuurcode, b])),
    instellingserkenningen: new Map(wereld.instellingserkenningen.map((e) => [e.code, e])),
  });
  const goed: OnderwijsaanbiederInhoud = {
    inBedrijfdatum: '2026-08-01',
    periodes: [{ begindatum: '2026-08-01', naam: 'IKC De Nieuwe Vlinder' }],
    besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2026-08-01' }],
    juridischeRelaties: [{ instellingserkenningscode: '11AA', begindatum: '2026-08-01' }],
  };

  it('accepts a new aanbieder of a living bestuur tied to a recognised BRIN4', () => {
    expect(checkOnderwijsaanbieder(goed, verwijzingen(bestuur('100B001')))).toEqual([]);
  });

  it('refuses an uitBedrijfdatum not after the inBedrijfdatum (N04010)', () => {
    const fouten = checkOnderwijsaanbieder({ ...goed, uitBedrijfdatum: '2026-08-01' }, verwijzingen(bestuur('100B001')));
    expect(fouten[0]).toMatchObject({ foutcode: 'N04010', pointer: '/uitBedrijfdatum' });
  });

  it('refuses an unknown bestuur (A01110)', () => {
    const fouten = checkOnderwijsaanbieder(
      { ...goed, besturen: [{ onderwijsbestuurcode: '999B999', begindatum: '2026-08-01' }] },
      verwijzingen(),
    );
    expect(fouten).toEqual([expect.objectContaining({ foutcode: 'A01110', pointer: '/besturen/0/onderwijsbestuurcode' })]);
  });

  it('refuses a bestuur relatie that outlives the bestuur, while its aanbieder is active (RIO-05, N04410)', () => {
    const eindigend = { ...bestuur('100B001'), uitBedrijfdatum: '2027-01-01' };
    const fouten = checkOnderwijsaanbieder(goed, verwijzingen(eindigend));
    expect(fouten).toEqual([expect.objectContaining({ foutcode: 'N04410', pointer: '/besturen/0' })]);
    const netjes = {
      ...goed,
      uitBedrijfdatum: '2027-01-01',
      periodes: [{ begindatum: '2026-08-01', einddatum: '2027-01-01', naam: 'X' }],
      besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2026-08-01', einddatum: '2027-01-01' }],
      juridischeRelaties: [{ instellingserkenningscode: '11AA', begindatum: '2026-08-01', einddatum: '2027-01-01' }],
    } as OnderwijsaanbiederInhoud;
    expect(checkOnderwijsaanbieder(netjes, verwijzingen(eindigend))).toEqual([]);
  });

  it('refuses a bestuur relatie that starts before the bestuur exists (N01410)', () => {
    const jong = { ...bestuur('100B001'), inBedrijfdatum: '2027-01-01' };
    expect(codesOf(checkOnderwijsaanbieder(goed, verwijzingen(jong)))).toEqual(['N01410']);
  });

  it('refuses an unknown BRIN4 (A01030) and one not recognised over the whole relatie (A01031)', () => {
    const onbekend = checkOnderwijsaanbieder(
      { ...goed, juridischeRelaties: [{ instellingserkenningscode: '99ZZ', begindatum: '2026-08-01' }] },
      verwijzingen(bestuur('100B001')),
    );
    expect(onbekend).toEqual([
      expect.objectContaining({ foutcode: 'A01030', pointer: '/juridischeRelaties/0/instellingserkenningscode' }),
    ]);
    const beeindigd = checkOnderwijsaanbieder(
      { ...goed, juridischeRelaties: [{ instellingserkenningscode: '13CC', begindatum: '2026-08-01' }] },
      verwijzingen(bestuur('100B001')),
    );
    expect(beeindigd).toEqual([expect.objectContaining({ foutcode: 'A01031', pointer: '/juridischeRelaties/0' })]);
  });

  it('reports every violation at once', () => {
    const fouten = checkOnderwijsaanbieder(
      {
        inBedrijfdatum: '2026-08-01',
        uitBedrijfdatum: '2026-01-01',
        periodes: [{ begindatum: '2026-09-01', naam: 'X' }],
        besturen: [{ onderwijsbestuurcode: '999B999', begindatum: '2026-08-01' }],
        juridischeRelaties: [{ instellingserkenningscode: '99ZZ', begindatum: '2026-08-01', einddatum: '2026-07-01' }],
      },
      verwijzingen(),
    );
    expect(codesOf(fouten)).toEqual(expect.arrayContaining(['N04010', 'N05060', 'A01110', 'A01030', 'J06010']));
  });

  it('lets every aanbieder of the seed world pass its own rules', () => {
    const alle = {
      besturen: new Map(wereld.onderwijsbesturen.map((b) => [b.onderwijsbestuurcode, b])),
      instellingserkenningen: new Map(wereld.instellingserkenningen.map((e) => [e.code, e])),
    };
    for (const a of wereld.onderwijsaanbieders)
      expect({ code: a.onderwijsaanbiedercode, fouten: checkOnderwijsaanbieder(a, alle) }).toEqual({
        code: a.onderwijsaanbiedercode,
        fouten: [],
      });
  });
});

describe('onderwijslocatiegebruik (RIO-03, RIO-04, RIO-10)', () => {
  const vestigingen = new Map(wereld.vestigingserkenningen.map((v) => [v.code, v]));
  const met = (b: Onderwijsbestuur | undefined, locatieBekend = true): GebruikVerwijzingen => ({
    bestuur: b,
    locatieBekend,
    vestigingserkenningen: vestigingen,
  });
  const goed: Onderwijslocatiegebruik = {
    onderwijsbestuurcode: '100B001',
    onderwijslocatiecode: '107X005',
    inBedrijfdatum: '2026-08-01',
    naam: 'Dependance',
    juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2026-08-01' }],
  };

  it('accepts a gebruik of a living bestuur tied to a recognised BRIN6', () => {
    expect(checkOnderwijslocatiegebruik(goed, met(bestuur('100B001')))).toEqual([]);
  });

  it('refuses an unknown bestuur (A01110) and an unknown locatie (A01060)', () => {
    expect(codesOf(checkOnderwijslocatiegebruik(goed, met(undefined, false)))).toEqual(['A01110', 'A01060']);
  });

  it('refuses an uitBedrijfdatum not after the inBedrijfdatum (N04010)', () => {
    expect(checkOnderwijslocatiegebruik({ ...goed, uitBedrijfdatum: '2026-07-01' }, met(bestuur('100B001')))).toEqual([
      expect.objectContaining({ foutcode: 'N04010', pointer: '/uitBedrijfdatum' }),
      expect.objectContaining({ foutcode: 'N05030' }),
    ]);
  });

  it('refuses a gebruik outside the bestuur’s life (RIO-04, N01410)', () => {
    expect(
      checkOnderwijslocatiegebruik(
        {
          ...goed,
          inBedrijfdatum: '2004-01-01',
          juridischeRelaties: [{ vestigingserkenningscode: '11AA00', begindatum: '2005-08-01' }],
        },
        met(bestuur('100B001')),
      ),
    ).toEqual([expect.objectContaining({ foutcode: 'N01410', pointer: '/inBedrijfdatum' })]);
    const eindigend = { ...bestuur('100B001'), uitBedrijfdatum: '2027-01-01' };
    expect(checkOnderwijslocatiegebruik(goed, met(eindigend))).toEqual([
      expect.objectContaining({ foutcode: 'N01410', pointer: '/uitBedrijfdatum' }),
    ]);
  });

  it('refuses an unknown BRIN6 (A01040) and overlapping relaties with one BRIN6 (J06020)', () => {
    const fouten = checkOnderwijslocatiegebruik(
      {
        ...goed,
        juridischeRelaties: [
          { vestigingserkenningscode: '99ZZ00', begindatum: '2026-08-01' },
          { vestigingserkenningscode: '99ZZ00', begindatum: '2026-09-01' },
        ],
      },
      met(bestuur('100B001')),
    );
    expect(codesOf(fouten)).toEqual(['A01040', 'A01040', 'J06020']);
  });

  it('lets every gebruik of the seed world pass its own rules', () => {
    for (const g of wereld.onderwijslocatiegebruiken) {
      expect({
        g: `${g.onderwijsbestuurcode}-${g.onderwijslocatiecode}`,
        fouten: checkOnderwijslocatiegebruik(g, met(bestuur(g.onderwijsbestuurcode))),
      }).toEqual({
        g: `${g.onderwijsbestuurcode}-${g.onderwijslocatiecode}`,
        fouten: [],
      });
    }
  });
});

describe('inschrijfbaarheid (RIO-11)', () => {
  const gegevens = (a: string, x: string, v: string): InschrijfbaarheidsGegevens => ({
    aanbieder: wereld.onderwijsaanbieders.find((o) => o.onderwijsaanbiedercode === a),
    locatie: wereld.onderwijslocaties.find((o) => o.onderwijslocatiecode === x),
    vestiging: wereld.vestigingserkenningen.find((o) => o.code === v),
    gebruikenVanLocatie: wereld.onderwijslocatiegebruiken.filter((g) => g.onderwijslocatiecode === x),
  });
  const vraag = (a: string, x: string, v: string, d = '2026-11-28') =>
    checkInschrijfbaarheid(
      { onderwijsaanbiedercode: a, onderwijslocatiecode: x, vestigingscode: v, peildatum: d },
      gegevens(a, x, v),
    );

  it('answers nothing against an active aanbieder, its location and its vestiging', () => {
    expect(vraag('110A001', '107X001', '11AA00')).toEqual([]);
    expect(vraag('110A003', '107X004', '11AC01')).toEqual([]);
  });

  it('reports an unknown aanbieder (N09440), locatie (A01060) and vestiging (A01040) at once', () => {
    expect(codesOf(vraag('999A999', '999X999', '99ZZ00'))).toEqual(['N09440', 'A01060', 'A01040']);
  });

  it('reports an aanbieder, vestiging, gebruik and BRIN relatie out of bedrijf on d with RIO-11 (uit-bedrijf day excluded)', () => {
    expect(vraag('110A009', '107X010', '13CC00', '2025-07-31')).toEqual([]);
    const fouten = vraag('110A009', '107X010', '13CC00', '2025-08-01');
    // the aanbieder's bestuur relatie ended too, so no gebruik of a bestuur linked on d: A01130
    expect(codesOf(fouten)).toEqual(['RIO-11', 'RIO-11', 'A01130', 'RIO-11']);
  });

  it('counts the in-bedrijf day and not the day before (RIO-03)', () => {
    expect(vraag('110A003', '107X004', '11AC01', '2012-08-01')).toEqual([]);
    const fouten = vraag('110A003', '107X004', '11AC01', '2012-07-31');
    expect(fouten.map((f) => f.fouttekst)).toEqual([
      expect.stringMatching(/vestiging 11AC01/),
      expect.stringMatching(/niet in bedrijf/),
    ]);
  });

  it('reports a locatie used by no bestuur of the aanbieder (A01130)', () => {
    expect(vraag('110A001', '107X005', '11AA00')).toEqual([expect.objectContaining({ foutcode: 'A01130' })]);
  });

  it('reports a gebruik not tied to the vestiging, and an aanbieder without relatie to its BRIN4 (RIO-11)', () => {
    const fouten = vraag('110A001', '107X001', '11AB00');
    expect(codesOf(fouten)).toEqual(['RIO-11', 'RIO-11']);
    expect(fouten[0].fouttekst).toMatch(/hoort op 2026-11-28 niet bij vestiging 11AB00/);
    expect(fouten[1].fouttekst).toMatch(/geen juridische relatie met BRIN 11AB/);
  });

  it('follows the aanbieder to a new bestuur: only the bestuur linked on d counts (RIO-11 step 4)', () => {
    const overgedragen: Onderwijsaanbieder = {
      ...aanbieder('110A001'),
      besturen: [
        { onderwijsbestuurcode: '100B001', begindatum: '2005-08-01', einddatum: '2026-01-01' },
        { onderwijsbestuurcode: '100B002', begindatum: '2026-01-01' },
      ],
    };
    const g = { ...gegevens('110A001', '107X001', '11AA00'), aanbieder: overgedragen };
    const vraagOp = (d: string) =>
      checkInschrijfbaarheid(
        { onderwijsaanbiedercode: '110A001', onderwijslocatiecode: '107X001', vestigingscode: '11AA00', peildatum: d },
        g,
      );
    expect(vraagOp('2025-12-31')).toEqual([]);
    expect(codesOf(vraagOp('2026-01-01'))).toEqual(['A01130']);
  });
});

describe('ownership (RIO-07) and codes (RIO-02)', () => {
  it('gives an aanbieder to the bestuur of its running relatie, or of its last one', () => {
    expect(eigenaarsVanAanbieder([{ onderwijsbestuurcode: '100B001', begindatum: '2005-08-01' }], '2026-11-28')).toEqual(
      new Set(['100B001']),
    );
    const overdracht = [
      { onderwijsbestuurcode: '100B001', begindatum: '2005-08-01', einddatum: '2026-01-01' },
      { onderwijsbestuurcode: '100B002', begindatum: '2026-01-01' },
    ];
    expect(eigenaarsVanAanbieder(overdracht, '2026-11-28')).toEqual(new Set(['100B002']));
    expect(eigenaarsVanAanbieder(overdracht, '2025-11-28')).toEqual(new Set(['100B001', '100B002']));
    expect(
      eigenaarsVanAanbieder(
        [{ onderwijsbestuurcode: '100B003', begindatum: '2005-08-01', einddatum: '2025-08-01' }],
        '2026-11-28',
      ),
    ).toEqual(new Set(['100B003']));
  });

  it('formats code numbers as RIO codes (ID-07)', () => {
    expect(rioCode('A', 900_001)).toBe('900A001');
    expect(rioCode('X', 901_000)).toBe('901X000');
    expect(() => rioCode('A', 1_000_000)).toThrow(RangeError);
  });
});
