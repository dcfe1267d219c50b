// POST /meldingen (docs/services/verzuim.md): every check at once — mandate, bedrijfsdocument and replay, schema,
// enrolment asked of BRON, the soort rules — and routing to the woongemeente (VZM-01…11).
import { randomUUID } from 'node:crypto';
import { NEGATIVE } from '@duo-sim/test-support';
import {
  AMERSFOORT,
  bedrijfsdocument,
  inschrijving,
  JENS,
  KWARTET,
  LOTTE,
  MAX,
  meldingBericht,
  MILAN,
  NOAH,
  ONBEKEND,
  PLAZA,
  SANNE,
  startVerzuim,
  THIJS,
  TODAY,
  UTRECHT,
  ZANDLOPER,
  ZEIST,
  type VerzuimUnderTest,
} from './verzuim-test-world';

const NUMMER = /^VZM-2026-\d{6}$/;

describe('POST /meldingen', () => {
  let vz: VerzuimUnderTest;
  beforeEach(async () => {
    vz = await startVerzuim();
  });
  afterEach(() => vz.close());

  const post = (body: unknown, as = PLAZA) => vz.served.as(as).post('/meldingen', body);
  const foutcodes = (body: { foutmeldingen: Array<{ foutcode: string; pointer?: string }> }) =>
    body.foutmeldingen.map((f) => [f.foutcode, f.pointer]);

  /** Posts and expects a 400 with exactly these [foutcode, pointer] pairs, and nothing stored. */
  async function expectRejected(body: unknown, expected: Array<[string, string]>, as = PLAZA) {
    const before = vz.store.counts();
    const res = await post(body, as);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(foutcodes(res.body)).toEqual(expected);
    expect(vz.store.counts()).toEqual(before);
    return res;
  }

  describe('registration', () => {
    it('registers a 16-uur melding, answers 201 with a meldingsnummer, GEREGISTREERD and the woongemeente (VZM-09, VZM-10)', async () => {
      const body = meldingBericht();
      const res = await post(body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        identificatiecodeBedrijfsdocument: body.bedrijfsdocument.identificatiecodeBedrijfsdocument,
        meldingsnummer: expect.stringMatching(NUMMER),
        status: 'GEREGISTREERD',
        woongemeente: { code: '0344', naam: 'Gemeente Utrecht' },
        meldingen: [],
      });
      expect(vz.deps.schemas.validate('verzuim-registratie', res.body)).toEqual([]);

      const stored = vz.store.melding(res.body.meldingsnummer)!;
      expect(stored).toMatchObject({
        brin: '11AA',
        leerling: THIJS,
        verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
        aantalUren: 17,
        registratiedatum: TODAY,
      });
      expect(stored.statusHistorie).toEqual([
        {
          wijziging: 'REGISTRATIE',
          status: 'GEREGISTREERD',
          door: PLAZA,
          namens: '0000000700011AA00000',
          rol: 'school',
          tijdstip: expect.stringMatching(/^2026-11-27T/),
          vandaag: TODAY,
        },
      ]);
      expect(vz.deps.schemas.validate('verzuim-melding', stored)).toEqual([]);
    });

    it('asks BRON for the school’s inschrijvingen on the begindatum (VZM-08)', async () => {
      expect((await post(meldingBericht())).status).toBe(201);
      expect(vz.bron.vragen).toEqual([{ brin: '11AA', peildatum: '2026-11-02' }]);
    });

    it('gives every melding its own meldingsnummer', async () => {
      const a = await post(meldingBericht());
      const b = await post(meldingBericht('11AA', { leerling: NOAH }));
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.meldingsnummer).not.toBe(b.body.meldingsnummer);
    });

    it('routes to the gemeente where the pupil lives, not where the school is (VZM-09)', async () => {
      const res = await post(meldingBericht('11AA', { leerling: NOAH }));
      expect(res.status).toBe(201);
      expect(res.body.woongemeente).toEqual({ code: '0355', naam: 'Gemeente Zeist' });
    });

    it('routes a pupil known only by an onderwijsnummer through BRON’s person and the BRP address (VZM-09, BRON-01)', async () => {
      const res = await post(meldingBericht('11AA', { leerling: MILAN }));
      expect(res.status).toBe(201);
      expect(res.body.woongemeente).toEqual({ code: '0344', naam: 'Gemeente Utrecht' });
    });

    it.each([
      ['LUXE', { verzuimsoort: 'LUXE', begindatum: '2026-11-16', einddatum: '2026-11-20', aantalUren: 25 }],
      [
        'OVERIG without einddatum or hours',
        { verzuimsoort: 'OVERIG', begindatum: '2026-11-20', einddatum: undefined, aantalUren: undefined },
      ],
      [
        'LANGDURIG_RELATIEF from 28 days on',
        { verzuimsoort: 'LANGDURIG_RELATIEF', begindatum: '2026-10-26', einddatum: undefined, aantalUren: undefined },
      ],
    ])('accepts %s (VZM-02)', async (_soort, overrides) => {
      const res = await post(meldingBericht('11AA', overrides));
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([]);
    });

    it('accepts RMC for a pupil aged 18 to 22 on the begindatum (VZM-02, VZM-08)', async () => {
      const res = await post(
        meldingBericht('13CA', {
          leerling: SANNE,
          vestigingscode: '13CA00',
          verzuimsoort: 'RMC',
          begindatum: '2026-11-09',
          einddatum: undefined,
          aantalUren: undefined,
        }),
        ZANDLOPER,
      );
      expect(res.status).toBe(201);
      expect(res.body.woongemeente.code).toBe('0355');
    });

    it('accepts a melding on the uitschrijfdatum, the last day the pupil is ingeschreven (BRON-03, VZM-08)', async () => {
      vz.bron.inschrijvingen = [inschrijving(THIJS, '11AA00', '2024-08-01', '2026-11-02')];
      expect((await post(meldingBericht())).status).toBe(201);
    });
  });

  describe('meldingen: accepted, please check', () => {
    it('reports a 16-uur melding more than 5 werkdagen after the einddatum as late, not rejected (VZM-07)', async () => {
      // Monday 16 November; Tuesday 17 up to Friday 27 are 9 werkdagen.
      const res = await post(meldingBericht('11AA', { begindatum: '2026-10-26', einddatum: '2026-11-16' }));
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([
        expect.objectContaining({
          foutcode: 'VZM-07',
          pointer: '/melding/einddatum',
          sleutelgegevens: [
            { sleutelnaam: 'drempel', sleutelwaarde: '2026-11-16' },
            { sleutelnaam: 'werkdagen', sleutelwaarde: '9' },
          ],
        }),
      ]);
      expect(vz.store.melding(res.body.meldingsnummer)!.meldingen).toEqual(res.body.meldingen);
    });

    it('counts only werkdagen: 5 werkdagen after the einddatum is still on time (VZM-07)', async () => {
      // Friday 20 November; Monday 23 up to Friday 27 are 5 werkdagen.
      const res = await post(meldingBericht('11AA', { begindatum: '2026-11-02', einddatum: '2026-11-20' }));
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([]);
    });

    it('reports LRV more than 5 werkdagen after begindatum + 28 days as late (VZM-07)', async () => {
      const res = await post(
        meldingBericht('11AA', {
          verzuimsoort: 'LANGDURIG_RELATIEF',
          begindatum: '2026-10-01',
          einddatum: undefined,
          aantalUren: undefined,
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-07', pointer: '/melding/begindatum' })]);
    });

    it('accepts a 16-uur span over 28 days with a melding (VZM-03)', async () => {
      const res = await post(meldingBericht('11AA', { begindatum: '2026-10-26', einddatum: '2026-11-23' }));
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-03', pointer: '/melding/einddatum' })]);
    });

    it('signals an LRV without einddatum for a pupil already uitgeschreven (VZM-06)', async () => {
      vz.bron.inschrijvingen = [inschrijving(THIJS, '11AA00', '2024-08-01', '2026-11-20')];
      const res = await post(
        meldingBericht('11AA', {
          verzuimsoort: 'LANGDURIG_RELATIEF',
          begindatum: '2026-10-26',
          einddatum: undefined,
          aantalUren: undefined,
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-06', pointer: '/melding/einddatum' })]);
    });

    it('flags a general mailbox as contact with a melding (VZM-11)', async () => {
      const res = await post(meldingBericht('11AA', { contactpersoon: { naam: 'Administratie', email: 'info@vlinderboom.nl' } }));
      expect(res.status).toBe(201);
      expect(res.body.meldingen).toEqual([
        expect.objectContaining({ foutcode: 'VZM-11', pointer: '/melding/contactpersoon/email' }),
      ]);
    });
  });

  describe('rules (400, nothing stored)', () => {
    it.each(['ZIEKTE', 'SCHORSING'])('refuses %s: authorised absence is not reported (VZM-02)', async (soort) => {
      await expectRejected(meldingBericht('11AA', { verzuimsoort: soort }), [['VZM-02', '/melding/verzuimsoort']]);
    });

    it('refuses 16 uur without hours and without einddatum, both at once (VZM-03)', async () => {
      await expectRejected(meldingBericht('11AA', { einddatum: undefined, aantalUren: undefined }), [
        ['VZM-03', '/melding/aantalUren'],
        ['VZM-03', '/melding/einddatum'],
      ]);
    });

    it('refuses 16 uur with fewer than 16 hours (VZM-03)', async () => {
      await expectRejected(meldingBericht('11AA', { aantalUren: 15.5 }), [['VZM-03', '/melding/aantalUren']]);
    });

    it('refuses LRV before 4 weeks of absence, and an einddatum within 4 weeks (VZM-05)', async () => {
      await expectRejected(
        meldingBericht('11AA', {
          verzuimsoort: 'LANGDURIG_RELATIEF',
          begindatum: '2026-11-02',
          einddatum: '2026-11-20',
          aantalUren: undefined,
        }),
        [
          ['VZM-05', '/melding/begindatum'],
          ['VZM-05', '/melding/einddatum'],
        ],
      );
    });

    it('refuses an einddatum before the begindatum (VZM-06)', async () => {
      await expectRejected(meldingBericht('11AA', { verzuimsoort: 'LUXE', begindatum: '2026-11-20', einddatum: '2026-11-19' }), [
        ['VZM-06', '/melding/einddatum'],
      ]);
    });

    it('refuses an einddatum after today and a begindatum after today (VZM-06)', async () => {
      await expectRejected(meldingBericht('11AA', { verzuimsoort: 'LUXE', begindatum: '2026-11-30', einddatum: '2026-12-04' }), [
        ['VZM-06', '/melding/begindatum'],
        ['VZM-06', '/melding/einddatum'],
      ]);
    });

    it('refuses a pupil not ingeschreven at that vestiging on the begindatum, per BRON (VZM-08)', async () => {
      vz.bron.inschrijvingen = [inschrijving(THIJS, '11AA00', '2026-11-03')];
      const res = await expectRejected(meldingBericht(), [['VZM-08', '/melding/leerling']]);
      expect(res.body.foutmeldingen[0].sleutelgegevens).toEqual([
        { sleutelnaam: 'burgerservicenummer', sleutelwaarde: '802533048' },
        { sleutelnaam: 'vestigingscode', sleutelwaarde: '11AA00' },
        { sleutelnaam: 'begindatum', sleutelwaarde: '2026-11-02' },
      ]);
    });

    it('refuses a pupil ingeschreven at another vestiging of the same school (VZM-08)', async () => {
      vz.bron.inschrijvingen = [inschrijving(THIJS, '11AC01')];
      await expectRejected(meldingBericht('11AC', { vestigingscode: '11AC00' }), [['VZM-08', '/melding/leerling']]);
    });

    it('refuses a pupil uitgeschreven before the begindatum (BRON-03, VZM-08)', async () => {
      vz.bron.inschrijvingen = [inschrijving(THIJS, '11AA00', '2024-08-01', '2026-11-01')];
      await expectRejected(meldingBericht(), [['VZM-08', '/melding/leerling']]);
    });

    it('refuses a vestiging of another school than the one in the bedrijfsdocument, without asking BRON (EK-03)', async () => {
      await expectRejected(meldingBericht('11AA', { vestigingscode: '12BA00' }), [['EK-03', '/melding/vestigingscode']]);
      expect(vz.bron.vragen).toEqual([]);
    });

    it('refuses a pupil not yet leerplichtig for any soort but OVERIG, and accepts OVERIG (VZM-08)', async () => {
      await expectRejected(meldingBericht('11AA', { leerling: MAX, begindatum: '2026-11-02' }), [
        ['VZM-08', '/melding/verzuimsoort'],
      ]);
      const overig = await post(meldingBericht('11AA', { leerling: MAX, verzuimsoort: 'OVERIG' }));
      expect(overig.status).toBe(201);
    });

    it('refuses RMC for a pupil under 18 (VZM-08)', async () => {
      await expectRejected(meldingBericht('11AA', { verzuimsoort: 'RMC', aantalUren: undefined }), [
        ['VZM-08', '/melding/verzuimsoort'],
      ]);
    });

    it('refuses 16 uur in 4 weken for a pupil of 18 or older (VZM-02)', async () => {
      await expectRejected(
        meldingBericht('13CA', { leerling: SANNE, vestigingscode: '13CA00' }),
        [['VZM-02', '/melding/verzuimsoort']],
        ZANDLOPER,
      );
    });

    it('refuses a pupil who is not in the BRP (VZM-09)', async () => {
      await expectRejected(meldingBericht('11AA', { leerling: ONBEKEND }), [['VZM-09', '/melding/leerling']]);
    });

    it('refuses an onderwijsnummer BRON never issued (VZM-09)', async () => {
      vz.bron.onderwijsnummers.clear();
      await expectRejected(meldingBericht('11AA', { leerling: MILAN }), [['VZM-09', '/melding/leerling']]);
    });

    it('refuses a pupil whose woongemeente is not in the world, naming its gemeentecode (VZM-09)', async () => {
      const res = await expectRejected(meldingBericht('11AA', { leerling: LOTTE }), [['VZM-09', '/melding/leerling']]);
      expect(res.body.foutmeldingen[0].sleutelgegevens).toEqual([{ sleutelnaam: 'gemeentecode', sleutelwaarde: '0363' }]);
    });

    it('refuses a BSN that fails the elfproef, and skips the checks that need the pupil (ID-01)', async () => {
      await expectRejected(meldingBericht('11AA', { leerling: { burgerservicenummer: '111222334' } }), [
        ['ID-01', '/melding/leerling/burgerservicenummer'],
      ]);
      expect(vz.bron.vragen).toEqual([]);
    });

    it('refuses an onderwijsnummer that fails its check (ID-02)', async () => {
      await expectRejected(meldingBericht('11AA', { leerling: { onderwijsnummer: '101222332' } }), [
        ['ID-02', '/melding/leerling/onderwijsnummer'],
      ]);
    });

    it('refuses a contactpersoon without telefoon and email (VZM-11)', async () => {
      await expectRejected(meldingBericht('11AA', { contactpersoon: { naam: 'J. de Vries' } }), [
        ['VZM-11', '/melding/contactpersoon'],
      ]);
    });

    it('reports every violated rule of one melding together', async () => {
      await expectRejected(
        meldingBericht('11AA', {
          vestigingscode: '12BA00',
          aantalUren: 10,
          contactpersoon: { naam: 'X' },
          einddatum: '2026-12-01',
        }),
        [
          ['EK-03', '/melding/vestigingscode'],
          ['VZM-06', '/melding/einddatum'],
          ['VZM-03', '/melding/aantalUren'],
          ['VZM-11', '/melding/contactpersoon'],
        ],
      );
    });
  });

  describe('vervolgmelding (VZM-04)', () => {
    async function eerste(): Promise<string> {
      const res = await post(meldingBericht('11AA', { begindatum: '2026-10-05', einddatum: '2026-10-23' }));
      expect(res.status).toBe(201);
      return res.body.meldingsnummer as string;
    }

    it('accepts a vervolgmelding that starts after the earlier einddatum, einddata 7 or more days apart', async () => {
      const vorige = await eerste();
      const res = await post(meldingBericht('11AA', { vervolgOp: vorige, begindatum: '2026-10-26', einddatum: '2026-11-25' }));
      expect(res.status).toBe(201);
      expect(vz.store.melding(res.body.meldingsnummer)!.vervolgOp).toBe(vorige);
    });

    it('refuses a vervolgmelding starting on or before the earlier einddatum, and einddata under 7 days apart', async () => {
      const vorige = await eerste();
      await expectRejected(meldingBericht('11AA', { vervolgOp: vorige, begindatum: '2026-10-23', einddatum: '2026-10-29' }), [
        ['VZM-04', '/melding/begindatum'],
        ['VZM-04', '/melding/einddatum'],
      ]);
    });

    it('refuses vervolgOp naming an unknown melding', async () => {
      await expectRejected(meldingBericht('11AA', { vervolgOp: 'VZM-2026-999999' }), [['VZM-04', '/melding/vervolgOp']]);
    });

    it('refuses vervolgOp naming another pupil’s melding', async () => {
      const vorige = await eerste();
      await expectRejected(meldingBericht('11AA', { leerling: NOAH, vervolgOp: vorige }), [['VZM-04', '/melding/vervolgOp']]);
    });

    it('refuses vervolgOp naming another school’s melding of the same pupil', async () => {
      const vorige = await eerste();
      vz.bron.inschrijvingen.push(inschrijving(THIJS, '11AB00'));
      await expectRejected(
        meldingBericht('11AB', { vestigingscode: '11AB00', vervolgOp: vorige }),
        [['VZM-04', '/melding/vervolgOp']],
        KWARTET,
      );
    });

    it('refuses vervolgOp on a soort other than 16 uur', async () => {
      const vorige = await eerste();
      await expectRejected(
        meldingBericht('11AA', { verzuimsoort: 'LUXE', vervolgOp: vorige, begindatum: '2026-11-16', einddatum: '2026-11-20' }),
        [['VZM-04', '/melding/vervolgOp']],
      );
    });

    it('refuses a vervolgmelding on a withdrawn melding', async () => {
      const vorige = await eerste();
      const withdraw = await vz.served
        .as(PLAZA)
        .patch(`/meldingen/${vorige}`, { bedrijfsdocument: bedrijfsdocument('11AA'), status: 'INGETROKKEN' });
      expect(withdraw.status).toBe(200);
      await expectRejected(meldingBericht('11AA', { vervolgOp: vorige }), [['VZM-04', '/melding/vervolgOp']]);
    });
  });

  describe('schema and bedrijfsdocument', () => {
    it('lists every schema violation with its pointer, and asks nobody (SCHEMA)', async () => {
      const body = meldingBericht('11AA', { verzuimsoort: 'SPIJBELEN', begindatum: '2026-13-01', extra: 1 });
      body.melding.leerling = { burgerservicenummer: '802533048', onderwijsnummer: '100000004' };
      const res = await expectRejected(body, [
        ['SCHEMA', '/melding/extra'],
        ['SCHEMA', '/melding/leerling'],
        ['SCHEMA', '/melding/verzuimsoort'],
        ['SCHEMA', '/melding/begindatum'],
      ]);
      expect(res.body.identificatiecodeBedrijfsdocument).toBe(body.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      expect(vz.bron.vragen).toEqual([]);
    });

    it('refuses a missing melding and a body that is not JSON (SCHEMA)', async () => {
      await expectRejected({ bedrijfsdocument: bedrijfsdocument('11AA') }, [['SCHEMA', '/melding']]);
      const res = await vz.served
        .as(PLAZA)
        .request('POST', '/meldingen', { raw: '{"melding": ', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
    });

    it('refuses a bedrijfsdocument with a bad id, sender and receiver, all at once (EK0021, EK0022, EK0023)', async () => {
      const body = meldingBericht();
      body.bedrijfsdocument = {
        ...body.bedrijfsdocument,
        identificatiecodeBedrijfsdocument: 'geen-uuid',
        verzendendeInstantie: '00000099100000010000',
        ontvangendeInstantie: UTRECHT,
      };
      await expectRejected(body, [
        ['EK0023', '/bedrijfsdocument/identificatiecodeBedrijfsdocument'],
        ['EK0021', '/bedrijfsdocument/verzendendeInstantie'],
        ['EK0022', '/bedrijfsdocument/ontvangendeInstantie'],
      ]);
    });
  });

  describe('authorization', () => {
    it('refuses a vendor without a VERZUIM mandate for the school with 403 AUT401 (EK-07)', async () => {
      const before = vz.store.counts();
      const res = await post(meldingBericht('11AB', { vestigingscode: '11AB00' }), PLAZA);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(vz.store.counts()).toEqual(before);
    });

    it('refuses a sender that is no vendor (a gemeente) alike, without calling it a leverancier (EK-07)', async () => {
      const before = vz.store.counts();
      const res = await post(meldingBericht(), UTRECHT);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'AUT401',
          fouttekst: 'De afzender heeft vandaag geen mandaat in OSR voor dienst VERZUIM van school 11AA.',
        }),
      ]);
      expect(vz.store.counts()).toEqual(before);
    });

    it('refuses the vendor whose mandate ended: Zandloper at 12BA since 2024-08-01; Kwartet is accepted (EK-07, OSR-03)', async () => {
      const zandloper = await post(meldingBericht('12BA', { leerling: JENS, vestigingscode: '12BA00' }), ZANDLOPER);
      expect(zandloper.status).toBe(403);
      expect(zandloper.body.foutmeldingen[0].foutcode).toBe('AUT401');
      const kwartet = await post(meldingBericht('12BA', { leerling: JENS, vestigingscode: '12BA00' }), KWARTET);
      expect(kwartet.status).toBe(201);
      expect(kwartet.body.woongemeente).toEqual({ code: '0307', naam: 'Gemeente Amersfoort' });
    });

    it('refuses a mandate ended today (end_date exclusive, OSR-03)', async () => {
      const m = vz.osr.mandaten.find(
        (x) => x.supplier_oin === PLAZA && x.school_oin === '0000000700011AA00000' && x.service === 'VERZUIM',
      )!;
      m.end_date = TODAY;
      expect((await post(meldingBericht())).status).toBe(403);
    });

    it('refuses a ROD_PO-only vendor: the mandate must be for VERZUIM (EK-07)', async () => {
      vz.osr.mandaten = vz.osr.mandaten.filter((x) => !(x.supplier_oin === PLAZA && x.service === 'VERZUIM'));
      const res = await post(meldingBericht());
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });

    it('refuses an unknown school with 403 AUT401 (EK-03)', async () => {
      const res = await post(meldingBericht('99ZZ', { vestigingscode: '99ZZ00' }));
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'AUT401', pointer: '/bedrijfsdocument/verzendendeInstantie' }),
      ]);
    });

    it.each([
      ['a gemeente', UTRECHT],
      ['another gemeente', AMERSFOORT],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('refuses %s sending a melding with 403 AUT401', async (_label, caller) => {
      const res = await post(meldingBericht(), caller);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
      expect(vz.store.counts().meldingen).toBe(0);
    });
  });

  describe('replay (EK-06)', () => {
    it('answers a resend with the same id and body with the original answer and stores nothing new', async () => {
      const body = meldingBericht();
      const first = await post(body);
      const again = await post(body);
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(vz.store.counts().meldingen).toBe(1);
    });

    it('refuses the same id with another body with 409 EK-DUPLICAAT', async () => {
      const id = randomUUID();
      expect((await post(meldingBericht('11AA', {}, id))).status).toBe(201);
      const res = await post(meldingBericht('11AA', { aantalUren: 18 }, id));
      expect(res.status).toBe(409);
      expect(foutcodes(res.body)).toEqual([['EK-DUPLICAAT', '/bedrijfsdocument/identificatiecodeBedrijfsdocument']]);
      expect(vz.store.counts().meldingen).toBe(1);
    });

    it('registers one melding when the same bericht arrives concurrently', async () => {
      const body = meldingBericht();
      const answers = await Promise.all([post(body), post(body), post(body)]);
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.meldingsnummer)).size).toBe(1);
      expect(vz.store.counts().meldingen).toBe(1);
    });

    it('lets a rejected bericht be corrected and sent again under the same id (nothing was stored)', async () => {
      const id = randomUUID();
      expect((await post(meldingBericht('11AA', { aantalUren: 3 }, id))).status).toBe(400);
      expect((await post(meldingBericht('11AA', {}, id))).status).toBe(201);
    });
  });

  it('answers 500 INT500, not a rejection, when BRON cannot answer', async () => {
    vz.bron.inschrijvingenOp = () => Promise.reject(new Error('BRON weg'));
    const res = await post(meldingBericht());
    expect(res.status).toBe(500);
    expect(res.body.foutmeldingen[0].foutcode).toBe('INT500');
    expect(vz.store.counts().meldingen).toBe(0);
  });

  it('answers 500 INT500 naming OSR, not a 403 "no mandate", when OSR cannot answer', async () => {
    vz.osr.up = false;
    const res = await post(meldingBericht());
    expect(res.status).toBe(500);
    expect(res.body.foutmeldingen).toEqual([
      { foutcode: 'INT500', fouttekst: 'OSR is niet bereikbaar; probeer het later opnieuw.' },
    ]);
    expect(vz.store.counts().meldingen).toBe(0);
  });

  it('routes to Zeist even when the school is in Utrecht (ZEIST reads it)', async () => {
    const res = await post(meldingBericht('11AA', { leerling: NOAH }));
    const asZeist = await vz.served.as(ZEIST).get(`/meldingen/${res.body.meldingsnummer}`);
    expect(asZeist.status).toBe(200);
    const asUtrecht = await vz.served.as(UTRECHT).get(`/meldingen/${res.body.meldingsnummer}`);
    expect(asUtrecht.status).toBe(404);
  });
});
