// The verzuimregister as a service: the seed (BRP stub), POST /_sim/reset, its OpenAPI, and
// malformed input answered with 400 problems that change nothing (docs/services/common.md, docs/reliability.md).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchemaRegistry, openBrpPersonenDatabase, openDatabase } from '@duo-sim/shared';
import { createBrpDatabaseWriter } from '../../../scripts/src/fixtures/brp-database';
import { readVerzuimWorld } from '../src/seed';
import { createVerzuimStore, formatMeldingsnummer } from '../src/store';
import {
  bedrijfsdocument,
  meldingBericht,
  OPERATOR,
  PLAZA,
  startVerzuim,
  UTRECHT,
  type VerzuimUnderTest,
} from './verzuim-test-world';

describe('the verzuimregister service', () => {
  let vz: VerzuimUnderTest;
  beforeEach(async () => {
    vz = await startVerzuim();
  });
  afterEach(() => vz.close());

  it('answers /health as verzuim', async () => {
    const res = await vz.served.as(UTRECHT).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', service: 'verzuim', vandaag: '2026-11-27' });
  });

  it('describes every endpoint of docs/services/verzuim.md in /openapi.json with its schemas', async () => {
    const res = await vz.served.as(PLAZA).get('/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths;
    expect(paths['/meldingen'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/verzuim-melding-bericht',
    );
    expect(paths['/meldingen'].post.responses['201'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/verzuim-registratie',
    );
    expect(Object.keys(paths['/meldingen/{meldingsnummer}']).sort()).toEqual(['get', 'patch']);
    expect(paths['/meldingen/{meldingsnummer}/status'].patch.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/verzuim-status-wijziging',
    );
    expect(paths['/scholen/{brin}/meldingen'].get).toBeDefined();
    expect(paths['/gemeenten/{gemeentecode}/meldingen'].get).toBeDefined();
  });

  it('serves its schemas to vendors', async () => {
    const res = await vz.served.as(PLAZA).get('/schemas/verzuim-melding-bericht');
    expect(res.status).toBe(200);
    expect(res.body.$id).toBe('https://duo-sim.local/schemas/verzuim-melding-bericht.json');
  });

  it('loads the BRP stub of the seed world into an empty register (320 persons)', () => {
    expect(vz.store.isEmpty()).toBe(false);
    expect(vz.store.persoonMetPgn({ burgerservicenummer: '802533048' })).toMatchObject({
      achternaam: 'Demir',
      adres: { gemeentecode: '0344' },
    });
    expect([...readVerzuimWorld(join(__dirname, '..', '..', '..', 'fixtures'), vz.deps.schemas).personen]).toHaveLength(320);
  });

  it('stops start-up with every violation when fixtures/brp-personen.json breaks its schema, and stores nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verzuim-seed-'));
    writeFileSync(join(dir, 'brp-personen.json'), JSON.stringify([{ achternaam: 'X' }]));
    const store = createVerzuimStore(openDatabase(':memory:'));
    try {
      expect(() => store.loadWorld(readVerzuimWorld(dir, createSchemaRegistry()))).toThrow(/brp-personen[\s\S]*\/0\/voornamen/);
      expect(store.isEmpty()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loads a land world's stub, one person per line (brp-personen.ndjson), and points at the bad line of one", () => {
    const dir = mkdtempSync(join(tmpdir(), 'verzuim-seed-'));
    const persoon = (bsn: string) => ({
      burgerservicenummer: bsn,
      achternaam: 'Visser',
      voornamen: `Kind ${bsn}`,
      geboortedatum: '2018-03-01',
      geslacht: 'V',
      adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' },
    });
    writeFileSync(
      join(dir, 'brp-personen.ndjson'),
      `${JSON.stringify(persoon('111222333'))}\n${JSON.stringify(persoon('123456782'))}\n`,
    );
    const store = createVerzuimStore(openDatabase(':memory:'));
    try {
      store.loadWorld(readVerzuimWorld(dir, createSchemaRegistry()));
      expect(store.persoonMetPgn({ burgerservicenummer: '123456782' })).toMatchObject({ adres: { gemeentecode: '0363' } });
      writeFileSync(
        join(dir, 'brp-personen.ndjson'),
        `${JSON.stringify(persoon('111222333'))}\n${JSON.stringify({ achternaam: 'X' })}\n`,
      );
      expect(() => store.loadWorld(readVerzuimWorld(dir, createSchemaRegistry()))).toThrow(
        /brp-personen\.ndjson[\s\S]*\/1\/voornamen/,
      );
      // The failed load rolled back: the earlier stub is still there.
      expect(store.persoonMetPgn({ burgerservicenummer: '123456782' })).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads a land world's brp-personen.sqlite in place: never empty, so a restart keeps the meldingen", () => {
    const dir = mkdtempSync(join(tmpdir(), 'verzuim-seed-'));
    const persoon = {
      burgerservicenummer: '123456782',
      achternaam: 'Visser',
      voornamen: 'Noor',
      geboortedatum: '2018-03-01',
      geslacht: 'V' as const,
      adres: { postcode: '1011AB', huisnummer: 1, woonplaats: 'Amsterdam', gemeentecode: '0363' },
    };
    const writer = createBrpDatabaseWriter(join(dir, 'brp-personen.sqlite'));
    writer.add(persoon, JSON.stringify(persoon));
    writer.finish();
    const land = openBrpPersonenDatabase(join(dir, 'brp-personen.sqlite'));
    try {
      const store = createVerzuimStore(openDatabase(':memory:'), land);
      expect(store.isEmpty()).toBe(false);
      expect(store.persoonMetPgn({ burgerservicenummer: '123456782' })).toEqual(persoon);
      expect(store.personenGeborenOp('2018-03-01', 'Visser')).toEqual([persoon]);
      expect(store.persoonMetPgn({ burgerservicenummer: '111222333' })).toBeUndefined();
    } finally {
      land.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('POST /_sim/reset', () => {
    it('removes every melding and replay record, and never hands out a meldingsnummer twice (VZM-10)', async () => {
      const body = meldingBericht();
      const first = await vz.served.as(PLAZA).post('/meldingen', body);
      expect(first.status).toBe(201);
      expect(first.body.meldingsnummer).toBe(formatMeldingsnummer('2026', 1));

      const reset = await vz.served.as(OPERATOR).post('/_sim/reset');
      expect(reset.status).toBe(200);
      expect(vz.store.counts()).toEqual({ meldingen: 0, statusHistorie: 0 });
      expect((await vz.served.as(PLAZA).get(`/meldingen/${first.body.meldingsnummer}`)).status).toBe(404);

      // The replay record went too: the same bericht registers again, under a new number.
      const again = await vz.served.as(PLAZA).post('/meldingen', body);
      expect(again.status).toBe(201);
      expect(again.body.meldingsnummer).toBe(formatMeldingsnummer('2026', 2));
    });

    it('is refused to anyone but the operator', async () => {
      const res = await vz.served.as(PLAZA).post('/_sim/reset');
      expect(res.status).toBe(403);
    });
  });

  describe('malformed input (docs/reliability.md)', () => {
    const corpus: Array<[string, unknown]> = [
      ['an array', []],
      ['a string', 'melding'],
      ['null', null],
      ['a number where a string belongs', { bedrijfsdocument: bedrijfsdocument('11AA'), melding: { leerling: 802533048 } }],
      ['a huge toelichting', meldingBericht('11AA', { toelichting: 'x'.repeat(5000) })],
      ['an impossible date', meldingBericht('11AA', { begindatum: '2026-02-30' })],
      ['negative hours', meldingBericht('11AA', { aantalUren: -3 })],
      ['a bad email', meldingBericht('11AA', { contactpersoon: { naam: 'X', email: 'geen-adres' } })],
      [
        'a leerling with both numbers',
        meldingBericht('11AA', { leerling: { burgerservicenummer: '802533048', onderwijsnummer: '100000004' } }),
      ],
      ['a bad vervolgOp', meldingBericht('11AA', { vervolgOp: 'ABC' })],
      ['an extra top-level field', { ...meldingBericht(), extra: true }],
    ];

    it.each(corpus)('answers %s with a 400 SCHEMA problem and stores nothing', async (_label, body) => {
      const res = await vz.served.as(PLAZA).post('/meldingen', body);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.length).toBeGreaterThan(0);
      expect(res.body.foutmeldingen.every((f: { foutcode: string }) => f.foutcode === 'SCHEMA')).toBe(true);
      expect(vz.store.counts()).toEqual({ meldingen: 0, statusHistorie: 0 });
    });

    it('answers a body that is not application/json with 400', async () => {
      const res = await vz.served.as(UTRECHT).request('PATCH', '/meldingen/VZM-2026-000001/status', {
        raw: 'status=AFGESLOTEN',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(400);
    });
  });
});
