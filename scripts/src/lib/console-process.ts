// The console in a process of its own beside the chain: its pages stay quick while the services are
// busy (each process has its own event loop), and it talks to them over HTTP anyway.
import { join } from 'node:path';
import { chainBundles } from './chain-bundle.js';

const SERVER = join(__dirname, '..', '..', '..', 'console', 'dist', 'server.js');

/** The console's bundle (scripts/bundle.cjs) when current, as the chain's own; else its compiled server.js. */
function consoleServer(env: Record<string, string | undefined>): string {
  return chainBundles(env)?.consoleServer ?? SERVER;
}

/** What console/src/server.ts prints once it listens. */
const READY = /^duo-sim console: (\S+)$/;

export interface ConsoleProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The console's environment: the chain's, without NODE_EXTRA_CA_CERTS. Node reads that file at every
 * process start (~50 ms for a system bundle of ~150 CAs), and the console trusts only the simulator's
 * CA, which it gives each connection itself.
 */
export function consoleProcessEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const { NODE_EXTRA_CA_CERTS: _notUsed, ...rest } = env;
  return rest;
}

export function startConsoleProcess(env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<ConsoleProcess> {
  // Loaded here, after the services listen: on npm start's main thread they are ~10 ms of its start.
  // (require, not import(): the main thread's bundle runs in vm.Script, which has no dynamic import.)
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const { createInterface } = require('node:readline') as typeof import('node:readline');
  // An IPC channel, so the console ends when the chain's process does, however it ends (even kill -9).
  const child = spawn(process.execPath, [consoleServer(env)], {
    env: consoleProcessEnv(env),
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`de console meldde zich niet binnen ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const failedToStart = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`de console stopte bij het starten (code ${code ?? 'onbekend'})`));
    };
    child.once('exit', failedToStart);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = READY.exec(line);
      if (!ready) {
        process.stdout.write(`${line}\n`);
        return;
      }
      clearTimeout(timer);
      child.off('exit', failedToStart);
      child.once('exit', (code, signal) => {
        // Ctrl+C reaches the console too and it stops cleanly (code 0); anything else is news.
        if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT')
          process.stderr.write(`de console is gestopt (${code ?? signal}); de keten draait door\n`);
      });
      resolve({
        url: ready[1]!,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
