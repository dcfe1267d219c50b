// docs/reliability.md, and EK-06: replays of one identificatiecodeBedrijfsdocument never
// make a second record, also when they arrive at the same moment. On the real chain, for BRON
// POST /inschrijvingen and verzuim POST /meldingen: 20 identical berichten at once give one record
// and 20 identical answers; 20 different bodies under one id give one 201 and 19 × 409 EK-DUPLICAAT.
import { randomUUID } from 'node:crypto';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { keepAliveCaller, type KeepAliveCaller } from './support/client';
import { rowCounts } from './support/tables';
import { inschrijving, melding, OIN, THIJS, TODAY } from './support/world';

const CONCURRENT = 20;
// Another pupil of the BRP stub with a BSN (fixtures/brp-personen.json), old enough (BRON-07).
const NOAH = { burgerservicenummer: '709185157' };

describe('concurrent replays of one bedrijfsdocument (docs/reliability.md, EK-06)', () => {
  let chain: TestChain;
  let bron: KeepAliveCaller;
  let verzuim: KeepAliveCaller;

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: TODAY });
    bron = keepAliveCaller(chain.services.bron.url, OIN.plaza, CONCURRENT);
    verzuim = keepAliveCaller(chain.services.verzuim.url, OIN.plaza, CONCURRENT);
  }, 30_000);
  afterAll(async () => {
    bron?.close();
    verzuim?.close();
    await chain?.close();
  });

  const inschrijvingen = async () =>
    (await bron.request('GET', `/scholen/11AA/inschrijvingen?peildatum=${TODAY}`)).body.inschrijvingen as Array<{
      leerling: { burgerservicenummer: string };
      inschrijvingsvolgnummer: string;
    }>;
  const meldingen = async () =>
    (await verzuim.request('GET', '/scholen/11AA/meldingen')).body.meldingen as Array<{
      meldingsnummer: string;
      leerling: { burgerservicenummer: string };
    }>;

  it('stores one inschrijving for 20 identical berichten sent at once, and answers all 20 alike (EK-06)', async () => {
    const body = inschrijving(THIJS, '1');
    const answers = await Promise.all(
      Array.from({ length: CONCURRENT }, () => bron.request('POST', '/inschrijvingen', { body })),
    );
    expect(answers[0].status).toBe(201);
    expect(answers[0].body.identificatiecodeBedrijfsdocument).toBe(body.bedrijfsdocument.identificatiecodeBedrijfsdocument);
    for (const a of answers)
      expect({ status: a.status, body: a.body }).toEqual({ status: answers[0].status, body: answers[0].body });
    expect((await inschrijvingen()).filter((i) => i.leerling.burgerservicenummer === THIJS.burgerservicenummer)).toHaveLength(1);
  });

  it('accepts one of 20 different inschrijvingen under one id sent at once and refuses the rest with 409 EK-DUPLICAAT', async () => {
    const id = randomUUID();
    const bodies = Array.from({ length: CONCURRENT }, (_, i) => {
      const b = inschrijving(NOAH, '1');
      b.bedrijfsdocument.identificatiecodeBedrijfsdocument = id;
      b.bedrijfsdocument.datumTijdBedrijfsdocument = `${TODAY}T09:00:${String(i).padStart(2, '0')}Z`;
      return b;
    });
    const before = rowCounts(chain.dataDir);
    const answers = await Promise.all(bodies.map((body) => bron.request('POST', '/inschrijvingen', { body })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array<number>(CONCURRENT - 1).fill(409)]);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(a.body.identificatiecodeBedrijfsdocument).toBe(id);
      expect(a.body.foutmeldingen).toEqual([
        expect.objectContaining({ foutcode: 'EK-DUPLICAAT', pointer: '/bedrijfsdocument/identificatiecodeBedrijfsdocument' }),
      ]);
    }
    expect((await inschrijvingen()).filter((i) => i.leerling.burgerservicenummer === NOAH.burgerservicenummer)).toHaveLength(1);
    // One replay record for the one accepted bericht.
    expect(rowCounts(chain.dataDir)['bron.sqlite:ontvangen_berichten']).toBe(before['bron.sqlite:ontvangen_berichten'] + 1);
  });

  it('stores one melding for 20 identical verzuimmeldingen sent at once, with one meldingsnummer (EK-06)', async () => {
    const body = melding(THIJS);
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => verzuim.request('POST', '/meldingen', { body })));
    expect(answers[0].status).toBe(201);
    for (const a of answers) expect({ status: a.status, body: a.body }).toEqual({ status: 201, body: answers[0].body });
    const nummers = (await meldingen()).map((m) => m.meldingsnummer);
    expect(nummers).toEqual([answers[0].body.meldingsnummer]);
  });

  it('accepts one of 20 different verzuimmeldingen under one id sent at once and refuses the rest with 409 EK-DUPLICAAT', async () => {
    const id = randomUUID();
    const bodies = Array.from({ length: CONCURRENT }, (_, i) => {
      const b = melding(THIJS);
      b.bedrijfsdocument.identificatiecodeBedrijfsdocument = id;
      b.melding.toelichting = `Versie ${i} van dezelfde melding.`;
      return b;
    });
    const answers = await Promise.all(bodies.map((body) => verzuim.request('POST', '/meldingen', { body })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array<number>(CONCURRENT - 1).fill(409)]);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: 'EK-DUPLICAAT' })]);
      expect(a.body.identificatiecodeBedrijfsdocument).toBe(id);
    }
    const created = answers.find((a) => a.status === 201)!;
    expect((await meldingen()).map((m) => m.meldingsnummer)).toHaveLength(2);
    expect((await meldingen()).map((m) => m.meldingsnummer)).toContain(created.body.meldingsnummer);
  });
});
