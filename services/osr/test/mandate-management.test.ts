// POST /api/v1/mandates and PATCH /api/v1/mandates/{id}: a bestuur (or the operator) creates and
// ends its schools' mandates (OSR-01, OSR-02, OSR-03); changes count from the very next request.
import { NEGATIVE } from '@duo-sim/test-support';
import {
  DOMSTAD,
  DUO,
  HEUVELRUG,
  KEISTAD,
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('managing mandates', () => {
  let osr: OsrUnderTest;
  beforeEach(async () => {
    osr = await startOsr();
  });
  afterEach(() => osr.close());

  const create = (as: string, body: unknown) => osr.served.as(as).post('/api/v1/mandates', body);
  const end = (as: string, id: string, body: unknown) => osr.served.as(as).patch(`/api/v1/mandates/${id}`, body);
  const checkAsDuo = async (schoolOin: string, supplierOin: string, service: string, referenceDate?: string) =>
    (
      await osr.served
        .as(DUO)
        .get(mandatesPath({ school_oin: schoolOin, supplier_oin: supplierOin, service, reference_date: referenceDate }))
    ).body.result;
  /** Kwartet for Plaza's school 11AB (Domstad): no mandate for RIO there yet. */
  const newRio = { school_oin: school('11AB'), supplier_oin: KWARTET, service: 'RIO' };

  describe('POST /api/v1/mandates', () => {
    it('lets the school’s bestuur create a mandate from today, with an id and a token, honoured by the very next check (OSR-02)', async () => {
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO')).toBe('NOK');
      const res = await create(DOMSTAD, newRio);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        ...newRio,
        id: expect.stringMatching(UUID),
        start_date: TODAY,
        end_date: null,
        token: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(osr.deps.schemas.validate('osr-mandaat', res.body)).toEqual([]);
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO')).toBe('OK');

      const own = await osr.served.as(KWARTET).get(mandatesPath({ school_oin: school('11AB'), service: 'RIO' }));
      expect(own.status).toBe(200);
      expect(own.body.mandaten).toEqual([res.body]);
    });

    it('lets the operator create a mandate for any school (OSR-02)', async () => {
      const res = await create(OPERATOR, { school_oin: school('12BB'), supplier_oin: ZANDLOPER, service: 'ROD_PO' });
      expect(res.status).toBe(201);
      expect(await checkAsDuo(school('12BB'), ZANDLOPER, 'ROD_PO')).toBe('OK');
    });

    it('counts a mandate with a future start only from that day on (OSR-03)', async () => {
      const res = await create(DOMSTAD, { ...newRio, start_date: '2027-01-01' });
      expect(res.status).toBe(201);
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO')).toBe('NOK');
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO', '2026-12-31')).toBe('NOK');
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO', '2027-01-01')).toBe('OK');
      osr.deps.clock.set('2027-01-01');
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO')).toBe('OK');
    });

    it('counts a mandate with an end date up to the day before it (end exclusive, OSR-03)', async () => {
      const res = await create(DOMSTAD, { ...newRio, end_date: '2026-12-01' });
      expect(res.status).toBe(201);
      expect(res.body.end_date).toBe('2026-12-01');
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO', '2026-11-30')).toBe('OK');
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO', '2026-12-01')).toBe('NOK');
    });

    it('gives every mandate its own token', async () => {
      const a = await create(DOMSTAD, newRio);
      const b = await create(DOMSTAD, { ...newRio, service: 'RIO', school_oin: school('11AC'), supplier_oin: PLAZA });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.token).not.toBe(b.body.token);
      expect(a.body.id).not.toBe(b.body.id);
    });

    it('refuses a bestuur mandating for another bestuur’s school with 403 AUT401 and stores nothing (OSR-02)', async () => {
      const before = osr.store.counts();
      const res = await create(HEUVELRUG, newRio);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(osr.store.counts()).toEqual(before);
      expect(await checkAsDuo(school('11AB'), KWARTET, 'RIO')).toBe('NOK');
    });

    it.each([
      ['the vendor itself', KWARTET],
      ['DUO', DUO],
      ['a gemeente', UTRECHT],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('refuses %s with 403 AUT401 (OSR-02)', async (_label, caller) => {
      const before = osr.store.counts();
      const res = await create(caller, newRio);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(osr.store.counts()).toEqual(before);
    });

    it('rejects an unknown school and an unknown supplier together, each with OSR-01 and its pointer (operator)', async () => {
      const res = await create(OPERATOR, { school_oin: school('99ZZ'), supplier_oin: KEISTAD, service: 'ROD_PO' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'OSR-01', pointer: '/school_oin' }),
        expect.objectContaining({ foutcode: 'OSR-01', pointer: '/supplier_oin' }),
      ]);
    });

    it('tells a bestuur nothing about schools that are not its own: unknown or another bestuur’s, the same 403', async () => {
      const unknown = await create(DOMSTAD, { school_oin: school('99ZZ'), supplier_oin: PLAZA, service: 'ROD_PO' });
      const foreign = await create(DOMSTAD, { school_oin: school('12BB'), supplier_oin: PLAZA, service: 'ROD_PO' });
      expect(unknown.status).toBe(403);
      expect(unknown.body).toEqual(foreign.body);
      expect(unknown.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
    });

    it('rejects an unknown dienst as a SCHEMA violation (OSR-06)', async () => {
      const res = await create(DOMSTAD, { ...newRio, service: 'OSO' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/service' })]);
    });

    it('rejects a mandate that overlaps one for the same school, supplier and dienst, naming it (OSR-03)', async () => {
      const before = osr.store.counts();
      const res = await create(DOMSTAD, {
        school_oin: school('11AA'),
        supplier_oin: PLAZA,
        service: 'ROD_PO',
        start_date: '2027-01-01',
      });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'OSR-03',
          pointer: '/start_date',
          sleutelgegevens: [{ sleutelnaam: 'id', sleutelwaarde: '51273af0-39...16622437df8' }],
        }),
      ]);
      expect(osr.store.counts()).toEqual(before);
    });

    it('accepts a new mandate for the same triple after an ended one (12BA, Zandloper)', async () => {
      const res = await create(KEISTAD, { school_oin: school('12BA'), supplier_oin: ZANDLOPER, service: 'ROD_PO' });
      expect(res.status).toBe(201);
      expect(await checkAsDuo(school('12BA'), ZANDLOPER, 'ROD_PO')).toBe('OK');
      expect(await checkAsDuo(school('12BA'), ZANDLOPER, 'ROD_PO', '2025-01-01')).toBe('NOK');
    });

    it('lets several vendors hold a mandate for one school and dienst (OSR-01)', async () => {
      const res = await create(DOMSTAD, { school_oin: school('11AA'), supplier_oin: KWARTET, service: 'ROD_PO' });
      expect(res.status).toBe(201);
      expect(await checkAsDuo(school('11AA'), KWARTET, 'ROD_PO')).toBe('OK');
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('OK');
    });

    it.each([
      ['on its start date', TODAY],
      ['before its start date', '2026-11-01'],
    ])('rejects an end date %s (OSR-03)', async (_label, endDate) => {
      const res = await create(DOMSTAD, { ...newRio, end_date: endDate });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-03', pointer: '/end_date' })]);
    });

    it('rejects a start date before today, because history is not rewritten (OSR-03)', async () => {
      const res = await create(DOMSTAD, { ...newRio, start_date: '2026-11-27' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-03', pointer: '/start_date' })]);
    });

    it('reports every rule violation of one request together', async () => {
      const res = await create(DOMSTAD, {
        school_oin: school('11AB'),
        supplier_oin: NEGATIVE.stranger.oin,
        service: 'RIO',
        start_date: '2026-01-01',
        end_date: '2025-01-01',
      });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)).toEqual([
        'OSR-01 /supplier_oin',
        'OSR-03 /start_date',
        'OSR-03 /end_date',
      ]);
    });

    it('reports every SCHEMA violation at once and skips the rules that need valid data', async () => {
      const before = osr.store.counts();
      const res = await create(DOMSTAD, {
        school_oin: '0000000700011ab00000',
        service: 7,
        start_date: '2027-02-30',
        end_date: '2020-01-01',
        token: 'x',
      });
      expect(res.status).toBe(400);
      const got = [
        ...new Set(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)),
      ].sort();
      expect(got).toEqual([
        'SCHEMA /school_oin',
        'SCHEMA /service',
        'SCHEMA /start_date',
        'SCHEMA /supplier_oin',
        'SCHEMA /token',
      ]);
      expect(osr.store.counts()).toEqual(before);
    });

    it.each([
      ['not JSON', '{"school_oin":'],
      ['a JSON array', '[]'],
      ['a JSON string', '"mandaat"'],
    ])('rejects a body that is %s with 400 SCHEMA', async (_label, raw) => {
      const res = await osr.served
        .as(DOMSTAD)
        .request('POST', '/api/v1/mandates', { raw, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
    });
  });

  describe('PATCH /api/v1/mandates/{id}', () => {
    /** Plaza's open ROD_PO mandate for 11AA (Domstad). */
    const PLAZA_11AA_ROD_PO = '51273af0-39a1-495b-b36b-a16622437df8';
    /** Zandloper's ROD_PO mandate for 12BA (Keistad), ended on 2024-08-01. */
    const ZANDLOPER_12BA_ROD_PO = '3b9bde16-891e-4d25-a54f-bebb34f87fb4';

    it('ends a mandate today: NOK today, still OK for yesterday, and kept in the school’s list (OSR-02, OSR-03)', async () => {
      const res = await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: TODAY });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: PLAZA_11AA_ROD_PO,
        school_oin: school('11AA'),
        supplier_oin: PLAZA,
        service: 'ROD_PO',
        start_date: '2020-01-01',
        end_date: TODAY,
        token: 'd105773620666566a6116cd6445c8935',
      });
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('NOK');
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO', '2026-11-27')).toBe('OK');
      const own = await osr.served.as(PLAZA).get(mandatesPath({ school_oin: school('11AA'), service: 'ROD_PO' }));
      expect(own.status).toBe(404);
      const list = await osr.served.as(DOMSTAD).get(`/api/v1/schools/${school('11AA')}/mandates?service=ROD_PO`);
      expect(list.body.mandaten).toEqual([res.body]);
    });

    it('ends a mandate on a later day: valid until the day before, not on the day itself (OSR-03)', async () => {
      const res = await end(OPERATOR, PLAZA_11AA_ROD_PO, { end_date: '2026-12-01' });
      expect(res.status).toBe(200);
      osr.deps.clock.set('2026-11-30');
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('OK');
      osr.deps.clock.set('2026-12-01');
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('NOK');
    });

    it('moves a future end date once more while it has not passed', async () => {
      expect((await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: '2027-01-01' })).status).toBe(200);
      const res = await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: '2026-12-15' });
      expect(res.status).toBe(200);
      expect(res.body.end_date).toBe('2026-12-15');
    });

    it('rejects an end date before today, because history is not rewritten (OSR-03)', async () => {
      const res = await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: '2026-11-27' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-03', pointer: '/end_date' })]);
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('OK');
    });

    it('rejects an end date on or before the start of a mandate that has not begun (OSR-03)', async () => {
      const created = await create(DOMSTAD, { ...newRio, start_date: '2027-03-01' });
      const res = await end(DOMSTAD, created.body.id, { end_date: '2027-03-01' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-03', pointer: '/end_date' })]);
    });

    it('refuses to change a mandate that has already ended with 409 (OSR-03)', async () => {
      const res = await end(KEISTAD, ZANDLOPER_12BA_ROD_PO, { end_date: '2027-01-01' });
      expect(res.status).toBe(409);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-03' })]);
      expect(await checkAsDuo(school('12BA'), ZANDLOPER, 'ROD_PO')).toBe('NOK');
    });

    it('rejects moving an end date into the next mandate of the same triple (OSR-03)', async () => {
      const ended = await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: '2027-01-01' });
      expect(ended.status).toBe(200);
      const next = await create(DOMSTAD, {
        school_oin: school('11AA'),
        supplier_oin: PLAZA,
        service: 'ROD_PO',
        start_date: '2027-01-01',
      });
      expect(next.status).toBe(201);
      const res = await end(DOMSTAD, PLAZA_11AA_ROD_PO, { end_date: '2027-02-01' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'OSR-03',
          pointer: '/end_date',
          sleutelgegevens: [{ sleutelnaam: 'id', sleutelwaarde: expect.any(String) }],
        }),
      ]);
    });

    it.each([
      ['another bestuur', HEUVELRUG],
      ['the mandated vendor', PLAZA],
      ['DUO', DUO],
    ])('answers %s as for an unknown id (404) and changes nothing (OSR-02)', async (_label, caller) => {
      const res = await end(caller, PLAZA_11AA_ROD_PO, { end_date: TODAY });
      const unknown = await end(caller, '00000000-0000-4000-8000-000000000000', { end_date: TODAY });
      expect(res.status).toBe(404);
      // Byte for byte the same, apart from the id the caller sent.
      expect(JSON.stringify(res.body).replace(PLAZA_11AA_ROD_PO, '00000000-0000-4000-8000-000000000000')).toBe(
        JSON.stringify(unknown.body),
      );
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('OK');
    });

    it.each([
      ['an unknown id', '00000000-0000-4000-8000-000000000000'],
      ['something that is no id', 'mandaat-1'],
    ])('answers 404 for %s', async (_label, id) => {
      const res = await end(DOMSTAD, id, { end_date: TODAY });
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });

    it.each([
      ['no end_date', {}, ['SCHEMA /end_date']],
      ['end_date null (a mandate is not reopened)', { end_date: null }, ['SCHEMA /end_date']],
      ['a date that does not exist', { end_date: '2026-11-31' }, ['SCHEMA /end_date']],
      ['another field than end_date', { end_date: TODAY, start_date: '2021-01-01' }, ['SCHEMA /start_date']],
    ])('rejects a body with %s (SCHEMA) and changes nothing', async (_label, body, expected) => {
      const res = await end(DOMSTAD, PLAZA_11AA_ROD_PO, body);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)).toEqual(
        expected,
      );
      expect(await checkAsDuo(school('11AA'), PLAZA, 'ROD_PO')).toBe('OK');
    });
  });
});
