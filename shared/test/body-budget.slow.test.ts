// The body budget (docs/security.md): a real mTLS server from createMtlsServer around the services'
// own app with a tiny budget injected, and real sockets that hold bodies half-sent. A body that does
// not fit is refused unread (503 TE_DRUK, Retry-After, connection closed); the budget comes back
// when a body completes, fails or its client vanishes; the operator is never refused; and the
// bench's normal load fits many times over in the default budget.
import { Router } from 'express';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import {
  createBodyBudget,
  createFixedClock,
  createJournal,
  createMtlsServer,
  createPartyRegistry,
  createRevocationList,
  createSchemaRegistry,
  createServiceApp,
  DEFAULT_SERVER_LIMITS,
  loadServerTls,
  openDatabase,
  pkiPaths,
  silentLogger,
  type BodyBudget,
} from '@duo-sim/shared';
import { clientTls, fixtureParties, testPkiDir } from '@duo-sim/test-support';

const parties = fixtureParties();
const OPERATOR = parties.find((p) => p.rol === 'operator')!.oin;
const VENDOR = parties.find((p) => p.rol === 'leverancier')!.oin;

const KIB = 1024;
/** Large bodies (over 64 KiB) may use 150 KiB of it, small ones all 200 KiB. */
const CAPACITY = 200 * KIB;
/** Timers, the server's own turns and a loaded machine. */
const SLACK_MS = 1_500;

// Compiling the schemas takes a while: once for every server here.
const schemas = createSchemaRegistry();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { foutmeldingen?: Array<{ foutcode: string; fouttekst: string; pointer?: string }> } & Record<string, unknown>;
}

interface Server {
  port: number;
  budget: BodyBudget;
  /** Bodies that reached the route. */
  stored: unknown[];
  close(): Promise<void>;
}

async function startServer(budget?: BodyBudget): Promise<Server> {
  const own = budget ?? createBodyBudget(CAPACITY);
  const stored: unknown[] = [];
  const routes = Router();
  routes.post('/vrij', (req, res) => {
    stored.push(req.body);
    res.status(201).json({ opgeslagen: true });
  });
  const db = openDatabase(':memory:');
  const app = createServiceApp(
    {
      clock: createFixedClock('2026-11-28'),
      journal: createJournal(db),
      logger: silentLogger(),
      schemas,
      parties: createPartyRegistry(parties),
      revocations: createRevocationList(pkiPaths(testPkiDir()).revoked),
      bodyBudget: own,
    },
    { service: 'proef', title: 'proef', description: 'test', versie: '0', operations: [], routes, reset: () => undefined },
  );
  const server = createMtlsServer(app, loadServerTls(testPkiDir()), {
    ...DEFAULT_SERVER_LIMITS,
    headersTimeoutMs: 5_000,
    requestTimeoutMs: 10_000,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    budget: own,
    stored,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      db.close();
    },
  };
}

/** A TLS connection as `oin` that collects what the server answers. */
class Client {
  readonly socket: tls.TLSSocket;
  private received = Buffer.alloc(0);
  readonly closed: Promise<void>;

  private constructor(port: number, oin: string) {
    this.socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...clientTls(oin) });
    this.socket.on('error', () => undefined);
    this.socket.on('data', (d: Buffer) => (this.received = Buffer.concat([this.received, d])));
    this.closed = new Promise((r) => this.socket.once('close', () => r()));
  }

  static async open(port: number, oin = VENDOR): Promise<Client> {
    const c = new Client(port, oin);
    await new Promise<void>((resolve, reject) => {
      c.socket.once('secureConnect', () => resolve());
      c.socket.once('close', () => reject(new Error('closed before the handshake ended')));
    });
    return c;
  }

  /** Sends the head of a JSON request announcing `length` bytes, and `first` of its body. */
  start(path: string, length: number, first = '', method = 'POST'): void {
    this.socket.write(
      `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${first}`,
    );
  }

  send(text: string): void {
    this.socket.write(text);
  }

  /** The first complete answer on the connection. */
  async answer(withinMs = 5_000): Promise<Answer> {
    const deadline = performance.now() + withinMs;
    for (;;) {
      const text = this.received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end >= 0) {
        const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
        const headers: Record<string, string> = {};
        for (const l of lines) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
        const length = Number(headers['content-length'] ?? 0);
        if (this.received.length >= end + 4 + length) {
          const body = this.received.subarray(end + 4, end + 4 + length).toString('utf8');
          return { status: Number(statusLine.split(' ')[1]), headers, body: body ? (JSON.parse(body) as Answer['body']) : {} };
        }
      }
      if (performance.now() > deadline) throw new Error(`no complete answer within ${withinMs} ms: ${text.slice(0, 200)}`);
      await sleep(5);
    }
  }
}

/** A JSON object of exactly `bytes` bytes. */
function jsonOf(bytes: number): string {
  const shell = '{"tekst":""}';
  return `{"tekst":"${'x'.repeat(bytes - shell.length)}"}`;
}

/** Until `check` holds; the test fails with `what` if it does not within the slack. */
async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = performance.now() + SLACK_MS;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`not within ${SLACK_MS} ms: ${what}`);
    await sleep(5);
  }
}

async function send(port: number, body: string, oin = VENDOR, path = '/vrij', method = 'POST'): Promise<Answer> {
  const c = await Client.open(port, oin);
  try {
    c.start(path, Buffer.byteLength(body), body, method);
    return await c.answer();
  } finally {
    c.socket.destroy();
  }
}

describe('the body budget', () => {
  let server: Server;
  const clients: Client[] = [];
  const open = async (oin = VENDOR) => {
    const c = await Client.open(server.port, oin);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.socket.destroy();
    await server.close();
  });

  /** A large body of 100 KiB, its first byte sent: it holds 100 KiB of the budget. */
  const holdLarge = async () => {
    const held = await open();
    held.start('/vrij', 100 * KIB, '{');
    await until('the held body is counted', () => server.budget.inUseBytes() === 100 * KIB);
    return held;
  };

  it('refuses a body that does not fit at once, unread: 503 TE_DRUK, Retry-After, connection closed', async () => {
    await holdLarge();
    // Only the head: the answer comes without the server waiting for a single byte of the body.
    const refused = await open();
    refused.start('/vrij', 100 * KIB);
    const answer = await refused.answer();
    expect(answer.status).toBe(503);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.headers.connection).toBe('close');
    expect(answer.body.foutmeldingen).toEqual([
      {
        foutcode: 'TE_DRUK',
        fouttekst: 'De dienst leest nu te veel berichten tegelijk; stuur het bericht over 1 seconde opnieuw.',
        pointer: '/',
      },
    ]);
    await expect(Promise.race([refused.closed.then(() => 'closed'), sleep(SLACK_MS).then(() => 'open')])).resolves.toBe('closed');
    // The refused body took nothing, and nothing reached the route.
    expect(server.budget.inUseBytes()).toBe(100 * KIB);
    expect(server.stored).toHaveLength(0);
  });

  it('keeps the last quarter for small bodies: a large one is refused where a small one still fits', async () => {
    await holdLarge();
    expect((await send(server.port, jsonOf(65 * KIB))).status).toBe(503);
    expect((await send(server.port, jsonOf(64 * KIB))).status).toBe(201);
    expect(server.stored).toHaveLength(1);
  });

  it('refuses an announced length over the 1 MiB limit with 413 before reading it', async () => {
    const c = await open();
    c.start('/vrij', 2 * 1024 * KIB);
    const answer = await c.answer();
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body.foutmeldingen?.[0]).toMatchObject({ foutcode: 'SCHEMA', pointer: '/' });
    expect(server.budget.inUseBytes()).toBe(0);
  });

  it('gives the budget back when a body completes', async () => {
    const held = await holdLarge();
    held.send(jsonOf(100 * KIB).slice(1));
    expect((await held.answer()).status).toBe(201);
    await until('the budget is free', () => server.budget.inUseBytes() === 0);
    expect((await send(server.port, jsonOf(100 * KIB))).status).toBe(201);
  });

  it('gives the budget back when a body fails (not JSON)', async () => {
    const held = await holdLarge();
    held.send('x'.repeat(100 * KIB - 1));
    const answer = await held.answer();
    expect(answer.status).toBe(400);
    expect(answer.body.foutmeldingen?.[0]?.foutcode).toBe('SCHEMA');
    await until('the budget is free', () => server.budget.inUseBytes() === 0);
    expect((await send(server.port, jsonOf(100 * KIB))).status).toBe(201);
  });

  it('gives the budget back when the client vanishes mid-body', async () => {
    const held = await holdLarge();
    held.send('"x": "' + 'y'.repeat(30 * KIB));
    await sleep(50);
    held.socket.destroy();
    await until('the budget is free', () => server.budget.inUseBytes() === 0);
    expect((await send(server.port, jsonOf(100 * KIB))).status).toBe(201);
    expect(server.stored).toHaveLength(1);
  });

  it('never refuses the operator, and counts its body like any other', async () => {
    await holdLarge();
    // Fill the rest with small bodies held half-sent: 200 KiB in use.
    for (let i = 0; i < 2; i++) (await open()).start('/vrij', 50 * KIB, '{');
    await until('the budget is full', () => server.budget.inUseBytes() === CAPACITY);
    const body = JSON.stringify({ vandaag: '2027-02-01' });
    expect((await send(server.port, body, VENDOR, '/vrij')).status).toBe(503);
    const operator = await open(OPERATOR);
    operator.start('/_sim/clock', Buffer.byteLength(body), body.slice(0, 5), 'PUT');
    await until("the operator's body is counted too", () => server.budget.inUseBytes() === CAPACITY + Buffer.byteLength(body));
    operator.send(body.slice(5));
    expect(await operator.answer()).toMatchObject({ status: 200, body: { vandaag: '2027-02-01' } });
    await until('its bytes are given back', () => server.budget.inUseBytes() === CAPACITY);
  });
});

describe('the default body budget and the normal load', () => {
  it('holds 128 normal berichten half-sent at once (4× the bench load) and reads them all', async () => {
    const server = await startServer(createBodyBudget(DEFAULT_SERVER_LIMITS.bodyBudgetBytes));
    const clients: Client[] = [];
    try {
      // About the size of the bench's inschrijving bericht.
      const body = jsonOf(2 * KIB);
      for (let i = 0; i < 128; i++) {
        const c = await Client.open(server.port);
        clients.push(c);
        c.start('/vrij', body.length, body.slice(0, 100));
      }
      await until('all are counted at once', () => server.budget.inUseBytes() === 128 * body.length);
      for (const c of clients) c.send(body.slice(100));
      const statuses = await Promise.all(clients.map(async (c) => (await c.answer()).status));
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      await until('the budget is free', () => server.budget.inUseBytes() === 0);
    } finally {
      for (const c of clients) c.socket.destroy();
      await server.close();
    }
  }, 30_000);
});
