// A copy of the checkout for the tests that make `npm start` see a stale build
// (test/start-*.e2e.slow.test.ts): they change mtimes, and `npm start` rebuilds, in the copy. In the
// repository a `tsc -b` or bundle step running at the same time (another test, a developer's watch)
// could rebuild in the middle of such a test, and a test that crashed would leave odd mtimes behind.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './pki';

/** Installed (linked below instead), made at run time, or git's. */
const LEFT_OUT = new Set(['.git', 'node_modules', 'data', '.cache', 'coverage']);

/**
 * Copies the checkout with its builds into a temporary folder, every mtime kept, so the copy's build
 * is exactly as current as the checkout's. Its node_modules links to the checkout's packages, except
 * the workspaces' own links (`@duo-sim/*` → `../../shared`, …), which point into the copy, so the copy
 * runs its own code. The caller removes the folder.
 */
export function checkoutCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'duo-sim-checkout-'));
  const keep = { recursive: true, preserveTimestamps: true, verbatimSymlinks: true };
  for (const entry of readdirSync(REPO_ROOT)) if (!LEFT_OUT.has(entry)) cpSync(join(REPO_ROOT, entry), join(copy, entry), keep);
  const modules = join(REPO_ROOT, 'node_modules');
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(modules))
    if (entry === '@duo-sim') cpSync(join(modules, entry), join(copy, 'node_modules', entry), keep);
    else symlinkSync(join(modules, entry), join(copy, 'node_modules', entry));
  return copy;
}
