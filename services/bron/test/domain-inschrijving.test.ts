// The content rules of one inschrijving: EK-03, ID-01..03, BRON-02, -03, -05, -07..-11, -13, and
// the RIO questions of BRON-06.
import { checkInschrijving, rioChecksFor, type InschrijvingContext } from '../src/domain/inschrijving';
import type { Inschrijving } from '../src/domain/types';

// Max Dekker from fixtures/brp-personen.json: born 2022-09-10, so 4 on 2026-09-10.
const MAX = { burgerservicenummer: '803335143' };
const MAX_GEBOREN = '2022-09-10';
// Lina Vos (292249986), born 2019-04-19: old enough on every date these tests use.
const OUDER_GEBOREN = '2019-04-19';

function inschrijving(overrides: Partial<Inschrijving> = {}): Inschrijving {
  return {
    leerling: MAX,
    inschrijvingsvolgnummer: 'LL-0001',
    vestigingscode: '25BE00',
    onderwijsaanbiedercode: '110A133',
    onderwijslocatiecode: '107X215',
    soortOnderwijs: 'BAO',
    inschrijfdatum: '2026-11-23',
    periodes: [{ begindatum: '2026-11-23', groep: 1 }],
    ...overrides,
  };
}

function ctx(overrides: Partial<InschrijvingContext> = {}): InschrijvingContext {
  return { today: '2026-11-28', geboortedatum: MAX_GEBOREN, schoolBrin: '25BE', bestaande: [], ...overrides };
}

const codes = (fs: { foutcode: string; pointer?: string }[]) => fs.map((f) => [f.foutcode, f.pointer]);

describe('checkInschrijving', () => {
  it('accepts a correct BAO inschrijving without foutmeldingen or meldingen', () => {
    expect(checkInschrijving(inschrijving(), ctx())).toEqual({ foutmeldingen: [], meldingen: [] });
  });

  it('rejects a BSN that fails the elfproef at its pointer (ID-01)', () => {
    const r = checkInschrijving(inschrijving({ leerling: { burgerservicenummer: '123456789' } }), ctx());
    expect(codes(r.foutmeldingen)).toEqual([['ID-01', '/inschrijving/leerling/burgerservicenummer']]);
  });

  describe('EK-03', () => {
    it("rejects a vestigingscode of another school than the sender's", () => {
      const r = checkInschrijving(inschrijving({ vestigingscode: '12AB00' }), ctx());
      expect(r.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'EK-03',
          pointer: '/inschrijving/vestigingscode',
          sleutelgegevens: [{ sleutelnaam: 'vestigingscode', sleutelwaarde: '12AB00' }],
        }),
      ]);
    });

    it("accepts a nevenvestiging of the sender's school", () => {
      expect(checkInschrijving(inschrijving({ vestigingscode: '25BE01' }), ctx()).foutmeldingen).toEqual([]);
    });
  });

  describe('BRON-02', () => {
    it('rejects an inschrijvingsvolgnummer longer than 20 characters', () => {
      const r = checkInschrijving(inschrijving({ inschrijvingsvolgnummer: 'X'.repeat(21) }), ctx());
      expect(codes(r.foutmeldingen)).toEqual([['BRON-02', '/inschrijving/inschrijvingsvolgnummer']]);
    });

    it('accepts an inschrijvingsvolgnummer of exactly 20 characters', () => {
      expect(checkInschrijving(inschrijving({ inschrijvingsvolgnummer: 'X'.repeat(20) }), ctx()).foutmeldingen).toEqual([]);
    });

    it("rejects an inschrijving overlapping another of the pupil's inschrijvingen at the school", () => {
      const open = inschrijving({
        inschrijvingsvolgnummer: 'OUD',
        inschrijfdatum: '2026-08-01',
        periodes: [{ begindatum: '2026-08-01', groep: 1 }],
      });
      const r = checkInschrijving(inschrijving(), ctx({ bestaande: [open] }));
      expect(r.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'BRON-02',
          pointer: '/inschrijving/inschrijfdatum',
          sleutelgegevens: expect.arrayContaining([{ sleutelnaam: 'andereInschrijving', sleutelwaarde: 'OUD' }]),
        }),
      ]);
    });

    it('rejects an overlap of one day: the other uitschrijfdatum is this inschrijfdatum (BRON-02, BRON-03 inclusive)', () => {
      const oud = inschrijving({
        inschrijvingsvolgnummer: 'OUD',
        inschrijfdatum: '2026-08-01',
        uitschrijfdatum: '2026-11-23',
        redenUitschrijving: 'OVERIG',
        periodes: [{ begindatum: '2026-08-01', groep: 1 }],
      });
      expect(codes(checkInschrijving(inschrijving(), ctx({ bestaande: [oud] })).foutmeldingen)).toEqual([
        ['BRON-02', '/inschrijving/inschrijfdatum'],
      ]);
    });

    it('accepts a new inschrijving starting the day after the previous one ended', () => {
      const oud = inschrijving({
        inschrijvingsvolgnummer: 'OUD',
        inschrijfdatum: '2026-08-01',
        uitschrijfdatum: '2026-11-22',
        redenUitschrijving: 'OVERIG',
        periodes: [{ begindatum: '2026-08-01', groep: 1 }],
      });
      expect(checkInschrijving(inschrijving(), ctx({ bestaande: [oud] })).foutmeldingen).toEqual([]);
    });

    it('ignores a bestaande inschrijving with the same volgnummer (that is the one being replaced)', () => {
      expect(checkInschrijving(inschrijving(), ctx({ bestaande: [inschrijving()] })).foutmeldingen).toEqual([]);
    });
  });

  describe('BRON-03', () => {
    it('rejects an uitschrijfdatum before the inschrijfdatum', () => {
      const r = checkInschrijving(inschrijving({ uitschrijfdatum: '2026-11-22', redenUitschrijving: 'OVERIG' }), ctx());
      expect(codes(r.foutmeldingen)).toContainEqual(['BRON-03', '/inschrijving/uitschrijfdatum']);
    });

    it('accepts an uitschrijfdatum equal to the inschrijfdatum: one day enrolled', () => {
      const r = checkInschrijving(inschrijving({ uitschrijfdatum: '2026-11-23', redenUitschrijving: 'ANDERE_SCHOOL' }), ctx());
      expect(r).toEqual({ foutmeldingen: [], meldingen: [] });
    });
  });

  describe('BRON-05', () => {
    it('rejects a first periode that does not begin on the inschrijfdatum', () => {
      const r = checkInschrijving(inschrijving({ periodes: [{ begindatum: '2026-11-24', groep: 1 }] }), ctx());
      expect(codes(r.foutmeldingen)).toEqual([['BRON-05', '/inschrijving/periodes/0/begindatum']]);
    });

    it('rejects begindata that do not strictly increase', () => {
      const r = checkInschrijving(
        inschrijving({
          inschrijfdatum: '2026-11-02',
          periodes: [
            { begindatum: '2026-11-02', groep: 1 },
            { begindatum: '2026-11-16', groep: 2 },
            { begindatum: '2026-11-16', groep: 3 },
          ],
        }),
        ctx(),
      );
      expect(codes(r.foutmeldingen)).toEqual([['BRON-05', '/inschrijving/periodes/2/begindatum']]);
    });

    it('rejects a periode beginning after the uitschrijfdatum, and accepts one beginning on it', () => {
      const periodes: Inschrijving['periodes'] = [
        { begindatum: '2026-11-02', groep: 1 },
        { begindatum: '2026-11-20', groep: 2 },
      ];
      const opDeDag = checkInschrijving(
        inschrijving({ inschrijfdatum: '2026-11-02', uitschrijfdatum: '2026-11-20', redenUitschrijving: 'OVERIG', periodes }),
        ctx(),
      );
      expect(opDeDag.foutmeldingen).toEqual([]);
      const erna = checkInschrijving(
        inschrijving({ inschrijfdatum: '2026-11-02', uitschrijfdatum: '2026-11-19', redenUitschrijving: 'OVERIG', periodes }),
        ctx(),
      );
      expect(codes(erna.foutmeldingen)).toEqual([['BRON-05', '/inschrijving/periodes/1/begindatum']]);
    });

    it('accepts with a melding two consecutive periodes with equal groep and locatie', () => {
      const r = checkInschrijving(
        inschrijving({
          periodes: [
            { begindatum: '2026-11-23', groep: 1 },
            { begindatum: '2026-11-25', groep: 1, onderwijslocatiecode: '107X215' },
          ],
        }),
        ctx(),
      );
      expect(r.foutmeldingen).toEqual([]);
      expect(codes(r.meldingen)).toEqual([['BRON-05', '/inschrijving/periodes/1']]);
    });

    it('gives no melding when only the locatie changes', () => {
      const r = checkInschrijving(
        inschrijving({
          periodes: [
            { begindatum: '2026-11-23', groep: 1 },
            { begindatum: '2026-11-25', groep: 1, onderwijslocatiecode: '107X216' },
          ],
        }),
        ctx(),
      );
      expect(r).toEqual({ foutmeldingen: [], meldingen: [] });
    });
  });

  describe('BRON-07', () => {
    it('rejects a BAO pupil younger than 4 on the inschrijfdatum', () => {
      const r = checkInschrijving(
        inschrijving({ inschrijfdatum: '2026-09-09', periodes: [{ begindatum: '2026-09-09', groep: 1 }] }),
        ctx({ today: '2026-09-09' }),
      );
      expect(codes(r.foutmeldingen)).toEqual([['BRON-07', '/inschrijving/inschrijfdatum']]);
    });

    it('accepts a BAO pupil enrolled on the 4th birthday itself', () => {
      const r = checkInschrijving(
        inschrijving({ inschrijfdatum: '2026-09-10', periodes: [{ begindatum: '2026-09-10', groep: 1 }] }),
        ctx({ today: '2026-09-10' }),
      );
      expect(r).toEqual({ foutmeldingen: [], meldingen: [] });
    });

    it('rejects an SBAO pupil younger than 4 too', () => {
      const r = checkInschrijving(
        inschrijving({
          soortOnderwijs: 'SBAO',
          inschrijfdatum: '2026-09-09',
          periodes: [{ begindatum: '2026-09-09', groep: 1 }],
        }),
        ctx({ today: '2026-09-09' }),
      );
      expect(codes(r.foutmeldingen)).toEqual([['BRON-07', '/inschrijving/inschrijfdatum']]);
    });

    it('does not check the age for SO', () => {
      const r = checkInschrijving(
        inschrijving({ soortOnderwijs: 'SO', inschrijfdatum: '2026-09-09', periodes: [{ begindatum: '2026-09-09', groep: 1 }] }),
        ctx({ today: '2026-09-09' }),
      );
      expect(r.foutmeldingen).toEqual([]);
    });

    it('skips the age check when the geboortedatum is unknown', () => {
      const r = checkInschrijving(
        inschrijving({ inschrijfdatum: '2026-09-09', periodes: [{ begindatum: '2026-09-09', groep: 1 }] }),
        ctx({ today: '2026-09-09', geboortedatum: undefined }),
      );
      expect(r.foutmeldingen).toEqual([]);
    });
  });

  describe('BRON-08', () => {
    it('rejects groep 9 for BAO', () => {
      const r = checkInschrijving(inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 9 }] }), ctx());
      expect(r.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'BRON-08',
          pointer: '/inschrijving/periodes/0/groep',
          fouttekst: expect.stringContaining('1 tot en met 8'),
        }),
      ]);
    });

    it('accepts groep 9 and 12 for VSO, and rejects groep 9 for SO', () => {
      const vso = (groep: number) =>
        checkInschrijving(inschrijving({ soortOnderwijs: 'VSO', periodes: [{ begindatum: '2026-11-23', groep }] }), ctx());
      expect(vso(9).foutmeldingen).toEqual([]);
      expect(vso(12).foutmeldingen).toEqual([]);
      const so = checkInschrijving(
        inschrijving({ soortOnderwijs: 'SO', periodes: [{ begindatum: '2026-11-23', groep: 9 }] }),
        ctx(),
      );
      expect(codes(so.foutmeldingen)).toEqual([['BRON-08', '/inschrijving/periodes/0/groep']]);
    });

    it('accepts groep 8 for BAO', () => {
      expect(
        checkInschrijving(inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 8 }] }), ctx()).foutmeldingen,
      ).toEqual([]);
    });
  });

  describe('BRON-09 / BRON-10', () => {
    it('rejects SO/VSO-only fields on a BAO inschrijving (BRON-10)', () => {
      const r = checkInschrijving(inschrijving({ tlvBeschikkingsnummer: 'TLV-1', soortVerblijf: 'INTERNAAT' }), ctx());
      expect(codes(r.foutmeldingen)).toEqual([
        ['BRON-10', '/inschrijving/tlvBeschikkingsnummer'],
        ['BRON-10', '/inschrijving/soortVerblijf'],
      ]);
    });

    it('rejects BAO-only fields on an SO inschrijving (BRON-09)', () => {
      const r = checkInschrijving(
        inschrijving({ soortOnderwijs: 'SO', nnca: true, vroegschoolsProgramma: { begindatum: '2025-01-01' } }),
        ctx(),
      );
      expect(codes(r.foutmeldingen)).toEqual([
        ['BRON-09', '/inschrijving/nnca'],
        ['BRON-09', '/inschrijving/vroegschoolsProgramma'],
      ]);
    });

    it('accepts the BAO extras on BAO and the SO extras on VSO (BRON-09, BRON-10)', () => {
      const bao = inschrijving({
        nnca: false,
        voorschoolsProgramma: true,
        maandenVoorschools: 18,
        vroegschoolsProgramma: { begindatum: '2025-01-01', einddatum: '2026-07-31' },
        ontwikkelingsperspectief: false,
        opdc: false,
      });
      expect(checkInschrijving(bao, ctx()).foutmeldingen).toEqual([]);
      const vso = inschrijving({
        soortOnderwijs: 'VSO',
        tlvBeschikkingsnummer: 'TLV-1',
        soortVerblijf: 'INTERNAAT',
        experiment: 'X',
        onderwijsconcept: 'Y',
      });
      expect(checkInschrijving(vso, ctx()).foutmeldingen).toEqual([]);
    });

    it('rejects maandenVoorschools without a voorschools programma (BRON-09)', () => {
      const r = checkInschrijving(inschrijving({ maandenVoorschools: 6 }), ctx());
      expect(codes(r.foutmeldingen)).toEqual([['BRON-09', '/inschrijving/maandenVoorschools']]);
    });

    it('rejects a vroegschools programma ending before it begins (BRON-09)', () => {
      const r = checkInschrijving(
        inschrijving({ vroegschoolsProgramma: { begindatum: '2025-01-01', einddatum: '2024-12-31' } }),
        ctx(),
      );
      expect(codes(r.foutmeldingen)).toEqual([['BRON-09', '/inschrijving/vroegschoolsProgramma/einddatum']]);
    });
  });

  describe('BRON-11', () => {
    it('rejects a redenUitschrijving without uitschrijfdatum', () => {
      const r = checkInschrijving(inschrijving({ redenUitschrijving: 'VERHUIZING_BUITENLAND' }), ctx());
      expect(codes(r.foutmeldingen)).toEqual([['BRON-11', '/inschrijving/redenUitschrijving']]);
    });

    it('accepts an uitschrijving without reden, with a melding', () => {
      const r = checkInschrijving(inschrijving({ uitschrijfdatum: '2026-11-27' }), ctx());
      expect(r.foutmeldingen).toEqual([]);
      expect(codes(r.meldingen)).toEqual([['BRON-11', '/inschrijving/redenUitschrijving']]);
    });
  });

  describe('BRON-13', () => {
    const op = (inschrijfdatum: string) => inschrijving({ inschrijfdatum, periodes: [{ begindatum: inschrijfdatum, groep: 1 }] });

    it('accepts an inschrijfdatum 7 days before today without melding', () => {
      expect(checkInschrijving(op('2026-11-21'), ctx())).toEqual({ foutmeldingen: [], meldingen: [] });
    });

    it('accepts an inschrijfdatum 8 days before today with a melding', () => {
      const r = checkInschrijving(op('2026-11-20'), ctx());
      expect(r.foutmeldingen).toEqual([]);
      expect(r.meldingen).toEqual([expect.objectContaining({ foutcode: 'BRON-13', pointer: '/inschrijving/inschrijfdatum' })]);
    });

    it('gives a melding for an uitschrijfdatum 8 days before today, not for one 7 days before', () => {
      const uit = (uitschrijfdatum: string) =>
        checkInschrijving(
          inschrijving({
            inschrijfdatum: '2026-11-01',
            uitschrijfdatum,
            redenUitschrijving: 'EINDE_PO',
            periodes: [{ begindatum: '2026-11-01', groep: 8 }],
          }),
          ctx({ vorige: inschrijving({ inschrijfdatum: '2026-11-01', periodes: [{ begindatum: '2026-11-01', groep: 8 }] }) }),
        );
      expect(uit('2026-11-21').meldingen).toEqual([]);
      expect(codes(uit('2026-11-20').meldingen)).toEqual([['BRON-13', '/inschrijving/uitschrijfdatum']]);
    });

    it('gives a melding for a periode begindatum 15 days before today, not for one 14 days before', () => {
      const met = (begindatum: string) =>
        checkInschrijving(
          inschrijving({
            inschrijfdatum: '2026-09-01',
            periodes: [
              { begindatum: '2026-09-01', groep: 1 },
              { begindatum, groep: 2 },
            ],
          }),
          ctx({
            geboortedatum: OUDER_GEBOREN,
            vorige: inschrijving({ inschrijfdatum: '2026-09-01', periodes: [{ begindatum: '2026-09-01', groep: 1 }] }),
          }),
        );
      expect(met('2026-11-14')).toEqual({ foutmeldingen: [], meldingen: [] });
      expect(codes(met('2026-11-13').meldingen)).toEqual([['BRON-13', '/inschrijving/periodes/1/begindatum']]);
    });

    it('does not judge dates again that the stored inschrijving already had (standlevering)', () => {
      const oud = inschrijving({
        inschrijfdatum: '2025-08-01',
        periodes: [
          { begindatum: '2025-08-01', groep: 1 },
          { begindatum: '2026-08-01', groep: 2 },
        ],
      });
      expect(checkInschrijving({ ...oud, nnca: true }, ctx({ geboortedatum: OUDER_GEBOREN, vorige: oud }))).toEqual({
        foutmeldingen: [],
        meldingen: [],
      });
      expect(checkInschrijving(oud, ctx({ geboortedatum: OUDER_GEBOREN })).meldingen.map((m) => m.pointer)).toEqual([
        '/inschrijving/inschrijfdatum',
        '/inschrijving/periodes/1/begindatum',
      ]);
    });

    it('gives no melding for dates in the future', () => {
      expect(checkInschrijving(op('2026-12-07'), ctx()).meldingen).toEqual([]);
    });
  });

  it('reports all violations together, foutmeldingen and meldingen', () => {
    const r = checkInschrijving(
      inschrijving({
        leerling: { burgerservicenummer: '111222334' },
        vestigingscode: '12AB00',
        inschrijfdatum: '2026-09-01',
        uitschrijfdatum: '2026-08-31',
        periodes: [
          { begindatum: '2026-09-02', groep: 9 },
          { begindatum: '2026-09-02', groep: 9 },
        ],
        tlvBeschikkingsnummer: 'TLV',
      }),
      ctx(),
    );
    expect(r.foutmeldingen.map((f) => f.foutcode).sort()).toEqual(
      [
        'BRON-03',
        'BRON-05',
        'BRON-05',
        'BRON-05',
        'BRON-05',
        'BRON-07',
        'BRON-08',
        'BRON-08',
        'BRON-10',
        'EK-03',
        'ID-01',
      ].sort(),
    );
    expect(r.meldingen.map((m) => m.foutcode).sort()).toEqual(
      ['BRON-05', 'BRON-11', 'BRON-13', 'BRON-13', 'BRON-13', 'BRON-13'].sort(),
    );
    for (const f of [...r.foutmeldingen, ...r.meldingen]) {
      expect(f.pointer).toMatch(/^\/inschrijving\//);
      expect(f.fouttekst).toMatch(/\.$/);
    }
  });
});

describe('rioChecksFor (BRON-06)', () => {
  it('asks about the inschrijfdatum with the inschrijving locatie', () => {
    expect(rioChecksFor(inschrijving())).toEqual([
      {
        onderwijsaanbiedercode: '110A133',
        onderwijslocatiecode: '107X215',
        vestigingscode: '25BE00',
        peildatum: '2026-11-23',
        pointer: '/inschrijving/inschrijfdatum',
      },
    ]);
  });

  it("asks about every periode begindatum with the periode's own locatie, deduplicated", () => {
    const checks = rioChecksFor(
      inschrijving({
        inschrijfdatum: '2025-08-01',
        periodes: [
          { begindatum: '2025-08-01', groep: 1 },
          { begindatum: '2026-01-05', groep: 1, onderwijslocatiecode: '107X216' },
          { begindatum: '2026-08-01', groep: 2, onderwijslocatiecode: '107X216' },
          { begindatum: '2026-09-01', groep: 2 },
        ],
      }),
    );
    expect(checks.map((c) => [c.onderwijslocatiecode, c.peildatum, c.pointer])).toEqual([
      ['107X215', '2025-08-01', '/inschrijving/inschrijfdatum'],
      ['107X216', '2026-01-05', '/inschrijving/periodes/1/onderwijslocatiecode'],
      ['107X216', '2026-08-01', '/inschrijving/periodes/2/onderwijslocatiecode'],
      ['107X215', '2026-09-01', '/inschrijving/periodes/3/begindatum'],
    ]);
  });

  it('asks RIO twice when the first periode has its own locatie on the inschrijfdatum', () => {
    const checks = rioChecksFor(
      inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 1, onderwijslocatiecode: '107X216' }] }),
    );
    expect(checks.map((c) => c.onderwijslocatiecode)).toEqual(['107X215', '107X216']);
  });
});
