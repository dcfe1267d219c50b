// Plain JSON bodies are read into one buffer of their announced length (http/body-buffer.ts), so
// what a slow client holds can go back to the system once freed (docs/security.md). A real mTLS
// server around the services' own app, real https clients that send bodies in many pieces: the
// body is read whole into one buffer and parsed as express.json would; chunked, compressed and
// other charsets still go to express.json; a client that vanishes mid-body leaves nothing behind.
import { Router } from 'express';
import type { ClientRequest } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  createBodyBudget,
  createFixedClock,
  createJournal,
  createMtlsServer,
  createPartyRegistry,
  createRevocationList,
  createSchemaRegistry,
  createServiceApp,
  loadServerTls,
  openDatabase,
  pkiPaths,
  silentLogger,
  type BodyBudget,
} from '@duo-sim/shared';
import { clientTls, fixtureParties, testPkiDir } from '@duo-sim/test-support';

const parties = fixtureParties();
const VENDOR = parties.find((p) => p.rol === 'leverancier')!.oin;
const KIB = 1024;
const SLACK_MS = 1_500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  body: { foutmeldingen?: Array<{ foutcode: string; fouttekst: string }> } & Record<string, unknown>;
}

let port: number;
let budget: BodyBudget;
let stored: unknown[];
let close: () => Promise<void>;

beforeAll(async () => {
  budget = createBodyBudget(4 * 1024 * KIB);
  stored = [];
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
      schemas: createSchemaRegistry(),
      parties: createPartyRegistry(parties),
      revocations: createRevocationList(pkiPaths(testPkiDir()).revoked),
      bodyBudget: budget,
    },
    { service: 'proef', title: 'proef', description: 'test', versie: '0', operations: [], routes, reset: () => undefined },
  );
  const server = createMtlsServer(app, loadServerTls(testPkiDir()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  close = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    db.close();
  };
});
afterAll(() => close());
beforeEach(() => (stored.length = 0));
afterEach(() => jest.restoreAllMocks());

/** POSTs `pieces` one by one (a pause between them, so each is its own TLS record) to /vrij. */
function post(pieces: Buffer[], headers: Record<string, string> = {}): { answer: Promise<Answer>; req: ClientRequest } {
  const length = pieces.reduce((n, p) => n + p.length, 0);
  const req = https.request({
    host: '127.0.0.1',
    port,
    servername: 'localhost',
    path: '/vrij',
    method: 'POST',
    agent: false,
    ...clientTls(VENDOR),
    headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? (JSON.parse(text) as Answer['body']) : {} }));
    });
  });
  void (async () => {
    for (const p of pieces) {
      req.write(p);
      await sleep(1);
    }
    req.end();
  })();
  return { answer, req };
}

/** `text` in pieces of `size` bytes. */
function inPieces(text: string | Buffer, size: number): Buffer[] {
  const all = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const pieces: Buffer[] = [];
  for (let i = 0; i < all.length; i += size) pieces.push(all.subarray(i, i + size));
  return pieces;
}

const GEEN_JSON = 'Het bericht is geen geldige JSON; stuur een JSON-object.';

describe('a plain JSON body', () => {
  it('is held in one buffer of its announced length, however many pieces it comes in', async () => {
    const text = JSON.stringify({ tekst: 'x'.repeat(200 * KIB) });
    const pieces = inPieces(text, 4 * KIB);
    const allocations = jest.spyOn(Buffer, 'allocUnsafeSlow');
    const a = await post(pieces).answer;
    expect(a.status).toBe(201);
    expect(stored).toEqual([JSON.parse(text)]);
    expect(allocations).toHaveBeenCalledWith(Buffer.byteLength(text));
  });

  it('is parsed as express.json parses it: strict JSON, a BOM dropped, UTF-8', async () => {
    for (const wrong of ['"tekst"', '  7', '{"tekst": ', '{"a":1}x']) {
      const a = await post([Buffer.from(wrong)]).answer;
      expect(a.status).toBe(400);
      expect(a.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', fouttekst: GEEN_JSON })]);
    }
    expect(stored).toEqual([]);

    const withBom = await post([Buffer.from('\ufeff{"naam":"Zoë"}')], { 'content-type': 'application/json; charset=UTF-8' })
      .answer;
    expect(withBom.status).toBe(201);
    expect(stored).toEqual([{ naam: 'Zoë' }]);

    // Bytes that are not UTF-8 are noted before parsing and refused by the text policy, as before.
    const latin1 = await post([Buffer.from('{"naam":"Zo'), Buffer.from([0xeb]), Buffer.from('"}')]).answer;
    expect(latin1.status).toBe(400);
    expect(stored).toHaveLength(1);
  });

  it('leaves a compressed body to express.json, which reads it as before', async () => {
    const text = JSON.stringify({ tekst: 'y'.repeat(100 * KIB) });
    const zipped = gzipSync(text);
    const allocations = jest.spyOn(Buffer, 'allocUnsafeSlow');
    const gz = await post([zipped], { 'content-encoding': 'gzip' }).answer;
    expect(gz.status).toBe(201);
    expect(stored).toEqual([JSON.parse(text)]);
    expect(allocations).not.toHaveBeenCalledWith(zipped.length);
  });

  it('leaves nothing behind when its client vanishes halfway: the budget comes back, the next body is read', async () => {
    const text = JSON.stringify({ tekst: 'z'.repeat(300 * KIB) });
    const { req, answer } = post([Buffer.from(text.slice(0, 1_000))], { 'content-length': String(Buffer.byteLength(text)) });
    answer.catch(() => undefined);
    // The rest never comes; the client goes.
    const started = performance.now();
    while (budget.inUseBytes() === 0 && performance.now() - started < SLACK_MS) await sleep(5);
    expect(budget.inUseBytes()).toBe(Buffer.byteLength(text));
    req.destroy();
    while (budget.inUseBytes() !== 0 && performance.now() - started < 2 * SLACK_MS) await sleep(5);
    expect(budget.inUseBytes()).toBe(0);
    const next = await post(inPieces(text, 16 * KIB)).answer;
    expect(next.status).toBe(201);
    expect(stored).toEqual([JSON.parse(text)]);
  });
});
