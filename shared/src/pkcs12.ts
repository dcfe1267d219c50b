// A party's key and certificate as one PKCS#12 file (.p12), for clients that take a keystore rather
// than PEM files: .NET (X509Certificate2), Java (KeyStore "PKCS12"), Postman, Node's `pfx`.
import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { KeyAndCert } from './pki.js';

/**
 * The key encrypted with PBE-SHA1-3DES and a SHA-1 MAC: what every keystore reader still in use
 * accepts (older Java and .NET, macOS Keychain, OpenSSL 3 without its legacy provider). The CA goes
 * along as a second certificate, so a client that imports the file also has the chain.
 */
export function toPkcs12(pair: KeyAndCert, caCert: string, password: string, friendlyName: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(pair.key),
    [forge.pki.certificateFromPem(pair.cert), forge.pki.certificateFromPem(caCert)],
    password,
    { algorithm: '3des', friendlyName, generateLocalKeyId: true },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A password to print once: 18 random bytes as 24 URL-safe characters (no shell quoting needed). */
export function newPkcs12Password(): string {
  return randomBytes(18).toString('base64url');
}
