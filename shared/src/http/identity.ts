// EK-01: the caller is the subject serialNumber of its client certificate. The TLS layer has
// already refused missing, foreign, expired and not-yet-valid certificates; what it cannot know
// (revocation, a certificate without an OIN) is refused here with 401 EK0030.
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { isOin } from '../ids.js';
import { problems } from '../problem.js';
import type { RevocationList } from '../tls.js';
import { locals } from './context.js';

/** Who presented which certificate: `oin` is its subject serialNumber (null when it has none). */
export interface PeerIdentity {
  oin: string | null;
  fingerprint256: string;
}

/**
 * Finds the caller of a request, or null when it presented no acceptable certificate. Production
 * always uses `certificateIdentity`; only tests that drive an app in-process without TLS inject
 * another one (test-support/src/in-process.ts), and nothing a client sends can choose it.
 */
export type Identify = (req: IncomingMessage) => PeerIdentity | null;

// A keep-alive socket carries one certificate for its whole life: parse it once.
const identities = new WeakMap<object, PeerIdentity>();

/** The TLS peer certificate the request's connection was authorised with. */
export const certificateIdentity: Identify = (req) => {
  const socket = req.socket as TLSSocket;
  const cached = identities.get(socket);
  if (cached) return cached;
  if (!socket.encrypted || !socket.authorized) return null;
  const cert: PeerCertificate = socket.getPeerCertificate();
  if (!cert || !cert.fingerprint256) return null;
  const serial = (cert.subject as unknown as Record<string, string | string[] | undefined>).serialNumber;
  const oin = typeof serial === 'string' ? serial : null;
  const identity = { oin, fingerprint256: cert.fingerprint256 };
  identities.set(socket, identity);
  return identity;
};

export function identityMiddleware(revocations: RevocationList, identify: Identify = certificateIdentity) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const identity = identify(req);
    if (!identity) {
      next(problems.unauthenticated('Geen geldig clientcertificaat van de simulatie-CA aangeboden.'));
      return;
    }
    if (revocations.isRevoked(identity.fingerprint256)) {
      next(problems.unauthenticated('Het clientcertificaat is ingetrokken.'));
      return;
    }
    if (!identity.oin || !isOin(identity.oin)) {
      next(problems.unauthenticated('Het clientcertificaat bevat geen geldig OIN als subject serialNumber.'));
      return;
    }
    locals(res).partij = identity.oin;
    next();
  };
}
