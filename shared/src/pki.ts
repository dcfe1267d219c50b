// The simulated PKI (docs/architecture.md decision 6, EK-01): a CA standing in for PKIoverheid, a server
// certificate for localhost (and SIM_SERVER_NAMES), and one client certificate per party with its OIN
// as subject serialNumber (OID 2.5.4.5), all under <dataDir>/pki/.
import { X509Certificate, generateKeyPair } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type Selfsigned from 'selfsigned';
import { newPkcs12Password, toPkcs12 } from './pkcs12.js';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenTree, writePrivateFile } from './private-files.js';
import { ipFamily } from './ip-family.js';

const generateKeyPairAsync = promisify(generateKeyPair);

// selfsigned (with node-forge) is large: loaded when a certificate is made, not by every service's start.
let loadedSelfsigned: typeof Selfsigned | undefined;
function selfsigned(): typeof Selfsigned {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, as pkcs12.ts does for node-forge
  return (loadedSelfsigned ??= require('selfsigned') as typeof Selfsigned);
}

export const CA_NAME = 'Simulatie PKIoverheid CA';
const YEAR_MS = 365 * 86_400_000;

export interface PkiPaths {
  dir: string;
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  revoked: string;
  partyCert(oin: string): string;
  partyKey(oin: string): string;
  /** Key and certificate as PKCS#12, made only for the vendors of `sim leverancier nieuw`. */
  partyP12(oin: string): string;
}

export function pkiPaths(dir: string): PkiPaths {
  return {
    dir,
    caCert: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    revoked: join(dir, 'revoked.json'),
    partyCert: (oin) => join(dir, 'parties', `${oin}.crt`),
    partyKey: (oin) => join(dir, 'parties', `${oin}.key`),
    partyP12: (oin) => join(dir, 'parties', `${oin}.p12`),
  };
}

export interface KeyAndCert {
  key: string;
  cert: string;
}

async function rsaKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  // Node's async key generation runs on the thread pool, so several parties' keys are made in
  // parallel; selfsigned then only signs.
  return generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** A self-signed CA. `name` lets tests make a foreign CA that the simulator does not trust. */
export async function createCa(name = CA_NAME): Promise<KeyAndCert> {
  const keyPair = await rsaKeyPair();
  const now = Date.now();
  const pems = await selfsigned().generate(
    [
      { name: 'commonName', value: name },
      { name: 'organizationName', value: 'duo-sim' },
      { name: 'countryName', value: 'NL' },
    ],
    {
      keyPair,
      algorithm: 'sha256',
      notBeforeDate: new Date(now - 86_400_000),
      notAfterDate: new Date(now + 20 * YEAR_MS),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert };
}

export interface PartyCertOptions {
  oin: string;
  naam: string;
  /** For negative tests: a certificate whose validity ended / has not begun. */
  validity?: 'valid' | 'expired' | 'not-yet-valid';
}

/** A client certificate for a party, signed by `ca`, with the OIN as subject serialNumber. */
export async function issuePartyCertificate(ca: KeyAndCert, options: PartyCertOptions): Promise<KeyAndCert> {
  const keyPair = await rsaKeyPair();
  const now = Date.now();
  const [notBeforeDate, notAfterDate] =
    options.validity === 'expired'
      ? [new Date(now - 2 * YEAR_MS), new Date(now - YEAR_MS)]
      : options.validity === 'not-yet-valid'
        ? [new Date(now + YEAR_MS), new Date(now + 2 * YEAR_MS)]
        : [new Date(now - 86_400_000), new Date(now + 3 * YEAR_MS)];
  const pems = await selfsigned().generate(
    [
      { name: 'commonName', value: options.naam },
      { name: 'organizationName', value: options.naam },
      { name: 'countryName', value: 'NL' },
      { name: '2.5.4.5', value: options.oin },
    ],
    {
      keyPair,
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      ca,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', clientAuth: true },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert };
}

/** The names every server certificate has, whatever SIM_SERVER_NAMES says. */
export const BASE_SERVER_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** DNS names and IP addresses as a subjectAltName list: IPs as type 7, names as type 2. */
function altNames(names: readonly string[]) {
  return names.map((n) => (ipFamily(n) === 0 ? { type: 2 as const, value: n } : { type: 7 as const, ip: n }));
}

/** The server certificate every service presents: localhost, 127.0.0.1, ::1 and `extraNames`. */
export async function issueServerCertificate(ca: KeyAndCert, extraNames: readonly string[] = []): Promise<KeyAndCert> {
  const keyPair = await rsaKeyPair();
  const now = Date.now();
  const pems = await selfsigned().generate([{ name: 'commonName', value: 'localhost' }], {
    keyPair,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + 5 * YEAR_MS),
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: altNames(uniqueNames([...BASE_SERVER_NAMES, ...extraNames])) },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** Names compare without case; IPv6 addresses in their canonical form (as X509Certificate shows them). */
function canonicalName(name: string): string {
  return ipFamily(name) === 6 ? new URL(`http://[${name}]/`).hostname.slice(1, -1) : name.toLowerCase();
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const c = canonicalName(n);
    if (seen.has(c)) return false;
    seen.add(c);
    return true;
  });
}

/** The DNS names and IP addresses in a certificate's subjectAltName, canonical, sorted. */
export function certificateNames(pem: string | Buffer): string[] {
  const san = new X509Certificate(pem).subjectAltName ?? '';
  return san
    .split(', ')
    .map((entry) => /^(?:DNS:|IP Address:)(.+)$/.exec(entry)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(canonicalName)
    .sort();
}

/** Whether the server certificate on disk names exactly localhost, loopback and `extraNames`. */
function serverCertificateFits(certFile: string, extraNames: readonly string[]): boolean {
  try {
    const wanted = uniqueNames([...BASE_SERVER_NAMES, ...extraNames])
      .map(canonicalName)
      .sort();
    return JSON.stringify(certificateNames(readFileSync(certFile))) === JSON.stringify(wanted);
  } catch {
    return false;
  }
}

// Certificates too: only the user who runs the simulator uses them (docs/security.md).
function writePair(certFile: string, keyFile: string, pair: KeyAndCert): void {
  writePrivateFile(certFile, pair.cert);
  writePrivateFile(keyFile, pair.key);
}

export function readPair(certFile: string, keyFile: string): KeyAndCert {
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

export interface EnsurePkiResult {
  paths: PkiPaths;
  created: string[];
}

/**
 * Makes whatever is missing under `dir`: the CA, the server certificate, and a certificate for
 * every party. Existing files are kept, so a restart trusts the same certificates; only a server
 * certificate whose names differ from `serverNames` (SIM_SERVER_NAMES) is issued again.
 */
export async function ensurePki(
  dir: string,
  parties: ReadonlyArray<{ oin: string; naam: string }>,
  serverNames: readonly string[] = [],
): Promise<EnsurePkiResult> {
  const paths = pkiPaths(dir);
  // A world made before files were private: its keys and folders are tightened now.
  tightenTree(dir);
  ensurePrivateDir(dir);
  ensurePrivateDir(join(dir, 'parties'));
  const created: string[] = [];
  let ca: KeyAndCert;
  if (existsSync(paths.caCert) && existsSync(paths.caKey)) {
    ca = readPair(paths.caCert, paths.caKey);
  } else {
    ca = await createCa();
    writePair(paths.caCert, paths.caKey, ca);
    created.push(paths.caCert);
  }
  const jobs: Array<Promise<void>> = [];
  if (!existsSync(paths.serverKey) || !serverCertificateFits(paths.serverCert, serverNames)) {
    jobs.push(
      issueServerCertificate(ca, serverNames).then((pair) => {
        writePair(paths.serverCert, paths.serverKey, pair);
        created.push(paths.serverCert);
      }),
    );
  }
  for (const party of parties) {
    if (existsSync(paths.partyCert(party.oin)) && existsSync(paths.partyKey(party.oin))) continue;
    jobs.push(
      issuePartyCertificate(ca, party).then((pair) => {
        writePair(paths.partyCert(party.oin), paths.partyKey(party.oin), pair);
        created.push(paths.partyCert(party.oin));
      }),
    );
  }
  await Promise.all(jobs);
  if (!existsSync(paths.revoked)) writePrivateFile(paths.revoked, `${JSON.stringify({ ingetrokken: [] }, null, 2)}\n`);
  return { paths, created };
}

/** Issues (or replaces) the certificate of one party, e.g. `sim cert issue --expired`. */
export async function issueCertificateFile(dir: string, options: PartyCertOptions): Promise<string> {
  const paths = pkiPaths(dir);
  ensurePrivateDir(join(dir, 'parties'));
  const ca = readPair(paths.caCert, paths.caKey);
  const pair = await issuePartyCertificate(ca, options);
  writePair(paths.partyCert(options.oin), paths.partyKey(options.oin), pair);
  return paths.partyCert(options.oin);
}

export interface IssuedVendorCertificate {
  certificaat: string;
  sleutel: string;
  pkcs12: string;
  /** The .p12's password: returned once, stored nowhere. */
  wachtwoord: string;
}

/** A certificate for a vendor made with `sim leverancier nieuw`: PEM pair and PKCS#12. */
export async function issueVendorCertificate(
  dir: string,
  options: { oin: string; naam: string },
): Promise<IssuedVendorCertificate> {
  const paths = pkiPaths(dir);
  ensurePrivateDir(join(dir, 'parties'));
  const ca = readPair(paths.caCert, paths.caKey);
  const pair = await issuePartyCertificate(ca, options);
  const wachtwoord = newPkcs12Password();
  writePair(paths.partyCert(options.oin), paths.partyKey(options.oin), pair);
  writeFileSync(paths.partyP12(options.oin), toPkcs12(pair, ca.cert, wachtwoord, options.naam), { mode: PRIVATE_FILE_MODE });
  chmodSync(paths.partyP12(options.oin), PRIVATE_FILE_MODE);
  return {
    certificaat: paths.partyCert(options.oin),
    sleutel: paths.partyKey(options.oin),
    pkcs12: paths.partyP12(options.oin),
    wachtwoord,
  };
}

export interface RevokedEntry {
  oin: string;
  fingerprint256: string;
  ingetrokkenOp: string;
}

export interface Revocation {
  entry: RevokedEntry;
  /** Where an unreadable revoked.json was kept before a new one was written, if it was. */
  onleesbaarBewaard?: string;
}

/**
 * Adds the party's current certificate to revoked.json (merged into each service's database, see
 * revocation.ts). The file is replaced in one rename, so a service never reads half of it. An
 * unreadable file is kept aside and every fingerprint still legible in it is carried over: when
 * in doubt a certificate stays revoked.
 */
export function revokeCertificate(dir: string, oin: string): Revocation {
  const paths = pkiPaths(dir);
  const cert = new X509Certificate(readFileSync(paths.partyCert(oin)));
  const entry: RevokedEntry = { oin, fingerprint256: cert.fingerprint256, ingetrokkenOp: new Date().toISOString() };
  let list: RevokedEntry[];
  let onleesbaarBewaard: string | undefined;
  try {
    list = readRevoked(paths.revoked);
  } catch {
    const text = readFileSync(paths.revoked, 'utf8');
    onleesbaarBewaard = `${paths.revoked}.onleesbaar-${entry.ingetrokkenOp.replace(/[:.]/g, '-')}`;
    writePrivateFile(onleesbaarBewaard, text);
    list = salvageFingerprints(text);
  }
  if (!list.some((e) => e.fingerprint256 === entry.fingerprint256)) list.push(entry);
  const temporary = `${paths.revoked}.${process.pid}.tmp`;
  writePrivateFile(temporary, `${JSON.stringify({ ingetrokken: list }, null, 2)}\n`);
  renameSync(temporary, paths.revoked);
  return { entry, ...(onleesbaarBewaard ? { onleesbaarBewaard } : {}) };
}

/** The SHA-256 fingerprints still legible in a broken list (with the OIN that precedes each, if any). */
function salvageFingerprints(text: string): RevokedEntry[] {
  const found: RevokedEntry[] = [];
  const pattern = /(?:"oin"\s*:\s*"([^"]*)"[^{}]*?)?"fingerprint256"\s*:\s*"((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"/g;
  for (const m of text.matchAll(pattern)) {
    if (found.some((e) => e.fingerprint256 === m[2])) continue;
    found.push({ oin: m[1] ?? 'onbekend', fingerprint256: m[2]!, ingetrokkenOp: 'onbekend' });
  }
  return found;
}

/** The entries of revoked.json; [] when there is none; throws when it is not a list of entries. */
export function readRevoked(file: string): RevokedEntry[] {
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { ingetrokken?: unknown } | null;
  const list = parsed?.ingetrokken ?? [];
  if (!Array.isArray(list) || !list.every(isRevokedEntry)) throw new Error(`${file}: ingetrokken is geen lijst van certificaten`);
  return list;
}

function isRevokedEntry(e: unknown): e is RevokedEntry {
  const r = e as Partial<RevokedEntry> | null;
  return typeof r?.fingerprint256 === 'string' && typeof r.oin === 'string' && typeof r.ingetrokkenOp === 'string';
}

/** The OIN in a certificate's subject serialNumber (EK-01), or null. */
export function oinOfCertificate(pem: string | Buffer): string | null {
  const subject = new X509Certificate(pem).subject;
  const m = /(?:^|\n)serialNumber=([^\n]+)/.exec(subject);
  return m?.[1] ?? null;
}
