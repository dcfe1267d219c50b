// A party's key and certificate as one PKCS#12 file (.p12), for clients that take a keystore rather
// than PEM files: .NET (X509Certificate2), Java (KeyStore "PKCS12"), Postman, Node's `pfx`.
import { randomBytes } from 'node:crypto';
import type Forge from 'node-forge';

// node-forge is large (a second to load on a busy machine): loaded for the first .p12, not by every
// service, CLI call and test that imports @duo-sim/shared.
let loaded: typeof Forge | undefined;
function forge(): typeof Forge {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load; import() would make toPkcs12 async
  return (loaded ??= require('node-forge') as typeof Forge);
}

/**
 * The key encrypted with PBE-SHA1-3DES and a SHA-1 MAC: what every keystore reader still in use
 * accepts (older Java and .NET, macOS Keychain, OpenSSL 3 without its legacy provider). The CA goes
 * along as a second certificate, so a client that imports the file also has the chain.
 */
// The pair is typed here, not imported from pki.ts, which imports this file (no import cycle).
export function toPkcs12(pair: { key: string; cert: string }, caCert: string, password: string, friendlyName: string): Buffer {
  const { asn1: der, pkcs12, pki } = forge();
  const asn1 = pkcs12.toPkcs12Asn1(
    pki.privateKeyFromPem(pair.key),
    [pki.certificateFromPem(pair.cert), pki.certificateFromPem(caCert)],
    password,
    { algorithm: '3des', friendlyName, generateLocalKeyId: true },
  );
  return Buffer.from(der.toDer(asn1).getBytes(), 'binary');
}

/** A password to print once: 18 random bytes as 24 URL-safe characters (no shell quoting needed). */
export function newPkcs12Password(): string {
  return randomBytes(18).toString('base64url');
}
