// Storingen in the shared skeleton (docs/storingen.md): the pure rules, which request is which
// operation, durability across a real restart, the TIME_OUT cap, and push faults only on BRON.
import { Router } from 'express';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkNieuweStoring,
  createServiceApp,
  createStoringenStore,
  isVerlopen,
  loadServiceConfig,
  openDatabase,
  operatieHerkenner,
  raakt,
  silentLogger,
  startService,
  type OperationSpec,
  type Storing,
} from '@duo-sim/shared';
import { testCommonDeps } from '@duo-sim/test-support';
import { callerFor, serveOverMtls } from '@duo-sim/test-support';
import { clientTls, fixtureParties, testPkiDir } from '@duo-sim/test-support';

// Real restarts and mTLS servers: slower than the default 5 s on a busy machine.
jest.setTimeout(30_000);

const parties = fixtureParties();
const OPERATOR = parties.find((p) => p.rol === 'operator')!.oin;
const VENDOR = parties.find((p) => p.rol === 'leverancier')!.oin;

const OPERATIONS: OperationSpec[] = [
  { method: 'post', path: '/proeven', summary: 'proef', wie: 'iedere partij' },
  { method: 'get', path: '/scholen/{brin}/proeven', summary: 'proef', wie: 'iedere partij' },
  { method: 'get', path: '/scholen/{brin}/{soort}', summary: 'proef', wie: 'iedere partij' },
  { method: 'get', path: '/_sim/proeven', summary: 'proef', wie: 'operator' },
];

function proefDefinitie(service: string, stored: string[] = []) {
  const routes = Router();
  routes.post('/proeven', (req, res) => {
    stored.push(JSON.stringify(req.body));
    res.status(201).json({ opgeslagen: stored.length });
  });
  return { service, title: 'proef', description: 'proef', versie: '0', operations: OPERATIONS, routes, reset: () => undefined };
}

describe('storingen rules (pure)', () => {
  const context = { service: 'rio', operaties: ['POST /proeven'], nuMs: Date.parse('2026-12-01T10:00:00Z') };
  it('refuses a push fault on any service but BRON, and accepts it there', () => {
    expect(checkNieuweStoring({ soort: 'PUSH_DUBBEL', aantal: 1 }, context)).toEqual([
      expect.objectContaining({ pointer: '/soort', foutcode: 'SCHEMA' }),
    ]);
    expect(checkNieuweStoring({ soort: 'PUSH_DUBBEL', aantal: 1 }, { ...context, service: 'bron' })).toEqual([]);
    expect(checkNieuweStoring({ soort: 'PUSH_VERTRAAGD', aantal: 1 }, { ...context, service: 'bron' })).toEqual([
      expect.objectContaining({ pointer: '/vertragingMs' }),
    ]);
  });

  it('reports every violation at once', () => {
    const fouten = checkNieuweStoring(
      { soort: 'VERTRAGING', operatie: 'GET /nergens', tot: '2026-12-01T09:00:00Z', aantal: 2 },
      context,
    );
    expect(fouten.map((f) => f.pointer).sort()).toEqual(['/aantal', '/operatie', '/tot', '/vertragingMs']);
  });

  it('matches on each field the fault names, and only requests (or only pushes)', () => {
    const s: Storing = {
      id: 'x',
      soort: 'INT500',
      aangemaakt: '',
      operatie: 'POST /proeven',
      leverancier: VENDOR,
      school: '11AA',
    };
    expect(raakt(s, { operatie: 'POST /proeven', partij: VENDOR, school: '11AA' })).toBe(true);
    expect(raakt(s, { operatie: 'POST /proeven', partij: OPERATOR, school: '11AA' })).toBe(false);
    expect(raakt(s, { operatie: 'POST /proeven', partij: VENDOR, school: '11AB' })).toBe(false);
    expect(raakt(s, { operatie: 'POST /proeven', partij: VENDOR })).toBe(false);
    expect(raakt({ id: 'y', soort: 'INT500', aangemaakt: '' }, { partij: VENDOR })).toBe(false);
    expect(raakt({ id: 'z', soort: 'PUSH_DUBBEL', aangemaakt: '' }, { partij: VENDOR })).toBe(true);
    expect(raakt({ id: 'z', soort: 'PUSH_DUBBEL', aangemaakt: '' }, { operatie: 'POST /proeven', partij: VENDOR })).toBe(false);
  });

  it('ends a fault at its tot, not before', () => {
    const s: Storing = { id: 'x', soort: 'INT500', aangemaakt: '', tot: '2026-12-01T10:00:01Z' };
    expect(isVerlopen(s, Date.parse('2026-12-01T10:00:00Z'))).toBe(false);
    expect(isVerlopen(s, Date.parse('2026-12-01T10:00:01Z'))).toBe(true);
  });
});

describe('operatieHerkenner', () => {
  const herkenner = operatieHerkenner(OPERATIONS);
  it('knows a request by method and path template, like Express (case, trailing slash)', () => {
    expect(herkenner.herken('POST', '/proeven')).toEqual({ operatie: 'POST /proeven', params: {} });
    expect(herkenner.herken('POST', '/PROEVEN/')).toEqual({ operatie: 'POST /proeven', params: {} });
    expect(herkenner.herken('GET', '/scholen/11AA/proeven')).toEqual({
      operatie: 'GET /scholen/{brin}/proeven',
      params: { brin: '11AA' },
    });
    expect(herkenner.herken('GET', '/scholen/11AA/andere')?.operatie).toBe('GET /scholen/{brin}/{soort}');
    expect(herkenner.herken('GET', '/scholen/%E0/proeven')?.params).toEqual({ brin: '%E0' });
    expect(herkenner.herken('GET', '/proeven')).toBeUndefined();
  });
  it("leaves the simulator's own routes out", () => {
    expect(herkenner.namen).not.toContain('GET /_sim/proeven');
    expect(herkenner.herken('GET', '/_sim/proeven')).toBeUndefined();
  });
});

it('keeps what is left of a fault in the database: a new store on the same file sees it counted down', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-sim-storingen-'));
  try {
    const file = join(dir, 'db.sqlite');
    const db = openDatabase(file);
    const store = createStoringenStore(db);
    store.add({ id: 'a', soort: 'INT500', aangemaakt: '2026-12-01T10:00:00Z', aantal: 3, resterend: 3 });
    store.add({ id: 'b', soort: 'ONDERHOUD', aangemaakt: '2026-12-01T10:00:00Z', tot: '2999-01-01T00:00:00Z' });
    store.add({ id: 'c', soort: 'INT500', aangemaakt: '2026-12-01T10:00:00Z', aantal: 1, resterend: 1, operatie: 'GET /x' });
    expect(store.fire({ operatie: 'POST /proeven', partij: VENDOR }, Date.now())?.id).toBe('a');
    expect(store.fire({ operatie: 'GET /x', partij: VENDOR }, Date.now())?.id).toBe('a');
    db.close();
    const reopened = createStoringenStore(openDatabase(file));
    expect(reopened.list(Date.now()).map((s) => [s.id, s.resterend])).toEqual([
      ['a', 1],
      ['b', undefined],
      ['c', 1],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('keeps an active fault across a restart of the service, in its own database', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'duo-sim-storingen-')), 'wereld');
  cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
  const config = loadServiceConfig('rio', { SIM_DATA_DIR: dataDir, RIO_PORT: '0' });
  const start = () => startService(config, {}, (ctx) => ({ app: createServiceApp(ctx, proefDefinitie('rio')) }), silentLogger());
  try {
    let running = await start();
    const gezet = await callerFor(running.url, clientTls(OPERATOR)).put('/_sim/storingen', { soort: 'INT500', aantal: 2 });
    expect(gezet.status).toBe(201);
    expect((await callerFor(running.url, clientTls(VENDOR)).post('/proeven', {})).status).toBe(500);
    await running.close();
    running = await start();
    try {
      const operator = callerFor(running.url, clientTls(OPERATOR));
      expect((await operator.get('/_sim/storingen')).body.storingen).toEqual([{ ...gezet.body, resterend: 1 }]);
      expect((await callerFor(running.url, clientTls(VENDOR)).post('/proeven', {})).status).toBe(500);
      expect((await callerFor(running.url, clientTls(VENDOR)).post('/proeven', {})).status).toBe(201);
    } finally {
      await running.close();
    }
  } finally {
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

it('drops a TIME_OUT request without a byte after the cap when the client waits longer, and journals it', async () => {
  const deps = testCommonDeps();
  const stored: string[] = [];
  const served = await serveOverMtls(createServiceApp({ ...deps, storingTimeOutMaxMs: 200 }, proefDefinitie('verzuim', stored)));
  try {
    await served.as(OPERATOR).put('/_sim/storingen', { soort: 'TIME_OUT', aantal: 1 });
    const started = Date.now();
    await expect(served.as(VENDOR).post('/proeven', { a: 1 })).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    deps.journal.flush();
    expect(deps.journal.list({})).toEqual([
      expect.objectContaining({ operatie: 'PUT /_sim/storingen', status: 201 }),
      expect.objectContaining({
        operatie: 'POST /proeven',
        status: 504,
        foutcodes: ['TIME_OUT'],
        storing: expect.objectContaining({ soort: 'TIME_OUT' }),
      }),
    ]);
    expect(stored).toEqual([]);
    expect((await served.as(VENDOR).post('/proeven', { a: 1 })).status).toBe(201);
  } finally {
    await served.close();
  }
});

it('refuses a push fault on a service other than BRON with 400', async () => {
  const served = await serveOverMtls(createServiceApp(testCommonDeps(), proefDefinitie('osr')));
  try {
    const res = await served.as(OPERATOR).put('/_sim/storingen', { soort: 'PUSH_VOLGORDE', aantal: 1 });
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/soort', fouttekst: expect.stringMatching(/bron/) }),
    ]);
  } finally {
    await served.close();
  }
});

it('describes the storingen endpoints in /openapi.json, and 503 on every operation', async () => {
  const served = await serveOverMtls(createServiceApp(testCommonDeps(), proefDefinitie('rio')));
  try {
    const { body } = await served.as(VENDOR).get('/openapi.json');
    expect(body.paths['/_sim/storingen'].put).toMatchObject({
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/sim-storing-nieuw' } } } },
      responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/sim-storing' } } } } },
    });
    expect(Object.keys(body.paths['/_sim/storingen'])).toEqual(['get', 'put', 'delete']);
    expect(Object.keys(body.paths['/_sim/storingen/{id}'])).toEqual(['delete']);
    expect(body.paths['/proeven'].post.responses['503']).toBeDefined();
  } finally {
    await served.close();
  }
});

it.each([
  ['rio', 'RIO'],
  ['osr', 'OSR'],
  ['verzuim', 'Het verzuimregister'],
])(
  'ONDERHOUD on %s names the service in its 503 as docs/storingen.md does ("%s is tijdelijk niet beschikbaar")',
  async (service, naam) => {
    const served = await serveOverMtls(createServiceApp(testCommonDeps(), proefDefinitie(service)));
    try {
      expect(
        (await served.as(OPERATOR).put('/_sim/storingen', { soort: 'ONDERHOUD', aantal: 1, retryAfterSeconden: 30 })).status,
      ).toBe(201);
      const res = await served.as(VENDOR).post('/proeven', {});
      expect([res.status, res.headers['retry-after']]).toEqual([503, '30']);
      expect(res.body.foutmeldingen).toEqual([
        {
          foutcode: 'ONDERHOUD',
          fouttekst: `${naam} is tijdelijk niet beschikbaar wegens onderhoud; stuur hetzelfde bericht over 30 seconden opnieuw.`,
        },
      ]);
    } finally {
      await served.close();
    }
  },
);
