// The verzuimregister end to end (issue 8): a school's vendor enrols a pupil in BRON, reports the
// pupil's absence, the melding arrives at the woongemeente, and both follow it to closed — with the
// real OSR and BRON on ephemeral ports, over mTLS, with DUO's certificate between the services.
import { randomUUID } from 'node:crypto';
import { DUO_OIN, schoolOinFromBrin } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { type Caller, callerFor, clientTls } from '@duo-sim/test-support';

const PLAZA = '00000099100000010000';
const UTRECHT = '00000099300003440000';
const ZEIST = '00000099300003550000';
const THIJS = { burgerservicenummer: '802533048' }; // lives in Utrecht (0344)
const NOAH = { burgerservicenummer: '709185157' }; // lives in Zeist (0355), never enrolled here

const bedrijfsdocument = (brin: string) => ({
  identificatiecodeBedrijfsdocument: randomUUID(),
  verzendendeInstantie: schoolOinFromBrin(brin),
  ontvangendeInstantie: DUO_OIN,
  datumTijdBedrijfsdocument: '2026-11-28T09:00:00Z',
});

const inschrijving = (leerling: Record<string, string>) => ({
  bedrijfsdocument: bedrijfsdocument('11AA'),
  inschrijving: {
    leerling,
    inschrijvingsvolgnummer: '1',
    vestigingscode: '11AA00',
    onderwijsaanbiedercode: '110A001',
    onderwijslocatiecode: '107X001',
    soortOnderwijs: 'BAO',
    inschrijfdatum: '2026-11-23',
    periodes: [{ begindatum: '2026-11-23', groep: 7 }],
  },
});

const melding = (leerling: Record<string, string>) => ({
  bedrijfsdocument: bedrijfsdocument('11AA'),
  melding: {
    leerling,
    vestigingscode: '11AA00',
    verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
    begindatum: '2026-11-23',
    einddatum: '2026-11-27',
    aantalUren: 16,
    contactpersoon: { naam: 'J. de Vries (mentor groep 7)', telefoon: '030-1234567' },
  },
});

describe('verzuim end to end: school -> DUO -> gemeente', () => {
  let chain: TestChain;
  let bron: Caller;
  let plaza: Caller;
  let utrecht: Caller;
  let zeist: Caller;

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    const { bron: bronService, verzuim } = chain.services;
    bron = callerFor(bronService.url, clientTls(PLAZA));
    plaza = callerFor(verzuim.url, clientTls(PLAZA));
    utrecht = callerFor(verzuim.url, clientTls(UTRECHT));
    zeist = callerFor(verzuim.url, clientTls(ZEIST));
  });
  afterAll(() => chain?.close());

  it('reports an enrolled pupil’s absence, routes it to Utrecht, and follows it to AFGESLOTEN', async () => {
    const enrolled = await bron.post('/inschrijvingen', inschrijving(THIJS));
    expect(enrolled.status).toBe(201);

    const gemeld = await plaza.post('/meldingen', melding(THIJS));
    expect(gemeld.status).toBe(201);
    expect(gemeld.body).toMatchObject({ status: 'GEREGISTREERD', woongemeente: { code: '0344', naam: 'Gemeente Utrecht' } });
    const nr = gemeld.body.meldingsnummer as string;

    const inbox = await utrecht.get('/gemeenten/0344/meldingen?status=GEREGISTREERD');
    expect(inbox.status).toBe(200);
    expect(inbox.body.meldingen.map((m: { meldingsnummer: string }) => m.meldingsnummer)).toEqual([nr]);
    // Zeist may not know the melding exists: the answer for an unknown number (docs/authorization.md).
    expect((await zeist.get(`/meldingen/${nr}`)).status).toBe(404);

    expect((await utrecht.patch(`/meldingen/${nr}/status`, { status: 'IN_BEHANDELING' })).status).toBe(200);
    expect((await utrecht.patch(`/meldingen/${nr}/status`, { status: 'AFGESLOTEN' })).status).toBe(200);
    const teruggaan = await utrecht.patch(`/meldingen/${nr}/status`, { status: 'IN_BEHANDELING' });
    expect(teruggaan.status).toBe(409);
    expect(teruggaan.body.foutmeldingen[0].foutcode).toBe('VZM-12');

    const gezien = await plaza.get(`/meldingen/${nr}`);
    expect(gezien.status).toBe(200);
    expect(gezien.body.status).toBe('AFGESLOTEN');
    expect(gezien.body.statusHistorie.map((h: { status: string; rol: string }) => `${h.rol}:${h.status}`)).toEqual([
      'school:GEREGISTREERD',
      'gemeente:IN_BEHANDELING',
      'gemeente:AFGESLOTEN',
    ]);
  });

  it('refuses a pupil BRON has not enrolled at the vestiging on the begindatum (VZM-08)', async () => {
    const res = await plaza.post('/meldingen', melding(NOAH));
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'VZM-08', pointer: '/melding/leerling' })]);
  });

  it('routes a pupil who has only a BRON onderwijsnummer by the BRP address of the person BRON identified (VZM-09)', async () => {
    const identificatie = await bron.post('/identificaties', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      persoon: {
        achternaam: 'Visser',
        voornamen: 'Milan',
        geboortedatum: '2016-02-10',
        geslacht: 'M',
        adres: { postcode: '3583XK', huisnummer: 171 },
      },
    });
    expect(identificatie.status).toBe(200);
    expect(identificatie.body.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');
    const leerling = identificatie.body.leerling as { onderwijsnummer: string };
    expect((await bron.post('/inschrijvingen', inschrijving(leerling))).status).toBe(201);

    const res = await plaza.post('/meldingen', melding(leerling));
    expect(res.status).toBe(201);
    expect(res.body.woongemeente).toEqual({ code: '0344', naam: 'Gemeente Utrecht' });
  });
});
