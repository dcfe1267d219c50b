// The console's header shows the simulated date (views/layout.ts #vandaag) as the services' journal
// answers give it: on a fresh chain before any exchange, and, with the page left open, a `sim clock`
// without a reload (the event stream's `vandaag`).
import { loadConsoleConfig, startConsole, type RunningConsole } from '@duo-sim/console';
import { silentLogger } from '@duo-sim/shared';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, ensureConsoleBundle, launchBrowser } from '@duo-sim/test-support/browser';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { runSim } from '@duo-sim/test-support/cli';

jest.setTimeout(90_000);

const VANDAAG = '2026-11-28';
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

  it('shows the date before any exchange, then the clock’s new date, without a reload', async () => {
    await page.goto(running.url);
    const header = page.locator('#vandaag');
    let loads = 0;
    page.on('load', () => loads++);
    await page.locator('#vandaag', { hasText: VANDAAG }).waitFor();
    expect(await page.locator('#lijst li').count()).toBe(0);

    const klok = await runSim(['clock', '2027-03-01'], chain.env);
    expect(klok.code).toBe(0);
    await page.locator('#vandaag', { hasText: '2027-03-01' }).waitFor();
    expect(await header.textContent()).toBe('2027-03-01');
    if (SCREENSHOT) await page.screenshot({ path: join(SCREENSHOT, 'console-vandaag.png') });
    expect(loads).toBe(0);
  });
});
