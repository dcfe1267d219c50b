// What both baseline children do once their server exists: listen on a free port of 127.0.0.1, tell
// the bench the port (`listening <port>` on stdout, read by spawnBaseline) and stop on a signal.
import type { Server } from 'node:https';

export function serveBaseline(server: Server): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // close() waits for keep-alive sockets; do not hang on them.
  process.once('SIGTERM', () => setTimeout(() => process.exit(0), 1000).unref());
}
