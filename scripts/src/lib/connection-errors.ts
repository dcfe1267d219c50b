// Why the CLI could not talk to a service, in words a workshop participant can act on. A refused
// client certificate reaches the client as a closed socket ("other side closed") or a TLS alert,
// which names nothing; so the CLI looks at the certificate it sent itself: its dates, the
// revocation list and its issuer, all in the same pki folder the services read.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dutchDate, pkiPaths, readRevoked } from '@duo-sim/shared';

/** The message of a connection that nothing accepted: the chain is not running there. */
export function isConnectionRefused(err: unknown): boolean {
  return /ECONNREFUSED/.test(String((err as Error)?.message ?? err));
}

export function chainNotRunning(url: string): string {
  return `De keten draait niet: niets luistert op ${url}. Start hem in een ander venster met: npm start`;
}

/** The Dutch calendar day of an instant: a certificate revoked at 23:30 UTC was revoked the next day here. */
const dag = (d: Date) => dutchDate(d);

/** revoked.json's instant as a Dutch day; an entry salvaged from an unreadable file says `onbekend`. */
function ingetrokkenOp(instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant : dag(at);
}

/** What is wrong with the party's certificate itself, or null when it looks fine. */
export function certificateProblem(pkiDir: string, oin: string, now = new Date()): string | null {
  const paths = pkiPaths(pkiDir);
  const file = paths.partyCert(oin);
  if (!existsSync(file)) return null;
  const cert = new X509Certificate(readFileSync(file));
  const wie = `Het certificaat van ${oin} (${file})`;
  const ca = existsSync(paths.caCert) ? new X509Certificate(readFileSync(paths.caCert)) : undefined;
  if (ca && !(cert.checkIssued(ca) && cert.verify(ca.publicKey))) {
    return `${wie} is niet uitgegeven door de CA van deze simulator; maak een nieuw met: npm run sim -- cert issue --oin ${oin} --name <naam>`;
  }
  if (new Date(cert.validTo) < now) {
    return `${wie} is verlopen op ${dag(new Date(cert.validTo))}; maak een nieuw met: npm run sim -- cert issue --oin ${oin} --name <naam>`;
  }
  if (new Date(cert.validFrom) > now) {
    return `${wie} is pas geldig vanaf ${dag(new Date(cert.validFrom))}; maak een nieuw met: npm run sim -- cert issue --oin ${oin} --name <naam>`;
  }
  const ingetrokken = readRevoked(paths.revoked).find((e) => e.fingerprint256 === cert.fingerprint256);
  if (ingetrokken) {
    return `${wie} is ingetrokken op ${ingetrokkenOp(ingetrokken.ingetrokkenOp)}; maak een nieuw met: npm run sim -- cert issue --oin ${oin} --name <naam>`;
  }
  return null;
}

/** The TLS alert in an error text, in Dutch; the alert is the server's own word for the refusal. */
function tlsAlert(message: string): string | null {
  const alerts: Array<[RegExp, string]> = [
    [/certificate expired/i, 'het certificaat is verlopen'],
    [/certificate revoked/i, 'het certificaat is ingetrokken'],
    [/unknown ca|unknown_ca/i, 'het certificaat is niet uitgegeven door de CA van de simulator'],
    [/bad certificate|certificate unknown|unsupported certificate/i, 'de dienst weigert het certificaat'],
    [/certificate required/i, 'de dienst wil een clientcertificaat'],
  ];
  return alerts.find(([re]) => re.test(message))?.[1] ?? null;
}

/** One Dutch sentence for a request to `url` as `oin` that failed before any answer. */
export function explainConnectionError(err: unknown, url: string, pkiDir: string, oin: string): string {
  const message = String((err as Error)?.message ?? err);
  if (isConnectionRefused(err)) return chainNotRunning(url);
  const probleem = certificateProblem(pkiDir, oin);
  if (probleem) return `${url} weigert de verbinding. ${probleem}`;
  const alert = tlsAlert(message);
  if (alert) return `${url} weigert de verbinding: ${alert} (${oin}).`;
  return `${url} is niet bereikbaar (${message.replace(/^.* is niet bereikbaar: /, '')}); draait de keten (npm start)?`;
}

/** For a 401 EK0030 answer: the reason the service gave, as one line above the body. */
export function explainRefusal(body: unknown): string | null {
  const fouten = (body as { foutmeldingen?: Array<{ foutcode?: string; fouttekst?: string }> } | null)?.foutmeldingen;
  const ek = fouten?.find((f) => f.foutcode === 'EK0030');
  return ek?.fouttekst ? `De dienst weigert dit certificaat: ${ek.fouttekst}` : null;
}
