// Reading meldingen (docs/services/verzuim.md): the school's vendor sees its school's meldingen (VZM-01), a
// gemeente only those routed to it (VZM-09), one melding only by those two (and DUO, the operator).
import { NEGATIVE } from '@duo-sim/test-support';
import {
  AMERSFOORT,
  DUO,
  JENS,
  KWARTET,
  meldingBericht,
  NOAH,
  OPERATOR,
  PLAZA,
  startVerzuim,
  THIJS,
  UTRECHT,
  ZANDLOPER,
  ZEIST,
  type VerzuimUnderTest,
} from './verzuim-test-world';

describe('reading meldingen', () => {
  let vz: VerzuimUnderTest;
  /** Thijs (Utrecht) and Noah (Zeist) at 11AA by Plaza; Jens (Amersfoort) at 12BA by Kwartet. */
  let thijs: string;
  let noah: string;
  let jens: string;

  beforeAll(async () => {
    vz = await startVerzuim();
    const post = async (as: string, brin: string, overrides: Record<string, unknown>) => {
      const res = await vz.served.as(as).post('/meldingen', meldingBericht(brin, overrides));
      expect(res.status).toBe(201);
      return res.body.meldingsnummer as string;
    };
    thijs = await post(PLAZA, '11AA', { leerling: THIJS });
    noah = await post(PLAZA, '11AA', { leerling: NOAH });
    jens = await post(KWARTET, '12BA', { leerling: JENS, vestigingscode: '12BA00' });
    expect((await vz.served.as(UTRECHT).patch(`/meldingen/${thijs}/status`, { status: 'IN_BEHANDELING' })).status).toBe(200);
  });
  afterAll(() => vz.close());

  const nummers = (body: { meldingen: Array<{ meldingsnummer: string }> }) => body.meldingen.map((m) => m.meldingsnummer);

  describe('GET /scholen/{brin}/meldingen', () => {
    it('lists the school’s meldingen, oldest first, with statusHistorie, for its vendor (VZM-01)', async () => {
      const res = await vz.served.as(PLAZA).get('/scholen/11AA/meldingen');
      expect(res.status).toBe(200);
      expect(res.body.brin).toBe('11AA');
      expect(nummers(res.body)).toEqual([thijs, noah]);
      expect(res.body.meldingen[0].statusHistorie.map((h: { status: string }) => h.status)).toEqual([
        'GEREGISTREERD',
        'IN_BEHANDELING',
      ]);
      expect(vz.deps.schemas.validate('verzuim-meldingen', res.body)).toEqual([]);
    });

    it('filters on status', async () => {
      const res = await vz.served.as(PLAZA).get('/scholen/11AA/meldingen?status=GEREGISTREERD');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('GEREGISTREERD');
      expect(nummers(res.body)).toEqual([noah]);
    });

    it('rejects an unknown status with a SCHEMA foutmelding on ?status', async () => {
      const res = await vz.served.as(PLAZA).get('/scholen/11AA/meldingen?status=OPEN&x=1');
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?x' }),
        expect.objectContaining({ foutcode: 'SCHEMA', pointer: '?status' }),
      ]);
    });

    it('shows the school’s meldingen to the vendor mandated today, whoever sent them: Kwartet at 12BA, not Zandloper (EK-07)', async () => {
      const kwartet = await vz.served.as(KWARTET).get('/scholen/12BA/meldingen');
      expect(kwartet.status).toBe(200);
      expect(nummers(kwartet.body)).toEqual([jens]);
      const zandloper = await vz.served.as(ZANDLOPER).get('/scholen/12BA/meldingen');
      expect(zandloper.status).toBe(403);
      expect(zandloper.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });

    it.each([
      ['another school’s vendor', KWARTET],
      ['a gemeente', UTRECHT],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('refuses %s with 403 AUT401', async (_label, caller) => {
      const res = await vz.served.as(caller).get('/scholen/11AA/meldingen');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
    });

    it('lets DUO and the operator read', async () => {
      expect((await vz.served.as(DUO).get('/scholen/11AA/meldingen')).status).toBe(200);
      expect((await vz.served.as(OPERATOR).get('/scholen/11AA/meldingen')).status).toBe(200);
    });

    it.each(['11aa', 'x'])('answers 404 for %s, which is no BRIN', async (brin) => {
      const res = await vz.served.as(PLAZA).get(`/scholen/${brin}/meldingen`);
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });

    it('answers a vendor the same 403 for a BRIN no school has as for a school without its mandate', async () => {
      const onbekend = await vz.served.as(PLAZA).get('/scholen/99ZZ/meldingen');
      const zonderMandaat = await vz.served.as(PLAZA).get('/scholen/12BB/meldingen');
      expect(onbekend.status).toBe(403);
      expect(JSON.stringify(onbekend.body).replaceAll('99ZZ', '12BB')).toBe(JSON.stringify(zonderMandaat.body));
      expect((await vz.served.as(OPERATOR).get('/scholen/99ZZ/meldingen')).status).toBe(404);
    });
  });

  describe('GET /gemeenten/{gemeentecode}/meldingen', () => {
    it('lists only the meldingen routed to that gemeente (VZM-09)', async () => {
      const utrecht = await vz.served.as(UTRECHT).get('/gemeenten/0344/meldingen');
      expect(utrecht.status).toBe(200);
      expect(utrecht.body.gemeentecode).toBe('0344');
      expect(nummers(utrecht.body)).toEqual([thijs]);
      expect(vz.deps.schemas.validate('verzuim-meldingen', utrecht.body)).toEqual([]);
      expect(nummers((await vz.served.as(ZEIST).get('/gemeenten/0355/meldingen')).body)).toEqual([noah]);
      expect(nummers((await vz.served.as(AMERSFOORT).get('/gemeenten/0307/meldingen')).body)).toEqual([jens]);
    });

    it('filters on status', async () => {
      expect(nummers((await vz.served.as(UTRECHT).get('/gemeenten/0344/meldingen?status=IN_BEHANDELING')).body)).toEqual([thijs]);
      expect(nummers((await vz.served.as(UTRECHT).get('/gemeenten/0344/meldingen?status=AFGESLOTEN')).body)).toEqual([]);
    });

    it.each([
      ['another gemeente', ZEIST],
      ['a vendor', PLAZA],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('refuses %s with 403 AUT401', async (_label, caller) => {
      const res = await vz.served.as(caller).get('/gemeenten/0344/meldingen');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
    });

    it('lets the operator read any gemeente, and answers 404 for a gemeente not in the world', async () => {
      expect(nummers((await vz.served.as(OPERATOR).get('/gemeenten/0344/meldingen')).body)).toEqual([thijs]);
      const unknown = await vz.served.as(OPERATOR).get('/gemeenten/0363/meldingen');
      expect(unknown.status).toBe(404);
    });
  });

  describe('GET /meldingen/{meldingsnummer}', () => {
    it('shows the melding with statusHistorie to the school’s vendor and to the woongemeente', async () => {
      for (const caller of [PLAZA, UTRECHT, DUO, OPERATOR]) {
        const res = await vz.served.as(caller).get(`/meldingen/${thijs}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ meldingsnummer: thijs, status: 'IN_BEHANDELING', woongemeente: { code: '0344' } });
        expect(vz.deps.schemas.validate('verzuim-melding', res.body)).toEqual([]);
      }
    });

    it.each([
      ['another gemeente', AMERSFOORT],
      ['the gemeente where the school is but the pupil does not live', UTRECHT, 'noah'],
      ['another school’s vendor', KWARTET],
      ['the school’s former vendor', ZANDLOPER, 'jens'],
    ])('answers %s as if the melding did not exist (404, no names)', async (_label, caller, which = 'thijs') => {
      const nr = { thijs, noah, jens }[which as 'thijs' | 'noah' | 'jens'];
      const res = await vz.served.as(caller).get(`/meldingen/${nr}`);
      const onbekend = await vz.served.as(caller).get('/meldingen/VZM-2026-999999');
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body).replaceAll(nr, 'VZM-2026-999999')).toBe(JSON.stringify(onbekend.body));
    });

    it('answers a party unknown to the world the same for an existing and a missing melding', async () => {
      const res = await vz.served.as(NEGATIVE.stranger.oin).get(`/meldingen/${thijs}`);
      const onbekend = await vz.served.as(NEGATIVE.stranger.oin).get('/meldingen/VZM-2026-999999');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(res.body).replaceAll(thijs, 'VZM-2026-999999')).toBe(JSON.stringify(onbekend.body));
    });

    it('answers 404 for an unknown meldingsnummer', async () => {
      const res = await vz.served.as(PLAZA).get('/meldingen/VZM-2026-999999');
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });
  });

  describe('a pupil who moves house (VZM-09)', () => {
    it('keeps the melding with the gemeente it was routed to; a new melding goes to the new woongemeente', async () => {
      // The BRP now says Thijs lives in Zeist.
      vz.deps.db
        .prepare(
          "UPDATE brp_personen SET persoon = json_set(persoon, '$.adres.gemeentecode', '0355') WHERE burgerservicenummer = ?",
        )
        .run(THIJS.burgerservicenummer);
      expect((await vz.served.as(UTRECHT).get(`/meldingen/${thijs}`)).status).toBe(200);
      expect((await vz.served.as(ZEIST).get(`/meldingen/${thijs}`)).status).toBe(404);
      expect(nummers((await vz.served.as(UTRECHT).get('/gemeenten/0344/meldingen')).body)).toContain(thijs);
      expect((await vz.served.as(UTRECHT).patch(`/meldingen/${thijs}/status`, { status: 'AFGESLOTEN' })).status).toBe(200);

      const nieuw = await vz.served.as(PLAZA).post('/meldingen', meldingBericht('11AA', { verzuimsoort: 'OVERIG' }));
      expect(nieuw.status).toBe(201);
      expect(nieuw.body.woongemeente).toEqual({ code: '0355', naam: 'Gemeente Zeist' });
    });
  });
});
