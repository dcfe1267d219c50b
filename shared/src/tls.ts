// mTLS for servers and for service-to-service calls (EK-01, DESIGN decision 6).
import { statSync } from 'node:fs';
import https from 'node:https';
import type { RequestListener } from 'node:http';
import { pkiPaths, readPair, readRevoked } from './pki.js';
import { readFileSync } from 'node:fs';

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
 * An HTTPS server that demands a client certificate of the simulator CA. Missing, foreign,
 * expired and not-yet-valid certificates fail in the handshake and never reach a handler.
 */
export function createMtlsServer(listener: RequestListener, tls: TlsMaterial): https.Server {
  const server = https.createServer(
    {
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    listener,
  );
  // Longer than the clients' idle timeout, so a keep-alive socket is never closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

export interface RevocationList {
  isRevoked(fingerprint256: string): boolean;
}

/**
 * revoked.json, re-read when it changes. The file is stat-ed at most once per `checkEveryMs`,
 * so revoking takes effect within that time without a stat per request.
 */
export function createRevocationList(file: string, checkEveryMs = 250): RevocationList {
  let fingerprints = new Set<string>();
  let mtime = -1;
  let checkedAt = 0;
  const refresh = () => {
    let current = 0;
    try {
      current = statSync(file).mtimeMs;
    } catch {
      current = 0;
    }
    if (current !== mtime) {
      mtime = current;
      fingerprints = new Set(current === 0 ? [] : readRevoked(file).map((e) => e.fingerprint256));
    }
  };
  return {
    isRevoked(fp) {
      const now = Date.now();
      if (now - checkedAt >= checkEveryMs) {
        checkedAt = now;
        refresh();
      }
      return fingerprints.has(fp);
    },
  };
}
