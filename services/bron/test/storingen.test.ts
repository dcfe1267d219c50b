// Storingen on BRON (docs/storingen.md): each soort's effect on POST /inschrijvingen over real mTLS,
// what is stored (nothing, except for VERTRAGING and VERBROKEN with naVerwerking), the journal's mark,
// the limits that end a fault, and who may set, see and lift which fault.
import { request } from 'undici';
import {
  startBron,
  inschrijvingBericht,
  inschrijving,
  PLAZA,
  KWARTET,
  DOMSTAD,
  DUO_OIN,
  OPERATOR,
  type BronUnderTest,
} from './bron-world';
import { Agent } from 'undici';

describe('BRON storingen (docs/storingen.md)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const as = (oin: string) => bron.served.as(oin);
  const zet = (oin: string, storing: object) => as(oin).put('/_sim/storingen', storing);
  const stored = () => bron.count('inschrijvingen') + bron.count('berichten') + bron.count('ontvangen_berichten');
  const journal = async () => {
    bron.deps.journal.flush();
    return (await as(OPERATOR).get('/_sim/journal?limiet=1000')).body.regels as Array<{
      operatie: string;
      status: number;
      foutcodes: string[];
      storing: { id: string; soort: string } | null;
      duurMs: number;
    }>;
  };
  /** A raw undici request as Plaza (in-process: its own socket), so a broken or held answer shows as the client library sees it. */
  const undiciPost = async (path: string, body: unknown, timeouts: { headersTimeout?: number } = {}) => {
    const door = await bron.served.door(PLAZA);
    const dispatcher = new Agent({ ...timeouts });
    try {
      const res = await request(`${door.url}${path}`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.statusCode, body: await res.body.json() };
    } finally {
      await dispatcher.destroy();
    }
  };

  it('ONDERHOUD: 503 with Retry-After and foutcode ONDERHOUD, nothing stored; the retry with the same id gets a normal first answer (EK-10)', async () => {
    const gezet = await zet(OPERATOR, {
      soort: 'ONDERHOUD',
      operatie: 'POST /inschrijvingen',
      aantal: 1,
      retryAfterSeconden: 30,
    });
    expect(gezet.status).toBe(201);
    expect(gezet.body).toMatchObject({
      id: expect.any(String),
      soort: 'ONDERHOUD',
      aantal: 1,
      resterend: 1,
      aangemaakt: expect.any(String),
    });
    const bericht = inschrijvingBericht();
    const res = await as(PLAZA).post('/inschrijvingen', bericht);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.foutmeldingen).toEqual([
      {
        foutcode: 'ONDERHOUD',
        fouttekst: 'ROD is tijdelijk niet beschikbaar wegens onderhoud; stuur hetzelfde bericht over 30 seconden opnieuw.',
      },
    ]);
    expect(stored()).toBe(0);
    const again = await as(PLAZA).post('/inschrijvingen', bericht);
    expect(again.status).toBe(201);
    expect(again.body.terugkoppeling.mutatie).toBe('TOEGEVOEGD');
    // aantal 1: used up, so gone from the list.
    expect((await as(OPERATOR).get('/_sim/storingen')).body).toEqual({ storingen: [] });
    const [eerst, dan] = (await journal()).filter((r) => r.operatie === 'POST /inschrijvingen');
    expect(eerst).toMatchObject({ status: 503, foutcodes: ['ONDERHOUD'], storing: { id: gezet.body.id, soort: 'ONDERHOUD' } });
    expect(dan).toMatchObject({ status: 201, storing: null });
  });

  it('ONDERHOUD without retryAfterSeconden asks for 120 seconds', async () => {
    await zet(OPERATOR, { soort: 'ONDERHOUD', aantal: 1 });
    const res = await as(PLAZA).get('/scholen/11AA/inschrijvingen');
    expect([res.status, res.headers['retry-after']]).toEqual([503, '120']);
  });

  it('INT500 until it is lifted: 500 INT500 on every matching request, nothing stored; DELETE ends it', async () => {
    const tot = new Date(Date.now() + 60_000).toISOString();
    const gezet = await zet(OPERATOR, { soort: 'INT500', operatie: 'POST /inschrijvingen', tot });
    expect(gezet.body).toMatchObject({ soort: 'INT500', tot });
    expect(gezet.body).not.toHaveProperty('resterend');
    for (let i = 0; i < 2; i++) {
      const res = await as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
      expect([res.status, res.body.foutmeldingen[0].foutcode]).toEqual([500, 'INT500']);
    }
    // Another operation is not hit.
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(200);
    expect(stored()).toBe(0);
    expect((await as(OPERATOR).request('DELETE', `/_sim/storingen/${gezet.body.id}`)).status).toBe(204);
    expect((await as(PLAZA).post('/inschrijvingen', inschrijvingBericht())).status).toBe(201);
  });

  it('ends a fault at its tot (real time): it fires before and is gone from the list after', async () => {
    // Wide enough for a loaded machine to send the first request before tot.
    const tot = new Date(Date.now() + 3_000).toISOString();
    await zet(OPERATOR, { soort: 'INT500', tot });
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(500);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(tot) - Date.now() + 50)));
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(200);
    expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
  });

  it('counts aantal down per matching request (resterend) and ends after the last', async () => {
    await zet(OPERATOR, { soort: 'INT500', operatie: 'GET /scholen/{brin}/inschrijvingen', aantal: 2 });
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(500);
    expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen[0]).toMatchObject({ aantal: 2, resterend: 1 });
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(500);
    expect((await as(PLAZA).get('/scholen/11AA/inschrijvingen')).status).toBe(200);
  });

  it('VERTRAGING: the bericht is handled and stored, the answer leaves vertragingMs later', async () => {
    await zet(OPERATOR, { soort: 'VERTRAGING', operatie: 'POST /inschrijvingen', vertragingMs: 300, aantal: 1 });
    const started = Date.now();
    const res = await as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(bron.count('inschrijvingen')).toBe(1);
    const regel = (await journal()).find((r) => r.operatie === 'POST /inschrijvingen')!;
    expect(regel).toMatchObject({ status: 201, storing: { soort: 'VERTRAGING' } });
    expect(regel.duurMs).toBeGreaterThanOrEqual(300);
  });

  it('VERBROKEN: the client library sees the answer break off, nothing is stored, the retry gets a normal first answer', async () => {
    await zet(OPERATOR, { soort: 'VERBROKEN', operatie: 'POST /inschrijvingen', aantal: 1 });
    const bericht = inschrijvingBericht();
    await expect(undiciPost('/inschrijvingen', bericht)).rejects.toThrow(/content-length|other side closed|terminated/i);
    expect(stored()).toBe(0);
    const again = await undiciPost('/inschrijvingen', bericht);
    expect(again).toMatchObject({ status: 201, body: { terugkoppeling: { mutatie: 'TOEGEVOEGD' } } });
    const [eerst] = (await journal()).filter((r) => r.operatie === 'POST /inschrijvingen');
    expect(eerst).toMatchObject({ status: 500, foutcodes: ['VERBROKEN'], storing: { soort: 'VERBROKEN' } });
  });

  it('VERBROKEN with naVerwerking: the bericht is stored before the answer breaks; the retry with the same id gets the stored answer (EK-06)', async () => {
    await zet(OPERATOR, { soort: 'VERBROKEN', operatie: 'POST /inschrijvingen', aantal: 1, naVerwerking: true });
    const bericht = inschrijvingBericht();
    await expect(undiciPost('/inschrijvingen', bericht)).rejects.toThrow(/content-length|other side closed|terminated/i);
    expect(bron.count('inschrijvingen')).toBe(1);
    const again = await undiciPost('/inschrijvingen', bericht);
    expect(again).toMatchObject({ status: 201, body: { terugkoppeling: { mutatie: 'TOEGEVOEGD' } } });
    expect(bron.count('inschrijvingen')).toBe(1);
    const [eerst] = (await journal()).filter((r) => r.operatie === 'POST /inschrijvingen');
    expect(eerst).toMatchObject({ status: 201, storing: { soort: 'VERBROKEN' } });
  });

  it('TIME_OUT: no answer until the client gives up; nothing stored; the journal keeps a 504 TIME_OUT with the mark', async () => {
    await zet(OPERATOR, { soort: 'TIME_OUT', operatie: 'POST /inschrijvingen', aantal: 1 });
    const bericht = inschrijvingBericht();
    await expect(undiciPost('/inschrijvingen', bericht, { headersTimeout: 300 })).rejects.toThrow(/timeout/i);
    // The server releases the request once the client's connection is gone.
    let regel;
    for (let i = 0; i < 50 && !regel; i++) {
      await new Promise((r) => setTimeout(r, 20));
      regel = (await journal()).find((r) => r.operatie === 'POST /inschrijvingen');
    }
    expect(regel).toMatchObject({ status: 504, foutcodes: ['TIME_OUT'], storing: { soort: 'TIME_OUT' } });
    expect(stored()).toBe(0);
    expect((await undiciPost('/inschrijvingen', bericht)).status).toBe(201);
  });

  it('aims a fault at one school: the bericht of 11AB is hit, that of 11AA is not', async () => {
    await zet(OPERATOR, { soort: 'INT500', school: '11AB', aantal: 5 });
    expect((await as(PLAZA).post('/inschrijvingen', inschrijvingBericht())).status).toBe(201);
    const kwartet = inschrijvingBericht(
      inschrijving({ vestigingscode: '11AB00', onderwijsaanbiedercode: '110A002', onderwijslocatiecode: '107X002' }),
    );
    expect((await as(KWARTET).post('/inschrijvingen', kwartet)).status).toBe(500);
    expect((await as(KWARTET).get('/scholen/11AB/inschrijvingen')).status).toBe(500);
  });

  describe('who (docs/storingen.md)', () => {
    it('a vendor sets a fault on its own traffic only: leverancier is filled in, another vendor is not hit', async () => {
      const gezet = await zet(PLAZA, { soort: 'INT500', aantal: 5 });
      expect(gezet.status).toBe(201);
      expect(gezet.body.leverancier).toBe(PLAZA);
      const kwartet = inschrijvingBericht(
        inschrijving({ vestigingscode: '11AB00', onderwijsaanbiedercode: '110A002', onderwijslocatiecode: '107X002' }),
      );
      expect((await as(KWARTET).post('/inschrijvingen', kwartet)).status).toBe(201);
      expect((await as(PLAZA).post('/inschrijvingen', inschrijvingBericht())).status).toBe(500);
      expect((await zet(PLAZA, { soort: 'INT500', aantal: 1, leverancier: PLAZA })).status).toBe(201);
    });

    it('refuses a vendor another leverancier with 403 AUT401, the same whether that OIN is a vendor or not', async () => {
      const other = await zet(PLAZA, { soort: 'INT500', aantal: 1, leverancier: KWARTET });
      const unknown = await zet(PLAZA, { soort: 'INT500', aantal: 1, leverancier: '00000099100000990000' });
      expect(other.status).toBe(403);
      expect(other.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(unknown.text).toBe(other.text);
      expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
    });

    it("shows and lifts only a vendor's own faults; another's is answered as one that does not exist", async () => {
      const operators = (await zet(OPERATOR, { soort: 'INT500', operatie: 'POST /verwijderingen', aantal: 1 })).body;
      const kwartets = (await zet(KWARTET, { soort: 'INT500', aantal: 1 })).body;
      const eigen = (await zet(PLAZA, { soort: 'ONDERHOUD', aantal: 1 })).body;
      expect((await as(PLAZA).get('/_sim/storingen')).body.storingen.map((s: { id: string }) => s.id)).toEqual([eigen.id]);
      const vreemd = await as(PLAZA).request('DELETE', `/_sim/storingen/${kwartets.id}`);
      const onbekend = await as(PLAZA).request('DELETE', '/_sim/storingen/00000000-0000-4000-8000-000000000000');
      expect(vreemd.status).toBe(404);
      expect(vreemd.text.split(kwartets.id).join('X')).toBe(
        onbekend.text.split('00000000-0000-4000-8000-000000000000').join('X'),
      );
      expect((await as(PLAZA).request('DELETE', '/_sim/storingen')).status).toBe(204);
      expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen.map((s: { id: string }) => s.id)).toEqual([
        operators.id,
        kwartets.id,
      ]);
      expect((await as(OPERATOR).request('DELETE', '/_sim/storingen')).status).toBe(204);
      expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
    });

    it.each([
      ['a bestuur', DOMSTAD],
      ['DUO', DUO_OIN],
    ])('refuses %s on every storingen endpoint with 403 AUT401', async (_who, oin) => {
      for (const [method, path, body] of [
        ['GET', '/_sim/storingen', undefined],
        ['PUT', '/_sim/storingen', { soort: 'INT500', aantal: 1 }],
        ['DELETE', '/_sim/storingen', undefined],
        ['DELETE', '/_sim/storingen/00000000-0000-4000-8000-000000000000', undefined],
      ] as const) {
        const res = await as(oin).request(method, path, body ? { body } : {});
        expect([res.status, res.body.foutmeldingen[0].foutcode]).toEqual([403, 'AUT401']);
      }
      expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
    });

    it('keeps the gate for a vendor on every other /_sim path', async () => {
      const res = await as(PLAZA).put('/_sim/clock', { vandaag: '2027-01-01' });
      expect([res.status, res.body.foutmeldingen[0].foutcode]).toEqual([403, 'AUT401']);
      expect((await as(PLAZA).post('/_sim/reset')).status).toBe(403);
    });
  });

  it('never disturbs its own routes: a fault without operatie leaves /health, /openapi.json, /schemas, /regels and /_sim/ alone', async () => {
    await zet(OPERATOR, { soort: 'ONDERHOUD', aantal: 10 });
    for (const [oin, pad] of [
      [PLAZA, '/health'],
      [PLAZA, '/openapi.json'],
      [PLAZA, '/schemas/problem'],
      [PLAZA, '/regels'],
      [PLAZA, '/regels/BRON-08'],
      [PLAZA, '/_sim/journal'],
      [OPERATOR, '/_sim/clock'],
    ])
      expect({ pad, status: (await as(oin).get(pad)).status }).toEqual({ pad, status: 200 });
    expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen[0].resterend).toBe(10);
  });

  it('POST /_sim/reset clears every fault', async () => {
    await zet(OPERATOR, { soort: 'INT500', aantal: 3 });
    await zet(PLAZA, { soort: 'INT500', aantal: 3 });
    expect((await as(OPERATOR).post('/_sim/reset')).status).toBe(200);
    expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
    expect((await as(PLAZA).post('/inschrijvingen', inschrijvingBericht())).status).toBe(201);
  });

  describe('bad input: 400 with foutmeldingen, nothing stored', () => {
    const inDePast = new Date(Date.now() - 60_000).toISOString();
    it.each<[string, object, string]>([
      ['an unknown soort', { soort: 'STROOMUITVAL', aantal: 1 }, '/soort'],
      ['an unknown operatie', { soort: 'INT500', operatie: 'POST /meldingen', aantal: 1 }, '/operatie'],
      ['both aantal and tot', { soort: 'INT500', aantal: 1, tot: new Date(Date.now() + 60_000).toISOString() }, '/aantal'],
      ['neither aantal nor tot', { soort: 'INT500' }, '/aantal'],
      ['tot in the past', { soort: 'INT500', tot: inDePast }, '/tot'],
      ['aantal 0', { soort: 'INT500', aantal: 0 }, '/aantal'],
      ['VERTRAGING without vertragingMs', { soort: 'VERTRAGING', aantal: 1 }, '/vertragingMs'],
      ['vertragingMs out of range', { soort: 'VERTRAGING', aantal: 1, vertragingMs: 120_001 }, '/vertragingMs'],
      ['vertragingMs on INT500', { soort: 'INT500', aantal: 1, vertragingMs: 10 }, '/vertragingMs'],
      ['naVerwerking on ONDERHOUD', { soort: 'ONDERHOUD', aantal: 1, naVerwerking: true }, '/naVerwerking'],
      ['retryAfterSeconden on INT500', { soort: 'INT500', aantal: 1, retryAfterSeconden: 5 }, '/retryAfterSeconden'],
      ['an operatie on a push fault', { soort: 'PUSH_DUBBEL', aantal: 1, operatie: 'POST /inschrijvingen' }, '/operatie'],
      ['an unknown field', { soort: 'INT500', aantal: 1, kleur: 'rood' }, '/kleur'],
    ])('refuses %s', async (_what, body, pointer) => {
      const res = await zet(OPERATOR, body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen).toContainEqual(expect.objectContaining({ pointer, fouttekst: expect.any(String) }));
      expect((await as(OPERATOR).get('/_sim/storingen')).body.storingen).toEqual([]);
    });
  });
});
