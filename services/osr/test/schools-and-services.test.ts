// GET /api/v1/schools, GET /api/v1/services (docs/services/osr.md, OSR-01, OSR-06) and the school's own
// mandate list for its bestuur (OSR-02).
import { NEGATIVE } from '@duo-sim/test-support';
import { matchesName } from '../src/domain/school';
import {
  DOMSTAD,
  DUO,
  HEUVELRUG,
  KEISTAD,
  KWARTET,
  OPERATOR,
  PLAZA,
  school,
  startOsr,
  UTRECHT,
  ZANDLOPER,
  type OsrUnderTest,
} from './osr-test-world';

describe('schools and diensten', () => {
  let osr: OsrUnderTest;
  beforeAll(async () => {
    osr = await startOsr();
  });
  afterAll(() => osr.close());

  const brins = (body: { onderwijsinstellingen: Array<{ brin: string }> }) => body.onderwijsinstellingen.map((s) => s.brin);

  describe('GET /api/v1/schools (OSR-01)', () => {
    it('lists every school of the seed world, ordered by BRIN, in the shape of the contract', async () => {
      const res = await osr.served.as(PLAZA).get('/api/v1/schools');
      expect(res.status).toBe(200);
      expect(brins(res.body)).toEqual(['11AA', '11AB', '11AC', '12BA', '12BB', '12BC', '13CA', '13CB', '13CC']);
      expect(osr.deps.schemas.validate('osr-onderwijsinstellingen', res.body)).toEqual([]);
    });

    it('finds a school by BRIN with its OIN, aanbiedercode and bestuur', async () => {
      const res = await osr.served.as(DUO).get('/api/v1/schools?brin=11AA');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        onderwijsinstellingen: [
          {
            oin: school('11AA'),
            brin: '11AA',
            naam: 'OBS De Vlinderboom',
            onderwijsaanbiedercode: '110A001',
            bestuur: { oin: DOMSTAD, naam: 'Stichting Domstad Kindcentra', bevoegdGezagNummer: '90001' },
          },
        ],
      });
    });

    it.each([
      ['oin', `oin=${school('12BC')}`, ['12BC']],
      ['oa_id (RIO aanbiedercode)', 'oa_id=110A007', ['13CA']],
      ['part of the name, any case', 'name=vlinder', ['11AA']],
      ['a name shared by several schools', 'name=OBS', ['11AA', '12BB', '13CC']],
      ['brin AND name, both matching', 'brin=11AB&name=zonnehuis', ['11AB']],
      ['brin AND name, not the same school', 'brin=11AA&name=zonnehuis', []],
      ['oin AND oa_id of different schools', `oin=${school('11AA')}&oa_id=110A002`, []],
      ['a BRIN nobody has', 'brin=99ZZ', []],
    ])('filters on %s', async (_label, query, expected) => {
      const res = await osr.served.as(UTRECHT).get(`/api/v1/schools?${query}`);
      expect(res.status).toBe(200);
      expect(brins(res.body)).toEqual(expected);
    });

    it('ignores case and accents in the name (OSR-01, sim)', () => {
      expect(matchesName('Basisschool Één Twee', 'een tw')).toBe(true);
      expect(matchesName('CBS Het Zonnehuis', 'ZONNE')).toBe(true);
      expect(matchesName('CBS Het Zonnehuis', 'zonne huis')).toBe(false);
    });

    it('answers any party with a certificate, also one the world does not know', async () => {
      const res = await osr.served.as(NEGATIVE.stranger.oin).get('/api/v1/schools?brin=13CA');
      expect(res.status).toBe(200);
      expect(brins(res.body)).toEqual(['13CA']);
    });

    it('reports every malformed filter at once with SCHEMA and a ?pointer', async () => {
      const res = await osr.served.as(DUO).get('/api/v1/schools?brin=11aa&oin=123&oa_id=110B001&name=&naam=x');
      expect(res.status).toBe(400);
      const pointers = res.body.foutmeldingen
        .map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)
        .sort();
      expect(pointers).toEqual(['SCHEMA ?brin', 'SCHEMA ?naam', 'SCHEMA ?name', 'SCHEMA ?oa_id', 'SCHEMA ?oin']);
    });
  });

  describe('GET /api/v1/services (OSR-06)', () => {
    it('lists ROD_PO, VERZUIM and RIO with their names and namespaces', async () => {
      const res = await osr.served.as(ZANDLOPER).get('/api/v1/services');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        diensten: [
          { code: 'ROD_PO', naam: 'ROD PO', namespace: 'urn:duo-sim:dienst:rod-po:1' },
          { code: 'VERZUIM', naam: 'Verzuim', namespace: 'urn:duo-sim:dienst:verzuim:1' },
          { code: 'RIO', naam: 'RIO', namespace: 'urn:duo-sim:dienst:rio:1' },
        ],
      });
      expect(osr.deps.schemas.validate('osr-diensten', res.body)).toEqual([]);
    });

    it('refuses a revoked certificate with 401 EK0030 (EK-01)', async () => {
      const res = await osr.served.as(NEGATIVE.revoked.oin).get('/api/v1/services');
      expect(res.status).toBe(401);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
    });
  });

  describe('GET /api/v1/schools/{school_oin}/mandates (OSR-02)', () => {
    const list = (as: string, brin: string, query = '') =>
      osr.served.as(as).get(`/api/v1/schools/${school(brin)}/mandates${query}`);

    it('shows the bestuur every mandate of its school, ended ones included, with tokens', async () => {
      const res = await list(KEISTAD, '12BA');
      expect(res.status).toBe(200);
      expect(
        res.body.mandaten.map((m: { service: string; supplier_oin: string; end_date: string | null }) => [
          m.service,
          m.supplier_oin,
          m.end_date,
        ]),
      ).toEqual([
        ['RIO', KWARTET, null],
        ['ROD_PO', ZANDLOPER, '2024-08-01'],
        ['ROD_PO', KWARTET, null],
        ['VERZUIM', ZANDLOPER, '2024-08-01'],
        ['VERZUIM', KWARTET, null],
      ]);
      expect(res.body.mandaten.every((m: { token: string }) => /^[0-9a-f]{32}$/.test(m.token))).toBe(true);
      expect(osr.deps.schemas.validate('osr-mandaten', res.body)).toEqual([]);
    });

    it('filters on a dienst', async () => {
      const res = await list(DOMSTAD, '11AA', '?service=RIO');
      expect(res.status).toBe(200);
      expect(res.body.mandaten).toEqual([
        expect.objectContaining({ service: 'RIO', supplier_oin: PLAZA, start_date: '2022-01-01' }),
      ]);
    });

    it('shows the operator the mandates of any school', async () => {
      const res = await list(OPERATOR, '13CA');
      expect(res.status).toBe(200);
      expect(res.body.mandaten).toHaveLength(3);
    });

    it.each([
      ['another bestuur', HEUVELRUG],
      ['the mandated vendor itself', PLAZA],
      ['DUO', DUO],
      ['a gemeente', UTRECHT],
    ])('refuses %s with 403 AUT401 (OSR-02)', async (_label, caller) => {
      const res = await list(caller, '11AA');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
    });

    it('answers 404 for a school OSR does not know', async () => {
      const res = await list(OPERATOR, '99ZZ');
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });

    it('rejects an unknown dienst with SCHEMA ?service', async () => {
      const res = await list(DOMSTAD, '11AA', '?service=BRON');
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?service' })]);
    });
  });
});
