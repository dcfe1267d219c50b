// BRON-17 in the service: moving the simulated clock past 14 February or 29 March puts a SIGNAAL in
// the school's mailbox for each groep-8 pupil whose resultaat is missing, once.
import {
  bedrijfsdocument,
  BSN,
  inschrijving,
  inschrijvingBericht,
  OPERATOR,
  PLAZA,
  startBron,
  type BronUnderTest,
} from './bron-world';

const groep8 = inschrijving({ inschrijfdatum: '2026-08-01', periodes: [{ begindatum: '2026-08-01', groep: 8 }] });

describe('BRON signalen (BRON-17)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const klok = async (vandaag: string) =>
    expect((await bron.served.as(OPERATOR).put('/_sim/clock', { vandaag })).status).toBe(200);
  const signalen = async () => {
    const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten?limiet=1000');
    return (box.body.berichten as Array<{ soort: string; inhoud: { code?: string } }>)
      .filter((b) => b.soort === 'SIGNAAL')
      .map((b) => b.inhoud);
  };
  const enrol = async (ins = groep8) =>
    expect((await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(ins))).status).toBe(201);

  it('signals 168 after 14 February for a groep-8 pupil without schooladvies, and 166 after 29 March without doorstroomtoets', async () => {
    await enrol();
    await klok('2027-02-15');
    expect(await signalen()).toEqual([
      {
        signaal: 'BRON-17',
        code: '168',
        tekst: expect.stringContaining('schooladvies'),
        leerling: { burgerservicenummer: BSN },
        inschrijvingsvolgnummer: '1',
        peildatum: '2027-02-15',
      },
    ]);
    await klok('2027-03-30');
    expect((await signalen()).map((s) => s.code)).toEqual(['168', '166']);
  });

  it('does not signal 168 when a schooladvies is in', async () => {
    await enrol();
    bron.setToday('2027-01-20');
    const advies = await bron.served.as(PLAZA).post('/resultaten', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      resultaat: {
        leerling: { burgerservicenummer: BSN },
        inschrijvingsvolgnummer: '1',
        schooladvies: { soort: 'VOORLOPIG', advies: 'HAVO', adviesdatum: '2027-01-15' },
      },
    });
    expect(advies.status).toBe(201);
    await klok('2027-02-20');
    expect(await signalen()).toEqual([]);
  });

  it('does not signal a pupil in groep 7', async () => {
    await enrol(inschrijving({ inschrijfdatum: '2026-08-01', periodes: [{ begindatum: '2026-08-01', groep: 7 }] }));
    await klok('2027-04-01');
    expect(await signalen()).toEqual([]);
  });

  it('signals once, also when a workshop moves the clock back and past the date again', async () => {
    await enrol();
    await klok('2027-02-15');
    await klok('2027-02-01');
    await klok('2027-02-16');
    expect((await signalen()).map((s) => s.code)).toEqual(['168']);
  });
});
