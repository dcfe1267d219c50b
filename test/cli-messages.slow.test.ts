// What the CLI says when something is wrong (issue 13, item 12): the reason a service refused the
// certificate, that the chain is not running, unknown commands and scenarios, names given to
// `cert issue --name`, and one readable error for a date that is no date. Driven as a child process.
import { copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pkiPaths } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { NEGATIVE, runSim, testPkiDir } from '@duo-sim/test-support';

/** A port on 127.0.0.1 that nothing listens on (taken and released at once). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('the CLI explains what went wrong', () => {
  let chain: TestChain;
  const sim = (args: string[], env: Record<string, string> = chain.env) => runSim(args, env);

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    // The refused certificates of the test PKI, placed where the CLI looks for a party's certificate.
    const parties = pkiPaths(join(chain.dataDir, 'pki'));
    for (const [oin, name] of [
      [NEGATIVE.expired.oin, 'expired'],
      [NEGATIVE.notYetValid.oin, 'not-yet-valid'],
      [NEGATIVE.foreign.oin, 'foreign'],
    ] as const) {
      copyFileSync(join(testPkiDir(), 'negative', `${name}.crt`), parties.partyCert(oin));
      copyFileSync(join(testPkiDir(), 'negative', `${name}.key`), parties.partyKey(oin));
    }
  }, 30_000);
  afterAll(() => chain?.close());

  it.each([
    ['an expired certificate', NEGATIVE.expired.oin, /is verlopen op \d{4}-\d{2}-\d{2}/],
    ['a certificate not yet valid', NEGATIVE.notYetValid.oin, /is pas geldig vanaf \d{4}-\d{2}-\d{2}/],
    ['a certificate of another CA', NEGATIVE.foreign.oin, /niet uitgegeven door de CA van deze simulator/],
    ['a revoked certificate', NEGATIVE.revoked.oin, /ingetrokken/],
  ])(
    'names the reason for %s, not "other side closed"',
    async (_label, oin, reason) => {
      const res = await sim(['call', '--as', oin, 'GET', 'rio:/health']);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(reason);
      expect(res.stderr).toMatch(/cert issue --oin|weigert dit certificaat/);
      expect(`${res.stdout}${res.stderr}`).not.toMatch(/other side closed|socket hang up|ECONNRESET/);
    },
    15_000,
  );

  it('says the chain is not running, and how to start it, when nothing listens', async () => {
    const port = await closedPort();
    const nowhere = { ...chain.env, RIO_URL: `https://localhost:${port}`, OSR_URL: `https://localhost:${port}` };
    Object.assign(nowhere, { BRON_URL: nowhere.RIO_URL, VERZUIM_URL: nowhere.RIO_URL });
    const status = await sim(['status'], nowhere);
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/^De keten draait niet: geen van de vier diensten antwoordt .*\nStart hem .*npm start\n$/);
    const call = await sim(['call', '--as', 'plaza', 'GET', 'rio:/health'], nowhere);
    expect(call.stderr).toBe(
      `De keten draait niet: niets luistert op https://localhost:${port}. Start hem in een ander venster met: npm start\n`,
    );
    expect(`${status.stdout}${call.stdout}`).toBe('');
  }, 30_000);

  it('says a command, a cert command or a scenario is unknown', async () => {
    const command = await sim(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^onbekende opdracht "frobnicate"\n/);
    const certCommand = await sim(['cert', 'renew', '--oin', NEGATIVE.stranger.oin]);
    expect(certCommand.code).toBe(2);
    expect(certCommand.stderr).toMatch(/^onbekende opdracht "cert renew"/);
    const scenario = await sim(['scenario', 'toString']);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/^onbekend scenario "toString"; kies een van de scenario's hieronder\n/);
    expect((await sim(['help'])).code).toBe(0);
  }, 30_000);

  it('takes the name given to `cert issue --name` for --as', async () => {
    const plaza = '00000099100000010000';
    const issued = await sim(['cert', 'issue', '--oin', plaza, '--name', 'Werkplaats Leverancier']);
    expect(issued.code).toBe(0);
    const res = await sim(['call', '--as', 'werkplaats leverancier', 'GET', '/scholen/11AA/berichten']);
    // Plaza's mailbox: only Plaza's certificate (or DUO's or the operator's) reads it.
    expect(res.stdout).toMatch(/^HTTP 200 {2}\(bron GET \/scholen\/11AA\/berichten\)/);
    expect((await sim(['call', '--as', 'bestaat nergens', 'GET', 'rio:/health'])).stderr).toMatch(/^geen partij of certificaat/);
  }, 30_000);

  it('gives one readable error for `clock morgen`, and asks no service', async () => {
    const res = await sim(['clock', 'morgen']);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('"morgen" is geen datum; geef de gesimuleerde datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-28\n');
  });
});
