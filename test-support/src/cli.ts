// The CLI (`npm run sim -- …`) as a user runs it: scripts/dist/cli.js as a child process, pointed at a
// chain by its environment. Needs the build (`npm test` builds what is stale; after editing, `npx tsc -b`).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './pki';

const run = promisify(execFile);

export const CLI_PATH = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');

/** What the CLI printed and how it ended; a refusal is a code and stderr, not an exception. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sim ...args` with `env` on top of this process's environment (e.g. a TestChain's `env`). */
export async function runSim(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI_PATH, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
