// runMain (shared/src/runtime.ts), what each server.ts and the console run: a SIGINT/SIGTERM that
// comes during the start or right after the start line closes what started (databases flushed) and
// exits 0, never the default kill. The child signals itself, so the race is not left to timing.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@duo-sim/test-support';

const SHARED = join(REPO_ROOT, 'shared', 'dist', 'index.js');

function runChild(signalAt: 'during the start' | 'right after the start line', signal: NodeJS.Signals) {
  const script = `
    const { runMain } = require(${JSON.stringify(SHARED)});
    runMain(async () => {
      const keepAlive = setInterval(() => {}, 1000);
      ${signalAt === 'during the start' ? `process.kill(process.pid, '${signal}');` : ''}
      await new Promise((r) => setTimeout(r, 50));
      return {
        close: async () => {
          clearInterval(keepAlive);
          process.stdout.write('gesloten\\n');
        },
      };
    }, {
      started: () => {
        process.stdout.write('luistert\\n');
        ${signalAt === 'right after the start line' ? `process.kill(process.pid, '${signal}');` : ''}
      },
    });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once('exit', (code, sig) => resolve({ code, signal: sig, output })),
  );
}

describe('runMain', () => {
  it.each([
    ['right after the start line', 'SIGINT'],
    ['right after the start line', 'SIGTERM'],
    ['during the start', 'SIGTERM'],
  ] as const)('closes and exits 0 on a signal %s (%s)', async (signalAt, signal) => {
    const exit = await runChild(signalAt, signal);
    expect(exit).toEqual({ code: 0, signal: null, output: 'luistert\ngesloten\n' });
  });
});
