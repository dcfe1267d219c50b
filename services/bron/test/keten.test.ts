// BRON as a chain (po-informatiediensten): kennisgevingen (INFO-03), dates that join (INFO-04),
// BRON's own correction (INFO-05), dubbele inschrijving (BRON-14) and the inschrijvingsstatus (INFO-06).
import {
  bedrijfsdocument,
  BSN,
  GEBOORTEDATUM,
  inschrijving,
  inschrijvingOp11AB,
  inschrijvingBericht,
  KWARTET,
  PLAZA,
  ZANDLOPER,
  startBron,
  type BronUnderTest,
} from './bron-world';
import type { Inschrijving } from '../src/domain/types';

/** 11AA (vendor Plaza) is the old school, 11AB (vendor Kwartet) the new one (fixtures/README.md). */
const opA = (o: Partial<Inschrijving> = {}) =>
  inschrijving({ inschrijfdatum: '2026-11-02', periodes: [{ begindatum: '2026-11-02', groep: 7 }], ...o });
const opB = inschrijvingOp11AB;

describe('BRON chain messages', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const stuurA = (ins: Inschrijving) => bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(ins));
  const stuurB = (ins: Inschrijving) => bron.served.as(KWARTET).post('/inschrijvingen', inschrijvingBericht(ins));
  const box = async (brin: string, vendor: string) =>
    (await bron.served.as(vendor).get(`/scholen/${brin}/berichten?limiet=1000`)).body.berichten as Array<{
      soort: string;
      inhoud: any;
    }>;
  // The chain's own berichten; BEKOSTIGINGSMELDINGen are tested in bekostiging.test.ts.
  const soorten = (berichten: Array<{ soort: string; inhoud: any }>) =>
    berichten
      .filter((b) => b.soort !== 'BEKOSTIGINGSMELDING')
      .map((b) =>
        b.soort === 'DUBBELE_INSCHRIJVING'
          ? `DUBBELE_${b.inhoud.status}`
          : b.soort === 'SIGNAAL'
            ? `SIGNAAL_${b.inhoud.signaal}`
            : b.soort,
      );

  it('tells the old school of the new inschrijving, both of the overlap, and both again when the old school uitschrijft (INFO-03, BRON-14)', async () => {
    expect((await stuurA(opA())).status).toBe(201);
    const nieuw = await stuurB(opB({ inschrijfdatum: '2026-11-30', periodes: [{ begindatum: '2026-11-30', groep: 7 }] }));
    expect(nieuw.status).toBe(201);
    expect((await stuurA(opA({ uitschrijfdatum: '2026-11-29', redenUitschrijving: 'ANDERE_SCHOOL' }))).status).toBe(200);

    const a = (await box('11AA', PLAZA)).filter((x) => x.soort !== 'BEKOSTIGINGSMELDING');
    const b = (await box('11AB', KWARTET)).filter((x) => x.soort !== 'BEKOSTIGINGSMELDING');
    expect(soorten(a)).toEqual([
      'TERUGKOPPELING',
      'KENNISGEVING_INSCHRIJVING',
      'DUBBELE_ONTSTAAN',
      'TERUGKOPPELING',
      'DUBBELE_OPGELOST',
    ]);
    expect(soorten(b)).toEqual(['TERUGKOPPELING', 'DUBBELE_ONTSTAAN', 'KENNISGEVING_UITSCHRIJVING', 'DUBBELE_OPGELOST']);
    expect(a[1].inhoud).toEqual({
      leerling: { burgerservicenummer: BSN },
      andereSchool: { brin: '11AB', naam: 'CBS Het Zonnehuis' },
      inschrijfdatum: '2026-11-30',
    });
    expect(b[2].inhoud).toEqual({
      leerling: { burgerservicenummer: BSN },
      andereSchool: { brin: '11AA', naam: 'OBS De Vlinderboom' },
      uitschrijfdatum: '2026-11-29',
    });
    expect(a[2].inhoud).toMatchObject({ status: 'ONTSTAAN', andereSchool: { brin: '11AB' } });
    expect(b[3].inhoud).toMatchObject({ status: 'OPGELOST', andereSchool: { brin: '11AA' } });
  });

  it('moves the old uitschrijfdatum to the day before the new inschrijfdatum within 28 days, as a DUO mutation with a signaal (INFO-05)', async () => {
    await stuurA(opA({ uitschrijfdatum: '2026-11-20', redenUitschrijving: 'ANDERE_SCHOOL' }));
    await stuurB(opB({ inschrijfdatum: '2026-11-25', periodes: [{ begindatum: '2026-11-25', groep: 7 }] }));

    expect(bron.store.findInschrijving('11AA', BSN, '1')?.uitschrijfdatum).toBe('2026-11-24');
    const historie = bron.store.historie('11AA', BSN, '1');
    expect(historie.map((h) => [h.mutatie, h.afzender])).toEqual([
      ['TOEGEVOEGD', PLAZA],
      ['GEWIJZIGD', '00000001800866472000'],
    ]);
    const a = (await box('11AA', PLAZA)).filter((x) => x.soort !== 'BEKOSTIGINGSMELDING');
    expect(soorten(a)).toEqual(['TERUGKOPPELING', 'SIGNAAL_INFO-05', 'KENNISGEVING_INSCHRIJVING']);
    expect(a[1].inhoud).toMatchObject({ oudeUitschrijfdatum: '2026-11-20', nieuweUitschrijfdatum: '2026-11-24' });
    const b = (await box('11AB', KWARTET)).filter((x) => x.soort !== 'BEKOSTIGINGSMELDING');
    expect(soorten(b)).toEqual(['TERUGKOPPELING', 'KENNISGEVING_UITSCHRIJVING']);
    expect(b[1].inhoud.uitschrijfdatum).toBe('2026-11-24');
  });

  it('leaves an old uitschrijfdatum more than 28 days back alone and signals the gap to both schools (INFO-04)', async () => {
    await stuurA(
      opA({
        inschrijfdatum: '2025-08-01',
        periodes: [{ begindatum: '2025-08-01', groep: 6 }],
        uitschrijfdatum: '2026-10-01',
        redenUitschrijving: 'ANDERE_SCHOOL',
      }),
    );
    await stuurB(opB({ inschrijfdatum: '2026-11-25', periodes: [{ begindatum: '2026-11-25', groep: 7 }] }));
    expect(bron.store.findInschrijving('11AA', BSN, '1')?.uitschrijfdatum).toBe('2026-10-01');
    expect(soorten(await box('11AA', PLAZA))).toEqual(['TERUGKOPPELING', 'KENNISGEVING_INSCHRIJVING', 'SIGNAAL_INFO-04']);
    expect(soorten(await box('11AB', KWARTET))).toEqual(['TERUGKOPPELING', 'KENNISGEVING_UITSCHRIJVING', 'SIGNAAL_INFO-04']);
  });

  it('sends no kennisgeving for a first inschrijving (the ouderverklaring case, INFO-03)', async () => {
    await stuurB(opB());
    expect(soorten(await box('11AB', KWARTET))).toEqual(['TERUGKOPPELING']);
  });

  it('resolves a dubbele inschrijving when one side is verwijderd (BRON-14, BRON-04)', async () => {
    await stuurA(opA());
    await stuurB(opB());
    const res = await bron.served.as(KWARTET).post('/verwijderingen', {
      bedrijfsdocument: bedrijfsdocument('11AB'),
      verwijdering: { leerling: { burgerservicenummer: BSN }, inschrijvingsvolgnummer: 'B-1' },
    });
    expect(res.status).toBe(200);
    expect(soorten(await box('11AA', PLAZA)).slice(-1)).toEqual(['DUBBELE_OPGELOST']);
  });

  describe('inschrijvingsstatus, the digital uitschrijfbewijs (INFO-06)', () => {
    const vraag = (
      vendor: string,
      brin: string,
      geboortedatum = GEBOORTEDATUM,
      leerling: object = { burgerservicenummer: BSN },
    ) =>
      bron.served
        .as(vendor)
        .post('/informatiediensten/inschrijvingsstatus', { bedrijfsdocument: bedrijfsdocument(brin), leerling, geboortedatum });

    it('answers the new school with the current inschrijving and the last uitschrijving, nothing more', async () => {
      await stuurA(
        opA({
          inschrijfdatum: '2024-08-01',
          periodes: [{ begindatum: '2024-08-01', groep: 5 }],
          uitschrijfdatum: '2025-07-31',
          redenUitschrijving: 'OVERIG',
        }),
      );
      await stuurA(
        opA({ inschrijvingsvolgnummer: '2', inschrijfdatum: '2025-08-01', periodes: [{ begindatum: '2025-08-01', groep: 6 }] }),
      );
      const res = await vraag(KWARTET, '11AB');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        identificatiecodeBedrijfsdocument: expect.any(String),
        leerling: { burgerservicenummer: BSN },
        actueleInschrijving: { brin: '11AA', naam: 'OBS De Vlinderboom', vestigingscode: '11AA00', inschrijfdatum: '2025-08-01' },
        laatsteUitschrijving: {
          brin: '11AA',
          naam: 'OBS De Vlinderboom',
          inschrijfdatum: '2024-08-01',
          uitschrijfdatum: '2025-07-31',
        },
      });
      const journaal = bron.deps.journal.list({ partij: KWARTET, limiet: 100 });
      expect(journaal.some((j) => j.operatie === 'POST /informatiediensten/inschrijvingsstatus' && j.status === 200)).toBe(true);
    });

    it('answers null for a pupil the chain knows but who was never enrolled', async () => {
      const res = await vraag(KWARTET, '11AB');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ actueleInschrijving: null, laatsteUitschrijving: null });
    });

    it('answers a wrong geboortedatum and an unknown pupil with the same 404, saying nothing more', async () => {
      await stuurA(opA());
      const fout = await vraag(KWARTET, '11AB', '2016-01-16');
      const onbekend = await vraag(KWARTET, '11AB', GEBOORTEDATUM, { burgerservicenummer: '111222333' });
      expect(fout.status).toBe(404);
      expect(onbekend.status).toBe(404);
      expect(fout.body.foutmeldingen).toEqual(onbekend.body.foutmeldingen);
      expect(fout.text).not.toMatch(/11AA|Vlinderboom/);
    });

    it('refuses a vendor without a ROD_PO mandate for the asking school (EK-07)', async () => {
      const res = await vraag(ZANDLOPER, '11AB');
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });
  });
});
