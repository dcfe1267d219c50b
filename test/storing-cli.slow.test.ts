// `npm run sim -- storing zet|lijst|weg` (docs/storingen.md) against a running chain, as a child process:
// Dutch lines for a fault set, listed and lifted, the service's refusal shown as its foutmeldingen.
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { runSim } from '@duo-sim/test-support';

describe('npm run sim -- storing', () => {
  let chain: TestChain;
  const sim = (...args: string[]) => runSim(['storing', ...args], chain.env);

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 120_000);
  afterAll(() => chain?.close());

  it('sets a fault as a vendor, lists it for that vendor and the operator, and lifts it', async () => {
    const gezet = await sim('zet', 'bron', 'onderhoud', '--operatie', 'POST /inschrijvingen', '--aantal', '2', '--as', 'plaza');
    expect(gezet).toMatchObject({ code: 0, stderr: '' });
    const id = /^storing ([0-9a-f-]{36}) gezet op bron: /.exec(gezet.stdout)?.[1];
    expect(gezet.stdout.trim()).toBe(
      `storing ${id} gezet op bron: ONDERHOUD, op POST /inschrijvingen, voor Leerling Plaza B.V., nog 2 keer`,
    );
    const operator = await sim('lijst');
    expect(operator.stdout).toContain(`bron     ${id}  ONDERHOUD, op POST /inschrijvingen, voor Leerling Plaza B.V., nog 2 keer`);
    expect((await sim('lijst', '--as', 'kwartet')).stdout.trim()).toBe('geen actieve storingen');
    expect((await sim('weg', 'bron', id!, '--as', 'plaza')).stdout.trim()).toBe(`storing ${id} op bron weggehaald`);
    expect((await sim('lijst', 'bron')).stdout.trim()).toBe('geen actieve storingen');
  }, 120_000);

  it('turns --minuten into a tot and --vertraging into vertragingMs, and lifts all with --alle', async () => {
    const gezet = await sim('zet', 'verzuim', 'VERTRAGING', '--vertraging', '1500', '--minuten', '5', '--school', '11aa');
    expect(gezet.code).toBe(0);
    expect(gezet.stdout).toMatch(/VERTRAGING, op alles, voor iedereen, school 11AA, 1500 ms, tot 20\d\d-/);
    expect((await sim('weg', 'verzuim', '--alle')).stdout.trim()).toBe('alle storingen op verzuim weggehaald');
  }, 120_000);

  it("shows the service's foutmeldingen when it refuses the fault, and exits 1", async () => {
    const geenGrens = await sim('zet', 'rio', 'INT500');
    expect(geenGrens.code).toBe(1);
    expect(geenGrens.stderr).toMatch(
      /^rio weigert de storing \(HTTP 400\):\n {2}SCHEMA: Geef precies een van aantal .* \(\/aantal\)/,
    );
    const push = await sim('zet', 'osr', 'PUSH_DUBBEL', '--aantal', '1');
    expect(push.stderr).toMatch(/PUSH_DUBBEL is een storing van de push van BRON/);
    const ander = await sim('zet', 'bron', 'INT500', '--aantal', '1', '--leverancier', 'kwartet', '--as', 'plaza');
    expect(ander.stderr).toMatch(/HTTP 403\):\n {2}AUT401: Een leverancier mag alleen storingen op het eigen verkeer zetten/);
  }, 120_000);

  it('says what is missing before asking a service', async () => {
    expect((await sim('zet', 'bron')).stderr).toMatch(/geef de soort storing/);
    expect((await sim('zet', 'ketel', 'INT500')).stderr).toMatch(
      /onbekende dienst "ketel": kies een van rio, osr, bron, verzuim/,
    );
    expect((await sim('weg', 'bron')).stderr).toMatch(/geef het id van de storing, of --alle/);
    expect((await sim('zet', 'bron', 'INT500', '--aantal', 'veel')).stderr).toMatch(/--aantal moet een geheel getal zijn/);
    expect((await sim('stuk')).code).toBe(2);
  }, 120_000);
});
