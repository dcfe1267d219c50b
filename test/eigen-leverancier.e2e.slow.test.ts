// `sim leverancier nieuw` against a real chain (OSR-07): a vendor of your own gets its certificate
// and mandates, the printed curl line works, every service knows it from the next request, also a
// service started alone after a restart; reset keeps it unless the flag removes it; bad input
// changes nothing.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { start as startOsr } from '@duo-sim/osr';
import { loadServiceConfig, worldPartiesFile } from '@duo-sim/shared';
import { startChain } from '../scripts/src/lib/chain';
import { chainPartyCaller, startTestChain, vendorWorldState, type TestChain } from '@duo-sim/test-support/chain';
import { runSim } from '@duo-sim/test-support';

const run = promisify(execFile);

/** The same world folder served again on fresh ports. */
async function restart(old: TestChain): Promise<TestChain> {
  const base = Object.fromEntries(Object.entries(old.env).filter(([k]) => !k.endsWith('_URL')));
  const c = await startChain(base);
  const env = { ...base, ...Object.fromEntries(Object.entries(c.services).map(([s, r]) => [`${s.toUpperCase()}_URL`, r.url])) };
  return {
    ...c,
    dataDir: old.dataDir,
    env,
    stop: () => c.close(),
    close: async () => {
      await c.close();
      rmSync(old.dataDir, { recursive: true, force: true });
    },
  };
}

describe('a vendor of your own (sim leverancier)', () => {
  let chain: TestChain;
  let env: Record<string, string>;
  const sim = (args: string[]) => runSim(args, env);
  /** A client with the vendor's PEM files, as its LAS would have them. */
  const asVendor = (url: string, oin: string) => chainPartyCaller(chain, url, oin);
  /** Everything a refused request could have changed: certificate files, the world's parties, OSR's mandates. */
  const worldState = () => vendorWorldState(chain);

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    env = chain.env;
  }, 60_000);
  afterAll(() => chain.close());

  let oin: string;

  it('makes the vendor: OIN, files, password once, mandates at three schools without a switch or closure', async () => {
    const res = await sim(['leverancier', 'nieuw', '--naam', 'Mijn LAS']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    oin = /OIN\s+(\d{20})/.exec(res.stdout)![1]!;
    expect(oin).toBe('00000099100010010000');
    expect(res.stdout).toMatch(/scholen\s+11AA, 11AB, 11AC — gemandateerd voor ROD_PO en VERZUIM/);
    const password = /wachtwoord\s+(\S+)/.exec(res.stdout)![1];
    expect(readFileSync(worldPartiesFile(chain.dataDir), 'utf8')).not.toContain(password);
    expect(res.stdout.match(/^ {2}1[12][A-Z]{2} (ROD_PO|VERZUIM) +[0-9a-f]{32}$/gm)).toHaveLength(6);
  }, 60_000);

  it('prints a curl line that works as printed', async () => {
    const { stdout } = await sim(['leverancier', 'lijst']);
    expect(stdout).toContain(`${oin}  Mijn LAS  (scholen 11AA, 11AB, 11AC; sinds 2026-11-28)`);
    const made = await sim(['leverancier', 'nieuw', '--naam', 'Tweede LAS', '--scholen', '13cb']);
    const curl = /^ {2}(curl .*)$/m.exec(made.stdout)![1];
    const { stdout: answer } = await run('bash', ['-c', curl]);
    const mandaten = (JSON.parse(answer) as { mandaten: Array<{ school_oin: string; service: string }> }).mandaten;
    expect(mandaten.map((m) => `${m.school_oin} ${m.service}`)).toEqual([
      '0000000700013CB00000 ROD_PO',
      '0000000700013CB00000 VERZUIM',
    ]);
  }, 60_000);

  it('is a party everywhere from the next request: it sends berichten for its schools, --as and partijen know it', async () => {
    const { stdout } = await sim(['partijen']);
    expect(stdout).toContain(`${oin}  leverancier Mijn LAS`);
    const inschrijving = await sim([
      'call',
      '--as',
      'mijn las',
      'POST',
      '/inschrijvingen',
      'docs/examples/bron/inschrijving.json',
      '--nieuw-id',
    ]);
    expect(inschrijving.stdout).toMatch(/^HTTP 201/);
    const melding = await sim(['call', '--as', oin, 'POST', '/meldingen', 'docs/examples/verzuim/melding.json', '--nieuw-id']);
    expect(melding.stdout).toMatch(/^HTTP 201/);
  }, 60_000);

  it('refuses bad input with a Dutch sentence and changes nothing', async () => {
    const before = await worldState();
    const cases: Array<[string[], RegExp]> = [
      [['--naam', 'Mijn las', '--scholen', '1'], /Er is al een partij met de naam "Mijn las"/],
      [['--naam', 'Derde LAS', '--scholen', '11AA,99ZZ'], /OSR kent geen school met BRIN 99ZZ/],
      [['--naam', 'Derde LAS', '--scholen', '8'], /De wereld heeft 7 scholen zonder leverancierswissel of sluiting/],
      [['--naam', 'Derde LAS', '--scholen', '0'], /--scholen 0: geef een aantal van 1 of meer/],
      [['--naam', 'Derde LAS', '--scholen', '11A'], /--scholen 11A: geef een aantal/],
    ];
    for (const [args, message] of cases) {
      const res = await sim(['leverancier', 'nieuw', ...args]);
      expect({ args, code: res.code, stderr: res.stderr }).toEqual({ args, code: 2, stderr: expect.stringMatching(message) });
      expect(res.stderr).toContain('Er is niets veranderd.');
    }
    expect(await worldState()).toEqual(before);
  }, 60_000);

  it('keeps the vendor and its mandates through a reset (the default)', async () => {
    const res = await sim(['reset']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`eigen leveranciers blijven, met hun mandaten: Mijn LAS (${oin}), Tweede LAS`);
    const own = await asVendor(chain.services.osr.url, oin).get('/api/v1/mandates');
    expect(own.status).toBe(200);
    expect(own.body.mandaten).toHaveLength(6);
  }, 60_000);

  it('is still a party after a restart, also of a service started alone', async () => {
    await chain.stop();
    const osr = await startOsr(loadServiceConfig('osr', { ...env, OSR_PORT: '0' }));
    try {
      const vendor = asVendor(osr.url, oin);
      const own = await vendor.get('/api/v1/mandates?service=ROD_PO&school_oin=0000000700011AA00000');
      expect(own.status).toBe(200);
      // A write (the party gate refuses unknown OINs for writes): registering its afleveradres.
      const put = await vendor.put(`/api/v1/endpoints/${own.body.mandaten[0].token}`, { url: 'https://las.localhost/duo' });
      expect(put.status).toBe(400); // OSR-05: not on the allowlist — the request was read, so the vendor is a party
      expect(put.body.foutmeldingen[0].foutcode).toBe('OSR-05');
    } finally {
      await osr.close();
    }
    chain = await restart(chain);
    env = chain.env;
  }, 60_000);

  it('reset --zonder-eigen-leveranciers removes them: certificates revoked, no parties any more', async () => {
    const res = await sim(['reset', '--zonder-eigen-leveranciers']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`leverancier ${oin} Mijn LAS: verwijderd, certificaat ingetrokken`);
    expect((await sim(['partijen'])).stdout).not.toContain('Mijn LAS');
    await new Promise((r) => setTimeout(r, 300)); // revoked.json is looked at every 250 ms
    const refused = await asVendor(chain.services.bron.url, oin).get('/health');
    expect(refused.status).toBe(401);
    expect(refused.body.foutmeldingen[0].foutcode).toBe('EK0030');
    expect((await sim(['leverancier', 'lijst'])).stdout).toContain('Deze wereld heeft geen eigen leveranciers');
  }, 60_000);
});
