// SIM_SERVER_NAMES: extra DNS names and IP addresses in the server certificate, so a LAS in a
// container or on another machine can verify the chain by the name it uses.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkServerIdentity, connect, type PeerCertificate } from 'node:tls';
import type { AddressInfo } from 'node:net';
import {
  certificateNames,
  ConfigError,
  ensurePki,
  loadServiceConfig,
  parseServerNames,
  pkiPaths,
  type PkiPaths,
} from '@duo-sim/shared';

const PARTY = { oin: '00000099100000010000', naam: 'Leerling Plaza B.V.' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadServiceConfig('bron', { SIM_DATA_DIR: mkdtempSync(join(tmpdir(), 'duo-sim-names-')), ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('SIM_SERVER_NAMES in the configuration', () => {
  it('takes DNS names and IPv4/IPv6 addresses, and adds them to the default push allowlist', () => {
    const config = loadServiceConfig('bron', {
      SIM_DATA_DIR: mkdtempSync(join(tmpdir(), 'duo-sim-names-')),
      SIM_SERVER_NAMES: ' host.docker.internal, LAS-test.local.,10.0.0.5,[2001:db8::5]',
    });
    expect(config.serverNames).toEqual(['host.docker.internal', 'las-test.local', '10.0.0.5', '2001:db8::5']);
    expect(['host.docker.internal', '10.0.0.5', '[2001:db8::5]', 'localhost'].map(config.pushToegestaan.allowsHost)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(config.pushToegestaan.allowsHost('10.0.0.6')).toBe(false);
  });

  it('refuses what is no name or address at start, in Dutch, with the other configuration errors', () => {
    expect(problemsOf({ SIM_SERVER_NAMES: 'goed.local,*.wild.local,http://x,10.0.0.300', SIM_LOG_LEVEL: 'luid' })).toEqual([
      expect.stringContaining('SIM_LOG_LEVEL=luid'),
      "SIM_SERVER_NAMES: '*.wild.local' is geen DNS-naam of IP-adres; verwacht bv. host.docker.internal,las-test.local,10.0.0.5",
      "SIM_SERVER_NAMES: 'http://x' is geen DNS-naam of IP-adres; verwacht bv. host.docker.internal,las-test.local,10.0.0.5",
      "SIM_SERVER_NAMES: '10.0.0.300' is geen DNS-naam of IP-adres; verwacht bv. host.docker.internal,las-test.local,10.0.0.5",
    ]);
    expect(parseServerNames('').names).toEqual([]);
  });
});

describe('the server certificate with SIM_SERVER_NAMES', () => {
  let dir: string;
  let paths: PkiPaths;
  const read = (f: string) => readFileSync(f, 'utf8');

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'duo-sim-names-')), 'pki');
    paths = pkiPaths(dir);
    await ensurePki(dir, [PARTY]);
  }, 30_000);

  it('names localhost and loopback only by default', () => {
    expect(certificateNames(read(paths.serverCert))).toEqual(['127.0.0.1', '::1', 'localhost']);
  });

  it('is issued again when the names change; the CA and client certificates stay', async () => {
    const before = { ca: read(paths.caCert), client: read(paths.partyCert(PARTY.oin)), server: read(paths.serverCert) };
    const { created } = await ensurePki(dir, [PARTY], ['las-test.local', '10.0.0.5', '2001:db8::5']);
    expect(created).toEqual([paths.serverCert]);
    expect(read(paths.caCert)).toBe(before.ca);
    expect(read(paths.partyCert(PARTY.oin))).toBe(before.client);
    expect(read(paths.serverCert)).not.toBe(before.server);
    expect(certificateNames(read(paths.serverCert))).toEqual(
      ['127.0.0.1', '10.0.0.5', '2001:db8::5', '::1', 'las-test.local', 'localhost'].sort(),
    );
    expect(new X509Certificate(read(paths.serverCert)).verify(new X509Certificate(before.ca).publicKey)).toBe(true);
    // The same names again (in another order and case): nothing is issued.
    expect((await ensurePki(dir, [PARTY], ['2001:DB8:0::5', '10.0.0.5', 'LAS-TEST.local'])).created).toEqual([]);
  }, 30_000);

  describe('a TLS client connecting by such a name', () => {
    let server: https.Server;
    let port: number;
    beforeAll(async () => {
      await ensurePki(dir, [PARTY], ['las-test.local', '10.0.0.5']);
      server = https.createServer({ cert: read(paths.serverCert), key: read(paths.serverKey) }, (_req, res) => res.end('ok'));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as AddressInfo).port;
    }, 30_000);
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    /** Connects to 127.0.0.1 but verifies the certificate for `name`, as a client that resolved it would. */
    function verifyAs(name: string, sni?: string): Promise<string> {
      return new Promise((resolve) => {
        const socket = connect({
          host: '127.0.0.1',
          port,
          ca: read(paths.caCert),
          ...(sni ? { servername: sni } : {}),
          checkServerIdentity: (_host: string, cert: PeerCertificate) => checkServerIdentity(name, cert),
        });
        socket.once('secureConnect', () => {
          socket.end();
          resolve('geverifieerd');
        });
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      });
    }

    it('verifies the server by an extra DNS name (sent as SNI) and by an extra IP address', async () => {
      expect(await verifyAs('las-test.local', 'las-test.local')).toBe('geverifieerd');
      expect(await verifyAs('10.0.0.5')).toBe('geverifieerd');
      expect(await verifyAs('localhost', 'localhost')).toBe('geverifieerd');
    });

    it('fails for a name or address that is not in the list', async () => {
      expect(await verifyAs('andere.local', 'andere.local')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
      expect(await verifyAs('10.0.0.6')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    });
  });
});
