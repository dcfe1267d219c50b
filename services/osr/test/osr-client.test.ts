// createOsrClient (@duo-sim/shared) against a real OSR started on port 0 over mTLS, as BRON and
// verzuim use it: one call per question, and a change in OSR honoured by the very next call.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createOsrClient,
  createServiceClient,
  DUO_OIN,
  loadServiceConfig,
  OsrError,
  PeerUnavailableError,
  type OsrClient,
  type RunningService,
  type ServiceClient,
} from '@duo-sim/shared';
import { start } from '../src/server';
import { type Caller, callerFor, clientTls, testPkiDir } from '@duo-sim/test-support';
import { DOMSTAD, KWARTET, PLAZA, school, TODAY, ZANDLOPER } from './osr-test-world';

describe('createOsrClient against a real OSR', () => {
  let dataDir: string;
  let running: RunningService;
  let http: ServiceClient;
  let osr: OsrClient;
  let domstad: Caller;
  let plaza: Caller;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'osr-client-'));
    // The test PKI already has every party's certificate; copying it means no new RSA keys.
    cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
    running = await start(
      loadServiceConfig('osr', { SIM_DATA_DIR: dataDir, OSR_PORT: '0', SIM_DATE: TODAY, SIM_LOG_LEVEL: 'silent' }),
    );
    http = createServiceClient(running.url, clientTls(DUO_OIN));
    osr = createOsrClient(http);
    domstad = callerFor(running.url, clientTls(DOMSTAD));
    plaza = callerFor(running.url, clientTls(PLAZA));
  });
  afterAll(async () => {
    await http?.close();
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => running.ctx.clock.set(TODAY));

  describe('hasMandate (OSR-04)', () => {
    it('is true for a vendor mandated for the school and dienst today, false otherwise', async () => {
      await expect(osr.hasMandate({ supplierOin: PLAZA, schoolOin: school('11AA'), service: 'ROD_PO' })).resolves.toBe(true);
      await expect(osr.hasMandate({ supplierOin: PLAZA, schoolOin: school('12BB'), service: 'ROD_PO' })).resolves.toBe(false);
      await expect(osr.hasMandate({ supplierOin: ZANDLOPER, schoolOin: school('12BA'), service: 'VERZUIM' })).resolves.toBe(
        false,
      );
    });

    it('honours the reference date and its exclusive end (OSR-03)', async () => {
      const q = { supplierOin: ZANDLOPER, schoolOin: school('12BA'), service: 'ROD_PO' as const };
      await expect(osr.hasMandate({ ...q, referenceDate: '2024-07-31' })).resolves.toBe(true);
      await expect(osr.hasMandate({ ...q, referenceDate: '2024-08-01' })).resolves.toBe(false);
    });

    it('asks about the simulated date of OSR when no date is given', async () => {
      running.ctx.clock.set('2024-07-31');
      await expect(osr.hasMandate({ supplierOin: ZANDLOPER, schoolOin: school('12BA'), service: 'ROD_PO' })).resolves.toBe(true);
    });

    it('sees a mandate the bestuur ends or creates on the very next call (no stale cache, docs/services/osr.md)', async () => {
      const q = { supplierOin: PLAZA, schoolOin: school('11AC'), service: 'VERZUIM' as const };
      await expect(osr.hasMandate(q)).resolves.toBe(true);
      const own = await plaza.get(`/api/v1/mandates?school_oin=${school('11AC')}&service=VERZUIM`);
      const ended = await domstad.patch(`/api/v1/mandates/${own.body.mandaten[0].id}`, { end_date: TODAY });
      expect(ended.status).toBe(200);
      await expect(osr.hasMandate(q)).resolves.toBe(false);

      const created = await domstad.post('/api/v1/mandates', {
        school_oin: school('11AC'),
        supplier_oin: KWARTET,
        service: 'VERZUIM',
      });
      expect(created.status).toBe(201);
      await expect(osr.hasMandate({ ...q, supplierOin: KWARTET })).resolves.toBe(true);
    });

    it('also works with the supplier’s own certificate, which gets details or 404 instead of OK/NOK', async () => {
      const own = createServiceClient(running.url, clientTls(PLAZA));
      try {
        const asPlaza = createOsrClient(own);
        await expect(asPlaza.hasMandate({ supplierOin: PLAZA, schoolOin: school('13CB'), service: 'ROD_PO' })).resolves.toBe(
          true,
        );
        await expect(asPlaza.hasMandate({ supplierOin: PLAZA, schoolOin: school('12BB'), service: 'ROD_PO' })).resolves.toBe(
          false,
        );
      } finally {
        await own.close();
      }
    });

    it('throws OsrError with OSR’s foutmeldingen on a malformed question', async () => {
      const err = await osr.hasMandate({ supplierOin: PLAZA, schoolOin: '11AA', service: 'ROD_PO' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OsrError);
      expect(err).toMatchObject({
        status: 400,
        foutmeldingen: [expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?school_oin' })],
      });
    });
  });

  describe('findSchool (OSR-01)', () => {
    it('finds a school by OIN or by BRIN, with its bestuur', async () => {
      const byOin = await osr.findSchool({ oin: school('12BC') });
      expect(byOin).toMatchObject({
        brin: '12BC',
        naam: 'SBO De Wingerd',
        onderwijsaanbiedercode: '110A006',
        bestuur: { bevoegdGezagNummer: '90002' },
      });
      await expect(osr.findSchool({ brin: '12BC' })).resolves.toEqual(byOin);
    });

    it('is null for a school OSR does not know, or when OIN and BRIN belong to different schools', async () => {
      await expect(osr.findSchool({ oin: school('99ZZ') })).resolves.toBeNull();
      await expect(osr.findSchool({ oin: school('11AA'), brin: '11AB' })).resolves.toBeNull();
    });
  });

  describe('endpoints (OSR-05)', () => {
    it('is empty until the mandated vendor registers an afleveradres, then lists it', async () => {
      await expect(osr.endpoints({ schoolOin: school('13CB'), service: 'ROD_PO' })).resolves.toEqual([]);
      const own = await plaza.get(`/api/v1/mandates?school_oin=${school('13CB')}&service=ROD_PO`);
      const put = await plaza.put(`/api/v1/endpoints/${own.body.mandaten[0].token}`, { url: 'http://127.0.0.1:7000/ontvang' });
      expect(put.status).toBe(200);
      await expect(osr.endpoints({ schoolOin: school('13CB'), service: 'ROD_PO' })).resolves.toEqual([
        { supplier_oin: PLAZA, url: 'http://127.0.0.1:7000/ontvang', start_date: TODAY, end_date: null },
      ]);
    });
  });

  it('throws PeerUnavailableError, not NOK, when OSR cannot be reached', async () => {
    const nowhere = createServiceClient('https://localhost:1', clientTls(DUO_OIN), { timeoutMs: 2000 });
    try {
      await expect(
        createOsrClient(nowhere).hasMandate({ supplierOin: PLAZA, schoolOin: school('11AA'), service: 'ROD_PO' }),
      ).rejects.toBeInstanceOf(PeerUnavailableError);
    } finally {
      await nowhere.close();
    }
  });
});
