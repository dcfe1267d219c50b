// OSR as a service: the seed world, POST /_sim/reset, its OpenAPI, and no input answered with 500
// or changing the register (docs/services/common.md, docs/reliability.md).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchemaRegistry } from '@duo-sim/shared';
import { NEGATIVE } from '@duo-sim/test-support';
import { readOsrWorld } from '../src/seed';
import { DOMSTAD, DUO, mandatesPath, OPERATOR, PLAZA, school, startOsr, type OsrUnderTest } from './osr-test-world';

describe('the OSR service', () => {
  let osr: OsrUnderTest;
  beforeAll(async () => {
    osr = await startOsr();
  });
  afterAll(() => osr.close());

  describe('the seed world', () => {
    it('is loaded into an empty register: 9 schools, 3 suppliers, 3 diensten, 21 mandates', async () => {
      expect(osr.store.counts()).toEqual({ mandaten: 21, endpoints: 0 });
      expect((await osr.served.as(DUO).get('/api/v1/schools')).body.onderwijsinstellingen).toHaveLength(9);
      expect(osr.store.hasLeverancier(PLAZA)).toBe(true);
    });

    it('stops start-up with every violation when fixtures/osr.json breaks its schema', () => {
      const dir = mkdtempSync(join(tmpdir(), 'osr-seed-'));
      writeFileSync(
        join(dir, 'osr.json'),
        JSON.stringify({ diensten: [], onderwijsinstellingen: [{ oin: 'x' }], leveranciers: [] }),
      );
      try {
        expect(() => readOsrWorld(dir, createSchemaRegistry())).toThrow(
          /osr-wereld[\s\S]*\/mandaten[\s\S]*\/onderwijsinstellingen\/0/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('POST /_sim/reset', () => {
    it('brings the register back to the seed world: created mandates and afleveradressen gone, ended ones open again', async () => {
      const created = await osr.served
        .as(DOMSTAD)
        .post('/api/v1/mandates', { school_oin: school('11AB'), supplier_oin: PLAZA, service: 'RIO' });
      expect(created.status).toBe(201);
      expect(
        (await osr.served.as(DOMSTAD).patch('/api/v1/mandates/51273af0-39a1-495b-b36b-a16622437df8', { end_date: '2026-11-28' }))
          .status,
      ).toBe(200);
      expect(
        (await osr.served.as(PLAZA).put('/api/v1/endpoints/b8d239644c92cc1a727a04c4da2609d0', { url: 'https://plaza.example/v' }))
          .status,
      ).toBe(200);
      expect(osr.store.counts()).toEqual({ mandaten: 22, endpoints: 1 });

      const res = await osr.served.as(OPERATOR).post('/_sim/reset');
      expect(res.status).toBe(200);
      expect(osr.store.counts()).toEqual({ mandaten: 21, endpoints: 0 });
      const check = await osr.served
        .as(DUO)
        .get(mandatesPath({ school_oin: school('11AA'), supplier_oin: PLAZA, service: 'ROD_PO' }));
      expect(check.body).toEqual({ result: 'OK' });
    });

    it('refuses anyone but the operator with 403 AUT401', async () => {
      const res = await osr.served.as(DOMSTAD).post('/_sim/reset');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });
  });

  describe('GET /openapi.json', () => {
    it('describes every OSR operation with schemas that exist', async () => {
      const res = await osr.served.as(PLAZA).get('/openapi.json');
      expect(res.status).toBe(200);
      const paths = res.body.paths as Record<string, Record<string, unknown>>;
      const ops = Object.entries(paths)
        .filter(([p]) => p.startsWith('/api/v1/'))
        .flatMap(([p, byMethod]) => Object.keys(byMethod).map((m) => `${m.toUpperCase()} ${p}`))
        .sort();
      expect(ops).toEqual([
        'DELETE /api/v1/leveranciers/{oin}',
        'GET /api/v1/endpoints',
        'GET /api/v1/mandates',
        'GET /api/v1/schools',
        'GET /api/v1/schools/{school_oin}/mandates',
        'GET /api/v1/services',
        'PATCH /api/v1/mandates/{id}',
        'POST /api/v1/leveranciers',
        'POST /api/v1/mandates',
        'PUT /api/v1/endpoints/{token}',
      ]);
      const refs = [...res.text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
      for (const ref of new Set(refs)) expect(Object.keys(res.body.components.schemas)).toContain(ref);
    });

    it('serves the schema of a message (GET /schemas/{name})', async () => {
      const res = await osr.served.as(PLAZA).get('/schemas/osr-mandaat-nieuw');
      expect(res.status).toBe(200);
      expect(res.body.$id).toBe('https://duo-sim.local/schemas/osr-mandaat-nieuw.json');
    });
  });

  describe('identity (EK-01)', () => {
    it.each([
      ['GET', '/api/v1/schools', undefined],
      ['GET', '/api/v1/services', undefined],
      ['GET', `/api/v1/mandates?school_oin=${school('11AA')}&supplier_oin=${PLAZA}&service=ROD_PO`, undefined],
      ['POST', '/api/v1/mandates', { school_oin: school('11AB'), supplier_oin: PLAZA, service: 'RIO' }],
      ['PATCH', '/api/v1/mandates/51273af0-39a1-495b-b36b-a16622437df8', { end_date: '2026-11-28' }],
      ['GET', `/api/v1/schools/${school('11AA')}/mandates`, undefined],
      ['PUT', '/api/v1/endpoints/d105773620666566a6116cd6445c8935', { url: 'https://x.example/' }],
      ['GET', `/api/v1/endpoints?school_oin=${school('11AA')}&service=ROD_PO`, undefined],
    ])('refuses %s %s with a revoked certificate: 401 EK0030, nothing changed', async (method, path, body) => {
      const before = osr.store.counts();
      const res = await osr.served.as(NEGATIVE.revoked.oin).request(method, path, body === undefined ? {} : { body });
      expect(res.status).toBe(401);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
      expect(osr.store.counts()).toEqual(before);
      expect(osr.store.mandate('51273af0-39a1-495b-b36b-a16622437df8')?.end_date).toBeNull();
    });
  });

  describe('malformed input (docs/reliability.md)', () => {
    const bodies: Array<[string, string]> = [
      ['empty', ''],
      ['not JSON', '{"school_oin":'],
      ['null', 'null'],
      ['a number', '42'],
      ['an array', '[{"school_oin":"0000000700011AB00000"}]'],
      ['wrong types', '{"school_oin":1,"supplier_oin":true,"service":[],"start_date":{},"end_date":5,"url":9}'],
      ['a huge string', JSON.stringify({ school_oin: 'A'.repeat(200_000), url: `https://x/${'a'.repeat(200_000)}` })],
      [
        'invalid dates',
        '{"school_oin":"0000000700011AB00000","supplier_oin":"00000099100000020000","service":"RIO","start_date":"2026-02-29","end_date":"31-12-2026","url":"https://x"}',
      ],
      ['a nested object', '{"school_oin":{"$gt":""},"end_date":{"$ne":null}}'],
      ['__proto__', '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}'],
    ];
    const targets: Array<[string, string, string]> = [
      ['POST', '/api/v1/mandates', DOMSTAD],
      ['PATCH', '/api/v1/mandates/51273af0-39a1-495b-b36b-a16622437df8', DOMSTAD],
      ['PUT', '/api/v1/endpoints/d105773620666566a6116cd6445c8935', PLAZA],
    ];
    const cases = targets.flatMap(([method, path, as]) => bodies.map(([label, raw]) => [method, path, as, label, raw] as const));

    it.each(cases)(
      '%s %s as the right party with a body that is %s: 400, nothing changed',
      async (method, path, as, _label, raw) => {
        const before = osr.store.counts();
        const mandateBefore = osr.store.mandate('51273af0-39a1-495b-b36b-a16622437df8');
        const res = await osr.served.as(as).request(method, path, { raw, headers: { 'content-type': 'application/json' } });
        expect(res.status).toBe(400);
        expect(res.body.foutmeldingen.length).toBeGreaterThan(0);
        expect(osr.store.counts()).toEqual(before);
        expect(osr.store.mandate('51273af0-39a1-495b-b36b-a16622437df8')).toEqual(mandateBefore);
      },
    );

    it('answers a body over 1 MiB with 413', async () => {
      const res = await osr.served
        .as(DOMSTAD)
        .request('POST', '/api/v1/mandates', { raw: JSON.stringify({ x: 'a'.repeat(1_100_000) }) });
      expect(res.status).toBe(413);
    });

    it.each([
      ['/api/v1/mandates?reference_date=%FF', DUO, 400],
      ['/api/v1/schools?name=%E0%A4%A', DUO, 200],
      [`/api/v1/schools/${'9'.repeat(5000)}/mandates`, DOMSTAD, 403], // an unknown school's mandates: the bestuur hears what it hears for another's school,
      ['/api/v1/endpoints?school_oin[]=1&service=ROD_PO', DUO, 400],
      ['/api/v1/schools?__proto__=x&constructor=y', DUO, 400],
      ['/api/v1/schools/%E0%A4/mandates', DOMSTAD, 400],
      ['/api/v1/endpoints/%ZZ', PLAZA, 400],
    ])('answers GET %s without a 500', async (path, as, status) => {
      const res = await osr.served.as(as).get(path);
      expect(res.status).toBe(status);
      if (status === 200) expect(res.body).toEqual({ onderwijsinstellingen: [] });
      else expect(res.body.foutmeldingen.length).toBeGreaterThan(0);
    });
  });
});
