// The throughput baseline (docs/development.md#benchmarks): a bare Node https server with the services' own TLS
// options (createMtlsServer: simulator CA, requestCert, rejectUnauthorized, TLS 1.2+) that reads
// the body, JSON.parses it and answers 200 {}. Run as a child: node bare-server.js <pkiDir>.
import { createMtlsServer, loadServerTls } from '@duo-sim/shared';
import { serveBaseline } from './serve-baseline.js';

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

serveBaseline(server);
