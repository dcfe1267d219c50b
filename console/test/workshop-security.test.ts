// Workshop mode's security matrix: every console page and API × who asks (no cookie, a wrong token,
// participant A on its own and on B's resources, a participant on the teacher's controls, the
// teacher). Another participant's resource and one that does not exist get the same answer; a
// refused request sends nothing to the chain and changes nothing.
import { rmSync, writeFileSync } from 'node:fs';
import request from 'supertest';
import { readWorkshop } from '@duo-sim/shared';
import { startConsoleUnderTest, until } from './support/console-under-test';
import { maakWorkshopWereld, workshopConsolePerTest } from './support/workshop-world';

const TRACE = 'aaaabbbbccccddddeeeeffff00001111';

/** Every page and API of the operator's console (docs/console.md), with a method. */
const OPERATOR_ROUTES: Array<[string, string]> = [
  ['GET', '/inspecteur'],
  ['GET', '/wereld'],
  ['GET', '/wereld/scholen/11AA'],
  ['GET', '/wereld/leerlingen/100000000'],
  ['GET', '/wereld/gemeenten/0344'],
  ['GET', '/verstuur'],
  ['POST', '/verstuur'],
  ['GET', '/bediening'],
  ['POST', '/bediening/klok'],
  ['GET', '/bediening/reset'],
  ['POST', '/bediening/reset'],
  ['GET', '/scenarios'],
  ['GET', '/scenarios/verhuizing'],
  ['POST', '/scenarios/verhuizing/start'],
  ['GET', '/api-referentie'],
  ['GET', '/api-referentie/bron'],
  ['GET', '/vendor/swagger-ui/swagger-ui.css'],
  ['GET', '/api/openapi/bron'],
  ['GET', '/api/stroom'],
  ['GET', `/sporen/${TRACE}`],
  ['GET', '/berichten/doc-1'],
  ['GET', '/hulp'],
  ['GET', '/leveranciers'],
  ['POST', '/leveranciers'],
  ['GET', '/ketentest'],
  ['GET', '/ketentest/00000099000000000001'],
];
const DOCENT_ROUTES: Array<[string, string]> = [
  ['GET', '/docent'],
  ['GET', '/api/docent/scorebord'],
  ['POST', '/docent/volgende'],
  ['POST', '/docent/klok'],
  ['POST', '/docent/storing'],
];
const DEELNEMER_ROUTES: Array<[string, string]> = [
  ['GET', '/'],
  ['GET', '/api/deelnemer/voortgang'],
  ['GET', '/deelnemer/scholen/11AA'],
  ['GET', '/deelnemer/uitwisselingen/bron/1'],
  ['GET', '/deelnemer/verstuur'],
  ['POST', '/deelnemer/verstuur'],
  ['POST', '/api/deelnemer/verstuur'],
  ['GET', '/deelnemer/bundel'],
  ['GET', '/deelnemer/bundel/certificaat.pem'],
  ['GET', '/deelnemer/hulp'],
  ['POST', '/api/valideer'],
  ['GET', '/api/voorbeelden/bron/inschrijving.json'],
  ['GET', '/static/console.css'],
  ['GET', '/toegang/bestaat-niet'],
  ['GET', '/toegang/%E0%A4%A'],
];
const ALL = [...OPERATOR_ROUTES, ...DOCENT_ROUTES, ...DEELNEMER_ROUTES];

describe('the console in workshop mode', () => {
  const { wereld, console: cut } = workshopConsolePerTest();

  const app = () => cut().console.app;
  const als = (token: string | undefined, method: string, path: string) => {
    const r =
      method === 'POST' ? request(app()).post(path).type('form').send({ vandaag: '2027-02-01' }) : request(app()).get(path);
    return token === undefined ? r : r.set('cookie', `duo_sim_workshop=${token}`);
  };
  /** An answer with the path asked for (and its method) left out: what else it says must be the same. */
  const zonderPad = (res: request.Response, method: string, path: string) =>
    res.text.replace(`geen pagina ${path}.`, 'geen pagina <pad>.').replace(`kent ${method} ${path} niet`, 'kent <verzoek> niet');
  /** What the chain was asked, without the feed's own journal long-polls. */
  const sentToChain = () => cut().chain.sent.filter((s) => !s.path.startsWith('/_sim/journal'));

  it('swaps a join link for an HttpOnly, SameSite=Strict cookie and drops the token from the URL', async () => {
    const res = await request(app()).get(`/toegang/${wereld().tokens[0]}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie'][0]).toBe(`duo_sim_workshop=${wereld().tokens[0]}; Path=/; HttpOnly; SameSite=Strict`);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const docent = await request(app()).get(`/toegang/${wereld().docent}`);
    expect(docent.headers.location).toBe('/docent');
  });

  it('serves nothing without a valid token: the same "vraag je docent" answer for every page and API', async () => {
    for (const token of [undefined, 'fout', `${wereld().tokens[0]}x`]) {
      for (const [method, path] of ALL) {
        const res = await als(token, method, path);
        const api = path.startsWith('/api/');
        expect({ method, path, token, status: res.status }).toEqual({ method, path, token, status: 403 });
        if (api) {
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(res.body.foutmeldingen[0]).toEqual({
            foutcode: 'GEEN_TOEGANG',
            fouttekst: 'Deze console is alleen open met een persoonlijke link; vraag je docent om je link.',
            pointer: '/',
          });
        } else {
          expect(res.text).toContain('<h1>Vraag je docent om je link</h1>');
          expect(res.text).not.toContain('Testklas');
          expect(res.text).not.toContain('/static/');
        }
      }
    }
    expect(sentToChain()).toEqual([]);
  });

  it('shows a participant nothing of the operator or the teacher: the same 404 as a page that does not exist', async () => {
    const a = wereld().tokens[0];
    const onbekend = await als(a, 'GET', '/bestaat-niet');
    const onbekendApi = await als(a, 'GET', '/api/bestaat-niet');
    for (const [method, path] of [...OPERATOR_ROUTES, ...DOCENT_ROUTES]) {
      const res = await als(a, method, path);
      const ref = path.startsWith('/api/') ? onbekendApi : onbekend;
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      const refPad = path.startsWith('/api/') ? '/api/bestaat-niet' : '/bestaat-niet';
      expect(zonderPad(res, method, path)).toBe(zonderPad(ref, 'GET', refPad));
    }
    expect(sentToChain()).toEqual([]);
    expect(readWorkshop(wereld().file)!.geopend).toBe(1);
  });

  it("answers A on B's school, exchange or unknown ones alike, and shows A only its own world", async () => {
    const [a, b] = wereld().deelnemers;
    const eigenVanB = cut().chain.record('bron', { partij: b.oin, operatie: 'POST /inschrijvingen' });
    const eigenVanA = cut().chain.record('bron', { partij: a.oin, operatie: 'GET /scholen/11AA/berichten' });
    await until(() => cut().feed.window().length === 2);
    const token = wereld().tokens[0];

    const home = await als(token, 'GET', '/');
    expect(home.status).toBe(200);
    expect(home.text).toContain(a.naam);
    expect(home.text).toContain('GET /scholen/11AA/berichten');
    for (const vreemd of [b.naam, b.oin, 'School 11AB', b.leerlingen[0].bsn, 'POST /inschrijvingen'])
      expect(home.text).not.toContain(vreemd);

    expect((await als(token, 'GET', '/deelnemer/scholen/11AA')).status).toBe(200);
    const vanB = await als(token, 'GET', '/deelnemer/scholen/11AB');
    const nergens = await als(token, 'GET', '/deelnemer/scholen/99ZZ');
    expect([vanB.status, nergens.status]).toEqual([404, 404]);
    expect(zonderPad(vanB, 'GET', '/deelnemer/scholen/11AB')).toBe(zonderPad(nergens, 'GET', '/deelnemer/scholen/99ZZ'));

    expect((await als(token, 'GET', `/deelnemer/uitwisselingen/bron/${eigenVanA.seq}`)).status).toBe(200);
    const uitwB = await als(token, 'GET', `/deelnemer/uitwisselingen/bron/${eigenVanB.seq}`);
    const uitwX = await als(token, 'GET', '/deelnemer/uitwisselingen/bron/999999');
    expect([uitwB.status, uitwX.status]).toEqual([404, 404]);
    expect(zonderPad(uitwB, 'GET', `/deelnemer/uitwisselingen/bron/${eigenVanB.seq}`)).toBe(
      zonderPad(uitwX, 'GET', '/deelnemer/uitwisselingen/bron/999999'),
    );

    const cert = await als(token, 'GET', '/deelnemer/bundel/certificaat.pem');
    expect(cert.text).toBe('crt van deelnemer 1\n');
    const p12 = await als(token, 'GET', '/deelnemer/bundel/leverancier.p12')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect((p12.body as Buffer).toString()).toBe('p12 van deelnemer 1\n');
    const bundel = await als(token, 'GET', '/deelnemer/bundel');
    expect(bundel.text).toContain('geheim-1');
    expect(bundel.text).not.toContain('geheim-2');
    const nietBestaand = await als(token, 'GET', '/deelnemer/bundel/..%2F..%2Fca.key');
    expect(nietBestaand.status).toBe(404);
  });

  it('sends as the participant’s own vendor whatever the request says', async () => {
    const a = wereld().deelnemers[0];
    const res = await request(app())
      .post('/api/deelnemer/verstuur')
      .set('cookie', `duo_sim_workshop=${wereld().tokens[0]}`)
      .send({
        partij: wereld().deelnemers[1].oin,
        als: wereld().deelnemers[1].oin,
        service: 'bron',
        methode: 'GET',
        pad: '/scholen/11AA/berichten',
        tekst: '',
      });
    expect(res.status).toBe(200);
    const sent = sentToChain();
    expect(sent).toHaveLength(1);
    expect(sent[0].options.als).toBe(a.oin);
  });

  it('limits sending per participant: a burst, then 429 problem+json with Retry-After, while B still sends', async () => {
    const send = (token: string) =>
      request(app())
        .post('/api/deelnemer/verstuur')
        .set('cookie', `duo_sim_workshop=${token}`)
        .send({ service: 'bron', methode: 'GET', pad: '/health', tekst: '' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(wereld().tokens[0])).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // The sixth: a burst is five (docs/workshop.md).
    const refused = await send(wereld().tokens[0]);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.foutmeldingen[0].foutcode).toBe('TE_SNEL');
    expect(refused.body.foutmeldingen[0].fouttekst).toMatch(/^U verstuurt te snel/);
    expect((await send(wereld().tokens[1])).status).toBe(200);
    const bad = await request(app())
      .post('/api/deelnemer/verstuur')
      .set('cookie', `duo_sim_workshop=${wereld().tokens[2]}`)
      .send({ service: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.foutmeldingen[0].foutcode).toBe('VERZOEK');
  });

  it('gives the teacher the scoreboard, the class controls and the operator pages', async () => {
    const d = wereld().docent;
    expect((await als(d, 'GET', '/inspecteur')).status).toBe(200);
    const bord = await als(d, 'GET', '/docent');
    expect(bord.status).toBe(200);
    expect(bord.text).toContain('Klas deelnemer 3');
    const api = await als(d, 'GET', '/api/docent/scorebord');
    expect(api.body.deelnemers).toHaveLength(3);
    expect((await als(d, 'POST', '/docent/volgende')).status).toBe(303);
    expect(readWorkshop(wereld().file)!.geopend).toBe(2);
    expect((await als(d, 'POST', '/docent/klok')).status).toBe(200);
    expect(cut().chain.clock).toBe('2027-02-01');
  });

  it('lets the teacher put BRON and the verzuimregister in maintenance for five minutes', async () => {
    cut().chain.on('bron', (method, path) =>
      method === 'PUT' && path === '/_sim/storingen' ? { status: 201, body: {} } : undefined,
    );
    cut().chain.on('verzuim', (method, path) =>
      method === 'PUT' && path === '/_sim/storingen' ? { status: 201, body: {} } : undefined,
    );
    const voor = Date.now();
    const res = await als(wereld().docent, 'POST', '/docent/storing');
    expect(res.status).toBe(200);
    const puts = sentToChain().filter((s) => s.path === '/_sim/storingen');
    expect(puts.map((s) => [s.service, s.method])).toEqual([
      ['bron', 'PUT'],
      ['verzuim', 'PUT'],
    ]);
    for (const put of puts) {
      const body = put.options.body as { soort: string; tot: string; retryAfterSeconden: number };
      expect(body).toMatchObject({ soort: 'ONDERHOUD', retryAfterSeconden: 300 });
      expect(Date.parse(body.tot) - voor).toBeGreaterThanOrEqual(299_000);
      expect(Date.parse(body.tot) - voor).toBeLessThan(310_000);
      expect(put.options.als).toBeUndefined();
    }
  });

  it('says so when a service has no storingen API (yet)', async () => {
    const res = await als(wereld().docent, 'POST', '/docent/storing');
    expect(res.status).toBe(502);
    expect(res.text).toContain('geen storing gezet (HTTP 404');
  });

  it('fails closed on a workshop.json it cannot read: 503 for every page and API, the teacher too, nothing sent', async () => {
    writeFileSync(wereld().file, '{"naam": "Testklas", "deelnemers": [');
    for (const token of [undefined, wereld().docent, wereld().tokens[0]])
      for (const [method, path] of ALL) {
        const res = await als(token, method, path);
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 503 });
        expect(res.text).toContain('De workshop kan niet gelezen worden; vraag je docent.');
      }
    expect(sentToChain()).toEqual([]);
  });

  it('serves nobody when it listens beyond loopback and the workshop is stopped', async () => {
    rmSync(wereld().file);
    for (const [method, path] of ALL) expect((await als(wereld().docent, method, path)).status).toBe(403);
  });
});

describe('a console on loopback with an unreadable workshop.json', () => {
  it('opens to nobody: not the operator console it is without a workshop, but 503 (docs/console.md)', async () => {
    const w = maakWorkshopWereld();
    const t = startConsoleUnderTest({ workshop: { bron: w.bron, alleenMetWorkshop: false } });
    try {
      expect((await request(t.console.app).get('/inspecteur')).status).toBe(403);
      writeFileSync(w.file, 'geen json');
      for (const [method, path] of OPERATOR_ROUTES) {
        const res = await (method === 'POST'
          ? request(t.console.app).post(path).type('form').send({})
          : request(t.console.app).get(path));
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 503 });
      }
      rmSync(w.file);
      expect((await request(t.console.app).get('/inspecteur')).status).toBe(200);
    } finally {
      await t.close();
      rmSync(w.dataDir, { recursive: true, force: true });
    }
  });
});
