// `npm run screenshots`: the console's main pages as PNGs in docs/images/, taken by Debian's Chromium
// (playwright-core) from a fresh chain on free ports in a temporary data folder. The verhuizing
// scenario is played first so the pages show something.
import { loadConsoleConfig, startConsole } from '@duo-sim/console';
import { silentLogger } from '@duo-sim/shared';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startChain } from './lib/chain.js';
import { launchChromiumProfile } from './lib/chromium.js';

const REPO_ROOT = resolve(__dirname, '..', '..');
const OUT = join(REPO_ROOT, 'docs', 'images');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-screenshots-'));
  const env = { SIM_DATA_DIR: dataDir, SIM_LOG_LEVEL: 'silent', RIO_PORT: '0', OSR_PORT: '0', BRON_PORT: '0', VERZUIM_PORT: '0' };
  console.log('keten starten (de eerste keer maakt sleutels: even geduld)…');
  const chain = await startChain(env);
  const s = chain.services;
  const running = await startConsole(
    loadConsoleConfig({
      ...env,
      CONSOLE_PORT: '0',
      RIO_URL: s.rio.url,
      OSR_URL: s.osr.url,
      BRON_URL: s.bron.url,
      VERZUIM_URL: s.verzuim.url,
    }),
    silentLogger(),
  );
  const url = (path: string) => new URL(path, running.url).toString();
  const post = (path: string, form: Record<string, string> = {}) =>
    fetch(url(path), { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
  const browser = await launchChromiumProfile({ width: 1280, height: 800 });
  const context = browser.context;
  mkdirSync(OUT, { recursive: true });
  const shot = async (page: import('playwright-core').Page, name: string, fullPage = false) => {
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    console.log(`  docs/images/${name}.png`);
  };
  try {
    const page = await context.newPage();
    await post('/scenarios/verhuizing/start');
    for (let i = 0; i < 4; i++) await post('/scenarios/verhuizing/volgende');

    // The live page while step 5 (the uitschrijving) runs: its arrows are still drawn.
    await page.goto(url('/'));
    await page.waitForTimeout(500);
    await post('/scenarios/verhuizing/volgende');
    await page.locator('#pijlen g').first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'console-keten');

    await page.goto(url('/scenarios/verhuizing#stap-5'));
    await shot(page, 'console-scenario');
    await page.locator('#stap-5').getByRole('link', { name: 'spoor van deze stap' }).click();
    await page.locator('.tijdlijn').waitFor();
    await shot(page, 'console-spoor', true);

    // A vendor's broken bericht: a pupil the BRP does not know (BRON-01).
    const bericht = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'bron', 'inschrijving.json'), 'utf8')) as {
      inschrijving: { leerling: unknown };
    };
    bericht.inschrijving.leerling = { burgerservicenummer: '111222333' };
    await page.goto(url('/verstuur'));
    await page.locator('#tekst').fill(JSON.stringify(bericht, null, 2));
    await page.getByText('Voldoet aan het schema.').waitFor();
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    await page.locator('#antwoord').waitFor();
    await shot(page, 'console-verstuur');

    await page.goto(url('/inspecteur?uitkomst=afgewezen'));
    await page.locator('.inspecteur .rij a').first().click();
    await page.locator('#detail dl').waitFor();
    await shot(page, 'console-inspecteur');

    await page.goto(url('/wereld/scholen/11AB'));
    await shot(page, 'console-wereld');

    // For a projector: large type.
    await page.goto(url('/scenarios/verhuizing#stap-5'));
    await page.keyboard.press('g');
    await page.waitForTimeout(200);
    await shot(page, 'console-groot');
    await page.keyboard.press('g');
  } finally {
    await browser.close();
    await running.close();
    await chain.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('screenshots mislukt:', (err as Error).message);
  process.exit(1);
});
