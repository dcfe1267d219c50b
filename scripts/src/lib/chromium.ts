// Debian's Chromium, headless, driven by playwright-core (no browser download): the one launch of the
// browser tests, `npm run screenshots` and the console and workshop benches, so they all run the
// same browser the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No sandbox (it needs privileges containers and CI lack), no GPU, no QUIC, and nothing that runs
// beside the page (first-run dialogs, updates, sync, background requests): only 127.0.0.1 is reached.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LAUNCH: LaunchOptions = { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS };

export interface ChromiumProfile {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** A browser with a fresh profile of its own: one context, whose pages share cookies and cache. */
export async function launchChromiumProfile(viewport = { width: 1366, height: 900 }): Promise<ChromiumProfile> {
  const profile = mkdtempSync(join(tmpdir(), 'duo-sim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, viewport });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A browser for several contexts, each with cookies of its own (a workshop's teacher and participants). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}
