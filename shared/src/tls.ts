// mTLS for servers and for service-to-service calls (EK-01, docs/architecture.md decision 6).
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { DEFAULT_SERVER_LIMITS, type ServerLimits } from './config.js';
import { trimAfterConnectionsFall } from './malloc-trim.js';
import { pkiPaths, readPair } from './pki.js';

export interface TlsMaterial {
  ca: string;
  cert: string;
  key: string;
}

/** What a service presents as server: the localhost certificate, trusting only the simulator CA. */
export function loadServerTls(pkiDir: string): TlsMaterial {
  const p = pkiPaths(pkiDir);
  return { ca: readFileSync(p.caCert, 'utf8'), ...readPair(p.serverCert, p.serverKey) };
}

/** What a party presents as client (DUO's for calls among the services). */
export function loadPartyTls(pkiDir: string, oin: string): TlsMaterial {
  const p = pkiPaths(pkiDir);
  return { ca: readFileSync(p.caCert, 'utf8'), ...readPair(p.partyCert(oin), p.partyKey(oin)) };
}

/**
 * TLS 1.3, and TLS 1.2 with forward secrecy (ECDHE) and AEAD ciphers only: no RSA key exchange,
 * no CBC or SHA-1 suites (docs/security.md). Node passes the TLS_* names to TLS 1.3.
 */
export const TLS_CIPHERS = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
].join(':');

/**
 * An HTTPS server that demands a client certificate of the simulator CA. Missing, foreign,
 * expired and not-yet-valid certificates fail in the handshake and never reach a handler.
 * `limits` bound what a slow or idle client can hold (docs/security.md).
 */
export function createMtlsServer(
  listener: RequestListener,
  tls: TlsMaterial,
  limits: Readonly<ServerLimits> = DEFAULT_SERVER_LIMITS,
): https.Server {
  const server = https.createServer(
    {
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      ciphers: TLS_CIPHERS,
      honorCipherOrder: true,
      handshakeTimeout: limits.handshakeTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node closes requests past their timeouts when it checks; by default every 30 s, which would
      // let a slow client hold on that much longer than configured.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  // A client that stops reading (or sending) between the timeouts above still loses its socket.
  server.timeout = limits.requestTimeoutMs;
  // A client may not start a TLS 1.2 renegotiation (a CPU cost it could repeat at will).
  server.on('secureConnection', (socket: TLSSocket) => socket.disableRenegotiation());
  closeBadConnectionsAfterTheirAnswer(server);
  if (limits.mallocTrim) trimAfterConnectionsFall(server);
  return server;
}

const RAW_ANSWERS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * What Node does with a connection whose bytes are not HTTP (or too slow): a bare 400/408/431 and
 * close. Except that an answer still being prepared for the request before (it waits for its
 * journal entry, see journal-middleware.ts) is given first, as Node gives one already under way.
 */
function closeBadConnectionsAfterTheirAnswer(server: https.Server): void {
  const answering = new WeakMap<Duplex, { req: IncomingMessage; res: ServerResponse }>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // req.socket, not res.socket: the latter is null once the client has gone.
    const socket = req.socket;
    answering.set(socket, { req, res });
    // A pipelined request after this one may have taken the socket's entry already.
    res.once('close', () => answering.get(socket)?.res === res && answering.delete(socket));
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const { req, res } = answering.get(socket) ?? {};
    // Only a request that was read whole is owed its answer; a slow one is cut off.
    if (req?.complete && res && !res.headersSent) {
      res.once('close', () => socket.destroy());
      return;
    }
    if (socket.writable && !res?.headersSent) {
      socket.write(`HTTP/1.1 ${RAW_ANSWERS[err.code ?? ''] ?? '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
    }
    socket.destroy();
  });
}

// Revocation lives in revocation.ts; re-exported here, where the services' apps import it from.
export { createRevocationList, type RevocationList, type RevocationOptions } from './revocation.js';
