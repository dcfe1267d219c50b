// The shared service skeleton over real mTLS: identity (EK-01), common routes (docs/services/common.md),
// body handling (docs/services/common.md) and idempotent replay (EK-06).
import { Router } from 'express';
import { randomUUID } from 'node:crypto';
import {
  checkBedrijfsdocument,
  createFixedClock,
  createJournal,
  createPartyRegistry,
  createReplayGuard,
  createRevocationList,
  createSchemaRegistry,
  createServiceApp,
  DUO_OIN,
  openDatabase,
  partijOf,
  pkiPaths,
  problems,
  silentLogger,
  type Bedrijfsdocument,
} from '@duo-sim/shared';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { callerFor, clientTls, fixtureParties, NEGATIVE, type Served, serveOverMtls, testPkiDir } from '@duo-sim/test-support';

const parties = fixtureParties();
const OPERATOR = parties.find((p) => p.rol === 'operator')!.oin;
const VENDOR = parties.find((p) => p.rol === 'leverancier')!.oin;
const OTHER_VENDOR = parties.filter((p) => p.rol === 'leverancier')[1].oin;

function buildApp() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE ontvangen (id INTEGER PRIMARY KEY, inhoud TEXT)');
  const insert = db.prepare('INSERT INTO ontvangen (inhoud) VALUES (?)');
  const count = () => (db.prepare('SELECT count(*) AS n FROM ontvangen').get() as { n: number }).n;
  const clock = createFixedClock('2026-11-28');
  const journal = createJournal(db);
  const replay = createReplayGuard(db);
  let resets = 0;
  const routes = Router();
  // Stores whatever arrives, so the text policy and the gates are seen to act before any route.
  routes.post('/vrij', (req, res) => {
    insert.run(JSON.stringify(req.body));
    res.status(201).json({ opgeslagen: true });
  });
  routes.post('/proefberichten', async (req, res) => {
    const bd = (req.body as { bedrijfsdocument: Bedrijfsdocument }).bedrijfsdocument;
    const fouten = checkBedrijfsdocument(bd);
    if (fouten.length > 0) throw problems.rejected(fouten, bd.identificatiecodeBedrijfsdocument);
    const outcome = await replay.handle(partijOf(res), bd.identificatiecodeBedrijfsdocument, req.body, async () => {
      await new Promise((r) => setTimeout(r, 20)); // a peer call: concurrent sends overlap here
      return () => {
        const id = Number(insert.run(JSON.stringify(req.body)).lastInsertRowid);
        return { status: 201, body: { identificatiecodeBedrijfsdocument: bd.identificatiecodeBedrijfsdocument, id } };
      };
    });
    res.status(outcome.status).json(outcome.body);
  });
  routes.get('/kapot', () => {
    throw new Error('geheim detail');
  });
  const app = createServiceApp(
    {
      clock,
      journal,
      logger: silentLogger(),
      schemas: createSchemaRegistry(),
      parties: createPartyRegistry(parties),
      revocations: createRevocationList(pkiPaths(testPkiDir()).revoked),
    },
    {
      service: 'proef',
      title: 'Proefdienst',
      description: 'test',
      versie: '0.0.1',
      operations: [{ method: 'post', path: '/proefberichten', summary: 'proef', wie: 'iedereen' }],
      routes,
      reset: () => {
        resets++;
      },
    },
  );
  return { app, count, clock, resets: () => resets };
}

const bericht = (id = randomUUID(), extra: Record<string, unknown> = {}) => ({
  bedrijfsdocument: {
    identificatiecodeBedrijfsdocument: id,
    verzendendeInstantie: '0000000700025BE00000',
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: '2026-11-28T10:15:00Z',
  },
  inhoud: 'proef',
  ...extra,
});

describe('shared service app over mTLS', () => {
  let served: Served;
  let ctx: ReturnType<typeof buildApp>;
  beforeAll(async () => {
    ctx = buildApp();
    served = await serveOverMtls(ctx.app);
  });
  afterAll(() => served.close());

  describe('identity (EK-01)', () => {
    it('answers a party with a certificate of the simulator CA', async () => {
      const res = await served.as(VENDOR).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', service: 'proef', versie: '0.0.1', vandaag: '2026-11-28' });
    });

    it.each([
      ['no certificate', undefined],
      ['a certificate of another CA', NEGATIVE.foreign.oin],
      ['an expired certificate', NEGATIVE.expired.oin],
      ['a certificate that is not yet valid', NEGATIVE.notYetValid.oin],
    ])('refuses %s in the TLS handshake, before any handler', async (_label, oin) => {
      const before = ctx.count();
      const caller = oin ? served.as(oin) : callerFor(served.url, { ca: readFileSync(pkiPaths(testPkiDir()).caCert, 'utf8') });
      await expect(caller.post('/proefberichten', bericht())).rejects.toThrow();
      expect(ctx.count()).toBe(before);
    });

    it('refuses a revoked certificate with 401 EK0030', async () => {
      const res = await served.as(NEGATIVE.revoked.oin).post('/proefberichten', bericht());
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
      expect(res.body.foutmeldingen[0].fouttekst).toMatch(/ingetrokken/);
    });

    it('refuses a certificate without an OIN in its subject serialNumber with 401 EK0030', async () => {
      const res = await served.as(NEGATIVE.noOin.oin).get('/health');
      expect(res.status).toBe(401);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
    });
  });

  describe('bodies and errors (docs/services/common.md)', () => {
    it('answers a body over 1 MiB with 413 problem+json', async () => {
      const res = await served.as(VENDOR).post('/proefberichten', bericht(undefined, { groot: 'x'.repeat(1024 * 1024 + 1) }));
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
    });

    it('answers non-JSON with 400 problem+json', async () => {
      const res = await served
        .as(VENDOR)
        .request('POST', '/proefberichten', { raw: '{"bedrijfsdocument": ', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'SCHEMA', pointer: '/' });
    });

    it('answers another content type with 400 problem+json', async () => {
      const res = await served
        .as(VENDOR)
        .request('POST', '/proefberichten', { raw: 'a=b', headers: { 'content-type': 'text/plain' } });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].fouttekst).toMatch(/application\/json/);
    });

    it('answers an unknown path with a 404 problem', async () => {
      const res = await served.as(VENDOR).get('/bestaat-niet');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers a path with a malformed %-escape with 400, not 500', async () => {
      const res = await served.as(VENDOR).get('/schemas/%ZZ');
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].foutcode).toBe('SCHEMA');
    });

    it('turns an unexpected error into 500 INT500 without leaking its message', async () => {
      const res = await served.as(VENDOR).get('/kapot');
      expect(res.status).toBe(500);
      expect(res.body.foutmeldingen[0].foutcode).toBe('INT500');
      expect(res.text).not.toMatch(/geheim/);
    });
  });

  describe('common routes (docs/services/common.md)', () => {
    it('serves OpenAPI 3.1 with the shared schemas', async () => {
      const res = await served.as(VENDOR).get('/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(res.body.paths['/proefberichten'].post.summary).toBe('proef');
      expect(res.body.paths['/_sim/clock'].put).toBeDefined();
      expect(res.body.components.schemas.problem.$id).toBe('https://duo-sim.local/schemas/problem.json');
    });

    it('serves a schema by name and 404 for an unknown one', async () => {
      expect((await served.as(VENDOR).get('/schemas/problem')).body.title).toBe('Problem');
      expect((await served.as(VENDOR).get('/schemas/problem.json')).status).toBe(200);
      expect((await served.as(VENDOR).get('/schemas/onbekend')).status).toBe(404);
    });

    it('lets the operator read and set the clock', async () => {
      const put = await served.as(OPERATOR).put('/_sim/clock', { vandaag: '2027-02-01' });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ vandaag: '2027-02-01' });
      expect((await served.as(VENDOR).get('/health')).body.vandaag).toBe('2027-02-01');
      expect((await served.as(OPERATOR).get('/_sim/clock')).body).toEqual({ vandaag: '2027-02-01' });
      ctx.clock.set('2026-11-28');
    });

    it('rejects a clock date that does not exist', async () => {
      const res = await served.as(OPERATOR).put('/_sim/clock', { vandaag: '2027-02-30' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].pointer).toBe('/vandaag');
      expect(ctx.clock.today()).toBe('2026-11-28');
    });

    it.each([
      ['GET', '/_sim/clock'],
      ['PUT', '/_sim/clock'],
      ['POST', '/_sim/reset'],
    ])('refuses a non-operator on %s %s with 403 AUT401', async (method, path) => {
      const res = await served.as(VENDOR).request(method, path, { body: { vandaag: '2027-01-01' } });
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
      expect(ctx.clock.today()).toBe('2026-11-28');
      expect(ctx.resets()).toBe(0);
    });

    it('lets the operator reset the world', async () => {
      const res = await served.as(OPERATOR).post('/_sim/reset', {});
      expect(res.status).toBe(200);
      expect(ctx.resets()).toBe(1);
    });

    it('shows a party only its own exchanges in the journal, and the operator all', async () => {
      await served.as(OTHER_VENDOR).get('/health');
      const own = await served.as(VENDOR).get('/_sim/journal?limiet=1000');
      expect(own.status).toBe(200);
      expect(own.body.regels.length).toBeGreaterThan(0);
      expect(own.body.regels.every((r: { partij: string }) => r.partij === VENDOR)).toBe(true);
      const other = await served.as(VENDOR).get(`/_sim/journal?partij=${OTHER_VENDOR}`);
      expect(other.status).toBe(403);
      const all = await served.as(OPERATOR).get('/_sim/journal?limiet=1000');
      expect(all.body.regels.some((r: { partij: string }) => r.partij === OTHER_VENDOR)).toBe(true);
    });

    it('keeps ?spoor= and ?bericht= to the caller’s own exchanges: another party’s in the same trace or with the same id stay out', async () => {
      const id = randomUUID();
      const spoor = randomUUID().replaceAll('-', '');
      const headers = { traceparent: `00-${spoor}-00f067aa0ba902b7-01` };
      for (const party of [VENDOR, OTHER_VENDOR])
        expect((await served.as(party).request('POST', '/proefberichten', { body: bericht(id), headers })).status).toBe(201);
      const partijen = async (party: string, query: string) =>
        ((await served.as(party).get(`/_sim/journal?${query}&limiet=1000`)).body.regels as Array<{ partij: string }>).map(
          (r) => r.partij,
        );
      expect(await partijen(VENDOR, `spoor=${spoor}`)).toEqual([VENDOR]);
      expect(await partijen(VENDOR, `bericht=${id}`)).toEqual([VENDOR]);
      expect(await partijen(OTHER_VENDOR, `spoor=${spoor}`)).toEqual([OTHER_VENDOR]);
      expect(await partijen(OPERATOR, `spoor=${spoor}`)).toEqual([VENDOR, OTHER_VENDOR]);
      expect(await partijen(OPERATOR, `bericht=${id}`)).toEqual([VENDOR, OTHER_VENDOR]);
    });

    it('refuses a journal parameter it does not know with 400 SCHEMA at ?name, rather than answer a wider question', async () => {
      const res = await served.as(VENDOR).get('/_sim/journal?sppor=4bf92f3577b34da6a3ce929d0e0e4736&limiet=5&berich=x');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?sppor' }),
        expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?berich' }),
      ]);
    });

    it('journals a rejected exchange with its foutcodes', async () => {
      await served.as(VENDOR).post('/proefberichten', {
        ...bericht(),
        bedrijfsdocument: { ...bericht().bedrijfsdocument, ontvangendeInstantie: VENDOR },
      });
      const res = await served.as(VENDOR).get('/_sim/journal?limiet=1000');
      const last = res.body.regels[res.body.regels.length - 1];
      expect(last).toMatchObject({
        operatie: 'POST /proefberichten',
        status: 400,
        foutcodes: ['EK0022'],
        namens: '0000000700025BE00000',
      });
    });
  });

  describe('idempotent replay (EK-06)', () => {
    it('answers the same bericht again with the stored answer and stores nothing new', async () => {
      const b = bericht();
      const first = await served.as(VENDOR).post('/proefberichten', b);
      const before = ctx.count();
      const again = await served.as(VENDOR).post('/proefberichten', b);
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(ctx.count()).toBe(before);
    });

    it('answers the same id with another body with 409 EK-DUPLICAAT, echoing the id', async () => {
      const b = bericht();
      await served.as(VENDOR).post('/proefberichten', b);
      const before = ctx.count();
      const res = await served.as(VENDOR).post('/proefberichten', { ...b, inhoud: 'anders' });
      expect(res.status).toBe(409);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK-DUPLICAAT');
      expect(res.body.identificatiecodeBedrijfsdocument).toBe(b.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      expect(ctx.count()).toBe(before);
    });

    it('stores one record when 20 copies of a bericht arrive at once', async () => {
      const b = bericht();
      const before = ctx.count();
      const answers = await Promise.all(Array.from({ length: 20 }, () => served.as(VENDOR).post('/proefberichten', b)));
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(ctx.count()).toBe(before + 1);
    });

    it('keeps ids apart per sending party', async () => {
      const b = bericht();
      const a = await served.as(VENDOR).post('/proefberichten', b);
      const c = await served.as(OTHER_VENDOR).post('/proefberichten', b);
      expect(a.status).toBe(201);
      expect(c.status).toBe(201);
      expect(c.body.id).not.toBe(a.body.id);
    });
  });
  describe('identity before the body (issue 13 item 5)', () => {
    const partyNames = parties.map((p) => p.naam);

    it('refuses a valid certificate of no party with 403 AUT401 before parsing: malformed JSON is not even looked at', async () => {
      const before = ctx.count();
      const res = await served
        .as(NEGATIVE.stranger.oin)
        .request('POST', '/vrij', { raw: '{"niet af', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers.connection).toBe('close');
      expect(res.body.foutmeldingen).toEqual([{ foutcode: 'AUT401', fouttekst: expect.any(String) }]);
      // No names, no OINs, no hint of who may.
      for (const naam of partyNames) expect(res.text).not.toContain(naam);
      expect(res.text).not.toMatch(/\d{20}/);
      expect(ctx.count()).toBe(before);
    });

    it('refuses such a caller every write and every body, also on a GET, but leaves it the reads any party may do', async () => {
      const stranger = served.as(NEGATIVE.stranger.oin);
      for (const path of ['/health', '/openapi.json', '/schemas/problem']) {
        expect([path, (await stranger.get(path)).status]).toEqual([path, 200]);
      }
      const getWithBody = await stranger.request('GET', '/health', {
        raw: '{"x": 1}',
        headers: { 'content-type': 'application/json', 'content-length': '8' },
      });
      expect(getWithBody.status).toBe(403);
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        expect([method, (await stranger.request(method, '/vrij')).status]).toEqual([method, 403]);
      }
    });

    it('refuses a non-operator on /_sim/* before parsing (malformed JSON gets 403, not 400), whatever the case of the path', async () => {
      for (const path of ['/_sim/clock', '/_SIM/Clock', '/_sim/clock/', '/_sim/reset']) {
        const res = await served
          .as(VENDOR)
          .request('PUT', path, { raw: '{"vandaag": ', headers: { 'content-type': 'application/json' } });
        expect([path, res.status, res.body.foutmeldingen[0].foutcode]).toEqual([path, 403, 'AUT401']);
      }
      expect(ctx.clock.today()).toBe('2026-11-28');
    });

    /** Sends the headers and 10 bytes of a body announced as 1,000,000 bytes; resolves with the status. */
    const statusBeforeBodyEnds = (oin: string, method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = https.request(new URL(path, served.url), {
          method,
          ...clientTls(oin),
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': '1000000' },
        });
        // The rest of the body never comes: a service that waits for it never answers (the test fails on this).
        const timer = setTimeout(() => {
          req.destroy();
          reject(new Error('no answer while the body was still incomplete: the service waited to read it'));
        }, 5_000);
        req.on('response', (res) => {
          clearTimeout(timer);
          res.resume();
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        req.write('{"vandaag":');
      });

    it('answers an unknown party while its body is still arriving: the body is never read', async () => {
      await expect(statusBeforeBodyEnds(NEGATIVE.stranger.oin, 'POST', '/vrij')).resolves.toBe(403);
    });

    it('answers a non-operator on PUT /_sim/clock while its body is still arriving', async () => {
      await expect(statusBeforeBodyEnds(VENDOR, 'PUT', '/_sim/clock')).resolves.toBe(403);
    });
  });

  describe('values per body (issue 13 item 5)', () => {
    it('refuses a body of more than 10,000 values with 413 before parsing it, listing one foutmelding', async () => {
      const before = ctx.count();
      const fields = Array.from({ length: 90_000 }, (_, i) => `"k${i}":${i % 10}`).join(',');
      const res = await served
        .as(VENDOR)
        .request('POST', '/vrij', { raw: `{${fields}}`, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(413);
      expect(res.body.foutmeldingen).toEqual([
        { foutcode: 'SCHEMA', fouttekst: 'Het bericht bevat meer dan 10.000 waarden; stuur een kleiner bericht.', pointer: '/' },
      ]);
      expect(ctx.count()).toBe(before);
    });

    it('counts values, not commas in text: a long toelichting full of commas is accepted', async () => {
      const res = await served
        .as(VENDOR)
        .post('/vrij', { toelichting: ',[{'.repeat(20_000), lijst: Array.from({ length: 9_000 }, () => 1) });
      expect(res.status).toBe(201);
    });
  });

  describe('foutmeldingen cap (issue 13 item 5)', () => {
    it('lists at most 100 foutmeldingen and one more that counts the rest', async () => {
      const body: Record<string, number> = {};
      for (let i = 0; i < 5000; i++) body[`onbekend${i}`] = i;
      const res = await served.as(OPERATOR).put('/_sim/clock', body);
      expect(res.status).toBe(400);
      // 5,000 unknown fields and the missing vandaag.
      expect(res.body.detail).toBe('5.001 foutmeldingen, de eerste 100 getoond');
      expect(res.body.foutmeldingen).toHaveLength(101);
      expect(res.body.foutmeldingen[100]).toEqual({
        foutcode: 'AFGEKAPT',
        fouttekst: 'En nog 4.901 foutmeldingen die niet getoond worden; herstel eerst de getoonde en stuur het bericht opnieuw.',
      });
      expect(res.text.length).toBeLessThan(20_000);
    });
  });

  describe('text policy (issue 13 item 7)', () => {
    const send = (raw: string | Buffer) =>
      served.as(VENDOR).request('POST', '/vrij', { raw, headers: { 'content-type': 'application/json' } });

    it.each([
      ['a lone high surrogate (escaped)', '{"inhoud": "a\\ud800b"}', '/inhoud', /losse surrogaat U\+D800/],
      ['a lone low surrogate in an array', '{"lijst": ["ok", "\\udc00"]}', '/lijst/1', /losse surrogaat U\+DC00/],
      ['a NUL character', '{"inhoud": "a\\u0000"}', '/inhoud', /stuurteken U\+0000/],
      ['a line feed in a one-line field', '{"naam": "J.\\nde Vries"}', '/naam', /stuurteken U\+000A/],
      ['a C1 control character', '{"naam": "\\u0085"}', '/naam', /stuurteken U\+0085/],
      ['a form feed in a toelichting', '{"toelichting": "a\\fb"}', '/toelichting', /alleen tab, regelovergang en return/],
      ['a lone surrogate in a key', '{"a": {"\\ud800": 1}}', '/a', /veldnaam/],
    ])('refuses %s with 400 and the pointer of the field, storing nothing', async (_label, raw, pointer, tekst) => {
      const before = ctx.count();
      const res = await send(raw);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen).toEqual([{ foutcode: 'SCHEMA', fouttekst: expect.stringMatching(tekst), pointer }]);
      expect(ctx.count()).toBe(before);
    });

    it('refuses bytes that are not UTF-8 (the decoder would make them U+FFFD) with the pointer of the field', async () => {
      const raw = Buffer.concat([
        Buffer.from('{"ok": "\uFFFD is een geldig teken", "inhoud": "a'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]);
      const res = await send(raw);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toContain('/inhoud');
      expect(res.body.foutmeldingen[0].fouttekst).toMatch(/UTF-8/);
    });

    it('accepts emoji, right-to-left marks, tabs and line breaks in a toelichting, and a U+FFFD sent as such', async () => {
      const before = ctx.count();
      const res = await served.as(VENDOR).post('/vrij', {
        naam: 'Zoë 💥 \u200f\u05e9\u05dc\u05d5\u05dd',
        toelichting: 'Regel 1\r\nRegel 2\tmet tab',
        vervangen: '\uFFFD',
      });
      expect(res.status).toBe(201);
      expect(ctx.count()).toBe(before + 1);
    });

    it('echoes the identificatiecodeBedrijfsdocument in the refusal', async () => {
      const b = bericht(undefined, { inhoud: 'a\u0001' });
      const res = await served.as(VENDOR).post('/proefberichten', b);
      expect(res.status).toBe(400);
      expect(res.body.identificatiecodeBedrijfsdocument).toBe(b.bedrijfsdocument.identificatiecodeBedrijfsdocument);
    });
  });
});
