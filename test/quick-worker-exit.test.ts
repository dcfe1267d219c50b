// test-support/node-environment.cjs: a Jest worker (a child with an IPC channel) ends through
// process.exit() once its event loop empties, so Node does not spend 0.5 s freeing its heap; a
// process without the channel (Jest in band) ends as usual.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ENVIRONMENT = join(__dirname, '..', 'test-support', 'node-environment.cjs');

/** How the child's 'exit' event was reached: through process.exit, or by the event loop emptying. */
async function exitPath(withChannel: boolean): Promise<string> {
  const script = `
    require(${JSON.stringify(ENVIRONMENT)});
    process.on('exit', () => {
      const how = /at process\\.exit /.test(new Error().stack) ? 'process.exit' : 'loop emptied';
      require('node:fs').writeSync(1, how);
    });
    if (process.channel) process.channel.unref();
  `;
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'pipe', ...(withChannel ? ['ipc' as const] : [])],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise((resolve) => child.once('close', resolve));
  expect(err).toBe('');
  return out;
}

test('a Jest worker ends through process.exit once it has nothing left to do', async () => {
  expect(await exitPath(true)).toBe('process.exit');
});

test('a process without an IPC channel (Jest in band) ends as usual', async () => {
  expect(await exitPath(false)).toBe('loop emptied');
});
