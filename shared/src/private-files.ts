// The data folder holds names, BSNs and private keys: files 0600 and folders 0700 for the user who
// runs the simulator, whatever the umask, and worlds made before this rule are tightened at start.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Makes the folder (and missing parents) and sets it to 0700; `mode` alone is narrowed by the umask.
 * A shared sticky folder (SIM_DATA_DIR=/tmp, say) is left as it is: it is not ours to close.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if ((statSync(dir).mode & 0o1000) === 0) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Writes the file and sets it to 0600 (also when it existed with a wider mode). */
export function writePrivateFile(file: string, data: string): void {
  writeFileSync(file, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Creates an empty file 0600 if it is missing, so what opens it later (SQLite) inherits the mode. */
export function touchPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Sets a folder to 0700 and every file and folder under it to 0600/0700 (a world from an older version). */
export function tightenTree(dir: string): void {
  if (!existsSync(dir)) return;
  chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tightenTree(path);
    else if (entry.isFile()) chmodSync(path, PRIVATE_FILE_MODE);
  }
}
