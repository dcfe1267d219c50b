// Route and rule tests drive the app in-process: plain HTTP on 127.0.0.1, no TLS. The caller's
// party is not sent in the request: every party gets its own listening socket, and a connection
// accepted there stands for that party's certificate of the test PKI (its OIN and fingerprint, so
// a revoked certificate is refused in-process too). Apps built on testCommonDeps() read it through
// `testIdentity`; production servers never do (shared/src/http/identity.ts), and the mTLS tests
// prove that nothing a client sends chooses an identity there.
import { X509Certificate } from 'node:crypto';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { certificateIdentity, type Identify, type PeerIdentity } from '@duo-sim/shared';
import { callerFor, withVerbs, type AppUnderTest, type Caller } from './mtls';
import { clientTls } from './pki';

/** Sockets accepted by an in-process server, with the party they stand for (null: no certificate). */
const parties = new WeakMap<Socket, PeerIdentity | null>();

/** The identity of apps under test: the party of an in-process socket, else the TLS certificate. */
export const testIdentity: Identify = (req) => (parties.has(req.socket) ? parties.get(req.socket)! : certificateIdentity(req));

const identities = new Map<string, PeerIdentity>();

/** What the TLS layer would find in `who`'s certificate; refuses one the handshake would refuse. */
export function certificateOf(who: string): PeerIdentity {
  const known = identities.get(who);
  if (known) return known;
  const tls = clientTls(who);
  const cert = new X509Certificate(tls.cert);
  const now = Date.now();
  const trusted = cert.verify(new X509Certificate(tls.ca).publicKey);
  if (!trusted || Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now) {
    throw new Error(`${who}: the TLS handshake refuses this certificate, so only an mTLS test can show it (serveOverMtls)`);
  }
  const serial = /^serialNumber=(.*)$/m.exec(cert.subject)?.[1] ?? null;
  const identity = { oin: serial, fingerprint256: cert.fingerprint256 };
  identities.set(who, identity);
  return identity;
}

export interface InProcess extends AppUnderTest {
  /** A caller without any certificate (what the TLS layer would refuse before the app). */
  anonymous(): Caller;
  /** Where `oin`'s requests go, for a test that sends raw requests of its own (exact headers). */
  door(oin: string): Promise<Door>;
}

/** Where one party's requests to an in-process app go. */
export interface Door {
  agent: http.Agent;
  url: string;
}

interface OpenDoor extends Door {
  server: http.Server;
}

/** Serves `app` in-process: `as(oin)` calls it as that party, over keep-alive plain HTTP. */
export function serveInProcess(app: RequestListener): InProcess {
  const doors = new Map<string, Promise<OpenDoor>>();
  const open = (key: string, identity: PeerIdentity | null): Promise<OpenDoor> => {
    let door = doors.get(key);
    if (!door) {
      door = new Promise<OpenDoor>((resolve) => {
        const server = http.createServer(app);
        // As over mTLS (test/reliability/support/client.ts): the client drops idle sockets well before the
        // server does, so a loaded machine never reuses a socket the server is just closing (ECONNRESET).
        server.keepAliveTimeout = 15_000;
        server.on('connection', (socket: Socket) => parties.set(socket, identity));
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as AddressInfo;
          const agent = new http.Agent({ keepAlive: true, timeout: 4_000 });
          resolve({ server, agent, url: `http://127.0.0.1:${port}` });
        });
      });
      doors.set(key, door);
    }
    return door;
  };
  const callerAt = (key: string, identity: () => PeerIdentity | null): Caller => {
    const request: Caller['request'] = async (method, path, options) => {
      const door = await open(key, identity());
      return callerFor(door.url, { agent: door.agent }).request(method, path, options);
    };
    return withVerbs(request);
  };
  return {
    as: (oin) => callerAt(`oin:${oin}`, () => certificateOf(oin)),
    door: (oin) => open(`oin:${oin}`, certificateOf(oin)),
    anonymous: () => callerAt('anonymous', () => null),
    async close() {
      const all = await Promise.all(doors.values());
      doors.clear();
      await Promise.all(
        all.map(
          ({ server, agent }) =>
            new Promise<void>((resolve) => {
              agent.destroy();
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
