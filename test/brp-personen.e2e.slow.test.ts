// POST /_sim/brp-personen on BRON and the verzuimregister (operator only): a person added to this
// world's BRP stub is known to both (BRON-01 identificatie, VZM-09 routing), survives a restart of the
// chain and is gone after a reset. Bad input is refused whole, with foutmeldingen, and stores nothing.
import { rmSync } from 'node:fs';
import { startChain } from '../scripts/src/lib/chain';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { callerFor, type Caller } from '@duo-sim/test-support';
import { clientTls } from '@duo-sim/test-support';

const OPERATOR = '00000099000000010000';
const PLAZA = '00000099100000010000';
const SCHOOL = '0000000700011AA00000';

const persoon = (bsn: string) => ({
  burgerservicenummer: bsn,
  achternaam: 'Ketentester',
  voornamen: 'Femke',
  geboortedatum: '2018-03-04',
  geslacht: 'V',
  adres: { postcode: '3511AB', huisnummer: 5, woonplaats: 'Utrecht', gemeentecode: '0344' },
});
// Passes the elfproef (ID-01) and is not in fixtures/brp-personen.json.
const NIEUW_BSN = '900000004';

describe('POST /_sim/brp-personen', () => {
  let chain: TestChain;
  const as = (service: 'bron' | 'verzuim', oin: string): Caller => callerFor(chain.services[service].url, clientTls(oin));
  const identificeer = (bsn: string) =>
    as('bron', PLAZA).post('/identificaties', {
      bedrijfsdocument: {
        identificatiecodeBedrijfsdocument: crypto.randomUUID(),
        verzendendeInstantie: SCHOOL,
        ontvangendeInstantie: '00000001800866472000',
        datumTijdBedrijfsdocument: '2026-11-28T09:00:00Z',
      },
      persoon: { burgerservicenummer: bsn, geboortedatum: '2018-03-04', geslacht: 'V' },
    });

  let stopped = false;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 60_000);
  afterAll(async () => {
    if (stopped) rmSync(chain.dataDir, { recursive: true, force: true });
    else await chain.close();
  });

  it('adds a person that BRON identifies and the verzuimregister knows, until a reset', async () => {
    expect((await identificeer(NIEUW_BSN)).body.resultaat).toBe('NIET_GEIDENTIFICEERD');
    for (const service of ['bron', 'verzuim'] as const) {
      const res = await as(service, OPERATOR).post('/_sim/brp-personen', [persoon(NIEUW_BSN)]);
      expect(res).toMatchObject({ status: 201, body: { toegevoegd: 1 } });
    }
    expect((await identificeer(NIEUW_BSN)).body).toMatchObject({ resultaat: 'GEIDENTIFICEERD' });
    // Added twice is refused: the stub's persons stay who they are.
    const again = await as('verzuim', OPERATOR).post('/_sim/brp-personen', [persoon(NIEUW_BSN)]);
    expect(again.status).toBe(409);
    expect(again.body.foutmeldingen[0]).toMatchObject({ foutcode: 'BRP-DUPLICAAT', pointer: '/0/burgerservicenummer' });

    // Durable: the same data folder after a restart still knows the person.
    await chain.stop();
    stopped = true;
    const restarted = await startChain({ ...chain.env, RIO_PORT: '0', OSR_PORT: '0', BRON_PORT: '0', VERZUIM_PORT: '0' });
    try {
      const bron = callerFor(restarted.services.bron.url, clientTls(OPERATOR));
      const dup = await bron.post('/_sim/brp-personen', [persoon(NIEUW_BSN)]);
      expect(dup.status).toBe(409);
      expect((await bron.post('/_sim/reset', {})).status).toBe(200);
      expect((await bron.post('/_sim/brp-personen', [persoon(NIEUW_BSN)])).status).toBe(201);
    } finally {
      await restarted.close();
    }
  }, 60_000);
});

describe('POST /_sim/brp-personen refuses bad input and other parties', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 60_000);
  afterAll(() => chain.close());

  it.each(['bron', 'verzuim'] as const)(
    '%s: elfproef, seed collision, schema, a vendor',
    async (service) => {
      const op = callerFor(chain.services[service].url, clientTls(OPERATOR));
      const elfproef = await op.post('/_sim/brp-personen', [persoon('900000005')]);
      expect(elfproef.status).toBe(400);
      expect(elfproef.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(elfproef.body.foutmeldingen[0]).toMatchObject({ foutcode: 'ID-01', pointer: '/0/burgerservicenummer' });
      // 802533048 is Thijs Demir of the seed.
      const seed = await op.post('/_sim/brp-personen', [persoon('802533048')]);
      expect(seed.status).toBe(409);
      const schema = await op.post('/_sim/brp-personen', [{ achternaam: 'X' }]);
      expect(schema.status).toBe(400);
      expect(schema.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
      const vendor = await callerFor(chain.services[service].url, clientTls(PLAZA)).post('/_sim/brp-personen', [
        persoon(NIEUW_BSN),
      ]);
      expect(vendor.status).toBe(403);
      // Nothing of the refused bodies was stored: the new person can still be added once.
      expect((await op.post('/_sim/brp-personen', [persoon(NIEUW_BSN), persoon('900000004')])).status).toBe(409);
      expect((await op.post('/_sim/brp-personen', [persoon(NIEUW_BSN)])).status).toBe(201);
    },
    30_000,
  );
});
