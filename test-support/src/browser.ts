// The browser of the browser tests: Debian's Chromium as scripts/src/lib/chromium.ts launches it for
// every user of a browser here, with a fresh profile.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchChromiumProfile, type ChromiumProfile } from '../../scripts/src/lib/chromium';
import { REPO_ROOT } from './pki';

export { CHROMIUM, launchChromium } from '../../scripts/src/lib/chromium';

export type Browser = ChromiumProfile;

export function launchBrowser(): Promise<Browser> {
  return launchChromiumProfile({ width: 1366, height: 900 });
}

/** The console's browser bundle, built if this checkout has not built it yet (the build normally does). */
export function ensureConsoleBundle(): void {
  if (!existsSync(join(REPO_ROOT, 'console', 'dist', 'public', 'algemeen.js'))) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'console', 'bundle.cjs')], { stdio: 'inherit' });
  }
}
