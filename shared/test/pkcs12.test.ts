// PKCS#12 for the vendors of `sim leverancier nieuw`: readable by Node (pfx), by OpenSSL and by
// Java's keytool (docs/vendor-guide.md#java).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { ensurePki, issueVendorCertificate, oinOfCertificate } from '@duo-sim/shared';

const installed = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasOpenssl = installed('openssl', ['version']);
// The Java example of the vendor guide loads the .p12 as a PKCS12 KeyStore; keytool reads it the same way.
const hasKeytool = installed('keytool', ['-help']);

describe('issueVendorCertificate', () => {
  let pkiDir: string;
  let issued: Awaited<ReturnType<typeof issueVendorCertificate>>;
  beforeAll(async () => {
    pkiDir = join(mkdtempSync(join(tmpdir(), 'duo-sim-p12-')), 'pki');
    await ensurePki(pkiDir, []);
    issued = await issueVendorCertificate(pkiDir, { oin: '00000099100010010000', naam: 'Mijn LAS' });
    // RSA keys for the CA, the server and the vendor: seconds on a busy machine.
  }, 30_000);

  it('writes the PEM pair and the .p12 privately, the OIN in the subject', () => {
    expect(oinOfCertificate(readFileSync(issued.certificaat))).toBe('00000099100010010000');
    for (const f of [issued.certificaat, issued.sleutel, issued.pkcs12]) expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(issued.wachtwoord).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("opens in Node's TLS with the password, and not without it", () => {
    const pfx = readFileSync(issued.pkcs12);
    expect(() => createSecureContext({ pfx, passphrase: issued.wachtwoord })).not.toThrow();
    expect(() => createSecureContext({ pfx, passphrase: 'fout' })).toThrow();
  });

  (hasOpenssl ? it : it.skip)('is a PKCS#12 that openssl reads: the key, the certificate and the CA', () => {
    const info = execFileSync(
      'openssl',
      ['pkcs12', '-info', '-in', issued.pkcs12, '-passin', `pass:${issued.wachtwoord}`, '-nokeys'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(info).toContain('serialNumber');
    expect(info).toContain('00000099100010010000');
    expect(info).toContain('Simulatie PKIoverheid CA');
    expect(info.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
  });

  (hasKeytool ? it : it.skip)("is a PKCS12 KeyStore for Java's keytool: one key entry with its chain", () => {
    const list = execFileSync(
      'keytool',
      ['-list', '-v', '-storetype', 'PKCS12', '-keystore', issued.pkcs12, '-storepass', issued.wachtwoord],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(list).toContain('Your keystore contains 1 entry');
    expect(list).toContain('PrivateKeyEntry');
    expect(list).toContain('Certificate chain length: 2');
    expect(list).toContain('SERIALNUMBER=00000099100010010000');
  });
});
