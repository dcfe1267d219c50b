// The PKI every test run shares: made once by the Jest global setup (RSA keys are slow), cached
// under .cache/ between runs while the parties stay the same.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createCa,
  ensurePki,
  issuePartyCertificate,
  pkiPaths,
  revokeCertificate,
  type KeyAndCert,
  type Party,
  type TlsMaterial,
} from '@duo-sim/shared';
import { generate } from 'selfsigned';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const FIXTURE_PARTIES = join(REPO_ROOT, 'fixtures', 'parties.json');

/** Callers that exist only to be refused (docs/reliability.md). */
export const NEGATIVE = {
  expired: { oin: '00000099999900010000', naam: 'Test Verlopen Certificaat' },
  notYetValid: { oin: '00000099999900020000', naam: 'Test Nog Niet Geldig' },
  revoked: { oin: '00000099999900030000', naam: 'Test Ingetrokken' },
  foreign: { oin: '00000099999900040000', naam: 'Test Andere CA' },
  noOin: { oin: 'zonder-oin', naam: 'Test Zonder OIN' },
  /** A valid certificate of a party the world does not know (a new vendor). */
  stranger: { oin: '00000099999900050000', naam: 'Test Onbekende Partij' },
} as const;

const VERSION = 'v1';

export function fixtureParties(): Party[] {
  return existsSync(FIXTURE_PARTIES) ? (JSON.parse(readFileSync(FIXTURE_PARTIES, 'utf8')) as Party[]) : [];
}

function cacheDir(): string {
  const hash = createHash('sha256')
    .update(VERSION)
    .update(existsSync(FIXTURE_PARTIES) ? readFileSync(FIXTURE_PARTIES) : '')
    .digest('hex')
    .slice(0, 16);
  return join(REPO_ROOT, '.cache', `test-pki-${hash}`);
}

function write(dir: string, name: string, pair: KeyAndCert): void {
  writeFileSync(join(dir, `${name}.crt`), pair.cert);
  writeFileSync(join(dir, `${name}.key`), pair.key);
}

/** Makes (or finds) the test PKI and returns its folder. */
export async function prepareTestPki(): Promise<string> {
  const dir = cacheDir();
  if (existsSync(join(dir, 'complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const parties = [...fixtureParties(), NEGATIVE.revoked, NEGATIVE.stranger];
  const { paths } = await ensurePki(dir, parties);
  const ca = { cert: readFileSync(paths.caCert, 'utf8'), key: readFileSync(paths.caKey, 'utf8') };
  const extra = join(dir, 'negative');
  mkdirSync(extra, { recursive: true });
  const foreignCa = await createCa('Vreemde CA');
  const [expired, notYet, foreign, noOin] = await Promise.all([
    issuePartyCertificate(ca, { ...NEGATIVE.expired, validity: 'expired' }),
    issuePartyCertificate(ca, { ...NEGATIVE.notYetValid, validity: 'not-yet-valid' }),
    issuePartyCertificate(foreignCa, NEGATIVE.foreign),
    generate([{ name: 'commonName', value: NEGATIVE.noOin.naam }], { algorithm: 'sha256', ca }),
  ]);
  write(extra, 'expired', expired);
  write(extra, 'not-yet-valid', notYet);
  write(extra, 'foreign', foreign);
  write(extra, 'foreign-ca', foreignCa);
  write(extra, 'no-oin', { cert: noOin.cert, key: noOin.private });
  revokeCertificate(dir, NEGATIVE.revoked.oin);
  writeFileSync(join(dir, 'complete'), new Date().toISOString());
  return dir;
}

/** The folder made by the global setup. */
export function testPkiDir(): string {
  const dir = process.env.DUO_SIM_TEST_PKI;
  if (!dir) throw new Error('DUO_SIM_TEST_PKI is not set: run the tests through Jest (global setup)');
  return dir;
}

/** Client TLS material of a party of the test PKI, or of one of the NEGATIVE callers. */
export function clientTls(who: string): TlsMaterial {
  const dir = testPkiDir();
  const p = pkiPaths(dir);
  const ca = readFileSync(p.caCert, 'utf8');
  const negative: Record<string, string> = {
    [NEGATIVE.expired.oin]: 'expired',
    [NEGATIVE.notYetValid.oin]: 'not-yet-valid',
    [NEGATIVE.foreign.oin]: 'foreign',
    [NEGATIVE.noOin.oin]: 'no-oin',
  };
  const name = negative[who];
  if (name) {
    return {
      ca,
      cert: readFileSync(join(dir, 'negative', `${name}.crt`), 'utf8'),
      key: readFileSync(join(dir, 'negative', `${name}.key`), 'utf8'),
    };
  }
  return { ca, cert: readFileSync(p.partyCert(who), 'utf8'), key: readFileSync(p.partyKey(who), 'utf8') };
}
