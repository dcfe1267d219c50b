// The throughput baseline (CONTRACT §7): a bare Node https server with the services' own TLS
// options (createMtlsServer: simulator CA, requestCert, rejectUnauthorized, TLS 1.2+) that reads
// the body, JSON.parses it and answers 200 {}. Run as a child: node bare-server.js <pkiDir>.
import { createMtlsServer, loadServerTls } from '@duo-sim/shared';

const pkiDir = process.argv[2];
if (!pkiDir) {
  process.stderr.write('usage: node bare-server.js <pkiDir>\n');
  process.exit(2);
}

const server = createMtlsServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"foutcode":"JSON"}');
    }
  });
}, loadServerTls(pkiDir));

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// close() waits for keep-alive sockets; do not hang on them.
process.once('SIGTERM', () => setTimeout(() => process.exit(0), 1000).unref());
