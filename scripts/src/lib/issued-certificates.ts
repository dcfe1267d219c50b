// The names given with `sim cert issue --name`, so `--as` takes them like a party's naam. The index
// is the pki folder itself: each party certificate carries its naam as subject CN and its OIN as
// subject serialNumber, so nothing else has to be kept in step.
import { X509Certificate } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IssuedCertificate {
  oin: string;
  naam: string;
}

function field(subject: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\n)${name}=([^\\n]+)`).exec(subject)?.[1];
}

/** Every party certificate in `<pki>/parties` with an OIN and a naam. */
export function issuedCertificates(pkiDir: string): IssuedCertificate[] {
  const dir = join(pkiDir, 'parties');
  if (!existsSync(dir)) return [];
  const found: IssuedCertificate[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.crt'))) {
    try {
      const subject = new X509Certificate(readFileSync(join(dir, file))).subject;
      const oin = field(subject, 'serialNumber');
      const naam = field(subject, 'CN');
      if (oin && naam) found.push({ oin, naam });
    } catch {
      // Not a certificate (a stray file): it names nobody.
    }
  }
  return found;
}
