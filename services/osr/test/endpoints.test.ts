// PUT /api/v1/endpoints/{token} and GET /api/v1/endpoints: afleveradressen (OSR-05), registered by
// the mandated supplier with its token and read by anyone.
import { NEGATIVE } from '@duo-sim/test-support';
import { withoutPeriod } from '../src/domain/endpoint';
import { DOMSTAD, DUO, KWARTET, PLAZA, school, startOsr, TODAY, UTRECHT, ZANDLOPER, type OsrUnderTest } from './osr-test-world';

/** Tokens of the seed world (fixtures/osr.json). */
const TOKEN_PLAZA_11AA_ROD_PO = 'd105773620666566a6116cd6445c8935';
const TOKEN_ZANDLOPER_12BA_ROD_PO_ENDED = 'dc2c98d355d0f1b7aef4e3278ed61f4c';

const URL_A = 'https://las.leerlingplaza.example/duo/rod-po';
const URL_B = 'https://las2.leerlingplaza.example/duo/rod-po';

describe('afleveradressen', () => {
  let osr: OsrUnderTest;
  beforeEach(async () => {
    osr = await startOsr();
  });
  afterEach(() => osr.close());

  const register = (as: string, token: string, body: unknown) => osr.served.as(as).put(`/api/v1/endpoints/${token}`, body);
  const read = (as: string, brin: string, service = 'ROD_PO') =>
    osr.served.as(as).get(`/api/v1/endpoints?school_oin=${school(brin)}&service=${service}`);

  describe('PUT /api/v1/endpoints/{token} (OSR-05)', () => {
    it('registers the afleveradres of the mandate from today and answers with its periods', async () => {
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        school_oin: school('11AA'),
        service: 'ROD_PO',
        endpoints: [{ supplier_oin: PLAZA, url: URL_A, start_date: TODAY, end_date: null }],
      });
      expect(osr.deps.schemas.validate('osr-endpoints', res.body)).toEqual([]);
    });

    it('answers 404 for a token OSR does not know, and stores nothing', async () => {
      const res = await register(PLAZA, '0123456789abcdef0123456789abcdef', { url: URL_A });
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
      expect(osr.store.counts().endpoints).toBe(0);
    });

    it.each([
      ['another vendor', KWARTET],
      ['the school’s bestuur', DOMSTAD],
      ['DUO', DUO],
    ])('answers %s holding the token as for an unknown token (404), and stores nothing', async (_label, caller) => {
      const res = await register(caller, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      const unknown = await register(caller, '0123456789abcdef0123456789abcdef', { url: URL_A });
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
      expect(osr.store.counts().endpoints).toBe(0);
    });

    it.each([
      ['http on localhost', 'http://localhost:8080/berichten'],
      ['http on 127.0.0.1', 'http://127.0.0.1:9000/'],
      ['https on any host', 'https://example.org:8443/a?b=c'],
    ])('accepts %s (OSR-05)', async (_label, url) => {
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url });
      expect(res.status).toBe(200);
      expect(res.body.endpoints[0].url).toBe(url);
    });

    it.each([
      ['http on another host', 'http://las.example.org/berichten'],
      ['http on a local address other than 127.0.0.1', 'http://192.168.1.10/berichten'],
      ['another scheme', 'ftp://las.example.org/berichten'],
      ['a user name and password', 'https://plaza:geheim@las.example.org/berichten'],
    ])('rejects %s with OSR-05 /url', async (_label, url) => {
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-05', pointer: '/url' })]);
      expect(osr.store.counts().endpoints).toBe(0);
    });

    describe('BRON_PUSH_TOEGESTAAN (the default: localhost, 127.0.0.0/8, ::1)', () => {
      let strict: OsrUnderTest;
      beforeAll(async () => {
        strict = await startOsr(TODAY, '');
      });
      afterAll(() => strict.close());
      const registerStrict = (url: string) =>
        strict.served.as(PLAZA).put(`/api/v1/endpoints/${TOKEN_PLAZA_11AA_ROD_PO}`, { url });

      it.each([
        ['a private address', 'https://10.0.0.1/duo'],
        ['a host name not in the list', 'https://las.leerlingplaza.example/duo'],
        ['the unspecified address', 'http://0.0.0.0:9443/'],
        ['an IPv6 address other than ::1', 'https://[fe80::1]/duo'],
        ['a name that merely ends like localhost', 'https://evil-localhost/duo'],
      ])('refuses %s with 400 OSR-05 /url, and stores nothing', async (_label, url) => {
        const res = await registerStrict(url);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.foutmeldingen).toEqual([
          expect.objectContaining({
            foutcode: 'OSR-05',
            pointer: '/url',
            fouttekst: expect.stringContaining('BRON_PUSH_TOEGESTAAN') as string,
          }),
        ]);
        expect(strict.store.counts().endpoints).toBe(0);
      });

      it.each([
        ['localhost', 'https://localhost:8443/duo'],
        ['any port of 127.0.0.0/8', 'http://127.0.0.1:7000/ontvang'],
        ['::1', 'https://[::1]:8443/duo'],
      ])('accepts %s', async (_label, url) => {
        expect((await registerStrict(url)).status).toBe(200);
      });

      it('takes another list: a name, a domain and a CIDR', async () => {
        const custom = await startOsr(TODAY, 'ontvanger.test,.scholen.test,10.1.0.0/16');
        try {
          const put = (url: string) => custom.served.as(PLAZA).put(`/api/v1/endpoints/${TOKEN_PLAZA_11AA_ROD_PO}`, { url });
          expect((await put('https://ontvanger.test/duo')).status).toBe(200);
          expect((await put('https://las.scholen.test/duo')).status).toBe(200);
          expect((await put('https://10.1.2.3/duo')).status).toBe(200);
          expect((await put('https://localhost/duo')).status).toBe(400);
          expect((await put('https://10.2.0.1/duo')).status).toBe(400);
        } finally {
          await custom.close();
        }
      });
    });

    it.each([
      ['no url', {}, ['SCHEMA /url']],
      ['a url that is no URL', { url: 'las.example.org' }, ['SCHEMA /url']],
      ['a field OSR does not know', { url: URL_A, token: 'x' }, ['SCHEMA /token']],
      ['a date that does not exist', { url: URL_A, start_date: '2026-13-01' }, ['SCHEMA /start_date']],
    ])('rejects a body with %s (SCHEMA)', async (_label, body, expected) => {
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, body);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)).toEqual(
        expected,
      );
    });

    it('rejects a start before today and an end not after the start, together (OSR-03)', async () => {
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, {
        url: URL_A,
        start_date: '2026-01-01',
        end_date: '2025-01-01',
      });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`)).toEqual([
        'OSR-03 /start_date',
        'OSR-03 /end_date',
      ]);
    });

    it('refuses an afleveradres for a mandate that has ended with 403 AUT401 (docs/services/common.md, OSR-03, OSR-05)', async () => {
      const res = await register(ZANDLOPER, TOKEN_ZANDLOPER_12BA_ROD_PO_ENDED, { url: URL_A });
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(res.body.foutmeldingen[0].fouttekst).toMatch(/beëindigd op 2024-08-01/);
    });

    it('starts the afleveradres of a future mandate on the mandate’s start date by default', async () => {
      const created = await osr.served.as(DOMSTAD).post('/api/v1/mandates', {
        school_oin: school('11AB'),
        supplier_oin: KWARTET,
        service: 'RIO',
        start_date: '2027-01-01',
      });
      const res = await register(KWARTET, created.body.token, { url: URL_A });
      expect(res.status).toBe(200);
      expect(res.body.endpoints).toEqual([{ supplier_oin: KWARTET, url: URL_A, start_date: '2027-01-01', end_date: null }]);
    });

    it('replaces the afleveradres for the days the new registration covers and keeps the rest', async () => {
      expect((await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A })).status).toBe(200);
      const res = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, {
        url: URL_B,
        start_date: '2026-12-01',
        end_date: '2027-01-01',
      });
      expect(res.status).toBe(200);
      expect(res.body.endpoints).toEqual([
        { supplier_oin: PLAZA, url: URL_A, start_date: TODAY, end_date: '2026-12-01' },
        { supplier_oin: PLAZA, url: URL_B, start_date: '2026-12-01', end_date: '2027-01-01' },
        { supplier_oin: PLAZA, url: URL_A, start_date: '2027-01-01', end_date: null },
      ]);
    });

    it('changes nothing when the same registration is sent twice', async () => {
      const first = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A, end_date: '2027-06-01' });
      const second = await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A, end_date: '2027-06-01' });
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect(osr.store.counts().endpoints).toBe(1);
    });
  });

  describe('GET /api/v1/endpoints (OSR-05)', () => {
    it.each([
      ['DUO', DUO],
      ['a gemeente', UTRECHT],
      ['another vendor', KWARTET],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('gives %s the afleveradres valid today, without the token', async (_label, caller) => {
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      const res = await read(caller, '11AA');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        school_oin: school('11AA'),
        service: 'ROD_PO',
        endpoints: [{ supplier_oin: PLAZA, url: URL_A, start_date: TODAY, end_date: null }],
      });
      expect(res.text).not.toContain(TOKEN_PLAZA_11AA_ROD_PO);
    });

    it('answers 404 OSR-05 when no afleveradres is valid today', async () => {
      const res = await read(DUO, '11AA');
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'OSR-05' })]);
    });

    it('follows the simulated date across the periods of one mandate (end exclusive)', async () => {
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_B, start_date: '2026-12-01' });
      osr.deps.clock.set('2026-11-30');
      expect((await read(DUO, '11AA')).body.endpoints.map((e: { url: string }) => e.url)).toEqual([URL_A]);
      osr.deps.clock.set('2026-12-01');
      expect((await read(DUO, '11AA')).body.endpoints.map((e: { url: string }) => e.url)).toEqual([URL_B]);
    });

    it('stops giving the afleveradres of a mandate the bestuur ended (OSR-05 with OSR-03)', async () => {
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      const ended = await osr.served
        .as(DOMSTAD)
        .patch('/api/v1/mandates/51273af0-39a1-495b-b36b-a16622437df8', { end_date: TODAY });
      expect(ended.status).toBe(200);
      const res = await read(DUO, '11AA');
      expect(res.status).toBe(404);
    });

    it('lists one afleveradres per mandated vendor when several hold a mandate (OSR-01)', async () => {
      const created = await osr.served
        .as(DOMSTAD)
        .post('/api/v1/mandates', { school_oin: school('11AA'), supplier_oin: KWARTET, service: 'ROD_PO' });
      await register(KWARTET, created.body.token, { url: 'https://kwartet.example/rod' });
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      const res = await read(UTRECHT, '11AA');
      expect(res.status).toBe(200);
      expect(res.body.endpoints.map((e: { supplier_oin: string; url: string }) => [e.supplier_oin, e.url])).toEqual([
        [PLAZA, URL_A],
        [KWARTET, 'https://kwartet.example/rod'],
      ]);
    });

    it('keeps the afleveradressen of one dienst apart from another', async () => {
      await register(PLAZA, TOKEN_PLAZA_11AA_ROD_PO, { url: URL_A });
      const res = await read(DUO, '11AA', 'VERZUIM');
      expect(res.status).toBe(404);
    });

    it('rejects a question without school_oin and service, listing both (SCHEMA)', async () => {
      const res = await osr.served.as(DUO).get('/api/v1/endpoints?school=11AA');
      expect(res.status).toBe(400);
      const got = res.body.foutmeldingen.map((f: { foutcode: string; pointer: string }) => `${f.foutcode} ${f.pointer}`).sort();
      expect(got).toEqual(['SCHEMA ?school', 'SCHEMA ?school_oin', 'SCHEMA ?service']);
    });
  });

  describe('replacing periods (OSR-05)', () => {
    const p = (url: string, start_date: string, end_date: string | null) => ({ url, start_date, end_date });

    it.each([
      [
        'an open period cut by an open one',
        [p('a', '2026-01-01', null)],
        ['2026-06-01', null],
        [p('a', '2026-01-01', '2026-06-01')],
      ],
      [
        'an open period split by a closed one',
        [p('a', '2026-01-01', null)],
        ['2026-06-01', '2026-07-01'],
        [p('a', '2026-01-01', '2026-06-01'), p('a', '2026-07-01', null)],
      ],
      ['a period inside the new one', [p('a', '2026-06-10', '2026-06-20')], ['2026-06-01', '2026-07-01'], []],
      [
        'periods before and after, untouched',
        [p('a', '2026-01-01', '2026-06-01'), p('b', '2026-07-01', null)],
        ['2026-06-01', '2026-07-01'],
        [p('a', '2026-01-01', '2026-06-01'), p('b', '2026-07-01', null)],
      ],
      [
        'a later period that starts inside the new one',
        [p('b', '2026-06-15', '2026-08-01')],
        ['2026-06-01', '2026-07-01'],
        [p('b', '2026-07-01', '2026-08-01')],
      ],
    ])('keeps what lies outside the new period: %s', (_label, existing, [start, endDate], expected) => {
      expect(withoutPeriod(existing, { start_date: start!, end_date: endDate ?? null })).toEqual(expected);
    });
  });
});
