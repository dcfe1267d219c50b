// `sim ontvanger`: an afleveradres on this machine that shows every bericht BRON pushes
// (docs/vendor-guide.md §9). Plain http by default. With --https it answers as a vendor's real
// receiver should: over TLS with the chain's own server certificate (issued for localhost and
// SIM_SERVER_NAMES), and only to a client certificate of the simulator's CA, whose party it shows
// (BRON pushes with DUO's), so a vendor sees the whole handshake work before building their own.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { dutchDate, dutchTime, oinOfCertificate, pkiPaths, type Party } from '@duo-sim/shared';

export const ONTVANGER_USAGE = `  ontvanger [poort] [--https]              een afleveradres op http://127.0.0.1:<poort>/ (standaard 8088)
                                           dat elk gepusht bericht toont en met 204 beantwoordt;
                                           --https: op https://127.0.0.1:<poort>/ met het servercertificaat
                                           van de keten, alleen voor een clientcertificaat van de simulator-CA`;

export interface OntvangerDeps {
  pkiDir: string;
  parties: () => Party[];
  fail: (message: string) => never;
}

/** Who pushed, from the client certificate: `DUO (0000…)`, or the bare OIN of a party not in the world. */
function afzender(req: IncomingMessage, parties: () => Party[]): string | undefined {
  const socket = req.socket as Partial<TLSSocket>;
  const raw = socket.getPeerCertificate?.().raw;
  if (!raw) return undefined;
  const oin = oinOfCertificate(raw);
  if (!oin) return 'een certificaat zonder OIN';
  const partij = parties().find((p) => p.oin === oin);
  return partij ? `${partij.naam} (${oin})` : oin;
}

function show(req: IncomingMessage, res: ServerResponse, parties: () => Party[]): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let shown = text;
    try {
      shown = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      /* not JSON: show as is */
    }
    const now = new Date();
    const van = afzender(req, parties);
    console.log(`${dutchDate(now)} ${dutchTime(now)} ${req.method} ${req.url}${van ? ` van ${van}` : ''}\n${shown}\n`);
    res.writeHead(204).end();
  });
}

export function ontvangerCommand(args: string[], deps: OntvangerDeps): Promise<void> {
  const https = args.includes('--https');
  const port = Number(args.find((a) => !a.startsWith('--')) ?? 8088);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) deps.fail('geef een poort van 1 tot en met 65535');
  const handler = (req: IncomingMessage, res: ServerResponse) => show(req, res, deps.parties);
  let server;
  if (https) {
    const pki = pkiPaths(deps.pkiDir);
    let tls: { key: string; cert: string; ca: string };
    try {
      tls = {
        key: readFileSync(pki.serverKey, 'utf8'),
        cert: readFileSync(pki.serverCert, 'utf8'),
        ca: readFileSync(pki.caCert, 'utf8'),
      };
    } catch {
      deps.fail(`geen servercertificaat in ${deps.pkiDir}: start de keten eerst eenmaal (npm start), die maakt het aan`);
    }
    server = createHttpsServer({ ...tls, requestCert: true, rejectUnauthorized: true }, handler);
  } else {
    server = createHttpServer(handler);
  }
  const url = `${https ? 'https' : 'http'}://127.0.0.1:${port}/`;
  return new Promise((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      deps.fail(err.code === 'EADDRINUSE' ? `poort ${port} is al in gebruik: kies een andere` : `ontvanger: ${err.message}`),
    );
    server.listen(port, '127.0.0.1', () => {
      console.log(`ontvanger luistert op ${url} (Ctrl+C om te stoppen)`);
      if (https) console.log('alleen voor een clientcertificaat van de simulator-CA; BRON pusht met dat van DUO');
    });
    process.once('SIGINT', () => server.close(() => resolve()));
    process.once('SIGTERM', () => server.close(() => resolve()));
  });
}
