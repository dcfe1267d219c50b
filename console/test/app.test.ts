// The console's own pages and API on fake services (support/fake-chain.ts): what it shows, how it
// refuses bad input (problem+json or a Dutch page, never a stack trace, nothing sent), and that a
// service that is down is shown as down while the rest keeps working.
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { fixtureParties } from '@duo-sim/test-support';
import { knoopLabel, knopen } from '../src/views/keten';
import { DUO, OPERATOR, PLAZA } from './support/fake-chain';
import { startConsoleUnderTest, until, type ConsoleUnderTest } from './support/console-under-test';

const TRACE = 'aaaabbbbccccddddeeeeffff00001111';

describe('the console on fake services', () => {
  let t: ConsoleUnderTest;
  beforeEach(() => {
    t = startConsoleUnderTest();
  });
  afterEach(() => t.close());

  const app = () => t.console.app;

  it('serves the live page in Dutch with the four services and their state', async () => {
    await until(() => t.feed.status().every((s) => s.bereikbaar));
    const res = await request(app()).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="nl">');
    expect(res.text).toContain('De keten, live');
    for (const naam of ['RIO', 'OSR', 'BRON', 'Verzuimregister'])
      expect(res.text).toContain(`${naam}: <span class="toestand">bereikbaar`);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('shows the simulated date in the header before any exchange, from the services’ journal answers', async () => {
    expect(t.chain.journal.bron).toHaveLength(0);
    t.chain.clock = '2026-11-30';
    await until(() => t.feed.vandaag() === '2026-11-30');
    const res = await request(app()).get('/');
    expect(res.text).toContain('Gesimuleerde datum: <strong id="vandaag">2026-11-30</strong>');
    expect(res.text).not.toContain('onbekend');
  });

  it('cuts a long party name to fit its pill in the diagram, and keeps the whole name in its title', async () => {
    expect(knoopLabel('Stichting Heuvelrug Scholengroep')).toBe('Stichting Heuvelrug Sc…');
    expect(knoopLabel('Zandloper Administratie B.V.')).toBe('Zandloper Administrati…');
    expect(knoopLabel('Gemeente Utrecht')).toBe('Gemeente Utrecht');
    const res = await request(app()).get('/');
    expect(res.text).toContain('<title>Stichting Heuvelrug Scholengroep</title>');
    expect(res.text).toContain('>Stichting Heuvelrug Sc…</text>');
  });

  it('keeps every pill of the diagram inside it, the first and last of a column too', () => {
    const parties = fixtureParties();
    const pills = knopen(parties);
    expect(pills).toHaveLength(parties.length + 4);
    // A pill is 44 high, its stroke up to 6 wide (when active); the diagram is 560 high.
    for (const k of pills)
      expect({ naam: k.naam, boven: k.y - 25 >= 0, onder: k.y + 25 <= 560 }).toEqual({ naam: k.naam, boven: true, onder: true });
  });

  it('shows an exchange of the journal in the list, with its caller and outcome in words', async () => {
    t.chain.record('bron', {
      operatie: 'POST /inschrijvingen',
      status: 400,
      foutcodes: ['BRON-14'],
      identificatiecodeBedrijfsdocument: 'doc-1',
    });
    await until(() => t.feed.window().length === 1);
    const res = await request(app()).get('/');
    expect(res.text).toMatch(/Leerling Plaza B\.V\.<\/span>[\s\S]*POST \/inschrijvingen[\s\S]*400 geweigerd[\s\S]*BRON-14/);
    expect(res.text).toContain('href="/berichten/doc-1"');
  });

  it('marks an exchange an injected fault hit with a "storing" badge, in the live list and the inspector (docs/storingen.md)', async () => {
    t.chain.record('bron', {
      operatie: 'POST /inschrijvingen',
      status: 503,
      foutcodes: ['ONDERHOUD'],
      storing: { id: 'st-1', soort: 'ONDERHOUD' },
    });
    t.chain.record('bron', { operatie: 'GET /scholen/11AA/berichten', status: 200 });
    await until(() => t.feed.window().length === 2);
    const live = await request(app()).get('/');
    expect(live.text).toMatch(/POST \/inschrijvingen[\s\S]*503 fout[\s\S]*storing ONDERHOUD/);
    expect(live.text.match(/class="label storing"/g)).toHaveLength(1);
    const [geraakt] = t.feed.window();
    const inspecteur = await request(app()).get(`/inspecteur?regel=bron:${geraakt.seq}`);
    // Once in the list, once in the detail.
    expect(inspecteur.text.match(/>storing ONDERHOUD</g)).toHaveLength(2);
    expect(inspecteur.text).toContain('Door een storing (st-1) zo beantwoord, niet door de keten zelf');
  });

  it('names the calling service, not "DUO", when an exchange was asked by another service in the trace', async () => {
    t.chain.record('bron', { traceId: TRACE, spanId: '1111111111111111', partij: PLAZA });
    t.chain.record('osr', {
      traceId: TRACE,
      spanId: '2222222222222222',
      parentSpanId: '1111111111111111',
      partij: DUO,
      operatie: 'GET /api/v1/mandates',
    });
    await until(() => t.feed.window().length === 2);
    const res = await request(app()).get('/');
    expect(res.text).toMatch(/<span class="van">BRON<\/span>[\s\S]*GET \/api\/v1\/mandates/);
  });

  it('keeps only a bounded window of the journal', async () => {
    await t.close();
    t = startConsoleUnderTest({ venster: 100 });
    for (let i = 0; i < 500; i++) t.chain.record('rio', { operatie: `GET /onderwijsbesturen/${i}` });
    await until(() => t.feed.window().some((e) => e.operatie === 'GET /onderwijsbesturen/499'));
    expect(t.feed.window().length).toBeLessThanOrEqual(110);
  });

  it('says a service is down, and goes on with the others', async () => {
    await until(() => t.feed.status().every((s) => s.bereikbaar));
    t.chain.down.add('bron');
    await until(() => t.feed.status().find((s) => s.service === 'bron')?.bereikbaar === false);
    t.chain.record('rio', { operatie: 'GET /onderwijsbesturen/100B001' });
    await until(() => t.feed.window().some((e) => e.operatie === 'GET /onderwijsbesturen/100B001'));
    const res = await request(app()).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('BRON: <span class="toestand">niet bereikbaar');
    expect(res.text).toMatch(/Niet bereikbaar: BRON\.\s+De\s+console\s+werkt\s+door\s+met\s+de\s+andere\s+diensten/);
    expect(res.text).toContain('GET /onderwijsbesturen/100B001');
    // It keeps asking, and shows the service as reachable again once it answers (docs/console.md).
    t.chain.down.delete('bron');
    await until(() => t.feed.status().find((s) => s.service === 'bron')?.bereikbaar === true);
    expect((await request(app()).get('/')).text).not.toContain('Niet bereikbaar: BRON');
  });

  describe('the event stream', () => {
    function collect(port: number, events: string[]) {
      return new Promise<ClientRequest>((resolve) => {
        const req = get(`http://127.0.0.1:${port}/api/stroom`, (res: IncomingMessage) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => events.push(chunk));
        });
        resolve(req);
      });
    }

    it('sends the services’ state first, then exchanges in batches, and a summary under load', async () => {
      const server = app().listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      const events: string[] = [];
      const req = await collect(port, events);
      try {
        await until(() => events.join('').includes('event: status'));
        t.chain.record('bron', { status: 201 });
        await until(() => events.join('').includes('event: uitwisselingen'));
        for (let i = 0; i < 50; i++) t.chain.record('bron', { status: i % 10 === 0 ? 500 : 201 });
        await until(() => events.join('').includes('event: drukte'));
        const drukte = events.join('').split('event: drukte\ndata: ')[1].split('\n')[0];
        const d = JSON.parse(drukte);
        expect(d.aantal).toBeGreaterThan(12);
        expect(d.perUitkomst.fout).toBeGreaterThan(0);
        expect(d.laatste.length).toBeLessThanOrEqual(5);
      } finally {
        req.destroy();
        server.closeAllConnections();
        server.close();
      }
    });

    it('sends the simulated date of the newest exchange when it changes, for the header (also on connecting)', async () => {
      const server = app().listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      const dates = (events: string[]) =>
        [...events.join('').matchAll(/event: vandaag\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1]) as string);
      const events: string[] = [];
      const req = await collect(port, events);
      let later: ClientRequest | undefined;
      try {
        await until(() => events.join('').includes('event: status'));
        t.chain.record('bron', { status: 201, vandaag: '2026-11-28' });
        t.chain.record('bron', { status: 201, vandaag: '2026-11-28' });
        await until(() => dates(events).length === 1);
        // A clock change is journaled with its new date, and the journal answers give it from then on.
        t.chain.clock = '2027-03-01';
        t.chain.record('rio', { operatie: 'PUT /_sim/clock', partij: OPERATOR, vandaag: '2027-03-01' });
        await until(() => dates(events).length === 2);
        expect(dates(events)).toEqual(['2026-11-28', '2027-03-01']);
        const latecomer: string[] = [];
        later = await collect(port, latecomer);
        await until(() => dates(latecomer).length === 1);
        expect(dates(latecomer)).toEqual(['2027-03-01']);
      } finally {
        req.destroy();
        later?.destroy();
        server.closeAllConnections();
        server.close();
      }
    });

    it('leaves the console’s own reads as the operator out of the live view', async () => {
      t.chain.record('osr', { partij: OPERATOR, operatie: 'GET /api/v1/schools' });
      t.chain.record('osr', { partij: PLAZA, operatie: 'GET /api/v1/schools?brin=11AA' });
      await until(() => t.feed.window().length === 2);
      expect(t.console.hub.recent(10).map((u) => u.operatie)).toEqual(['GET /api/v1/schools?brin=11AA']);
    });
  });

  describe('the inspector', () => {
    beforeEach(async () => {
      t.chain.regels.bron = [
        {
          id: 'BRON-14',
          titel: 'Dubbele inschrijving',
          tekst: 'Een leerling staat op één dag bij één school ingeschreven.',
          herkomst: 'ECHT',
          foutcodes: ['BRON-14'],
        },
      ];
      t.chain.record('bron', {
        status: 409,
        foutcodes: ['BRON-14'],
        verzoek: { inschrijving: { leerling: { burgerservicenummer: '802533048' } } },
        antwoord: {
          foutmeldingen: [{ foutcode: 'BRON-14', fouttekst: 'De leerling is al ingeschreven.', pointer: '/inschrijving' }],
        },
      });
      t.chain.record('rio', { status: 200, operatie: 'GET /inschrijfbaarheid' });
      t.chain.record('osr', {
        status: 403,
        foutcodes: ['AUT401'],
        antwoord: { foutmeldingen: [{ foutcode: 'AUT401', fouttekst: 'Geen mandaat.' }] },
      });
      await until(() => t.feed.window().length === 3);
    });

    it('filters by service, outcome, foutcode and pupil', async () => {
      const byDienst = await request(app()).get('/inspecteur?dienst=rio');
      expect(byDienst.text).toContain('1 gevonden');
      expect((await request(app()).get('/inspecteur?uitkomst=afgewezen')).text).toContain('2 gevonden');
      expect((await request(app()).get('/inspecteur?foutcode=bron-14')).text).toContain('1 gevonden');
      expect((await request(app()).get('/inspecteur?leerling=802533048')).text).toContain('1 gevonden');
      expect((await request(app()).get('/inspecteur?dienst=onzin&uitkomst=')).text).toContain('3 gevonden');
    });

    it('shows a foutmelding with its rule from the service’s registry: id, text and that it is a real rule', async () => {
      const entry = t.feed.window().find((e) => e.service === 'bron')!;
      const res = await request(app()).get(`/inspecteur?regel=bron:${entry.seq}`);
      expect(res.text).toContain('De leerling is al ingeschreven.');
      expect(res.text).toContain('Een leerling staat op één dag bij één school ingeschreven.');
      expect(res.text).toContain('echte regel van DUO');
      expect(res.text).toContain('&quot;burgerservicenummer&quot;: &quot;802533048&quot;');
    });

    it('shows the foutcode alone when the service serves no rules', async () => {
      const entry = t.feed.window().find((e) => e.service === 'osr')!;
      const res = await request(app()).get(`/inspecteur?regel=osr:${entry.seq}`);
      expect(res.text).toContain('AUT401');
      expect(res.text).toContain('Geen regeltekst voor AUT401');
    });
  });

  describe('a trace', () => {
    it('shows the exchanges of one trace as a tree with what was remembered and the berichten placed', async () => {
      t.chain.record('bron', {
        traceId: TRACE,
        spanId: '1111111111111111',
        identificatiecodeBedrijfsdocument: 'doc-9',
        uitGeheugen: [{ peer: 'https://localhost:9442', method: 'GET', path: '/api/v1/mandates?x', status: 200 }],
      });
      t.chain.record('rio', {
        traceId: TRACE,
        spanId: '3333333333333333',
        parentSpanId: '1111111111111111',
        partij: DUO,
        operatie: 'GET /inschrijfbaarheid',
      });
      t.chain.on('bron', (_m, path) =>
        path.startsWith(`/_sim/sporen/${TRACE}`)
          ? {
              status: 200,
              body: {
                spoor: TRACE,
                berichten: [
                  {
                    berichtId: 4,
                    brin: '11AB',
                    soort: 'KENNISGEVING_INSCHRIJVING',
                    aangemaakt: '2026-11-28T10:00:00Z',
                    inhoud: {},
                  },
                ],
              },
            }
          : undefined,
      );
      const res = await request(app()).get('/berichten/doc-9');
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/class="stap diepte-0"\s+data-service="bron"[\s\S]*class="stap diepte-1"\s+data-service="rio"/);
      expect(res.text).toMatch(/OSR:\s+<code>GET \/api\/v1\/mandates\?x<\/code>[\s\S]*uit het geheugen/);
      expect(res.text).toMatch(/KENNISGEVING_INSCHRIJVING<\/strong> in de berichtenbus van school 11AB/);
    });

    it('says when a bericht is not in the journals, and refuses a malformed trace id, with a page', async () => {
      const unknown = await request(app()).get('/berichten/bestaat-niet');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('Geen uitwisseling met identificatiecodeBedrijfsdocument');
      const bad = await request(app()).get('/sporen/XYZ');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('32 kleine hexadecimale tekens');
    });
  });

  describe('bad input', () => {
    it('answers an unknown API path with problem+json in Dutch', async () => {
      const res = await request(app()).get('/api/bestaat-niet');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'NIET_GEVONDEN' });
    });

    it('refuses a malformed schema check with problem+json, and reports JSON and schema errors as data', async () => {
      const bad = await request(app()).post('/api/valideer').send({ service: 'bron' });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      const notJson = await request(app())
        .post('/api/valideer')
        .send({ service: 'bron', methode: 'POST', pad: '/inschrijvingen', tekst: '{' });
      expect(notJson.body.fouten[0].fouttekst).toMatch(/^Dit is geen geldige JSON/);
      const schema = await request(app())
        .post('/api/valideer')
        .send({ service: 'bron', methode: 'POST', pad: '/inschrijvingen', tekst: '{}' });
      expect(schema.body.operatie.schema).toBe('bron-inschrijving-bericht');
      expect(schema.body.fouten.length).toBeGreaterThan(0);
      expect(schema.body.fouten.every((f: { foutcode: string }) => f.foutcode === 'SCHEMA')).toBe(true);
    });

    it('serves only listed examples (no path tricks)', async () => {
      expect((await request(app()).get('/api/voorbeelden/bron/inschrijving.json')).status).toBe(200);
      const sneaky = await request(app()).get('/api/voorbeelden/..%2F..%2Fpackage.json');
      expect(sneaky.status).toBe(404);
      expect(sneaky.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });

    it('does not send a "verstuur als" with a bad method, path or JSON, and says why in Dutch', async () => {
      const before = t.chain.sent.filter((s) => s.options.als).length;
      const res = await request(app())
        .post('/verstuur')
        .type('form')
        .send({ partij: PLAZA, service: 'bron', methode: 'DELETE', pad: 'inschrijvingen', tekst: '{' });
      expect(res.status).toBe(400);
      expect(res.text).toContain('Kies een methode');
      expect(res.text).toContain('Het pad moet met / beginnen');
      expect(res.text).toContain('geen geldige JSON');
      expect(t.chain.sent.filter((s) => s.options.als).length).toBe(before);
    });

    it('sends a "verstuur als" as the chosen party in a trace of its own and shows the answer', async () => {
      t.chain.on('bron', (m, path, o) =>
        m === 'POST' && path === '/inschrijvingen' && o.als === PLAZA
          ? { status: 400, body: { foutmeldingen: [{ foutcode: 'BRON-01', fouttekst: 'Deze leerling is niet bekend.' }] } }
          : undefined,
      );
      const res = await request(app())
        .post('/verstuur')
        .type('form')
        .send({ partij: PLAZA, service: 'bron', methode: 'POST', pad: '/inschrijvingen', tekst: '{"a":1}' });
      expect(res.status).toBe(200);
      expect(res.text).toContain('Deze leerling is niet bekend.');
      const sent = t.chain.sent.find((s) => s.options.als === PLAZA)!;
      expect(sent.options.body).toEqual({ a: 1 });
      expect(sent.options.traceId).toMatch(/^[0-9a-f]{32}$/);
    });

    it('refuses a date that does not exist without touching the clock', async () => {
      const res = await request(app()).post('/bediening/klok').type('form').send({ vandaag: '2026-02-30' });
      expect(res.status).toBe(400);
      expect(res.text).toContain('is geen bestaande datum');
      expect(t.chain.sent.some((s) => s.method === 'PUT')).toBe(false);
    });

    it('sets the clock on all four services, and says per service what happened when one is down', async () => {
      t.chain.down.add('verzuim');
      const res = await request(app()).post('/bediening/klok').type('form').send({ vandaag: '2027-02-01' });
      expect(res.status).toBe(502);
      expect(
        t.chain.sent
          .filter((s) => s.method === 'PUT' && s.path === '/_sim/clock')
          .map((s) => s.service)
          .sort(),
      ).toEqual(['bron', 'osr', 'rio', 'verzuim']);
      expect(res.text).toMatch(/Verzuimregister<\/strong>: niet bereikbaar/);
    });

    it('asks for confirmation before a reset', async () => {
      const ask = await request(app()).get('/bediening/reset');
      expect(ask.text).toContain('Weet u het zeker?');
      expect(t.chain.sent.some((s) => s.path === '/_sim/reset')).toBe(false);
    });

    it('answers an unknown scenario and a step without a start with a page, not an error', async () => {
      expect((await request(app()).get('/scenarios/bestaat-niet')).status).toBe(404);
      const early = await request(app()).post('/scenarios/verhuizing/volgende');
      expect(early.status).toBe(409);
      expect(early.text).toContain('start het eerst');
    });

    it('escapes what services and users put on a page', async () => {
      t.chain.record('bron', { operatie: 'POST /<script>alert(1)</script>' });
      await until(() => t.feed.window().length === 1);
      const res = await request(app()).get('/inspecteur?partij=<b>x</b>');
      expect(res.text).not.toContain('<script>alert(1)</script>');
      expect(res.text).toContain('&lt;b&gt;x&lt;/b&gt;');
    });
  });
});
