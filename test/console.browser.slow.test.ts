// The console in a real browser (Debian's Chromium via playwright-core) on the real chain: a teacher
// plays the verhuizing scenario from the page step by step and sees the exchanges live, the trace of
// the uitschrijving with its OSR and RIO calls, and both schools' kennisgevingen; a vendor sends a
// broken bericht through "verstuur als" and sees the foutmelding with its rule; BRON stops and the
// page says so.
import { loadConsoleConfig, startConsole, type RunningConsole } from '@duo-sim/console';
import { silentLogger } from '@duo-sim/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, ensureConsoleBundle, launchBrowser } from '@duo-sim/test-support/browser';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { callerFor, clientTls, fixtureParties, REPO_ROOT } from '@duo-sim/test-support';

jest.setTimeout(90_000);

const OPERATOR = fixtureParties().find((p) => p.rol === 'operator')!.oin;

describe('the console in a browser', () => {
  let chain: TestChain;
  let running: RunningConsole;
  let browser: Browser;
  let live: Page;
  let page: Page;

  beforeAll(async () => {
    ensureConsoleBundle();
    chain = await startTestChain();
    running = await startConsole(loadConsoleConfig({ ...chain.env, CONSOLE_PORT: '0' }), silentLogger());
    browser = await launchBrowser();
    live = await browser.context.newPage();
    page = await browser.context.newPage();
    await live.goto(running.url);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await chain?.close();
  });

  const url = (path: string) => new URL(path, running.url).toString();

  it('plays the verhuizing scenario step by step, with the exchanges live and each step’s trace', async () => {
    await page.goto(url('/scenarios'));
    await page.getByRole('button', { name: 'Start “verhuizing”' }).click();
    await page.waitForURL(/\/scenarios\/verhuizing/);
    await page.getByText('De wereld is terug naar de seed').waitFor();
    for (let stap = 1; stap <= 6; stap++) {
      // The keyboard, as a teacher at a projector would: v plays the next step.
      await page.locator('#volgende-stap').waitFor();
      await Promise.all([page.waitForURL(new RegExp(`#stap-${stap}$`)), page.keyboard.press('v')]);
    }
    await page.getByText('Klaar: elke stap gaf het verwachte antwoord.').waitFor();
    expect(await page.locator('.scenario-stap.gedaan').count()).toBe(6);

    // The live page, open all along, got the exchanges over server-sent events.
    const rows = live.locator('#lijst li');
    await rows.filter({ hasText: 'Kwartet Schoolsoftware B.V.' }).filter({ hasText: 'POST /inschrijvingen' }).first().waitFor();
    expect(await rows.filter({ hasText: 'Leerling Plaza B.V.' }).filter({ hasText: '200 gelukt' }).count()).toBeGreaterThan(0);

    // Step 3: school B enrols her; school A gets the kennisgeving (INFO-03).
    await page.locator('#stap-3').getByRole('link', { name: 'spoor van deze stap' }).click();
    await page.locator('.postbus li[data-brin="11AA"][data-soort="KENNISGEVING_INSCHRIJVING"]').waitFor();
    await page.goBack();

    // Step 5: the uitschrijving asks OSR for the mandate and RIO for inschrijfbaarheid (or takes their
    // answer from memory, which the trace shows), and school B gets the kennisgeving uitschrijving.
    await page.locator('#stap-5').getByRole('link', { name: 'spoor van deze stap' }).click();
    const tijdlijn = page.locator('.tijdlijn');
    await tijdlijn.locator('.stap[data-service="bron"][data-operatie="POST /inschrijvingen"]').waitFor();
    for (const peer of ['osr', 'rio']) {
      const asked = tijdlijn.locator(`.stap[data-service="${peer}"], .onthouden li[data-service="${peer}"]`);
      expect(await asked.count()).toBeGreaterThan(0);
    }
    await tijdlijn.locator('.postbus li[data-brin="11AB"][data-soort="KENNISGEVING_UITSCHRIJVING"]').waitFor();
  });

  it('checks a broken bericht while typing, and shows the foutmelding with its rule after sending', async () => {
    await page.goto(url('/verstuur'));
    await page.locator('select[name="partij"]').selectOption({ label: 'Leerling Plaza B.V. (leverancier)' });
    await page.locator('#tekst').fill('{"bedrijfsdocument": {}}');
    await page.locator('#schemafouten li').first().waitFor();
    expect(await page.locator('#schemafouten').innerText()).toMatch(/▲/);

    // Schema-valid, but a pupil the BRP does not know (BRON-01).
    const bericht = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'bron', 'inschrijving.json'), 'utf8'));
    bericht.inschrijving.leerling = { burgerservicenummer: '111222333' };
    await page.locator('#tekst').fill(JSON.stringify(bericht, null, 2));
    await page.getByText('Voldoet aan het schema.').waitFor();
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    const antwoord = page.locator('#antwoord');
    await antwoord.waitFor();
    expect(await antwoord.innerText()).toMatch(/400 geweigerd/);
    expect(await antwoord.locator('.foutcode').first().innerText()).toBe('BRON-01');

    // The rule text comes from BRON's rule registry; while BRON serves none, the foutcode stands alone.
    const regels = await callerFor(chain.services.bron.url, clientTls(OPERATOR)).get('/regels');
    const regel =
      regels.status === 200
        ? (regels.body.regels as Array<{ id: string; tekst: string; foutcodes: string[] }>).find(
            (r) => r.foutcodes.includes('BRON-01') || r.id === 'BRON-01',
          )
        : undefined;
    if (regel) expect(await antwoord.innerText()).toContain(regel.tekst);
    else expect(await antwoord.innerText()).toContain('Geen regeltekst voor BRON-01');
  });

  it('lines up the fields of a form row: a select as high as a text field, so their labels share a line', async () => {
    for (const path of ['/inspecteur', '/verstuur']) {
      await page.goto(url(path));
      const boxes = await page.$$eval('main form input:not([type=checkbox]), main form select', (els) =>
        els.map((e) => ({
          top: Math.round(e.getBoundingClientRect().top),
          height: Math.round(e.getBoundingClientRect().height),
        })),
      );
      const firstRow = boxes.filter((b) => Math.abs(b.top - boxes[0].top) < 10);
      expect(firstRow.length).toBeGreaterThanOrEqual(4);
      expect(new Set(firstRow.map((b) => b.height)).size).toBe(1);
      expect(new Set(firstRow.map((b) => b.top)).size).toBe(1);
    }
  });

  it('says so when BRON stops, and keeps showing the other services', async () => {
    await live.goto(running.url);
    const bron = chain.services.bron;
    await bron.close();
    // Stopped once: the chain's own close at the end skips it.
    bron.close = () => Promise.resolve();
    const storing = live.locator('#storing');
    await storing.filter({ hasText: 'Niet bereikbaar: BRON' }).waitFor({ timeout: 20_000 });
    expect(await live.locator('#diensten [data-dienst="bron"]').innerText()).toContain('niet bereikbaar');
    expect(await live.locator('#diensten [data-dienst="osr"]').innerText()).toContain('bereikbaar');
    // Another page still works and says the same.
    await page.goto(url('/inspecteur'));
    expect(await page.locator('#storing').innerText()).toContain('BRON');
  });
});
