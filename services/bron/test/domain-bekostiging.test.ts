// BEK-01..BEK-09: the po-bekostigen engine as pure functions (docs/rules.md#bekostiging-po), table-driven.
// Default teldatum T = Saturday 1 February 2025; its BEK-08 deadline is Monday 3 March 2025.
import {
  bekostigingNu,
  bekostigingOp,
  bekostigingVan,
  heeftDefinitieveStatus,
  standOp,
  type BekostigingReden,
  type InschrijvingMetHistorie,
  type PupilRecord,
} from '../src/domain/bekostiging-status';
import { betrokkenScholen, schoolOverzicht, veranderingen } from '../src/domain/bekostiging-overzicht';
import {
  deadline,
  isTeldatum,
  relevanteTeldatum,
  soortOp,
  teldatumIn,
  verstrekenTeldata,
  type TeldatumModus,
} from '../src/domain/bekostiging-teldatum';
import type { Inschrijving, Pgn } from '../src/domain/types';

const T = '2025-02-01';
const DEADLINE = '2025-03-03';
const VOORLOPIG_DAG = '2025-02-10';
const DEFINITIEF_DAG = '2025-03-10';
const A = '25BE';
const B = '30XY';
const LEERLING: Pgn = { burgerservicenummer: '802533048' };

function inschrijving(inschrijfdatum: string, extra: Partial<Inschrijving> = {}, brin = A, leerling = LEERLING): Inschrijving {
  return {
    leerling,
    inschrijvingsvolgnummer: '1',
    vestigingscode: `${brin}00`,
    onderwijsaanbiedercode: '110A133',
    onderwijslocatiecode: '107X215',
    soortOnderwijs: 'BAO',
    inschrijfdatum,
    periodes: [{ begindatum: inschrijfdatum, groep: 3 }],
    ...extra,
  };
}

/** A key with its history: each [simulated acceptance date, state] in acceptance order. */
function historie(brin: string, versies: Array<[string, Inschrijving | null]>): InschrijvingMetHistorie {
  return {
    brin,
    inschrijving: versies[versies.length - 1][1],
    geaccepteerd: versies[0][0],
    versies: versies.map(([vandaag, ins]) => ({ vandaag, inschrijving: ins })),
  };
}

/** An inschrijving accepted once, on `geaccepteerd`. */
function eenmalig(brin: string, ins: Inschrijving, geaccepteerd = '2024-08-01'): InschrijvingMetHistorie {
  return historie(brin, [[geaccepteerd, ins]]);
}

function pupil(geboortedatum: string | undefined, ...inschrijvingen: InschrijvingMetHistorie[]): PupilRecord {
  return { ...(geboortedatum !== undefined ? { geboortedatum } : {}), inschrijvingen };
}

/** The one result for the school `brin`. */
function van(record: PupilRecord, brin: string, today: string, teldatum = T, modus: TeldatumModus = 'FEBRUARI') {
  const uitkomsten = bekostigingOp(record, teldatum, today, modus).filter((u) => u.brin === brin);
  expect(uitkomsten).toHaveLength(1);
  return uitkomsten[0];
}

const GEBOREN = '2018-05-12';

describe('bekostiging: teldatum and deadline (BEK-01, BEK-08, BEK-09)', () => {
  it.each<[string, TeldatumModus, string, string]>([
    ['2025-02-01', 'FEBRUARI', '2025-03-03', 'T + 28 days is Saturday 1 March: moved to Monday (BEK-08, DUO 2025: 3 March)'],
    ['2026-02-01', 'FEBRUARI', '2026-03-02', 'T + 28 days is Sunday 1 March: moved to Monday (BEK-08)'],
    ['2027-02-01', 'FEBRUARI', '2027-03-01', 'T + 28 days is a Monday: unchanged (BEK-08)'],
    ['2024-02-01', 'FEBRUARI', '2024-02-29', 'leap year: T + 28 days is Thursday 29 February (BEK-08)'],
    ['2025-10-01', 'OKTOBER', '2025-12-01', 'legacy mode: 1 December (BEK-01, BEK-08)'],
    ['2024-10-01', 'OKTOBER', '2024-12-01', 'legacy mode: 1 December stays even on a Sunday (BEK-08)'],
  ])('deadline(%s, %s) is %s — %s', (teldatum, modus, verwacht) => {
    expect(deadline(teldatum, modus)).toBe(verwacht);
  });

  it('uses 1 February by default and 1 October in legacy mode (BEK-01)', () => {
    expect(teldatumIn(2025)).toBe('2025-02-01');
    expect(teldatumIn(2025, 'OKTOBER')).toBe('2025-10-01');
    expect(deadline('2025-02-01')).toBe('2025-03-03');
    expect(isTeldatum('2025-02-01')).toBe(true);
    expect(isTeldatum('2025-10-01')).toBe(false);
    expect(isTeldatum('2025-10-01', 'OKTOBER')).toBe(true);
    expect(isTeldatum('2025-02-02')).toBe(false);
    expect(isTeldatum('2025-02-30')).toBe(false);
  });

  it.each<[string, TeldatumModus, string]>([
    ['2025-01-15', 'FEBRUARI', '2025-02-01'],
    ['2025-02-01', 'FEBRUARI', '2025-02-01'],
    ['2025-03-03', 'FEBRUARI', '2025-02-01'],
    ['2025-03-04', 'FEBRUARI', '2026-02-01'],
    ['2025-12-31', 'FEBRUARI', '2026-02-01'],
    ['2025-01-15', 'OKTOBER', '2025-10-01'],
    ['2025-12-01', 'OKTOBER', '2025-10-01'],
    ['2025-12-02', 'OKTOBER', '2026-10-01'],
  ])('on %s (%s) the relevant teldatum is %s: the earliest whose deadline has not passed (BEK-09)', (today, modus, verwacht) => {
    expect(relevanteTeldatum(today, modus)).toBe(verwacht);
    expect(relevanteTeldatum(today)).toBe(relevanteTeldatum(today, 'FEBRUARI'));
  });

  it.each([
    ['2025-01-20', 'VOORLOPIG'],
    [T, 'VOORLOPIG'],
    [DEADLINE, 'VOORLOPIG'],
    ['2025-03-04', 'DEFINITIEF'],
  ])('on %s the soort for T 2025-02-01 is %s: voorlopig up to and including the deadline (BEK-09)', (today, soort) => {
    expect(soortOp(T, today)).toBe(soort);
  });

  it('lists the teldata whose deadline passed (BEK-09)', () => {
    expect(verstrekenTeldata(2023, '2025-03-03')).toEqual(['2023-02-01', '2024-02-01']);
    expect(verstrekenTeldata(2023, '2025-03-04')).toEqual(['2023-02-01', '2024-02-01', '2025-02-01']);
    expect(verstrekenTeldata(2024, '2025-12-02', 'OKTOBER')).toEqual(['2024-10-01', '2025-10-01']);
  });
});

describe('bekostiging: enrolled on the teldatum (BEK-02)', () => {
  it.each<[string, string, string | undefined, 'BEKOSTIGD' | 'NIET_BEKOSTIGD', BekostigingReden[]]>([
    ['enrolled on the teldatum itself (a Saturday: still by enrolment on T)', T, undefined, 'BEKOSTIGD', []],
    ['enrolled the day after the teldatum', '2025-02-02', undefined, 'NIET_BEKOSTIGD', ['NIET_INGESCHREVEN_OP_TELDATUM']],
    ['uitgeschreven on the teldatum (uitschrijfdatum inclusive)', '2024-08-01', T, 'BEKOSTIGD', []],
    [
      'uitgeschreven the day before the teldatum',
      '2024-08-01',
      '2025-01-31',
      'NIET_BEKOSTIGD',
      ['NIET_INGESCHREVEN_OP_TELDATUM'],
    ],
    ['open inschrijving since long before', '2023-08-01', undefined, 'BEKOSTIGD', []],
  ])('%s (BEK-02)', (_naam, inschrijfdatum, uitschrijfdatum, status, redenen) => {
    const ins = inschrijving(
      inschrijfdatum,
      uitschrijfdatum ? { uitschrijfdatum, redenUitschrijving: 'VERHUIZING_BUITENLAND' } : {},
    );
    const u = van(pupil(GEBOREN, eenmalig(A, ins)), A, VOORLOPIG_DAG);
    expect(u).toEqual({
      brin: A,
      leerling: LEERLING,
      inschrijvingsvolgnummer: '1',
      teldatum: T,
      status,
      soort: 'VOORLOPIG',
      redenen,
    });
  });

  it.each([
    ['an open inschrijving counts as enrolled on the future teldatum', undefined, 'BEKOSTIGD', []],
    [
      'an inschrijving ending before the future teldatum does not',
      '2026-01-31',
      'NIET_BEKOSTIGD',
      ['NIET_INGESCHREVEN_OP_TELDATUM'],
    ],
  ])('%s (BEK-09, BEK-02)', (_naam, uitschrijfdatum, status, redenen) => {
    // 15 September 2025: the 2025 deadline passed, so the relevant teldatum is 1 February 2026.
    const ins = inschrijving('2025-08-01', uitschrijfdatum ? { uitschrijfdatum, redenUitschrijving: 'OVERIG' } : {});
    const record = pupil(GEBOREN, eenmalig(A, ins, '2025-08-01'));
    expect(bekostigingNu(record, '2025-09-15')).toEqual([
      expect.objectContaining({ teldatum: '2026-02-01', status, soort: 'VOORLOPIG', redenen }),
    ]);
    expect(bekostigingVan(record, A, '1', '2025-09-15')).toEqual({ status, soort: 'VOORLOPIG', redenen });
  });
});

describe('bekostiging: per-inschrijving redenen (BEK-05, BEK-06, BEK-07)', () => {
  it.each<[string, Partial<Inschrijving>, string | undefined, BekostigingReden[]]>([
    ['indicatieBekostiging false (BEK-05)', { indicatieBekostiging: false }, GEBOREN, ['INDICATIE_BEKOSTIGING_NEE']],
    ['indicatieBekostiging true (BEK-05)', { indicatieBekostiging: true }, GEBOREN, []],
    ['indicatieBekostiging absent means true (BEK-05, BRON-09 sim)', {}, GEBOREN, []],
    [
      'ongeoorloofdVerzuimMeerDanHelft true (BEK-06)',
      { ongeoorloofdVerzuimMeerDanHelft: true },
      GEBOREN,
      ['VERZUIM_MEER_DAN_HELFT'],
    ],
    ['ongeoorloofdVerzuimMeerDanHelft false (BEK-06)', { ongeoorloofdVerzuimMeerDanHelft: false }, GEBOREN, []],
    ['fourth birthday on the teldatum (BEK-07)', { soortOnderwijs: 'SO' }, '2021-02-01', []],
    ['fourth birthday the day after the teldatum (BEK-07)', { soortOnderwijs: 'SO' }, '2021-02-02', ['JONGER_DAN_4']],
    ['geboortedatum unknown: no age reden (BEK-07)', { soortOnderwijs: 'SO' }, undefined, []],
    [
      'every reden at once, in the fixed order (BEK-05, BEK-06, BEK-07)',
      { soortOnderwijs: 'SO', ongeoorloofdVerzuimMeerDanHelft: true, indicatieBekostiging: false },
      '2022-01-01',
      ['INDICATIE_BEKOSTIGING_NEE', 'VERZUIM_MEER_DAN_HELFT', 'JONGER_DAN_4'],
    ],
  ])('%s', (_naam, extra, geboortedatum, redenen) => {
    const u = van(pupil(geboortedatum, eenmalig(A, inschrijving('2024-08-01', extra))), A, VOORLOPIG_DAG);
    expect(u.redenen).toEqual(redenen);
    expect(u.status).toBe(redenen.length === 0 ? 'BEKOSTIGD' : 'NIET_BEKOSTIGD');
  });

  it('gives every reden that applies, also next to NIET_INGESCHREVEN_OP_TELDATUM (BEK-02, BEK-05, BEK-07)', () => {
    const ins = inschrijving('2025-03-01', { soortOnderwijs: 'SO', indicatieBekostiging: false });
    const u = van(pupil('2021-03-01', eenmalig(A, ins)), A, VOORLOPIG_DAG);
    expect(u.redenen).toEqual(['NIET_INGESCHREVEN_OP_TELDATUM', 'INDICATIE_BEKOSTIGING_NEE', 'JONGER_DAN_4']);
    expect(u.status).toBe('NIET_BEKOSTIGD');
  });
});

describe('bekostiging: the pupil moving between schools across the teldatum (BEK-02, BEK-03, BEK-04)', () => {
  type Verwacht = { status: 'BEKOSTIGD' | 'NIET_BEKOSTIGD'; redenen: BekostigingReden[] };
  const ok: Verwacht = { status: 'BEKOSTIGD', redenen: [] };
  const niet = (...redenen: BekostigingReden[]): Verwacht => ({ status: 'NIET_BEKOSTIGD', redenen });

  it.each<[string, string | undefined, string, string, Verwacht, Verwacht]>([
    ['A uitgeschreven the day before T, B from T', '2025-01-31', T, VOORLOPIG_DAG, niet('NIET_INGESCHREVEN_OP_TELDATUM'), ok],
    [
      'A uitgeschreven the day before T, B from T, definitief',
      '2025-01-31',
      T,
      DEFINITIEF_DAG,
      niet('NIET_INGESCHREVEN_OP_TELDATUM'),
      ok,
    ],
    ['A uitgeschreven on T, B from the day after T', T, '2025-02-02', VOORLOPIG_DAG, ok, niet('NIET_INGESCHREVEN_OP_TELDATUM')],
    [
      'A uitgeschreven on T, B from T: overlap covering T, voorlopig',
      T,
      T,
      VOORLOPIG_DAG,
      niet('DUBBELE_INSCHRIJVING'),
      niet('DUBBELE_INSCHRIJVING'),
    ],
    [
      'A uitgeschreven on T, B from T: overlap on the deadline day is still voorlopig',
      T,
      T,
      DEADLINE,
      niet('DUBBELE_INSCHRIJVING'),
      niet('DUBBELE_INSCHRIJVING'),
    ],
    [
      'A uitgeschreven on T, B from T: unresolved at the deadline, latest inschrijfdatum wins',
      T,
      T,
      DEFINITIEF_DAG,
      niet('GETELD_OP_ANDERE_SCHOOL'),
      ok,
    ],
    [
      'A open, B from before T: voorlopig',
      undefined,
      '2025-01-06',
      VOORLOPIG_DAG,
      niet('DUBBELE_INSCHRIJVING'),
      niet('DUBBELE_INSCHRIJVING'),
    ],
    [
      'A open, B from before T: definitief, latest inschrijfdatum wins',
      undefined,
      '2025-01-06',
      DEFINITIEF_DAG,
      niet('GETELD_OP_ANDERE_SCHOOL'),
      ok,
    ],
    [
      'an overlap that does not cover T is no dubbele inschrijving for T',
      '2025-03-31',
      '2025-03-01',
      VOORLOPIG_DAG,
      ok,
      niet('NIET_INGESCHREVEN_OP_TELDATUM'),
    ],
  ])('%s (BEK-02/03/04)', (_naam, uitA, inB, today, verwachtA, verwachtB) => {
    const record = pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01', uitA ? { uitschrijfdatum: uitA, redenUitschrijving: 'ANDERE_SCHOOL' } : {})),
      eenmalig(B, inschrijving(inB, {}, B), '2025-01-06'),
    );
    const soort = today <= DEADLINE ? 'VOORLOPIG' : 'DEFINITIEF';
    expect(van(record, A, today)).toMatchObject({ ...verwachtA, soort });
    expect(van(record, B, today)).toMatchObject({ ...verwachtB, soort });
  });

  it.each([
    ['B accepted earlier than A', '2024-08-05', '2024-08-02', 'GETELD_OP_ANDERE_SCHOOL', undefined],
    ['A accepted earlier than B', '2024-08-02', '2024-08-05', undefined, 'GETELD_OP_ANDERE_SCHOOL'],
    [
      'both accepted the same day: the BRIN decides, so the result is stable',
      '2024-08-02',
      '2024-08-02',
      undefined,
      'GETELD_OP_ANDERE_SCHOOL',
    ],
  ])('same inschrijfdatum, definitief: the earliest accepted wins — %s (BEK-03)', (_naam, accA, accB, redenA, redenB) => {
    const record = pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01'), accA),
      eenmalig(B, inschrijving('2024-08-01', {}, B), accB),
    );
    expect(van(record, A, DEFINITIEF_DAG).redenen).toEqual(redenA ? [redenA] : []);
    expect(van(record, B, DEFINITIEF_DAG).redenen).toEqual(redenB ? [redenB] : []);
  });

  it('lets the BEK-03 winner keep its own redenen: BEK-03 picks the school, BEK-05 decides funding there (BEK-03, BEK-05)', () => {
    const record = pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01')),
      eenmalig(B, inschrijving('2025-01-06', { indicatieBekostiging: false }, B), '2025-01-06'),
    );
    expect(van(record, A, DEFINITIEF_DAG).redenen).toEqual(['GETELD_OP_ANDERE_SCHOOL']);
    expect(van(record, B, DEFINITIEF_DAG).redenen).toEqual(['INDICATIE_BEKOSTIGING_NEE']);
  });

  it('ignores an earlier inschrijving at the same school that ended before T (BEK-02, BRON-02)', () => {
    const eerder = {
      ...inschrijving('2023-08-01', { uitschrijfdatum: '2024-07-31', redenUitschrijving: 'OVERIG' as const }),
      inschrijvingsvolgnummer: '0',
    };
    const record = pupil(GEBOREN, eenmalig(A, eerder, '2023-08-01'), eenmalig(A, inschrijving('2024-08-01')));
    expect(bekostigingOp(record, T, VOORLOPIG_DAG).map((u) => [u.inschrijvingsvolgnummer, u.redenen])).toEqual([
      ['0', ['NIET_INGESCHREVEN_OP_TELDATUM']],
      ['1', []],
    ]);
  });
});

describe('bekostiging: registered after the deadline (BEK-08)', () => {
  const open = inschrijving('2024-08-01');
  const uitVoorT = inschrijving('2024-08-01', { uitschrijfdatum: '2025-01-15', redenUitschrijving: 'VERHUIZING_BUITENLAND' });
  const naT = inschrijving('2025-02-10');
  const voorT = inschrijving('2025-01-20');

  it.each<[string, InschrijvingMetHistorie[], BekostigingReden[]]>([
    ['an inschrijving first accepted on the deadline day counts', [historie(A, [[DEADLINE, open]])], []],
    [
      'an inschrijving first accepted the day after the deadline does not',
      [historie(A, [['2025-03-04', open]])],
      ['TE_LAAT_GEREGISTREERD'],
    ],
    [
      'a late inschrijving that starts after T is simply not enrolled on T',
      [historie(A, [['2025-03-04', inschrijving('2025-03-01')]])],
      ['NIET_INGESCHREVEN_OP_TELDATUM'],
    ],
    [
      'an uitschrijving before T accepted on the deadline day counts',
      [
        historie(A, [
          ['2024-08-01', open],
          [DEADLINE, uitVoorT],
        ]),
      ],
      ['NIET_INGESCHREVEN_OP_TELDATUM'],
    ],
    [
      'an uitschrijving before T accepted the day after the deadline does not count',
      [
        historie(A, [
          ['2024-08-01', open],
          ['2025-03-04', uitVoorT],
        ]),
      ],
      [],
    ],
    [
      'an earlier inschrijfdatum accepted on the deadline day counts',
      [
        historie(A, [
          ['2025-02-10', naT],
          [DEADLINE, voorT],
        ]),
      ],
      [],
    ],
    [
      'an earlier inschrijfdatum accepted after the deadline does not count',
      [
        historie(A, [
          ['2025-02-10', naT],
          ['2025-03-04', voorT],
        ]),
      ],
      ['NIET_INGESCHREVEN_OP_TELDATUM', 'TE_LAAT_GEREGISTREERD'],
    ],
    [
      'indicatieBekostiging corrected to true after the deadline does not count',
      [
        historie(A, [
          ['2024-08-01', inschrijving('2024-08-01', { indicatieBekostiging: false })],
          ['2025-03-04', open],
        ]),
      ],
      ['INDICATIE_BEKOSTIGING_NEE'],
    ],
    [
      'a verwijdering accepted after the deadline does not count',
      [
        historie(A, [
          ['2024-08-01', open],
          ['2025-03-04', null],
        ]),
      ],
      [],
    ],
    [
      'removed before the deadline and sent again after it',
      [
        historie(A, [
          ['2024-08-01', open],
          ['2025-02-20', null],
          ['2025-03-05', open],
        ]),
      ],
      ['TE_LAAT_GEREGISTREERD'],
    ],
    [
      'a late inschrijving at another school does not make a dubbele inschrijving',
      [historie(A, [['2024-08-01', open]]), historie(B, [['2025-03-04', inschrijving('2025-01-06', {}, B)]])],
      [],
    ],
  ])('%s (BEK-08)', (_naam, inschrijvingen, redenen) => {
    const u = van(pupil(GEBOREN, ...inschrijvingen), A, DEFINITIEF_DAG);
    expect(u).toMatchObject({ soort: 'DEFINITIEF', status: redenen.length === 0 ? 'BEKOSTIGD' : 'NIET_BEKOSTIGD', redenen });
  });

  it('gives TE_LAAT_GEREGISTREERD to the late school and leaves the counted one funded (BEK-08, BEK-03)', () => {
    const record = pupil(
      GEBOREN,
      historie(A, [['2024-08-01', open]]),
      historie(B, [['2025-03-04', inschrijving('2024-09-01', {}, B)]]),
    );
    expect(van(record, A, DEFINITIEF_DAG).redenen).toEqual([]);
    expect(van(record, B, DEFINITIEF_DAG).redenen).toEqual(['TE_LAAT_GEREGISTREERD']);
  });

  it('leaves out an inschrijving removed before the deadline and never sent again (BEK-08, BRON-04)', () => {
    const record = pupil(
      GEBOREN,
      historie(A, [
        ['2024-08-01', open],
        ['2025-02-20', null],
      ]),
    );
    expect(bekostigingOp(record, T, DEFINITIEF_DAG)).toEqual([]);
    expect(bekostigingOp(record, T, '2025-02-20')).toEqual([]);
  });

  it.each<[string, TeldatumModus, string, string, string, BekostigingReden[]]>([
    ['T + 28 days (Saturday) counts', 'FEBRUARI', T, '2025-03-01', DEFINITIEF_DAG, []],
    ['the Monday the Saturday deadline moved to counts', 'FEBRUARI', T, '2025-03-03', DEFINITIEF_DAG, []],
    ['the Tuesday after a Saturday deadline is late', 'FEBRUARI', T, '2025-03-04', DEFINITIEF_DAG, ['TE_LAAT_GEREGISTREERD']],
    ['legacy mode: accepted on 1 December counts', 'OKTOBER', '2024-10-01', '2024-12-01', '2024-12-10', []],
    [
      'legacy mode: accepted on 2 December is late',
      'OKTOBER',
      '2024-10-01',
      '2024-12-02',
      '2024-12-10',
      ['TE_LAAT_GEREGISTREERD'],
    ],
  ])('%s (BEK-08, BEK-01)', (_naam, modus, teldatum, geaccepteerd, today, redenen) => {
    const u = van(pupil(GEBOREN, historie(A, [[geaccepteerd, open]])), A, today, teldatum, modus);
    expect(u).toMatchObject({ teldatum, soort: 'DEFINITIEF', redenen });
  });

  it('reads the state as it stood at the end of a day, in acceptance order (BEK-08)', () => {
    const e = historie(A, [
      ['2024-08-01', open],
      [DEADLINE, uitVoorT],
      [DEADLINE, open],
      ['2025-03-04', uitVoorT],
    ]);
    expect(standOp(e, '2024-07-31')).toBeNull();
    expect(standOp(e, DEADLINE)).toBe(open);
    expect(standOp(e, '2025-03-04')).toBe(uitVoorT);
  });
});

describe('bekostiging: the simulated clock (BEK-09)', () => {
  const dubbel = pupil(
    GEBOREN,
    eenmalig(A, inschrijving('2024-08-01')),
    eenmalig(B, inschrijving('2025-01-06', {}, B), '2025-01-06'),
  );

  it.each<[string, string, string, BekostigingReden[], BekostigingReden[]]>([
    ['before the deadline', VOORLOPIG_DAG, 'VOORLOPIG', ['DUBBELE_INSCHRIJVING'], ['DUBBELE_INSCHRIJVING']],
    ['on the deadline day', DEADLINE, 'VOORLOPIG', ['DUBBELE_INSCHRIJVING'], ['DUBBELE_INSCHRIJVING']],
    ['the clock advanced past the deadline', '2025-03-04', 'DEFINITIEF', ['GETELD_OP_ANDERE_SCHOOL'], []],
    ['months later, still the same for T', '2025-11-30', 'DEFINITIEF', ['GETELD_OP_ANDERE_SCHOOL'], []],
    [
      'the clock moved back before the deadline: voorlopig again',
      '2025-02-28',
      'VOORLOPIG',
      ['DUBBELE_INSCHRIJVING'],
      ['DUBBELE_INSCHRIJVING'],
    ],
  ])('%s (%s) → %s (BEK-09, BEK-04, BEK-03)', (_naam, today, soort, redenenA, redenenB) => {
    expect(van(dubbel, A, today)).toMatchObject({ soort, redenen: redenenA });
    expect(van(dubbel, B, today)).toMatchObject({ soort, redenen: redenenB });
  });

  it('moves on to the next teldatum once the deadline passed (BEK-09)', () => {
    expect(bekostigingNu(dubbel, DEADLINE).map((u) => [u.teldatum, u.soort])).toEqual([
      [T, 'VOORLOPIG'],
      [T, 'VOORLOPIG'],
    ]);
    // On 4 March the relevant teldatum is 1 February 2026: still the dubbele inschrijving, voorlopig.
    expect(bekostigingNu(dubbel, '2025-03-04').map((u) => [u.teldatum, u.soort, u.redenen])).toEqual([
      ['2026-02-01', 'VOORLOPIG', ['DUBBELE_INSCHRIJVING']],
      ['2026-02-01', 'VOORLOPIG', ['DUBBELE_INSCHRIJVING']],
    ]);
  });

  it('counts a late change again when the clock is moved back before the deadline: voorlopig uses the current state (BEK-09, BEK-08)', () => {
    const open = inschrijving('2024-08-01');
    const uit = inschrijving('2024-08-01', { uitschrijfdatum: '2025-01-15', redenUitschrijving: 'OVERIG' });
    const record = pupil(
      GEBOREN,
      historie(A, [
        ['2024-08-01', open],
        ['2025-03-10', uit],
      ]),
    );
    expect(van(record, A, '2025-03-10')).toMatchObject({ soort: 'DEFINITIEF', status: 'BEKOSTIGD', redenen: [] });
    expect(van(record, A, '2025-02-20')).toMatchObject({
      soort: 'VOORLOPIG',
      status: 'NIET_BEKOSTIGD',
      redenen: ['NIET_INGESCHREVEN_OP_TELDATUM'],
    });
  });
});

describe('bekostiging: definitief status for verwijdering (BEK-09, BRON-04)', () => {
  it.each<[string, boolean, InschrijvingMetHistorie, string, TeldatumModus]>([
    ['enrolled on T, deadline not yet passed', false, eenmalig(A, inschrijving('2024-08-01')), DEADLINE, 'FEBRUARI'],
    ['enrolled on T, deadline passed', true, eenmalig(A, inschrijving('2024-08-01')), '2025-03-04', 'FEBRUARI'],
    [
      'starting after T, before the next deadline',
      false,
      eenmalig(A, inschrijving('2025-03-01'), '2025-03-01'),
      '2025-12-31',
      'FEBRUARI',
    ],
    [
      'starting after T, after the next deadline',
      true,
      eenmalig(A, inschrijving('2025-03-01'), '2025-03-01'),
      '2026-03-03',
      'FEBRUARI',
    ],
    [
      'registered only after the deadline',
      false,
      historie(A, [['2025-03-04', inschrijving('2024-08-01')]]),
      '2025-06-01',
      'FEBRUARI',
    ],
    [
      'enrolled on an earlier teldatum, uitgeschreven since',
      true,
      historie(A, [['2023-08-01', inschrijving('2023-08-01', { uitschrijfdatum: '2024-07-31' })]]),
      '2025-06-01',
      'FEBRUARI',
    ],
    [
      'legacy mode: enrolled on 1 October 2024, after 1 December',
      true,
      eenmalig(A, inschrijving('2024-08-01')),
      '2024-12-02',
      'OKTOBER',
    ],
  ])('%s → %s (BEK-09, BRON-04)', (_naam, verwacht, e, today, modus) => {
    expect(heeftDefinitieveStatus(e, today, modus)).toBe(verwacht);
  });
});

describe('bekostiging: school overview (docs/services/bron.md, BEK-02..09)', () => {
  const p1: Pgn = { burgerservicenummer: '111222333' };
  const p2: Pgn = { burgerservicenummer: '123456782' };
  const p3: Pgn = { burgerservicenummer: '100252333' };
  const p4: Pgn = { burgerservicenummer: '999990019' };
  const records: PupilRecord[] = [
    // Funded.
    pupil(GEBOREN, eenmalig(A, inschrijving('2024-08-01', {}, A, p3))),
    // Dubbele inschrijving with school B.
    pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01', {}, A, p1)),
      eenmalig(B, inschrijving('2025-01-06', {}, B, p1), '2025-01-06'),
    ),
    // Left before T: not the school's pupil for T.
    pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01', { uitschrijfdatum: '2024-12-20', redenUitschrijving: 'OVERIG' }, A, p2)),
    ),
    // Indicatie nee and verzuim.
    pupil(
      GEBOREN,
      eenmalig(A, inschrijving('2024-08-01', { indicatieBekostiging: false, ongeoorloofdVerzuimMeerDanHelft: true }, A, p4)),
    ),
  ];

  it('lists the pupils on T with status, soort and redenen, and the totals (docs/services/bron.md, BEK-04, BEK-05, BEK-06)', () => {
    expect(schoolOverzicht(records, A, T, VOORLOPIG_DAG)).toEqual({
      brin: A,
      teldatum: T,
      leerlingen: [
        { leerling: p3, inschrijvingsvolgnummer: '1', status: 'BEKOSTIGD', soort: 'VOORLOPIG', redenen: [] },
        {
          leerling: p1,
          inschrijvingsvolgnummer: '1',
          status: 'NIET_BEKOSTIGD',
          soort: 'VOORLOPIG',
          redenen: ['DUBBELE_INSCHRIJVING'],
        },
        {
          leerling: p4,
          inschrijvingsvolgnummer: '1',
          status: 'NIET_BEKOSTIGD',
          soort: 'VOORLOPIG',
          redenen: ['INDICATIE_BEKOSTIGING_NEE', 'VERZUIM_MEER_DAN_HELFT'],
        },
      ],
      totalen: {
        bekostigd: 1,
        nietBekostigd: 2,
        perReden: { DUBBELE_INSCHRIJVING: 1, INDICATIE_BEKOSTIGING_NEE: 1, VERZUIM_MEER_DAN_HELFT: 1 },
      },
    });
  });

  it('shows the other school the same pupil, and after the deadline BEK-03 decides (BEK-03, BEK-04)', () => {
    expect(schoolOverzicht(records, B, T, VOORLOPIG_DAG).leerlingen).toEqual([
      {
        leerling: p1,
        inschrijvingsvolgnummer: '1',
        status: 'NIET_BEKOSTIGD',
        soort: 'VOORLOPIG',
        redenen: ['DUBBELE_INSCHRIJVING'],
      },
    ]);
    expect(schoolOverzicht(records, B, T, DEFINITIEF_DAG).totalen).toEqual({ bekostigd: 1, nietBekostigd: 0, perReden: {} });
    expect(schoolOverzicht(records, A, T, DEFINITIEF_DAG).totalen).toEqual({
      bekostigd: 1,
      nietBekostigd: 2,
      perReden: { GETELD_OP_ANDERE_SCHOOL: 1, INDICATIE_BEKOSTIGING_NEE: 1, VERZUIM_MEER_DAN_HELFT: 1 },
    });
  });

  it('lists a pupil registered too late for T, but not one who came after T (BEK-08, BEK-02)', () => {
    const laat = pupil(GEBOREN, historie(A, [['2025-03-04', inschrijving('2024-08-01', {}, A, p2)]]));
    const later = pupil(GEBOREN, historie(A, [['2025-03-04', inschrijving('2025-03-01', {}, A, p4)]]));
    expect(schoolOverzicht([laat, later], A, T, DEFINITIEF_DAG)).toEqual({
      brin: A,
      teldatum: T,
      leerlingen: [
        {
          leerling: p2,
          inschrijvingsvolgnummer: '1',
          status: 'NIET_BEKOSTIGD',
          soort: 'DEFINITIEF',
          redenen: ['TE_LAAT_GEREGISTREERD'],
        },
      ],
      totalen: { bekostigd: 0, nietBekostigd: 1, perReden: { TE_LAAT_GEREGISTREERD: 1 } },
    });
  });

  it('is empty for a school without pupils on T', () => {
    expect(schoolOverzicht(records, '99ZZ', T, VOORLOPIG_DAG)).toEqual({
      brin: '99ZZ',
      teldatum: T,
      leerlingen: [],
      totalen: { bekostigd: 0, nietBekostigd: 0, perReden: {} },
    });
  });
});

describe('bekostiging: changes that need a BEKOSTIGINGSMELDING (BEK-09)', () => {
  const bijA = eenmalig(A, inschrijving('2024-08-01'));
  const bijB = eenmalig(B, inschrijving('2025-01-06', {}, B), '2025-01-06');

  it('reports the old school too when a new inschrijving elsewhere makes a dubbele inschrijving (BEK-09, BEK-04)', () => {
    const voorheen = bekostigingNu(pupil(GEBOREN, bijA), VOORLOPIG_DAG);
    const nu = bekostigingNu(pupil(GEBOREN, bijA, bijB), VOORLOPIG_DAG);
    const lijst = veranderingen(voorheen, nu);
    expect(lijst).toEqual([
      {
        brin: A,
        leerling: LEERLING,
        inschrijvingsvolgnummer: '1',
        voorheen: expect.objectContaining({ status: 'BEKOSTIGD', redenen: [] }),
        nu: expect.objectContaining({ status: 'NIET_BEKOSTIGD', redenen: ['DUBBELE_INSCHRIJVING'] }),
      },
      {
        brin: B,
        leerling: LEERLING,
        inschrijvingsvolgnummer: '1',
        nu: expect.objectContaining({ status: 'NIET_BEKOSTIGD', redenen: ['DUBBELE_INSCHRIJVING'] }),
      },
    ]);
    expect(betrokkenScholen(lijst)).toEqual([A, B]);
  });

  it('reports both schools when the dubbele inschrijving is resolved, and a removed one (BEK-09, BEK-04)', () => {
    const voorheen = bekostigingNu(pupil(GEBOREN, bijA, bijB), VOORLOPIG_DAG);
    const opgelost = bekostigingNu(
      pupil(
        GEBOREN,
        bijA,
        historie(B, [
          ['2025-01-06', bijB.inschrijving],
          [VOORLOPIG_DAG, null],
        ]),
      ),
      VOORLOPIG_DAG,
    );
    const lijst = veranderingen(voorheen, opgelost);
    expect(lijst.map((v) => [v.brin, v.voorheen?.redenen, v.nu?.redenen])).toEqual([
      [A, ['DUBBELE_INSCHRIJVING'], []],
      [B, ['DUBBELE_INSCHRIJVING'], undefined],
    ]);
    expect(betrokkenScholen(lijst)).toEqual([A, B]);
  });

  it('reports nothing when nothing changed, and a soort change when the clock passed the deadline (BEK-09)', () => {
    const record = pupil(GEBOREN, bijA);
    expect(veranderingen(bekostigingOp(record, T, VOORLOPIG_DAG), bekostigingOp(record, T, DEADLINE))).toEqual([]);
    const lijst = veranderingen(bekostigingOp(record, T, DEADLINE), bekostigingOp(record, T, '2025-03-04'));
    expect(lijst.map((v) => [v.voorheen?.soort, v.nu?.soort])).toEqual([['VOORLOPIG', 'DEFINITIEF']]);
  });
});
