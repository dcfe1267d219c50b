// The client BRON and the verzuimregister use (shared/src/rio-client.ts), against a real RIO
// started on port 0 with its own data folder (the test PKI copied in, so no keys are made).
import {
  createRioClient,
  createServiceClient,
  DUO_OIN,
  loadServiceConfig,
  PeerUnavailableError,
  RioAnswerError,
  type RunningService,
  type ServiceClient,
} from '@duo-sim/shared';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../src/server';
import { callerFor, clientTls, testPkiDir } from '@duo-sim/test-support';
import { bestuurOin, seedWorld } from './helpers';

let dataDir: string;
let rio: RunningService;
let client: ServiceClient;

const config = () =>
  loadServiceConfig('rio', { SIM_DATA_DIR: dataDir, RIO_PORT: '0', SIM_DATE: '2026-11-28', SIM_LOG_LEVEL: 'silent' });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-rio-'));
  cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
  rio = await start(config());
  client = createServiceClient(rio.url, clientTls(DUO_OIN));
});
afterAll(async () => {
  await client.close();
  await rio.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers inschrijfbaar for an active aanbieder, locatie and vestiging (RIO-11)', async () => {
  const rioClient = createRioClient(client);
  const antwoord = await rioClient.inschrijfbaarheid({
    onderwijsaanbiedercode: '110A001',
    onderwijslocatiecode: '107X001',
    vestigingscode: '11AA00',
    peildatum: '2026-11-28',
  });
  expect(antwoord).toEqual({ inschrijfbaar: true, peildatum: '2026-11-28', foutmeldingen: [] });
});

it('passes every reason why not, with RIO’s foutcodes (RIO-11)', async () => {
  const antwoord = await createRioClient(client).inschrijfbaarheid({
    onderwijsaanbiedercode: '110A009',
    onderwijslocatiecode: '999X999',
    vestigingscode: '13CC00',
    peildatum: '2025-08-01',
  });
  expect(antwoord.inschrijfbaar).toBe(false);
  expect(antwoord.foutmeldingen.map((f) => f.foutcode)).toEqual(['RIO-11', 'A01060', 'RIO-11', 'RIO-11']);
});

it('rejects with RioAnswerError when RIO refuses the question itself', async () => {
  await expect(
    createRioClient(client).inschrijfbaarheid({
      onderwijsaanbiedercode: 'A',
      onderwijslocatiecode: '107X001',
      vestigingscode: '11AA00',
      peildatum: '2026-11-28',
    }),
  ).rejects.toMatchObject({ name: 'RioAnswerError', status: 400 });
  expect(RioAnswerError).toBeDefined();
});

it('rejects with PeerUnavailableError when RIO cannot be reached', async () => {
  const dood = createServiceClient('https://localhost:1', clientTls(DUO_OIN), { timeoutMs: 1000 });
  try {
    await expect(
      createRioClient(dood).inschrijfbaarheid({
        onderwijsaanbiedercode: '110A001',
        onderwijslocatiecode: '107X001',
        vestigingscode: '11AA00',
        peildatum: '2026-11-28',
      }),
    ).rejects.toBeInstanceOf(PeerUnavailableError);
  } finally {
    await dood.close();
  }
});

it('loads the seed on first start only: a restart keeps what a bestuur changed', async () => {
  const bestuur = callerFor(rio.url, clientTls(bestuurOin(seedWorld(rio.ctx.schemas), '100B001')));
  const post = await bestuur.post('/onderwijsaanbieders', {
    inBedrijfdatum: '2027-08-01',
    periodes: [{ begindatum: '2027-08-01', naam: 'IKC Blijvend' }],
    besturen: [{ onderwijsbestuurcode: '100B001', begindatum: '2027-08-01' }],
    juridischeRelaties: [{ instellingserkenningscode: '11AA', begindatum: '2027-08-01' }],
  });
  expect(post.status).toBe(201);
  const code = post.body.onderwijsaanbieder.onderwijsaanbiedercode as string;
  await client.close();
  await rio.close();
  rio = await start(config());
  client = createServiceClient(rio.url, clientTls(DUO_OIN));
  const read = await client.request<{ naam: string }>('GET', `/onderwijsaanbieders/${code}?peildatum=2027-08-01`);
  expect(read.status).toBe(200);
  expect(read.body.naam).toBe('IKC Blijvend');
});
