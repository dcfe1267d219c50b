// BRON with fake peers (@duo-sim/test-support): what a vendor gets when RIO refuses or when a peer
// cannot be reached, which the real peers of bron-world cannot be made to do.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createOsrClient,
  createReplayGuard,
  createServiceClient,
  DEFAULT_FIXTURES_DIR,
  DUO_OIN,
  readBrpPersonen,
  type Schemas,
} from '@duo-sim/shared';
import {
  clientTls,
  createFakeOsr,
  createFakeRio,
  expectProblem,
  inschrijving,
  inschrijvingBericht,
  PLAZA,
  serveInProcess,
  testCommonDeps,
  type FakeOsr,
  type FakeRio,
  type InProcess,
} from '@duo-sim/test-support';
import { createApp } from '../src/app';
import { createBrpRegister } from '../src/brp';
import { createBronStore } from '../src/store';

describe('BRON with fake OSR and RIO', () => {
  let served: InProcess;
  let osr: FakeOsr;
  let rio: FakeRio;
  let count: () => number;

  beforeEach(() => {
    const deps = testCommonDeps();
    osr = createFakeOsr(deps.clock);
    rio = createFakeRio();
    const store = createBronStore(deps.db, deps.clock);
    served = serveInProcess(
      createApp({
        ...deps,
        store,
        osr,
        rio,
        brp: createBrpRegister([...readBrpPersonen(DEFAULT_FIXTURES_DIR)] as Schemas.BRPPersoon[]),
        replay: createReplayGuard(deps.db),
        teldatumModus: 'FEBRUARI',
      }),
    );
    count = () => (deps.db.prepare('SELECT count(*) AS n FROM inschrijvingen').get() as { n: number }).n;
  });
  afterEach(() => served.close());

  const enrol = () => served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(inschrijving()));

  it('enrols when RIO says inschrijfbaar, after asking RIO about the vestiging (RIO-11)', async () => {
    expect((await enrol()).status).toBe(201);
    expect(rio.vragen.map((v) => v.vestigingscode)).toEqual(['11AA00']);
    expect(count()).toBe(1);
  });

  it("passes RIO's refusal on and stores nothing (RIO-11)", async () => {
    rio.niet.set('11AA00', [{ foutcode: 'RIO-11', fouttekst: 'Onderwijsaanbieder 110A001 is niet in bedrijf.' }]);
    expectProblem(await enrol(), 400, 'RIO-11');
    expect(count()).toBe(0);
  });

  it.each([
    ['RIO', () => (rio.up = false)],
    ['OSR', () => (osr.up = false)],
  ])('answers 500 INT500 naming the peer and stores nothing when %s cannot be reached', async (peer, down) => {
    down();
    const fouten = expectProblem(await enrol(), 500, 'INT500');
    expect(fouten[0].fouttekst).toBe(`${peer} is niet bereikbaar; probeer het later opnieuw.`);
    expect(count()).toBe(0);
  });
});

describe('BRON with a real OSR client whose OSR does not listen', () => {
  it('tells the vendor which peer, never its address or the socket error (docs/services/common.md: INT500 without internal details)', async () => {
    // A port that was free a moment ago: nothing listens on it now.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise((r) => server.close(r));
    const deps = testCommonDeps();
    const osrHttp = createServiceClient(`https://127.0.0.1:${port}`, clientTls(DUO_OIN), { naam: 'OSR' });
    const served = serveInProcess(
      createApp({
        ...deps,
        store: createBronStore(deps.db, deps.clock),
        osr: createOsrClient(osrHttp),
        rio: createFakeRio(),
        brp: createBrpRegister([...readBrpPersonen(DEFAULT_FIXTURES_DIR)] as Schemas.BRPPersoon[]),
        replay: createReplayGuard(deps.db),
        teldatumModus: 'FEBRUARI',
      }),
    );
    try {
      const fouten = expectProblem(
        await served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(inschrijving())),
        500,
        'INT500',
      );
      expect(fouten).toEqual([{ foutcode: 'INT500', fouttekst: 'OSR is niet bereikbaar; probeer het later opnieuw.' }]);
    } finally {
      await served.close();
      await osrHttp.close();
    }
  });
});
