// The status machine (VZM-12): the school, through its vendor, sets an einddatum or withdraws while
// the melding is open; the woongemeente moves it forward only; every change is in statusHistorie.
import { NEGATIVE } from '@duo-sim/test-support';
import {
  AMERSFOORT,
  bedrijfsdocument,
  DUO,
  KWARTET,
  meldingBericht,
  OPERATOR,
  PLAZA,
  startVerzuim,
  TODAY,
  UTRECHT,
  type VerzuimUnderTest,
} from './verzuim-test-world';

type Status = 'GEREGISTREERD' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'TER_KENNISGEVING_AANGENOMEN';
const ALLE: Status[] = ['GEREGISTREERD', 'INGETROKKEN', 'IN_BEHANDELING', 'AFGESLOTEN', 'TER_KENNISGEVING_AANGENOMEN'];
const GEMEENTE_DOELEN = ['IN_BEHANDELING', 'AFGESLOTEN', 'TER_KENNISGEVING_AANGENOMEN'] as const;

/** VZM-12 (sim): the gemeente's allowed moves; every other pair is 409. */
const GEMEENTE_MAG: Record<string, Status[]> = {
  IN_BEHANDELING: ['GEREGISTREERD'],
  AFGESLOTEN: ['GEREGISTREERD', 'IN_BEHANDELING'],
  TER_KENNISGEVING_AANGENOMEN: ['GEREGISTREERD', 'IN_BEHANDELING'],
};
const OPEN: Status[] = ['GEREGISTREERD', 'IN_BEHANDELING'];

describe('the status of a melding (VZM-12)', () => {
  let vz: VerzuimUnderTest;
  beforeEach(async () => {
    vz = await startVerzuim();
  });
  afterEach(() => vz.close());

  /** Registers Thijs's 16-uur melding (routed to Utrecht) and brings it to `status`. */
  async function meldingIn(status: Status, overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await vz.served.as(PLAZA).post('/meldingen', meldingBericht('11AA', overrides));
    expect(res.status).toBe(201);
    const nr = res.body.meldingsnummer as string;
    if (status === 'INGETROKKEN') expect((await schoolPatch(nr, { status: 'INGETROKKEN' })).status).toBe(200);
    else if (status !== 'GEREGISTREERD') expect((await gemeentePatch(nr, status)).status).toBe(200);
    expect(vz.store.melding(nr)!.status).toBe(status);
    return nr;
  }
  const schoolPatch = (nr: string, fields: Record<string, unknown>, as = PLAZA, brin = '11AA') =>
    vz.served.as(as).patch(`/meldingen/${nr}`, { bedrijfsdocument: bedrijfsdocument(brin), ...fields });
  const gemeentePatch = (nr: string, status: string, as = UTRECHT) =>
    vz.served.as(as).patch(`/meldingen/${nr}/status`, { status });

  describe('the gemeente moves forward only', () => {
    const cases = GEMEENTE_DOELEN.flatMap((naar) => ALLE.map((van) => [van, naar, GEMEENTE_MAG[naar].includes(van)] as const));

    it.each(cases)('from %s to %s: allowed = %s', async (van, naar, toegestaan) => {
      const nr = await meldingIn(van);
      const historie = vz.store.melding(nr)!.statusHistorie.length;
      const res = await gemeentePatch(nr, naar);
      if (toegestaan) {
        expect(res.status).toBe(200);
        expect(res.body.status).toBe(naar);
        expect(res.body.statusHistorie.at(-1)).toEqual({
          wijziging: 'STATUS',
          status: naar,
          door: UTRECHT,
          rol: 'gemeente',
          tijdstip: expect.stringMatching(/^2026-11-27T/),
          vandaag: TODAY,
        });
        expect(vz.deps.schemas.validate('verzuim-melding', res.body)).toEqual([]);
      } else {
        expect(res.status).toBe(409);
        expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-12', pointer: '/status' })]);
        expect(vz.store.melding(nr)!.status).toBe(van);
        expect(vz.store.melding(nr)!.statusHistorie).toHaveLength(historie);
      }
    });

    it.each(['GEREGISTREERD', 'INGETROKKEN', 'GESLOTEN'])(
      'rejects status %s from a gemeente as bad input (SCHEMA)',
      async (status) => {
        const nr = await meldingIn('GEREGISTREERD');
        const res = await gemeentePatch(nr, status);
        expect(res.status).toBe(400);
        expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/status' })]);
        expect(vz.store.melding(nr)!.status).toBe('GEREGISTREERD');
      },
    );

    it('rejects extra fields in the gemeente’s body (SCHEMA)', async () => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await vz.served.as(UTRECHT).patch(`/meldingen/${nr}/status`, { status: 'AFGESLOTEN', reden: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/reden' })]);
    });

    it.each([
      ['another gemeente', AMERSFOORT],
      ['a party unknown to the world', NEGATIVE.stranger.oin],
    ])('answers %s, who may not read the melding, as for an unknown one', async (_label, caller) => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await gemeentePatch(nr, 'IN_BEHANDELING', caller);
      const onbekend = await gemeentePatch('VZM-2026-999999', 'IN_BEHANDELING', caller);
      expect(JSON.stringify({ status: res.status, body: res.body }).replaceAll(nr, 'VZM-2026-999999')).toBe(
        JSON.stringify({ status: onbekend.status, body: onbekend.body }),
      );
      expect(JSON.stringify(res.body)).not.toMatch(/Utrecht|0344|11AA/);
      expect(vz.store.melding(nr)!.statusHistorie).toHaveLength(1);
    });

    it.each([
      ['the school’s vendor', PLAZA],
      ['DUO', DUO],
      ['the operator', OPERATOR],
    ])('refuses %s, who may read it, with 403 AUT401 naming no gemeente', async (_label, caller) => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await gemeentePatch(nr, 'IN_BEHANDELING', caller);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'AUT401' })]);
      expect(JSON.stringify(res.body)).not.toMatch(/Utrecht|0344/);
      expect(vz.store.melding(nr)!.statusHistorie).toHaveLength(1);
    });

    it('answers 404 for an unknown meldingsnummer', async () => {
      const res = await gemeentePatch('VZM-2026-999999', 'IN_BEHANDELING');
      expect(res.status).toBe(404);
      expect(res.body.foutmeldingen[0].foutcode).toBe('NIET_GEVONDEN');
    });

    it('keeps the whole history: registered by the vendor, treated and closed by the gemeente', async () => {
      const nr = await meldingIn('IN_BEHANDELING');
      expect((await gemeentePatch(nr, 'AFGESLOTEN')).status).toBe(200);
      const historie = vz.store.melding(nr)!.statusHistorie;
      expect(historie.map((h) => [h.wijziging, h.status, h.rol, h.door])).toEqual([
        ['REGISTRATIE', 'GEREGISTREERD', 'school', PLAZA],
        ['STATUS', 'IN_BEHANDELING', 'gemeente', UTRECHT],
        ['STATUS', 'AFGESLOTEN', 'gemeente', UTRECHT],
      ]);
    });
  });

  describe('the school withdraws while open', () => {
    it.each(ALLE.map((van) => [van, OPEN.includes(van)] as const))('from %s: allowed = %s', async (van, toegestaan) => {
      const nr = await meldingIn(van);
      const res = await schoolPatch(nr, { status: 'INGETROKKEN' });
      if (toegestaan) {
        expect(res.status).toBe(200);
        expect(res.body.melding.status).toBe('INGETROKKEN');
        expect(res.body.melding.statusHistorie.at(-1)).toEqual({
          wijziging: 'STATUS',
          status: 'INGETROKKEN',
          door: PLAZA,
          namens: '0000000700011AA00000',
          rol: 'school',
          tijdstip: expect.any(String),
          vandaag: TODAY,
        });
        expect(vz.deps.schemas.validate('verzuim-melding-antwoord', res.body)).toEqual([]);
      } else {
        expect(res.status).toBe(409);
        expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-12', pointer: '/status' })]);
        expect(vz.store.melding(nr)!.status).toBe(van);
      }
    });

    it.each(['AFGESLOTEN', 'IN_BEHANDELING', 'GEREGISTREERD'])(
      'rejects status %s from the school as bad input (SCHEMA)',
      async (status) => {
        const nr = await meldingIn('GEREGISTREERD');
        const res = await schoolPatch(nr, { status });
        expect(res.status).toBe(400);
        expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/status' })]);
      },
    );

    it('rejects a body with both einddatum and status, or neither (SCHEMA)', async () => {
      const nr = await meldingIn('GEREGISTREERD');
      const both = await schoolPatch(nr, { status: 'INGETROKKEN', einddatum: '2026-11-26' });
      expect(both.status).toBe(400);
      expect(both.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'SCHEMA', pointer: '/' })]);
      const neither = await schoolPatch(nr, {});
      expect(neither.status).toBe(400);
      expect(vz.store.melding(nr)!.statusHistorie).toHaveLength(1);
    });
  });

  describe('the school sets the einddatum while open (VZM-06)', () => {
    const lrv = { verzuimsoort: 'LANGDURIG_RELATIEF', begindatum: '2026-10-19', einddatum: undefined, aantalUren: undefined };

    it.each(ALLE.map((van) => [van, OPEN.includes(van)] as const))('from %s: allowed = %s', async (van, toegestaan) => {
      const nr = await meldingIn(van, lrv);
      const res = await schoolPatch(nr, { einddatum: '2026-11-20' });
      if (toegestaan) {
        expect(res.status).toBe(200);
        expect(res.body.melding).toMatchObject({ einddatum: '2026-11-20', status: van });
        expect(res.body.melding.statusHistorie.at(-1)).toMatchObject({
          wijziging: 'EINDDATUM',
          einddatum: '2026-11-20',
          status: van,
          door: PLAZA,
          rol: 'school',
        });
      } else {
        expect(res.status).toBe(409);
        expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-12', pointer: '/einddatum' })]);
        expect(vz.store.melding(nr)!.einddatum).toBeUndefined();
      }
    });

    it('refuses an einddatum before the begindatum or after today (VZM-06)', async () => {
      const nr = await meldingIn('GEREGISTREERD', lrv);
      const vroeg = await schoolPatch(nr, { einddatum: '2026-10-18' });
      expect(vroeg.status).toBe(400);
      expect(vroeg.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)).toEqual(['VZM-06', 'VZM-05']);
      const laat = await schoolPatch(nr, { einddatum: '2026-11-28' });
      expect(laat.status).toBe(400);
      expect(laat.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-06', pointer: '/einddatum' })]);
      expect(vz.store.melding(nr)!.einddatum).toBeUndefined();
    });

    it('refuses an LRV einddatum within 4 weeks of the begindatum (VZM-05)', async () => {
      const nr = await meldingIn('GEREGISTREERD', lrv);
      const res = await schoolPatch(nr, { einddatum: '2026-11-15' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-05', pointer: '/einddatum' })]);
    });

    it('keeps the vervolg chain valid: an einddatum on or after the vervolgmelding’s begindatum is refused (VZM-04)', async () => {
      const eerste = await meldingIn('GEREGISTREERD', { begindatum: '2026-10-05', einddatum: '2026-10-23' });
      const vervolg = await vz.served
        .as(PLAZA)
        .post('/meldingen', meldingBericht('11AA', { vervolgOp: eerste, begindatum: '2026-10-26', einddatum: '2026-11-25' }));
      expect(vervolg.status).toBe(201);
      const res = await schoolPatch(eerste, { einddatum: '2026-10-26' });
      expect(res.status).toBe(400);
      expect(res.body.foutmeldingen).toEqual([
        expect.objectContaining({
          foutcode: 'VZM-04',
          pointer: '/einddatum',
          sleutelgegevens: [{ sleutelnaam: 'vervolgmelding', sleutelwaarde: vervolg.body.meldingsnummer }],
        }),
      ]);
      const vervolgEinde = await schoolPatch(vervolg.body.meldingsnummer, { einddatum: '2026-10-27' });
      expect(vervolgEinde.status).toBe(400);
      expect(vervolgEinde.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-04', pointer: '/einddatum' })]);
    });
  });

  describe('who may change a melding for the school', () => {
    it('answers a vendor acting for another school it is mandated for as if the melding did not exist', async () => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await schoolPatch(nr, { status: 'INGETROKKEN' }, KWARTET, '11AB');
      const onbekend = await schoolPatch('VZM-2026-999999', { status: 'INGETROKKEN' }, KWARTET, '11AB');
      expect(res.status).toBe(404);
      // The same apart from what the caller sent: the number and its bericht id.
      const zonderIds = (body: { identificatiecodeBedrijfsdocument: string }, nummer: string) =>
        JSON.stringify({ ...body, identificatiecodeBedrijfsdocument: 'ID' }).replaceAll(nummer, 'NR');
      expect(zonderIds(res.body, nr)).toBe(zonderIds(onbekend.body, 'VZM-2026-999999'));
      expect(vz.store.melding(nr)!.status).toBe('GEREGISTREERD');
    });

    it('refuses a vendor without a VERZUIM mandate for the melding’s school, with 403 AUT401 (EK-07)', async () => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await schoolPatch(nr, { status: 'INGETROKKEN' }, KWARTET, '11AA');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });

    it.each([
      ['the woongemeente', UTRECHT],
      ['DUO', DUO],
    ])('refuses %s withdrawing, with 403 AUT401', async (_label, caller) => {
      const nr = await meldingIn('GEREGISTREERD');
      const res = await schoolPatch(nr, { status: 'INGETROKKEN' }, caller);
      expect(res.status).toBe(403);
      expect(vz.store.melding(nr)!.status).toBe('GEREGISTREERD');
    });

    it('answers 404 for an unknown meldingsnummer, echoing the bericht id', async () => {
      const body = { bedrijfsdocument: bedrijfsdocument('11AA'), status: 'INGETROKKEN' };
      const res = await vz.served.as(PLAZA).patch('/meldingen/VZM-2026-999999', body);
      expect(res.status).toBe(404);
      expect(res.body.identificatiecodeBedrijfsdocument).toBe(body.bedrijfsdocument.identificatiecodeBedrijfsdocument);
    });
  });

  describe('replay of a change (EK-06)', () => {
    it('refuses the same bericht sent to another melding with 409 EK-DUPLICAAT, leaving that melding as it was', async () => {
      const a = await meldingIn('GEREGISTREERD');
      const b = await meldingIn('GEREGISTREERD', { verzuimsoort: 'OVERIG' });
      const body = { bedrijfsdocument: bedrijfsdocument('11AA'), status: 'INGETROKKEN' };
      expect((await vz.served.as(PLAZA).patch(`/meldingen/${a}`, body)).status).toBe(200);
      const res = await vz.served.as(PLAZA).patch(`/meldingen/${b}`, body);
      expect(res.status).toBe(409);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK-DUPLICAAT');
      expect(vz.store.melding(b)!.status).toBe('GEREGISTREERD');
    });

    it('answers a resent withdrawal with the original answer and adds no history', async () => {
      const nr = await meldingIn('GEREGISTREERD');
      const body = { bedrijfsdocument: bedrijfsdocument('11AA'), status: 'INGETROKKEN' };
      const first = await vz.served.as(PLAZA).patch(`/meldingen/${nr}`, body);
      const again = await vz.served.as(PLAZA).patch(`/meldingen/${nr}`, body);
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(vz.store.melding(nr)!.statusHistorie).toHaveLength(2);
    });

    it('refuses the same id with another change with 409 EK-DUPLICAAT', async () => {
      const nr = await meldingIn('GEREGISTREERD', { verzuimsoort: 'LUXE', begindatum: '2026-11-16', einddatum: '2026-11-20' });
      const bd = bedrijfsdocument('11AA');
      expect(
        (await vz.served.as(PLAZA).patch(`/meldingen/${nr}`, { bedrijfsdocument: bd, einddatum: '2026-11-20' })).status,
      ).toBe(200);
      const res = await vz.served.as(PLAZA).patch(`/meldingen/${nr}`, { bedrijfsdocument: bd, einddatum: '2026-11-19' });
      expect(res.status).toBe(409);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK-DUPLICAAT');
      expect(vz.store.melding(nr)!.einddatum).toBe('2026-11-20');
    });
  });
});
