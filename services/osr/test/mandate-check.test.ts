// GET /api/v1/mandates: the mandate check of docs/services/osr.md against the seed world (OSR-03, OSR-04).
import { NEGATIVE } from '@duo-sim/test-support';
import {
  DOMSTAD,
  DUO,
  KWARTET,
  mandatesPath,
  OPERATOR,
  PLAZA,
  school,
  startOsr,
  TODAY,
  UTRECHT,
  ZANDLOPER,
  type OsrUnderTest,
} from './osr-test-world';

describe('GET /api/v1/mandates', () => {
  let osr: OsrUnderTest;
  beforeAll(async () => {
    osr = await startOsr();
  });
  afterAll(() => osr.close());

  const check = (as: string, params: Record<string, string | undefined>) => osr.served.as(as).get(mandatesPath(params));

  describe('a third party gets only OK or NOK (OSR-04)', () => {
    it('answers DUO OK for a vendor mandated for the school and dienst today', async () => {
      const res = await check(DUO, { school_oin: school('11AA'), supplier_oin: PLAZA, service: 'ROD_PO' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: 'OK' });
    });

    it.each([
      ['a mandate that ended (12BA, Zandloper)', school('12BA'), ZANDLOPER, 'ROD_PO'],
      ['a school without any mandate (12BB)', school('12BB'), PLAZA, 'ROD_PO'],
      ['another dienst than the mandated one (11AB has no RIO mandate)', school('11AB'), KWARTET, 'RIO'],
      ['another vendor than the mandated one', school('11AA'), KWARTET, 'ROD_PO'],
      ['a school OSR does not know', school('99ZZ'), PLAZA, 'ROD_PO'],
      ['a supplier OSR does not know', school('11AA'), NEGATIVE.stranger.oin, 'ROD_PO'],
    ])('answers DUO NOK for %s', async (_label, schoolOin, supplierOin, service) => {
      const res = await check(DUO, { school_oin: schoolOin, supplier_oin: supplierOin, service });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: 'NOK' });
    });

    it.each([
      ['a gemeente', UTRECHT],
      ['the school’s own bestuur', DOMSTAD],
      ['the operator', OPERATOR],
      ['another vendor', KWARTET],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('gives %s only the result, never the token or dates', async (_label, caller) => {
      const res = await check(caller, { school_oin: school('11AA'), supplier_oin: PLAZA, service: 'VERZUIM' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: 'OK' });
      expect(res.text).not.toMatch(/token|start_date/);
    });

    it('rejects a third-party question that does not name school, supplier and dienst, listing each missing one (OSR-04)', async () => {
      const res = await check(DUO, { school_oin: school('11AA') });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'OSR-04', pointer: '?supplier_oin' }),
        expect.objectContaining({ foutcode: 'OSR-04', pointer: '?service' }),
      ]);
    });
  });

  describe('the end date is exclusive and the start date inclusive (OSR-03)', () => {
    it.each([
      ['2024-07-31', 'the day before Zandloper’s end date', 'OK', 'NOK'],
      ['2024-08-01', 'Zandloper’s end date, Kwartet’s start date', 'NOK', 'OK'],
    ])('on %s (%s) Zandloper is %s and Kwartet %s for 12BA', async (date, _label, zandloper, kwartet) => {
      const z = await check(DUO, {
        school_oin: school('12BA'),
        supplier_oin: ZANDLOPER,
        service: 'ROD_PO',
        reference_date: date,
      });
      const k = await check(DUO, { school_oin: school('12BA'), supplier_oin: KWARTET, service: 'ROD_PO', reference_date: date });
      expect([z.status, z.body]).toEqual([200, { result: zandloper }]);
      expect([k.status, k.body]).toEqual([200, { result: kwartet }]);
    });

    it.each([
      ['2021-12-31', 'NOK'],
      ['2022-01-01', 'OK'],
    ])('counts a mandate from its start date on: Plaza’s RIO mandate for 11AA on %s is %s', async (date, result) => {
      const res = await check(DUO, { school_oin: school('11AA'), supplier_oin: PLAZA, service: 'RIO', reference_date: date });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result });
    });
  });

  describe('the supplier asking about itself gets details (OSR-04)', () => {
    it('lists its mandate with id, dates and token', async () => {
      const res = await check(PLAZA, { school_oin: school('11AA'), supplier_oin: PLAZA, service: 'ROD_PO' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        mandaten: [
          {
            id: '51273af0-39a1-495b-b36b-a16622437df8',
            school_oin: school('11AA'),
            supplier_oin: PLAZA,
            service: 'ROD_PO',
            start_date: '2020-01-01',
            end_date: null,
            token: 'd105773620666566a6116cd6445c8935',
          },
        ],
      });
      expect(osr.deps.schemas.validate('osr-mandaatantwoord', res.body)).toEqual([]);
    });

    it('takes a vendor that leaves supplier_oin out to ask about itself, with every mandate valid today', async () => {
      const res = await check(PLAZA, {});
      expect(res.status).toBe(200);
      const got = (res.body.mandaten as Array<{ school_oin: string; service: string; supplier_oin: string }>).map(
        (m) => `${m.school_oin.slice(11, 15)} ${m.service}`,
      );
      expect(got).toEqual([
        '11AA RIO',
        '11AA ROD_PO',
        '11AA VERZUIM',
        '11AC ROD_PO',
        '11AC VERZUIM',
        '13CB ROD_PO',
        '13CB VERZUIM',
      ]);
      expect(osr.deps.schemas.validate('osr-mandaten', res.body)).toEqual([]);
    });

    it('filters on dienst only when only the dienst is given', async () => {
      const res = await check(KWARTET, { service: 'RIO' });
      expect(res.status).toBe(200);
      expect(res.body.mandaten.map((m: { school_oin: string }) => m.school_oin)).toEqual([school('12BA')]);
    });

    it.each([
      ['an ended mandate (Zandloper, 12BA)', ZANDLOPER, school('12BA'), undefined],
      ['a school it has no mandate for (Plaza, 12BB)', PLAZA, school('12BB'), undefined],
      ['a date before its mandate started (Kwartet, 12BA)', KWARTET, school('12BA'), '2024-07-31'],
    ])('answers 404 "mandate not found" for %s', async (_label, vendor, schoolOin, date) => {
      const res = await check(vendor, { school_oin: schoolOin, supplier_oin: vendor, service: 'ROD_PO', reference_date: date });
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-04' })]);
      expect(res.body.foutmeldingen[0].fouttekst).toMatch(/^mandate not found/);
    });

    it('answers 404 "mandate not found" to a caller with a certificate but no mandates at all', async () => {
      const res = await check(NEGATIVE.stranger.oin, { supplier_oin: NEGATIVE.stranger.oin });
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0]).toMatchObject({
        foutcode: 'OSR-04',
        fouttekst: expect.stringMatching(/^mandate not found/),
      });
    });

    it('shows its history on a reference_date in the past', async () => {
      const res = await check(ZANDLOPER, { school_oin: school('12BA'), service: 'ROD_PO', reference_date: '2024-07-31' });
      expect(res.status).toBe(200);
      expect(res.body.mandaten).toEqual([expect.objectContaining({ start_date: '2020-01-01', end_date: '2024-08-01' })]);
    });
  });

  describe('bad questions', () => {
    it('reports every malformed parameter at once with SCHEMA and a ?pointer', async () => {
      const res = await osr.served
        .as(DUO)
        .get('/api/v1/mandates?school_oin=25BE&supplier_oin=x&service=BRON&reference_date=2026-02-30&foo=1');
      expect(res.status).toBe(400);
      const pointers = res.body.foutmeldingen
        .map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)
        .sort();
      expect(pointers).toEqual([
        'SCHEMA ?foo',
        'SCHEMA ?reference_date',
        'SCHEMA ?school_oin',
        'SCHEMA ?service',
        'SCHEMA ?supplier_oin',
      ]);
    });

    it('rejects a repeated parameter with 400, not 500', async () => {
      const res = await osr.served
        .as(DUO)
        .get(`/api/v1/mandates?school_oin=${school('11AA')}&school_oin=${school('11AB')}&supplier_oin=${PLAZA}&service=ROD_PO`);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?school_oin' })]);
    });

    it('refuses a revoked certificate with 401 EK0030 (EK-01)', async () => {
      const res = await check(NEGATIVE.revoked.oin, { school_oin: school('11AA'), supplier_oin: PLAZA, service: 'ROD_PO' });
      expect(res.status).toBe(401);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
    });
  });

  describe('reference_date defaults to the simulated date (docs/services/osr.md)', () => {
    afterEach(() => osr.deps.clock.set(TODAY));

    it('follows the simulated clock across Zandloper’s end date at 12BA', async () => {
      const ask = () => check(DUO, { school_oin: school('12BA'), supplier_oin: ZANDLOPER, service: 'VERZUIM' });
      osr.deps.clock.set('2024-07-31');
      expect((await ask()).body).toEqual({ result: 'OK' });
      osr.deps.clock.set('2024-08-01');
      expect((await ask()).body).toEqual({ result: 'NOK' });
    });

    it('gives the supplier its mandates valid on the simulated date', async () => {
      osr.deps.clock.set('2024-07-31');
      const res = await check(ZANDLOPER, { school_oin: school('12BA') });
      expect(res.status).toBe(200);
      expect(res.body.mandaten.map((m: { service: string }) => m.service)).toEqual(['ROD_PO', 'VERZUIM']);
    });
  });
});
