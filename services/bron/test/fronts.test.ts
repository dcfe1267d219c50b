// BRON's fronts (fronts.ts): the setting, which requests a front sends on to the main thread, the
// storingen cell the fronts read, the relay's identity, and a front that cannot start.
import { createStoringenStore, openDatabase, type Storing } from '@duo-sim/shared';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import {
  createRelay,
  meldStoringen,
  moetNaarHoofdthread,
  RELAY_HEADERS,
  startBronFrontsBeside,
  type FrontSettings,
} from '../src/fronts';

describe('BRON_FRONTS', () => {
  const env = { SIM_DATA_DIR: mkdtempSync(join(tmpdir(), 'bron-fronts-')) };
  afterAll(() => rmSync(env.SIM_DATA_DIR, { recursive: true, force: true }));
  it('is 1 (BRON alone) by default, and 1–8 when set', () => {
    expect(loadConfig(env).fronts).toBe(1);
    expect(loadConfig({ ...env, BRON_FRONTS: '2' }).fronts).toBe(2);
    expect(() => loadConfig({ ...env, BRON_FRONTS: '0' })).toThrow('BRON_FRONTS');
  });
});

test('a front sends every /_sim/ request on, and everything while a storing is active', () => {
  expect(moetNaarHoofdthread('/inschrijvingen', false)).toBe(false);
  expect(moetNaarHoofdthread('/scholen/11AA/berichten?na=3', false)).toBe(false);
  expect(moetNaarHoofdthread('/_sim/clock', false)).toBe(true);
  expect(moetNaarHoofdthread('/_sim/journal?wacht=30', false)).toBe(true);
  expect(moetNaarHoofdthread('/inschrijvingen', true)).toBe(true);
});

test('the storingen cell says whether one is active, set before the store call returns', () => {
  const cel = new Int32Array(new SharedArrayBuffer(4));
  const store = meldStoringen(createStoringenStore(openDatabase(':memory:')), cel);
  expect(Atomics.load(cel, 0)).toBe(0);
  store.add({ id: 'a', soort: 'ONDERHOUD', resterend: 1 } as unknown as Storing);
  expect(Atomics.load(cel, 0)).toBe(1);
  // The one request it was for: counted down and gone.
  expect(store.fire({ operatie: 'POST /inschrijvingen' } as never, Date.now())).toBeDefined();
  expect(Atomics.load(cel, 0)).toBe(0);
});

describe('the relay', () => {
  const relay = createRelay();
  const seen: Array<ReturnType<typeof relay.identify>> = [];
  let server: Awaited<ReturnType<typeof relay.listen>>;
  const other = http.createServer((req, res) => res.end(JSON.stringify(relay.identify(req))));
  beforeAll(async () => {
    server = await relay.listen((req, res) => {
      seen.push(relay.identify(req));
      res.end();
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await server.close();
    await new Promise((r) => other.close(r));
  });
  const send = (port: number, headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/_sim/clock', headers }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  const vouched = { [RELAY_HEADERS.oin]: '00000099000000010000', [RELAY_HEADERS.fingerprint]: 'AB:CD' };

  it('takes the caller a front vouches for with the token', async () => {
    await send(server.port, { ...vouched, [RELAY_HEADERS.token]: relay.token });
    expect(seen.pop()).toEqual({ oin: '00000099000000010000', fingerprint256: 'AB:CD' });
  });

  it('knows nobody without the token, and nobody from the headers on any other connection', async () => {
    await send(server.port, { ...vouched, [RELAY_HEADERS.token]: 'f'.repeat(relay.token.length) });
    expect(seen.pop()).toBeNull();
    const address = other.address() as { port: number };
    expect(await send(address.port, { ...vouched, [RELAY_HEADERS.token]: relay.token })).toBe('null');
  });
});

test('a front that cannot start is left out with one line on stderr', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bron-front-'));
  const script = join(dir, 'failing-front.js');
  writeFileSync(
    script,
    "require('node:worker_threads').parentPort.postMessage({ type: 'failed', message: 'geen database' }); process.exit(1);",
  );
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const cell = () => new Int32Array(new SharedArrayBuffer(8));
    const fronts = startBronFrontsBeside(
      {
        count: 2,
        config: loadConfig({ SIM_DATA_DIR: dir }),
        fd: -1,
        relay: { port: 1, token: 'x' },
        changeCell: { counters: cell(), index: 0 },
        peers: { osr: { counters: cell(), index: 0 }, rio: { counters: cell(), index: 0 } },
        schrijfmerken: cell(),
        klok: cell(),
        schrijfbeurt: cell(),
        allesDoorsturen: cell(),
        ontvangen: cell(),
        onCommitted: () => {},
        onJournaled: () => {},
      } satisfies FrontSettings,
      script,
    );
    await expect(fronts.ready).resolves.toEqual([]);
    await fronts.close();
    expect(stderr).toHaveBeenCalledWith('BRON-front 1 niet gestart, BRON werkt zonder: geen database\n');
  } finally {
    stderr.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
});
