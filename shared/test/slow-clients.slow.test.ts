// Slow and idle clients (docs/security.md): a real mTLS server from createMtlsServer with short
// limits injected, real sockets that stall at each stage, and the assertion that the server closes
// them within the configured time plus slack. Also the connection cap, and that the services' own
// keep-alive client keeps working across the server's keep-alive timeout.
import net from 'node:net';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { createMtlsServer, createServiceClient, DUO_OIN, loadServerTls, type ServerLimits } from '@duo-sim/shared';
import { clientTls, testPkiDir } from '@duo-sim/test-support';

const LIMITS: ServerLimits = {
  handshakeTimeoutMs: 400,
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  keepAliveTimeoutMs: 400,
  maxConnections: 4,
  bodyBudgetBytes: 1024 * 1024,
  mallocTrim: false,
};
/** Timers, the server's connection check and a loaded machine: generous, still far below Node's defaults (60–300 s). */
const SLACK_MS = 1_500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slow and idle clients', () => {
  let server: ReturnType<typeof createMtlsServer>;
  let port: number;
  const open = new Set<net.Socket>();

  beforeAll(async () => {
    server = createMtlsServer(
      (req, res) => {
        req.resume();
        req.on('end', () => res.setHeader('content-type', 'application/json').end('{}'));
      },
      loadServerTls(testPkiDir()),
      LIMITS,
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    for (const s of open) s.destroy();
    open.clear();
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const track = <T extends net.Socket>(s: T): T => {
    open.add(s);
    s.on('error', () => undefined);
    // Flowing, so a 408 the server writes before closing does not hold back the 'close' event.
    s.resume();
    return s;
  };
  const rawConnection = (): Promise<net.Socket> =>
    new Promise((resolve) => {
      const s = track(net.connect(port, '127.0.0.1', () => resolve(s)));
    });
  const tlsConnection = (): Promise<tls.TLSSocket> =>
    new Promise((resolve, reject) => {
      const s = track(tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...clientTls(DUO_OIN) }));
      s.once('secureConnect', () => resolve(s));
      s.once('close', () => reject(new Error('closed before the handshake ended')));
    });
  /** Ms until the server closes the socket, or Infinity when it is still open after `withinMs`. */
  const closedAfter = (s: net.Socket, since: number, withinMs: number): Promise<number> =>
    new Promise((resolve) => {
      if (s.destroyed) return resolve(performance.now() - since);
      const timer = setTimeout(() => resolve(Infinity), withinMs);
      s.once('close', () => {
        clearTimeout(timer);
        resolve(performance.now() - since);
      });
    });

  it('closes a connection that never sends a TLS hello (handshake timeout)', async () => {
    const t0 = performance.now();
    const s = await rawConnection();
    expect(await closedAfter(s, t0, LIMITS.handshakeTimeoutMs + SLACK_MS)).toBeLessThan(LIMITS.handshakeTimeoutMs + SLACK_MS);
  });

  it('closes a TLS connection that sends no request (headers timeout)', async () => {
    const s = await tlsConnection();
    const t0 = performance.now();
    expect(await closedAfter(s, t0, LIMITS.headersTimeoutMs + SLACK_MS)).toBeLessThan(LIMITS.headersTimeoutMs + SLACK_MS);
  });

  it('closes a connection whose headers never end', async () => {
    const s = await tlsConnection();
    const t0 = performance.now();
    s.write('POST /inschrijvingen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n');
    expect(await closedAfter(s, t0, LIMITS.headersTimeoutMs + SLACK_MS)).toBeLessThan(LIMITS.headersTimeoutMs + SLACK_MS);
  });

  it('closes a connection that trickles its body (request timeout), though bytes keep coming', async () => {
    const s = await tlsConnection();
    const t0 = performance.now();
    s.write(
      'POST /inschrijvingen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
    );
    const trickle = setInterval(() => s.writable && s.write(' '), 50);
    try {
      expect(await closedAfter(s, t0, LIMITS.requestTimeoutMs + SLACK_MS)).toBeLessThan(LIMITS.requestTimeoutMs + SLACK_MS);
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes an idle keep-alive connection after its answer (keep-alive timeout)', async () => {
    const s = await tlsConnection();
    let answer = '';
    s.on('data', (d: Buffer) => (answer += d.toString()));
    s.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    while (!answer.includes('{}')) await sleep(5);
    const t0 = performance.now();
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(await closedAfter(s, t0, LIMITS.keepAliveTimeoutMs + SLACK_MS)).toBeLessThan(LIMITS.keepAliveTimeoutMs + SLACK_MS);
  });

  it('closes connections beyond the cap at once, and takes new ones when others have gone', async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections }, () => tlsConnection()));
    await expect(tlsConnection()).rejects.toThrow(/closed before the handshake ended/);
    held[0].destroy();
    await sleep(50);
    const again = await tlsConnection();
    expect(again.getProtocol()).toBe('TLSv1.3');
  });

  it("keeps the services' own keep-alive client working across the server's keep-alive timeout", async () => {
    // Whole seconds: the server's Keep-Alive hint is in seconds, and the client keeps a socket for
    // the hint minus 2 s. The server counts its timeout from the end of an answer.
    const keepAliveTimeoutMs = 3_000;
    const own = createMtlsServer((_req, res) => res.end('{}'), loadServerTls(testPkiDir()), {
      ...LIMITS,
      requestTimeoutMs: 5_000,
      keepAliveTimeoutMs,
    });
    await new Promise<void>((r) => own.listen(0, '127.0.0.1', r));
    let connections = 0;
    own.on('secureConnection', () => connections++);
    const client = createServiceClient(`https://localhost:${(own.address() as AddressInfo).port}`, clientTls(DUO_OIN));
    try {
      // Gaps below, near and past both timeouts: the client never sends on a socket the server is
      // closing, so every request is answered.
      for (const gap of [0, 500, 900, 1_100, 2_900, 3_100]) {
        await sleep(gap);
        expect((await client.request('GET', '/health')).status).toBe(200);
      }
      // Reused below the client's idle time, new ones after: keep-alive still saves handshakes.
      expect(connections).toBeGreaterThan(1);
      expect(connections).toBeLessThan(6);
    } finally {
      await client.close();
      own.closeAllConnections();
      await new Promise((r) => own.close(r));
    }
  }, 20_000);
});
