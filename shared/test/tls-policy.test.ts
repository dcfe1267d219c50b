// The TLS policy of every service (docs/security.md): TLS 1.3, or TLS 1.2 with ECDHE and an AEAD
// cipher; no RSA key exchange, no CBC/SHA-1 suites, no client-initiated renegotiation. Real
// clients against a real server built by createMtlsServer.
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { createMtlsServer, DUO_OIN, loadServerTls } from '@duo-sim/shared';
import { clientTls, testPkiDir } from '@duo-sim/test-support';

type Outcome = { ok: true; protocol: string | null; cipher: string } | { ok: false; error: string };

describe('TLS policy', () => {
  let server: ReturnType<typeof createMtlsServer>;
  let port: number;

  beforeAll(async () => {
    server = createMtlsServer((_req, res) => res.end('{}'), loadServerTls(testPkiDir()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const connect = (options: tls.ConnectionOptions): Promise<{ socket: tls.TLSSocket | null; outcome: Outcome }> =>
    new Promise((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...clientTls(DUO_OIN), ...options });
      socket.once('secureConnect', () =>
        resolve({ socket, outcome: { ok: true, protocol: socket.getProtocol(), cipher: socket.getCipher().standardName } }),
      );
      socket.once('error', (err) => resolve({ socket: null, outcome: { ok: false, error: err.message } }));
    });

  it.each([
    ['AES128-SHA (RSA key exchange, CBC, SHA-1)', 'AES128-SHA'],
    ['AES256-GCM-SHA384 (RSA key exchange, no forward secrecy)', 'AES256-GCM-SHA384'],
    ['ECDHE-RSA-AES128-SHA (CBC, SHA-1)', 'ECDHE-RSA-AES128-SHA'],
    ['ECDHE-RSA-AES256-SHA384 (CBC)', 'ECDHE-RSA-AES256-SHA384'],
  ])('refuses a TLS 1.2 client that offers only %s', async (_label, ciphers) => {
    const { outcome } = await connect({ ciphers, maxVersion: 'TLSv1.2' });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/handshake failure|no shared cipher|alert/i) });
  });

  it('accepts TLS 1.2 with ECDHE and AES-GCM, and TLS 1.3', async () => {
    const tls12 = await connect({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' });
    expect(tls12.outcome).toEqual({ ok: true, protocol: 'TLSv1.2', cipher: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256' });
    tls12.socket?.destroy();
    const tls13 = await connect({});
    expect(tls13.outcome).toMatchObject({ ok: true, protocol: 'TLSv1.3' });
    tls13.socket?.destroy();
  });

  it('ends a TLS 1.2 connection whose client asks to renegotiate, without answering on it', async () => {
    const { socket, outcome } = await connect({ maxVersion: 'TLSv1.2' });
    expect(outcome).toMatchObject({ ok: true, protocol: 'TLSv1.2' });
    const s = socket!;
    let received = '';
    s.on('data', (d: Buffer) => (received += d.toString()));
    s.on('error', () => undefined);
    const closed = new Promise<boolean>((r) => {
      const timer = setTimeout(() => r(false), 3_000);
      s.once('close', () => {
        clearTimeout(timer);
        r(true);
      });
    });
    expect(s.renegotiate({ rejectUnauthorized: true }, () => undefined)).toBe(true);
    // The renegotiation handshake travels with the next record the client sends.
    s.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(await closed).toBe(true);
    expect(received).toBe('');
  });
});
