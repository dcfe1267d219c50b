// What both baseline children do once their server exists: listen on a free port of 127.0.0.1, tell
// the bench the port (`listening <port>` on stdout, read by spawnBaseline) and stop on a signal.
import type { Server } from 'node:https';

/** `ready` runs once the server listens and before the port is told (the skeleton's second thread starts there). */
export function serveBaseline(server: Server, ready: () => Promise<void> = () => Promise.resolve()): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    ready().then(
      () => process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`),
      (err: unknown) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // close() waits for keep-alive sockets; do not hang on them.
  process.once('SIGTERM', () => setTimeout(() => process.exit(0), 1000).unref());
}
