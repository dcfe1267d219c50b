// Where a vendor's ketentest run lives: <dataDir>/ketentest/<OIN>.json, readable by the owner only
// (0600). The CLI, the reference LAS and the console read it; a new start replaces it.
import { ensurePrivateDir, writePrivateFile } from '@duo-sim/shared';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KetentestRun } from './model.js';

export function runBestand(dataDir: string, oin: string): string {
  return join(dataDir, 'ketentest', `${oin}.json`);
}

export function leesRun(dataDir: string, oin: string): KetentestRun | undefined {
  const file = runBestand(dataDir, oin);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as KetentestRun;
}

export function schrijfRun(dataDir: string, run: KetentestRun): void {
  ensurePrivateDir(join(dataDir, 'ketentest'));
  writePrivateFile(runBestand(dataDir, run.leverancier.oin), `${JSON.stringify(run, null, 2)}\n`);
}
