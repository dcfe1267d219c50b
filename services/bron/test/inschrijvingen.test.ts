// POST /inschrijvingen and the registratieoverzicht over mTLS, against real OSR and RIO apps.
import {
  startBron,
  inschrijving,
  inschrijvingBericht,
  bedrijfsdocument,
  BSN,
  PLAZA,
  KWARTET,
  ZANDLOPER,
  DOMSTAD,
  DUO_OIN,
  OPERATOR,
  type BronUnderTest,
} from './bron-world';

describe('BRON inschrijvingen (docs/services/bron.md)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const plaza = () => bron.served.as(PLAZA);
  const stored = () => bron.count('inschrijvingen') + bron.count('inschrijving_historie') + bron.count('berichten');

  it('enrols a pupil: 201 TOEGEVOEGD, the same terugkoppeling in the mailbox, a history line (BRON-02, EK-08)', async () => {
    const bericht = inschrijvingBericht();
    const res = await plaza().post('/inschrijvingen', bericht);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      identificatiecodeBedrijfsdocument: bericht.bedrijfsdocument.identificatiecodeBedrijfsdocument,
      terugkoppeling: {
        mutatie: 'TOEGEVOEGD',
        leerling: { burgerservicenummer: BSN },
        inschrijvingsvolgnummer: '1',
        meldingen: [],
        // BEK-09: enrolled, open, 10 years old: funded on the next teldatum, 1 February 2027.
        bekostiging: { status: 'BEKOSTIGD', soort: 'VOORLOPIG', redenen: [] },
      },
    });
    const box = await plaza().get('/scholen/11AA/berichten');
    expect(box.status).toBe(200);
    expect(box.body.berichten).toHaveLength(1);
    expect(box.body.berichten[0]).toMatchObject({ soort: 'TERUGKOPPELING', inhoud: res.body });
    expect(bron.store.historie('11AA', BSN, '1').map((h) => h.mutatie)).toEqual(['TOEGEVOEGD']);
  });

  it('replaces the inschrijving on a second aanlevering (standlevering), and uitschrijft with an uitschrijfdatum (BRON-02)', async () => {
    await plaza().post('/inschrijvingen', inschrijvingBericht());
    const nieuweGroep = inschrijving({
      periodes: [
        { begindatum: '2026-11-23', groep: 7 },
        { begindatum: '2026-11-27', groep: 8 },
      ],
    });
    const gewijzigd = await plaza().post('/inschrijvingen', inschrijvingBericht(nieuweGroep));
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body.terugkoppeling.mutatie).toBe('GEWIJZIGD');
    const uit = inschrijving({ ...nieuweGroep, uitschrijfdatum: '2026-11-28', redenUitschrijving: 'ANDERE_SCHOOL' });
    const uitgeschreven = await plaza().post('/inschrijvingen', inschrijvingBericht(uit));
    expect(uitgeschreven.status).toBe(200);
    expect(uitgeschreven.body.terugkoppeling.mutatie).toBe('UITGESCHREVEN');
    expect(bron.store.historie('11AA', BSN, '1').map((h) => h.mutatie)).toEqual(['TOEGEVOEGD', 'GEWIJZIGD', 'UITGESCHREVEN']);
    expect(bron.count('inschrijvingen')).toBe(1);
    expect(bron.store.findInschrijving('11AA', BSN, '1')?.periodes).toHaveLength(2);
  });

  it('accepts only one of two overlapping inschrijvingen of one pupil at one school sent at the same time (BRON-02)', async () => {
    // Both pass the first check before either is stored (each waits for OSR and RIO in between); the
    // check inside the commit sees the one that landed first.
    const tweede = inschrijving({ inschrijvingsvolgnummer: '2' });
    const [a, b] = await Promise.all([
      plaza().post('/inschrijvingen', inschrijvingBericht()),
      plaza().post('/inschrijvingen', inschrijvingBericht(tweede)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 400]);
    const afgekeurd = a.status === 400 ? a : b;
    expect(afgekeurd.body.foutmeldingen).toEqual([
      expect.objectContaining({ foutcode: 'BRON-02', pointer: '/inschrijving/inschrijfdatum' }),
    ]);
    expect(bron.count('inschrijvingen')).toBe(1);
    expect(bron.count('inschrijving_historie')).toBe(1);
  });

  it('accepts a late inschrijfdatum with a BRON-13 melding', async () => {
    const res = await plaza().post(
      '/inschrijvingen',
      inschrijvingBericht(inschrijving({ inschrijfdatum: '2026-11-10', periodes: [{ begindatum: '2026-11-10', groep: 7 }] })),
    );
    expect(res.status).toBe(201);
    expect(res.body.terugkoppeling.meldingen.map((m: { foutcode: string }) => m.foutcode)).toContain('BRON-13');
  });

  describe('rejections store nothing', () => {
    it('rejects a pupil neither in the BRP nor identified by BRON (BRON-01)', async () => {
      const res = await plaza().post(
        '/inschrijvingen',
        inschrijvingBericht(inschrijving({ leerling: { burgerservicenummer: '111222333' } })),
      );
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'BRON-01', pointer: '/inschrijving/leerling' }),
      ]);
      expect(stored()).toBe(0);
    });

    it('rejects a BSN that fails the elfproef (ID-01) together with every other violation', async () => {
      const res = await plaza().post(
        '/inschrijvingen',
        inschrijvingBericht(
          inschrijving({ leerling: { burgerservicenummer: '111222334' }, periodes: [{ begindatum: '2026-11-23', groep: 9 }] }),
        ),
      );
      expect(res.status).toBe(400);
      const codes = res.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode);
      expect(codes).toEqual(expect.arrayContaining(['ID-01', 'BRON-08']));
      expect(stored()).toBe(0);
    });

    it('rejects an inschrijving at a school that RIO closed, with RIO foutcodes on the right field (BRON-06, RIO-11)', async () => {
      const ins = inschrijving({ vestigingscode: '13CC00', onderwijsaanbiedercode: '110A009', onderwijslocatiecode: '107X010' });
      const res = await bron.served.as(KWARTET).post('/inschrijvingen', inschrijvingBericht(ins));
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.length).toBeGreaterThan(0);
      expect(res.body.foutmeldingen.every((f: { pointer: string }) => f.pointer === '/inschrijving/inschrijfdatum')).toBe(true);
      expect(res.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)).toContain('RIO-11');
      expect(stored()).toBe(0);
    });

    it('rejects a locatie of another school on a periode with RIO A01130 at that periode (BRON-06)', async () => {
      const ins = inschrijving({
        periodes: [
          { begindatum: '2026-11-23', groep: 7 },
          { begindatum: '2026-11-26', groep: 7, onderwijslocatiecode: '107X005' },
        ],
      });
      const res = await plaza().post('/inschrijvingen', inschrijvingBericht(ins));
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual(
        expect.arrayContaining([expect.objectContaining({ pointer: '/inschrijving/periodes/1/onderwijslocatiecode' })]),
      );
      expect(stored()).toBe(0);
    });

    it('rejects a vestiging of another school than the sender (EK-03)', async () => {
      const ins = inschrijving({ vestigingscode: '11AB00' });
      const res = await plaza().post('/inschrijvingen', inschrijvingBericht(ins, '11AA'));
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)).toContain('EK-03');
    });

    it('rejects schema violations with pointers and echoes the bericht id', async () => {
      const bericht = inschrijvingBericht(inschrijving({ inschrijfdatum: '2026-13-01' }));
      const res = await plaza().post('/inschrijvingen', { ...bericht, extra: true });
      expect(res.status).toBe(400);
      expect(res.body.identificatiecodeBedrijfsdocument).toBe(bericht.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual(
        expect.arrayContaining(['/extra', '/inschrijving/inschrijfdatum']),
      );
      expect(stored()).toBe(0);
    });

    it('rejects a bericht not addressed to DUO (EK-04, EK0022)', async () => {
      const bericht = inschrijvingBericht();
      bericht.bedrijfsdocument.ontvangendeInstantie = PLAZA;
      const res = await plaza().post('/inschrijvingen', bericht);
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0022');
    });
  });

  describe('authorization (EK-03, EK-07)', () => {
    it.each([
      ['a vendor without mandate for the school (12BB has none)', KWARTET, '12BB'],
      ['a vendor whose mandate ended (Zandloper at 12BA)', ZANDLOPER, '12BA'],
      ['the vendor of school 11AA sending for school 11AB', PLAZA, '11AB'],
      ['a bestuur instead of a vendor', DOMSTAD, '11AA'],
    ])('refuses %s with 403 AUT401 and stores nothing', async (_label, caller, brin) => {
      const ins = inschrijving({ vestigingscode: `${brin}00` });
      const res = await bron.served.as(caller).post('/inschrijvingen', inschrijvingBericht(ins, brin));
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
      expect(stored()).toBe(0);
    });

    it('refuses a school OIN the chain does not know with 403 AUT401', async () => {
      const bericht = { ...inschrijvingBericht(), bedrijfsdocument: bedrijfsdocument('99ZZ') };
      const res = await plaza().post('/inschrijvingen', bericht);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0]).toMatchObject({ foutcode: 'AUT401', pointer: '/bedrijfsdocument/verzendendeInstantie' });
    });

    it('honours a mandate ended in OSR from the very next bericht (docs/services/osr.md)', async () => {
      expect((await plaza().post('/inschrijvingen', inschrijvingBericht())).status).toBe(201);
      const mandaten = await bron.peers.osrServed.as(DOMSTAD).get('/api/v1/schools/0000000700011AA00000/mandates?service=ROD_PO');
      const id = mandaten.body.mandaten.find(
        (m: { supplier_oin: string; end_date: string | null }) => m.supplier_oin === PLAZA && m.end_date === null,
      ).id;
      bron.peers.setToday('2026-11-28');
      const ended = await bron.peers.osrServed.as(DOMSTAD).patch(`/api/v1/mandates/${id}`, { end_date: '2026-11-29' });
      expect(ended.status).toBe(200);
      bron.setToday('2026-11-29');
      const res = await plaza().post(
        '/inschrijvingen',
        inschrijvingBericht(
          inschrijving({
            inschrijvingsvolgnummer: '2',
            inschrijfdatum: '2026-11-29',
            periodes: [{ begindatum: '2026-11-29', groep: 7 }],
          }),
        ),
      );
      expect(res.status).toBe(403);
    });
  });

  describe('replay (EK-06)', () => {
    it('answers the same bericht again with the first answer and changes nothing', async () => {
      const bericht = inschrijvingBericht();
      const first = await plaza().post('/inschrijvingen', bericht);
      const again = await plaza().post('/inschrijvingen', bericht);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(bron.count('inschrijving_historie')).toBe(1);
      expect(bron.count('berichten')).toBe(1);
    });

    it('answers the same id with another body with 409 EK-DUPLICAAT', async () => {
      const bericht = inschrijvingBericht();
      await plaza().post('/inschrijvingen', bericht);
      const res = await plaza().post('/inschrijvingen', {
        ...bericht,
        inschrijving: inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 6 }] }),
      });
      expect(res.status).toBe(409);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK-DUPLICAAT');
      expect(bron.count('inschrijving_historie')).toBe(1);
    });

    it('remembers no rejected bericht: corrected, it is taken under the same id (docs/vendor-guide.md §10)', async () => {
      const bericht = inschrijvingBericht(inschrijving({ periodes: [{ begindatum: '2026-11-23', groep: 9 }] }));
      const fout = await plaza().post('/inschrijvingen', bericht);
      expect([fout.status, fout.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)]).toEqual([400, ['BRON-08']]);
      const hersteld = await plaza().post('/inschrijvingen', { ...bericht, inschrijving: inschrijving() });
      expect([hersteld.status, hersteld.body.terugkoppeling?.mutatie]).toEqual([201, 'TOEGEVOEGD']);
      expect(hersteld.body.identificatiecodeBedrijfsdocument).toBe(bericht.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      expect(bron.count('inschrijving_historie')).toBe(1);
    });

    it('stores one record when 20 copies of one bericht arrive at once', async () => {
      const bericht = inschrijvingBericht();
      const answers = await Promise.all(Array.from({ length: 20 }, () => plaza().post('/inschrijvingen', bericht)));
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
      expect(bron.count('inschrijvingen')).toBe(1);
      expect(bron.count('inschrijving_historie')).toBe(1);
      expect(bron.count('berichten')).toBe(1);
    });
  });

  describe('registratieoverzicht', () => {
    it('lists the inschrijvingen ingeschreven on the peildatum, uitschrijfdatum inclusive (BRON-03)', async () => {
      await plaza().post(
        '/inschrijvingen',
        inschrijvingBericht(inschrijving({ uitschrijfdatum: '2026-11-27', redenUitschrijving: 'VERHUIZING_BUITENLAND' })),
      );
      const op = await plaza().get('/scholen/11AA/inschrijvingen?peildatum=2026-11-27');
      expect(op.status).toBe(200);
      expect(op.body).toMatchObject({ brin: '11AA', peildatum: '2026-11-27' });
      expect(op.body.inschrijvingen).toHaveLength(1);
      expect((await plaza().get('/scholen/11AA/inschrijvingen?peildatum=2026-11-28')).body.inschrijvingen).toHaveLength(0);
      expect((await plaza().get('/scholen/11AA/inschrijvingen?peildatum=2026-11-22')).body.inschrijvingen).toHaveLength(0);
      expect((await plaza().get('/scholen/11AA/inschrijvingen')).body.peildatum).toBe('2026-11-28');
    });

    it("lets DUO and the operator read it, and refuses another school's vendor (EK-07)", async () => {
      expect((await bron.served.as(DUO_OIN).get('/scholen/11AA/inschrijvingen')).status).toBe(200);
      expect((await bron.served.as(OPERATOR).get('/scholen/11AA/inschrijvingen')).status).toBe(200);
      const other = await bron.served.as(KWARTET).get('/scholen/11AA/inschrijvingen');
      expect(other.status).toBe(403);
      expect(other.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });

    it('rejects a malformed BRIN or peildatum with 400', async () => {
      const res = await plaza().get('/scholen/11aa/inschrijvingen?peildatum=gisteren&x=1');
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen.map((f: { pointer?: string }) => f.pointer)).toEqual(
        expect.arrayContaining(['?peildatum', '?x']),
      );
    });
  });
});
