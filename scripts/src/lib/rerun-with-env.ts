// Runs a script (start-all.js) once more, in a child whose environment has what only a new process can
// take (malloc-settings.ts). The parent stays only to pass signals on and to end as the child ends:
// same stdio, same exit code, the same signal. An IPC channel ties the child to the parent, so the
// chain does not outlive a parent that is killed outright (kill -9), as it would not have without
// the extra process.
const PASSED_ON: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * `script` with this process's arguments: the file that called, not the one node was given (start.cjs),
 * with node's own arguments and `nodeFlags` before it.
 */
export function rerunWithEnv(extra: Record<string, string>, script: string, nodeFlags: string[] = []): void {
  // Only for a re-run: loading child_process is ~10 ms of every other start.
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, script, ...process.argv.slice(2)], {
    env: { ...process.env, ...extra },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  // Ctrl+C reaches the child from the terminal as well; it stops once however often it is told.
  for (const signal of PASSED_ON) process.on(signal, () => child.kill(signal));
  child.once('error', (err) => {
    console.error('duo-sim kon niet starten:', err.message);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    for (const s of PASSED_ON) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
}

/** In the child of rerunWithEnv: end with the parent, at once and as abruptly as it ended. */
export function endWithParent(): void {
  if (process.send) process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
