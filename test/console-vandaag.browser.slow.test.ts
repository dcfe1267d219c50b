// The console's header shows the simulated date of the newest exchange (views/layout.ts #vandaag). On
// a fresh chain there is none yet ("onbekend"); the page, left open, shows the date as soon as the
// first exchange happens and follows `sim clock`, without a reload (the event stream's `vandaag`).
import { loadConsoleConfig, startConsole, type RunningConsole } from '@duo-sim/console';
import { silentLogger } from '@duo-sim/shared';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, ensureConsoleBundle, launchBrowser } from '@duo-sim/test-support/browser';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { runSim } from '@duo-sim/test-support/cli';
import { callerFor, clientTls, fixtureParties } from '@duo-sim/test-support';

jest.setTimeout(90_000);

const VANDAAG = '2026-11-28';
const PLAZA = fixtureParties().find((p) => p.naam === 'Leerling Plaza B.V.')!.oin;
const SCREENSHOT = process.env.SCREENSHOT_DIR;

describe('the console header on a fresh chain', () => {
  let chain: TestChain;
  let running: RunningConsole;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureConsoleBundle();
    chain = await startTestChain({ SIM_DATE: VANDAAG });
    running = await startConsole(loadConsoleConfig({ ...chain.env, CONSOLE_PORT: '0' }), silentLogger());
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await chain?.close();
  });

  it('shows the date of the first exchange, then the clock’s new date, without a reload', async () => {
    await page.goto(running.url);
    const header = page.locator('#vandaag');
    expect(await header.textContent()).toBe('onbekend');
    let loads = 0;
    page.on('load', () => loads++);

    // One exchange: a vendor asks BRON for a school's berichten.
    await callerFor(chain.services.bron.url, clientTls(PLAZA)).get('/scholen/11AA/berichten');
    await page.locator('#vandaag', { hasText: VANDAAG }).waitFor();

    const klok = await runSim(['clock', '2027-03-01'], chain.env);
    expect(klok.code).toBe(0);
    await page.locator('#vandaag', { hasText: '2027-03-01' }).waitFor();
    expect(await header.textContent()).toBe('2027-03-01');
    if (SCREENSHOT) await page.screenshot({ path: join(SCREENSHOT, 'console-vandaag.png') });
    expect(loads).toBe(0);
  });
});
