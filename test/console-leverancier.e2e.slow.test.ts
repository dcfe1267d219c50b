// The console's "nieuwe leverancier" against a real chain: the same use case as
// `sim leverancier nieuw` (OSR-07, then each bestuur's mandates), the password shown once and never
// cached, the vendor's own PEM files reach OSR; bad input gets a Dutch page and changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConsoleConfig, startConsole, type RunningConsole } from '@duo-sim/console';
import { silentLogger, worldPartiesFile } from '@duo-sim/shared';
import { chainPartyCaller, startTestChain, vendorWorldState, type TestChain } from '@duo-sim/test-support/chain';

describe('the console: nieuwe leverancier', () => {
  let chain: TestChain;
  let console_: RunningConsole;
  const pki = () => join(chain.dataDir, 'pki');
  const as = (oin: string) => chainPartyCaller(chain, chain.services.osr.url, oin);
  const worldState = () => vendorWorldState(chain);
  const post = (fields: Record<string, string>) =>
    fetch(`${console_.url}leveranciers`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    console_ = await startConsole(loadConsoleConfig({ ...chain.env, CONSOLE_PORT: '0' }), silentLogger());
  }, 60_000);
  afterAll(async () => {
    await console_.close();
    await chain.close();
  });

  it('shows the form in Dutch, in the menu', async () => {
    const res = await fetch(`${console_.url}leveranciers`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<h1>Nieuwe leverancier</h1>');
    expect(text).toMatch(/<a href="\/leveranciers" aria-current="page" data-toets="8"/);
  });

  it('makes the vendor through OSR and the besturen; the page shows the password once and is not cached', async () => {
    const res = await post({ naam: 'Console LAS', scholen: '11AB,13CB' });
    const text = await res.text();
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const oin = /OIN <strong>(\d{20})<\/strong>/.exec(text)![1];
    expect(text).toContain('11AB, 13CB — gemandateerd voor ROD_PO en VERZUIM door hun besturen, vanaf 2026-11-28');
    const password = /<dt>Wachtwoord<\/dt>\s*<dd>\s*<code>([^<]+)<\/code>/.exec(text)![1];
    expect(readFileSync(worldPartiesFile(chain.dataDir), 'utf8')).not.toContain(password);
    expect(text).toContain(`--key &#39;${join(pki(), 'parties', `${oin}.key`)}&#39; ${chain.services.osr.url}/api/v1/mandates`);
    // The vendor's own certificate: its four mandates, made by the two besturen.
    const own = await as(oin).get('/api/v1/mandates');
    expect(own.status).toBe(200);
    expect((own.body.mandaten as Array<{ service: string }>).map((m) => m.service).sort()).toEqual([
      'ROD_PO',
      'ROD_PO',
      'VERZUIM',
      'VERZUIM',
    ]);
  }, 60_000);

  it('refuses bad input with a Dutch page and changes nothing', async () => {
    const before = await worldState();
    const cases: Array<[Record<string, string>, string]> = [
      [{ naam: '', scholen: '1' }, 'Geef de naam van uw leverancier'],
      [{ naam: 'console las', scholen: '1' }, 'Er is al een partij met de naam'],
      [{ naam: 'Derde LAS', scholen: '11AA,99ZZ' }, 'OSR kent geen school met BRIN 99ZZ'],
      [{ naam: 'Derde LAS', scholen: '0' }, 'Scholen 0: geef een aantal van 1 of meer'],
      [{ naam: 'Derde LAS', scholen: '40' }, 'scholen zonder leverancierswissel of sluiting'],
    ];
    for (const [fields, message] of cases) {
      const res = await post(fields);
      const text = await res.text();
      expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      expect(text).toContain(message);
      expect(text).toContain('Er is niets veranderd.');
    }
    expect(await worldState()).toEqual(before);
  }, 60_000);
});
